import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompanyFilters, CompanySort } from '../../data/registry/company-search';
import { useEventNames } from '../../data/registry/useCompanies';
import { ALL_COUNTRIES } from '../../domain/countries';
import { COMPANY_ROLES, PIPELINE_STATUSES } from '../../domain/model';
import { NACE_SECTIONS } from '../../domain/registry/nace';
import { countryName } from './labels';

type Props = {
  filters: CompanyFilters;
  sort: CompanySort;
  onFilters: (filters: CompanyFilters) => void;
  onSort: (sort: CompanySort) => void;
};

const SIZES = ['micro', 'small', 'medium', 'large', 'unknown'] as const;
const CONSENTS = ['share', 'storeOnly', 'none'] as const;

/** Filters applied together with the search. */
export function CompanyFiltersBar({ filters, sort, onFilters, onSort }: Props) {
  const { t, i18n } = useTranslation('companies');
  const events = useEventNames();
  const set = (key: keyof CompanyFilters) => (value: string) =>
    onFilters({ ...filters, [key]: value === '' ? undefined : value });
  const countries = useMemo(() => {
    const collator = new Intl.Collator(i18n.language);
    return ALL_COUNTRIES.map((code) => ({ code, name: countryName(code, i18n.language) })).sort((a, b) =>
      collator.compare(a.name, b.name),
    );
  }, [i18n.language]);

  const select = (key: keyof CompanyFilters, label: string, options: { value: string; label: string }[]) => (
    <label className="filter">
      <span className="filter__label">{label}</span>
      <select
        value={String(filters[key] ?? '')}
        onChange={(event) => set(key)(event.target.value)}
        data-testid={`filter-${key}`}
      >
        <option value="">{t('filters.any')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className="filters" role="group" aria-label={t('filters.label')}>
      {select(
        'country',
        t('fields.country'),
        countries.map((c) => ({ value: c.code, label: c.name })),
      )}
      {select(
        'naceSection',
        t('fields.naceSection'),
        NACE_SECTIONS.map((s) => ({ value: s, label: `${s} — ${t(`nace.${s}`)}` })),
      )}
      {select(
        'size',
        t('fields.size'),
        SIZES.map((s) => ({ value: s, label: t(`size.${s}`) })),
      )}
      {select(
        'role',
        t('fields.role'),
        COMPANY_ROLES.map((r) => ({ value: r, label: t(`role.${r}`) })),
      )}
      {select(
        'status',
        t('fields.status'),
        PIPELINE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
      )}
      {select(
        'eventName',
        t('fields.eventName'),
        (events ?? []).map((e) => ({ value: e, label: e })),
      )}
      {select(
        'consent',
        t('fields.consent'),
        CONSENTS.map((c) => ({ value: c, label: t(`consentFilter.${c}`) })),
      )}
      <label className="filter">
        <span className="filter__label">{t('sort.label')}</span>
        <select value={sort} onChange={(event) => onSort(event.target.value as CompanySort)} data-testid="sort">
          <option value="name">{t('sort.name')}</option>
          <option value="country">{t('sort.country')}</option>
          <option value="updated">{t('sort.updated')}</option>
        </select>
      </label>
      <label className="filter filter--check">
        <input
          type="checkbox"
          checked={Boolean(filters.archived)}
          onChange={(event) => onFilters({ ...filters, archived: event.target.checked || undefined })}
        />
        <span>{t('filters.archived')}</span>
      </label>
    </div>
  );
}
