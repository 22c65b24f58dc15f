import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCompany, useCompanyPage } from '../../data/useAgreements';
import { countryName } from './format';

type Props = {
  id: string;
  name: string;
  value: string;
  onChange: (companyId: string) => void;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
};

/** Chooses a company: filter by country (indexed) and name, 20 per page. */
export function CompanyPicker({ id, name, value, onChange, ...aria }: Props) {
  const { t, i18n } = useTranslation('agreements');
  const [text, setText] = useState('');
  const [page, setPage] = useState(0);
  const selected = useCompany(value || undefined);
  const result = useCompanyPage({ text, page });
  const options = result?.items ?? [];
  const showSelected = selected && !options.some((c) => c.id === selected.id);
  return (
    <div className="picker" data-testid={`picker-${name}`}>
      <input
        type="search"
        className="picker__search"
        aria-label={t('editor.searchCompany')}
        placeholder={t('editor.searchCompany')}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setPage(0);
        }}
      />
      <select id={id} name={name} value={value} onChange={(event) => onChange(event.target.value)} {...aria}>
        <option value="">{t('editor.chooseCompany')}</option>
        {showSelected ? (
          <option value={selected.id}>
            {selected.legalName} ({countryName(selected.country, i18n.language)})
          </option>
        ) : null}
        {options.map((company) => (
          <option key={company.id} value={company.id}>
            {company.legalName} ({countryName(company.country, i18n.language)})
          </option>
        ))}
      </select>
      {result && (page > 0 || result.hasMore) ? (
        <div className="picker__pages">
          <button type="button" className="button button--quiet" disabled={page === 0} onClick={() => setPage(page - 1)}>
            {t('editor.previous')}
          </button>
          <button type="button" className="button button--quiet" disabled={!result.hasMore} onClick={() => setPage(page + 1)}>
            {t('editor.next')}
          </button>
        </div>
      ) : null}
      {result && result.items.length === 0 && page === 0 ? <p className="field__hint">{t('editor.noCompanies')}</p> : null}
    </div>
  );
}
