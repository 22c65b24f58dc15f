import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { shortcutLabel } from '../../intents/actions';
import { intentAction } from '../../intents/registry';
import { useAgreements, type AgreementFilter } from '../../data/useAgreements';
import { AGREEMENT_STATUSES } from '../../domain/model';
import { CountrySelect } from '../../ui/CountrySelect';
import { AgreementsTable } from './AgreementsTable';
import './agreements.css';
import { screenHeading, useScreenFocus } from '../../ui/useScreenFocus';

/** `/agreements`: every agreement, filterable by status, country pair and period. */
export function AgreementsScreen() {
  const { t } = useTranslation('agreements');
  const screenHeadingRef = useScreenFocus();
  const [filter, setFilter] = useState<AgreementFilter>({});
  const agreements = useAgreements(filter);
  // A global intent: the shell binds its shortcut and the native menu item.
  const newAgreement = intentAction('agreement.new');
  const set = (patch: AgreementFilter) => setFilter((current) => ({ ...current, ...patch }));
  const filtered = Object.values(filter).some(Boolean);
  return (
    <div className="page">
      <div className="agreement-title">
        <h1 ref={screenHeadingRef} {...screenHeading}>
          {t('title')}
        </h1>
        <div className="agreement-title__actions">
          <Link className="button" to="/agreements/forms">
            {t('forms.title')}
          </Link>
          <Link
            className="button button--primary"
            to="/agreements/new"
            title={shortcutLabel(newAgreement.shortcut!)}
            data-testid="agreement-new"
          >
            {t(newAgreement.labelKey)}
          </Link>
        </div>
      </div>
      <section className="card filters" aria-label={t('list.filters')}>
        <label className="field">
          <span>{t('list.status')}</span>
          <select
            value={filter.status ?? ''}
            onChange={(e) => set({ status: e.target.value as AgreementFilter['status'] })}
            data-testid="filter-status"
          >
            <option value="">{t('list.anyStatus')}</option>
            {AGREEMENT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('list.sendingCountry')}</span>
          <CountrySelect
            id="filter-sending"
            value={filter.sendingCountry ?? ''}
            onChange={(sendingCountry) => set({ sendingCountry })}
          />
        </label>
        <label className="field">
          <span>{t('list.hostCountry')}</span>
          <CountrySelect
            id="filter-host"
            value={filter.hostCountry ?? ''}
            onChange={(hostCountry) => set({ hostCountry })}
          />
        </label>
        <label className="field">
          <span>{t('list.from')}</span>
          <input type="date" value={filter.from ?? ''} onChange={(e) => set({ from: e.target.value })} />
        </label>
        <label className="field">
          <span>{t('list.to')}</span>
          <input type="date" value={filter.to ?? ''} onChange={(e) => set({ to: e.target.value })} />
        </label>
        {filtered ? (
          <button type="button" className="button button--quiet" onClick={() => setFilter({})}>
            {t('list.clear')}
          </button>
        ) : null}
      </section>
      {agreements === undefined ? (
        <p className="loading">{t('common:loading')}</p>
      ) : agreements.length === 0 ? (
        <section className="card empty-state">
          <p>{filtered ? t('list.noMatch') : t('list.empty')}</p>
        </section>
      ) : (
        <section className="card">
          <p className="card__lead">{t('list.count', { count: agreements.length })}</p>
          <AgreementsTable agreements={agreements} />
        </section>
      )}
    </div>
  );
}
