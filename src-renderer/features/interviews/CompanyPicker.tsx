import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCompanySearch } from '../../data/useInterviews';
import { countryName } from '../../domain/countries';

const PAGE_SIZE = 10;

/** Finds a registered company by the start of its name, a page at a time. */
export function CompanyPicker({ value, onChange, error }: { value: string; onChange: (id: string) => void; error?: string }) {
  const { t, i18n } = useTranslation('interviews');
  const id = useId();
  const [text, setText] = useState('');
  const [page, setPage] = useState(0);
  const results = useCompanySearch(text, page, PAGE_SIZE);
  return (
    <div className="company-picker">
      <label htmlFor={id}>{t('picker.search')}</label>
      <input
        id={id}
        type="search"
        name="companySearch"
        value={text}
        autoComplete="off"
        onChange={(event) => {
          setText(event.target.value);
          setPage(0);
        }}
      />
      <fieldset className="company-picker__results" aria-invalid={Boolean(error)}>
        <legend className="visually-hidden">{t('picker.results')}</legend>
        {results === undefined ? (
          <p className="loading">{t('common:loading')}</p>
        ) : results.rows.length === 0 ? (
          <p className="field__hint" data-testid="picker-empty">
            {text ? t('picker.noMatch', { text }) : t('picker.noCompanies')}
          </p>
        ) : (
          results.rows.map((company) => (
            <label key={company.id} className="choice company-picker__result">
              <input type="radio" name="companyId" value={company.id} checked={value === company.id} onChange={() => onChange(company.id)} />
              <span>
                <strong>{company.legalName}</strong>
                <span className="choice__detail">
                  {countryName(company.country, i18n.language)}
                  {company.city ? ` · ${company.city}` : ''}
                </span>
              </span>
            </label>
          ))
        )}
      </fieldset>
      {results && (page > 0 || results.hasMore) ? (
        <div className="company-picker__pages">
          <button type="button" className="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
            {t('picker.previous')}
          </button>
          <span>{t('picker.page', { n: page + 1 })}</span>
          <button type="button" className="button" disabled={!results.hasMore} onClick={() => setPage(page + 1)}>
            {t('picker.next')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
