import './company-picker.css';
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCompany } from '../data/registry/useCompanies';
import { useCompanySearch } from '../data/registry/useCompanySearch';
import { countryName } from '../domain/countries';
import { formatNumber } from '../i18n/format';

export const PICKER_PAGE_SIZE = 20;

type Props = {
  /** The search box's id (a `Field` label points at it). */
  id?: string;
  /** The chosen id's form name; the search box is `${name}Search`. */
  name: string;
  value: string;
  onChange: (companyId: string) => void;
  /** A label of its own, when no `Field` gives one. */
  label?: string;
  /** Shown when the registry holds no company at all. */
  emptyHint?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
  required?: boolean;
};

/**
 * Chooses a registered company: a search box (combobox) over a list of results (listbox), the
 * registry's folded search, a page at a time. Arrow keys move through the results (and on to the
 * next or previous page), Page Up/Down change page, Enter chooses.
 */
export function CompanyPicker({ id, name, value, onChange, label, emptyHint, ...aria }: Props) {
  const { t, i18n } = useTranslation('common');
  const ownId = useId();
  const inputId = id ?? `${ownId}-search`;
  const listId = `${ownId}-list`;
  const [text, setText] = useState('');
  const [page, setPage] = useState(0);
  const [active, setActive] = useState(0);
  const result = useCompanySearch(text, page, PICKER_PAGE_SIZE);
  const selected = useCompany(value || undefined);
  const rows = result?.rows ?? [];
  const activeIndex = Math.max(0, Math.min(active, rows.length - 1));
  const activeRow = rows[activeIndex];
  const optionId = (companyId: string) => `${listId}-${companyId}`;
  const shownPage = result?.page ?? page;

  const activeOptionId = activeRow ? optionId(activeRow.id) : undefined;
  useEffect(() => {
    // The list scrolls inside itself: keep the option the arrow keys reached in view.
    if (activeOptionId) document.getElementById(activeOptionId)?.scrollIntoView({ block: 'nearest' });
  }, [activeOptionId]);

  const goTo = (next: number, activeAt: number) => {
    setPage(next);
    setActive(activeAt);
  };

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const hasMore = result?.hasMore === true;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (activeIndex < rows.length - 1) setActive(activeIndex + 1);
      else if (hasMore) goTo(shownPage + 1, 0);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (activeIndex > 0) setActive(activeIndex - 1);
      else if (shownPage > 0) goTo(shownPage - 1, PICKER_PAGE_SIZE - 1);
    } else if (event.key === 'PageDown' && hasMore) {
      event.preventDefault();
      goTo(shownPage + 1, 0);
    } else if (event.key === 'PageUp' && shownPage > 0) {
      event.preventDefault();
      goTo(shownPage - 1, 0);
    } else if (event.key === 'Enter' && activeRow) {
      event.preventDefault();
      onChange(activeRow.id);
    }
  }

  const from = (result?.start ?? 0) + 1;
  const to = (result?.start ?? 0) + rows.length;
  const range =
    result === undefined || rows.length === 0
      ? null
      : result.total === undefined
        ? t('companyPicker.rangeCounting', {
            from: formatNumber(from, i18n.language),
            to: formatNumber(to, i18n.language),
          })
        : t('companyPicker.range', {
            from: formatNumber(from, i18n.language),
            to: formatNumber(to, i18n.language),
            total: formatNumber(result.total, i18n.language),
          });

  return (
    <div className="company-picker" data-testid={`picker-${name}`}>
      {label ? <label htmlFor={inputId}>{label}</label> : null}
      <input
        id={inputId}
        type="search"
        role="combobox"
        className="company-picker__search"
        name={`${name}Search`}
        value={text}
        autoComplete="off"
        placeholder={t('companyPicker.placeholder')}
        aria-expanded={rows.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeOptionId}
        onChange={(event) => {
          setText(event.target.value);
          goTo(0, 0);
        }}
        onKeyDown={onKeyDown}
        {...aria}
      />
      <input type="hidden" name={name} value={value} />
      <p className="company-picker__chosen" data-testid="picker-chosen" aria-live="polite">
        {selected
          ? t('companyPicker.chosen', {
              name: selected.legalName,
              country: countryName(selected.country, i18n.language),
            })
          : t('companyPicker.none')}
      </p>
      <ul
        id={listId}
        role="listbox"
        className="company-picker__results"
        aria-label={t('companyPicker.results')}
        hidden={rows.length === 0}
      >
        {rows.map((company, index) => (
          <li
            key={company.id}
            id={optionId(company.id)}
            role="option"
            aria-selected={company.id === value}
            className={`company-picker__option${index === activeIndex ? ' company-picker__option--active' : ''}`}
            // The search box keeps the focus (and with it the keyboard) when a result is clicked.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              setActive(index);
              onChange(company.id);
            }}
          >
            <span className="company-picker__name">{company.legalName}</span>
            <span className="company-picker__detail">
              {countryName(company.country, i18n.language)}
              {company.city ? ` · ${company.city}` : ''}
            </span>
          </li>
        ))}
      </ul>
      {result === undefined ? (
        <p className="field__hint">{t('loading')}</p>
      ) : rows.length === 0 ? (
        <p className="field__hint" data-testid="picker-empty">
          {result.text.trim()
            ? t('companyPicker.noMatch', { text: result.text.trim() })
            : (emptyHint ?? t('companyPicker.noCompanies'))}
        </p>
      ) : null}
      {range && (shownPage > 0 || result?.hasMore) ? (
        <div className="company-picker__pages">
          <button
            type="button"
            className="button"
            disabled={shownPage === 0}
            onClick={() => goTo(shownPage - 1, 0)}
            aria-controls={listId}
          >
            {t('companyPicker.previous')}
          </button>
          <span className="company-picker__range" data-testid="picker-range" aria-live="polite">
            {range}
          </span>
          <button
            type="button"
            className="button"
            disabled={!result?.hasMore}
            onClick={() => goTo(shownPage + 1, 0)}
            aria-controls={listId}
          >
            {t('companyPicker.next')}
          </button>
        </div>
      ) : range ? (
        <p className="company-picker__range field__hint" data-testid="picker-range">
          {range}
        </p>
      ) : null}
    </div>
  );
}
