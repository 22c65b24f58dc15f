import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSecondments, useSecondmentYears, type SecondmentFilter } from '../../data/useSecondments';
import { SECONDMENT_STATUSES } from '../../domain/secondments/record';
import { CountrySelect } from '../../ui/CountrySelect';
import { SecondmentsTable } from './SecondmentsTable';
import './secondments.css';
import { screenHeading, useScreenFocus } from '../../ui/useScreenFocus';

/** `/secondments`: every secondment, filterable by status, country pair and year. */
export function SecondmentsScreen() {
  const { t } = useTranslation('secondments');
  const screenHeadingRef = useScreenFocus();
  const [filter, setFilter] = useState<SecondmentFilter>({});
  const secondments = useSecondments(filter);
  const years = useSecondmentYears();
  const set = (patch: SecondmentFilter) => setFilter((current) => ({ ...current, ...patch }));
  const filtered = Object.values(filter).some(Boolean);
  return (
    <div className="page">
      <div className="secondment-title">
        <h1 ref={screenHeadingRef} {...screenHeading}>
          {t('title')}
        </h1>
        <Link className="button button--primary" to="/secondments/new" data-testid="secondment-new">
          {t('new')}
        </Link>
      </div>
      <section className="card secondment-filters" aria-label={t('list.filters')}>
        <label className="field">
          <span>{t('list.status')}</span>
          <select
            value={filter.status ?? ''}
            onChange={(e) => set({ status: e.target.value as SecondmentFilter['status'] })}
            data-testid="secondment-filter-status"
          >
            <option value="">{t('list.anyStatus')}</option>
            {SECONDMENT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('list.sendingCountry')}</span>
          <CountrySelect
            id="secondment-filter-sending"
            value={filter.sendingCountry ?? ''}
            onChange={(sendingCountry) => set({ sendingCountry })}
          />
        </label>
        <label className="field">
          <span>{t('list.hostCountry')}</span>
          <CountrySelect
            id="secondment-filter-host"
            value={filter.hostCountry ?? ''}
            onChange={(hostCountry) => set({ hostCountry })}
          />
        </label>
        <label className="field">
          <span>{t('list.year')}</span>
          <select
            value={filter.year ?? ''}
            onChange={(e) => set({ year: e.target.value ? Number(e.target.value) : undefined })}
            data-testid="secondment-filter-year"
          >
            <option value="">{t('list.anyYear')}</option>
            {(years ?? []).map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </label>
        {filtered ? (
          <button type="button" className="button" onClick={() => setFilter({})}>
            {t('list.clear')}
          </button>
        ) : null}
      </section>
      {secondments === undefined ? (
        <p className="loading">{t('common:loading')}</p>
      ) : secondments.length === 0 ? (
        <section className="card empty-state" data-testid="secondments-empty">
          <p>{filtered ? t('list.noMatch') : t('list.empty')}</p>
          {filtered ? null : (
            <Link className="button button--primary" to="/secondments/new">
              {t('new')}
            </Link>
          )}
        </section>
      ) : (
        <section className="card">
          <p className="card__lead">{t('list.count', { count: secondments.length })}</p>
          <SecondmentsTable secondments={secondments} />
        </section>
      )}
    </div>
  );
}
