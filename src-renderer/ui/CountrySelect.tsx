import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryOptions, type CountryGroup } from '../domain/countries';

type Props = {
  id: string;
  name?: string;
  value: string;
  onChange: (code: string) => void;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
  required?: boolean;
  /** Codes left out of the list (an interview's own country among preferred destinations). */
  exclude?: readonly string[];
};

/** Every ISO 3166 country, named in the UI language, programme countries first. */
export function CountrySelect({ value, onChange, exclude, ...rest }: Props) {
  const { t, i18n } = useTranslation('common');
  const groups = useMemo(() => {
    const byGroup = new Map<CountryGroup, { code: string; name: string }[]>();
    for (const option of countryOptions(i18n.language)) {
      if (exclude?.includes(option.code)) continue;
      const list = byGroup.get(option.group) ?? [];
      list.push(option);
      byGroup.set(option.group, list);
    }
    return [...byGroup.entries()];
  }, [i18n.language, exclude]);
  return (
    <select value={value} onChange={(event) => onChange(event.target.value)} {...rest}>
      <option value="">{t('country.choose')}</option>
      {groups.map(([group, options]) => (
        <optgroup key={group} label={t(`country.group.${group}`)}>
          {options.map((option) => (
            <option key={option.code} value={option.code}>
              {option.name}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
