import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CountrySelect } from '../../ui/CountrySelect';
import { countryName } from '../../domain/countries';

type Props = {
  value: string[];
  onChange: (codes: string[]) => void;
  invalid: boolean;
  /** The company's own country: secondments go abroad, so it is not offered. */
  ownCountry?: string;
};

/** Several countries: choose one in the list, add it; each chosen country can be removed. */
export function CountriesInput({ value, onChange, invalid, ownCountry }: Props) {
  const { t, i18n } = useTranslation('interviews');
  const id = useId();
  const [choice, setChoice] = useState('');
  const box = useRef<HTMLDivElement>(null);
  const exclude = useMemo(() => (ownCountry ? [ownCountry] : []), [ownCountry]);
  const add = () => {
    if (choice && choice !== ownCountry && !value.includes(choice)) onChange([...value, choice]);
    setChoice('');
    // The button disables itself: keep the keyboard in the list, ready for the next country.
    box.current?.querySelector('select')?.focus();
  };
  return (
    <div className="countries-input">
      <div className="countries-input__add" ref={box}>
        <label htmlFor={id} className="visually-hidden">
          {t('countries.choose')}
        </label>
        <CountrySelect
          id={id}
          name="preferredCountryChoice"
          value={choice}
          onChange={setChoice}
          aria-invalid={invalid}
          exclude={exclude}
        />
        <button type="button" className="button" onClick={add} disabled={!choice}>
          {t('countries.add')}
        </button>
      </div>
      {ownCountry ? (
        <p className="field__hint" data-testid="own-country-hint">
          {t('countries.ownCountryLeftOut', { country: countryName(ownCountry, i18n.language) })}
        </p>
      ) : null}
      {value.length > 0 ? (
        <ul className="chips" aria-label={t('countries.chosen')}>
          {value.map((code) => (
            <li key={code} className="chip">
              {countryName(code, i18n.language)}
              <button
                type="button"
                className="chip__remove"
                aria-label={t('countries.remove', { country: countryName(code, i18n.language) })}
                onClick={() => onChange(value.filter((c) => c !== code))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="field__hint">{t('countries.none')}</p>
      )}
    </div>
  );
}
