import './companies.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { AppAction } from '../../intents/actions';
import { runInBackground } from '../../intents/background-tasks';
import { useActions } from '../../intents/useActions';
import { useCompany } from '../../data/registry/useCompanies';
import { useCompanyWriters } from '../../data/registry/useCompanyWriters';
import type { Company } from '../../domain/model';
import { formatDate, formatNumber } from '../../i18n/format';
import { NotFound } from './CompanyFormScreen';
import { companyDetailSections } from './detail-sections';
import { HistorySection } from './HistorySection';
import { companySize, countryName, euros, languageName, naceLabel, sizeLabel, sizeReason } from './labels';
import { PeopleSection } from './PeopleSection';
import { RemoveCompanyDialog, type RemovalKind } from './RemoveCompanyDialog';
import { BACK_TO_LIST, type CompaniesNotice } from './CompaniesScreen';
import { screenHeading, useScreenFocus } from '../../ui/useScreenFocus';

export function CompanyDetailScreen() {
  const { id = '' } = useParams();
  const company = useCompany(id);
  const { t } = useTranslation('companies');
  if (company === undefined) return <p className="loading">{t('common:loading')}</p>;
  if (company === null) return <NotFound />;
  return <CompanyDetail company={company} />;
}

function CompanyDetail({ company }: { company: Company }) {
  const { t, i18n } = useTranslation('companies');
  const screenHeadingRef = useScreenFocus();
  const { setCompanyArchived } = useCompanyWriters();
  const navigate = useNavigate();
  const language = i18n.language;
  const size = companySize(company);
  const [removing, setRemoving] = useState<RemovalKind | null>(null);

  async function archive(archived: boolean) {
    await runInBackground('status.saving', () => setCompanyArchived(company.id, archived), 'status.saveFailed');
    if (archived)
      void navigate('/companies', {
        state: { archivedId: company.id, name: company.legalName } satisfies CompaniesNotice,
      });
  }

  function removed(kind: RemovalKind) {
    // An erased company's name is not kept, not even in the browser's history state.
    const notice: CompaniesNotice =
      kind === 'erase' ? { removed: 'erased' } : { removed: 'deleted', name: company.legalName };
    void navigate('/companies', { state: notice });
  }

  const actions: AppAction[] = [
    {
      id: 'company.edit',
      labelKey: 'companies:actions.edit',
      shortcut: 'Mod+E',
      whileTyping: true,
      run: () => void navigate(`/companies/${company.id}/edit`),
    },
    {
      id: 'company.back',
      labelKey: 'companies:detail.backToList',
      shortcut: 'Escape',
      run: () => void navigate('/companies', { state: BACK_TO_LIST }),
    },
  ];
  useActions(actions);

  const facts: [string, React.ReactNode][] = [
    [t('fields.tradeName'), company.tradeName],
    [t('fields.country'), countryName(company.country, language)],
    [t('fields.region'), company.region],
    [t('fields.city'), company.city],
    [t('fields.address'), company.address],
    [t('fields.vatNumber'), company.vatNumber],
    [t('fields.nationalId'), company.nationalId],
    [t('fields.website'), company.website],
    [t('fields.email'), company.email ? <a href={`mailto:${company.email}`}>{company.email}</a> : undefined],
    [t('fields.phone'), company.phone],
    [t('fields.naceSection'), naceLabel(t, company.naceSection, company.naceDivision)],
    [t('fields.foundingYear'), company.foundingYear !== undefined ? String(company.foundingYear) : undefined],
    [t('fields.headcount'), company.headcount !== undefined ? formatNumber(company.headcount, language) : undefined],
    [t('fields.turnoverEur'), company.turnoverEur !== undefined ? euros(company.turnoverEur, language) : undefined],
    [
      t('fields.balanceSheetEur'),
      company.balanceSheetEur !== undefined ? euros(company.balanceSheetEur, language) : undefined,
    ],
    [t('fields.languages'), company.languages.map((code) => languageName(code, language)).join(', ')],
    [t('fields.eventName'), company.eventName],
    [t('fields.tags'), company.tags.join(', ')],
    [t('fields.consent'), consentText(company, t, language)],
  ];

  return (
    <div className="page page--wide" data-testid="company-detail">
      <p className="breadcrumb">
        <Link to="/companies" state={BACK_TO_LIST}>
          {t('detail.backToList')}
        </Link>
      </p>
      <div className="page__head">
        <div>
          <h1 ref={screenHeadingRef} {...screenHeading}>
            {company.legalName}
          </h1>
          <p className="page__subtitle">
            <span className="tag">{t(`role.${company.role}`)}</span>{' '}
            <span className={`tag tag--status tag--${company.status}`}>{t(`status.${company.status}`)}</span>
          </p>
        </div>
        <div className="page__actions">
          <Link to={`/companies/${company.id}/edit`} className="button button--primary">
            {t('actions.edit')}
          </Link>
          {company.archivedAt ? (
            <button type="button" className="button" onClick={() => void archive(false)} data-testid="restore">
              {t('archive.restore')}
            </button>
          ) : (
            <button type="button" className="button" onClick={() => void archive(true)} data-testid="archive">
              {t('archive.archive')}
            </button>
          )}
        </div>
      </div>
      {company.archivedAt ? (
        <p className="notice" role="status">
          {t('archive.isArchived', { date: formatDate(company.archivedAt, language) })}
        </p>
      ) : null}
      <div className="detail-grid">
        <section className="card" aria-labelledby="profile-heading">
          <h2 id="profile-heading">{t('detail.profile')}</h2>
          <dl className="facts">
            {facts
              .filter(([, value]) => value !== undefined && value !== '')
              .map(([label, value]) => (
                <div key={label} className="facts__row">
                  <dt>{label}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
          </dl>
        </section>
        <section className="card" aria-labelledby="size-heading" data-testid="company-size">
          <h2 id="size-heading">{t('fields.size')}</h2>
          <p className="metric__value">{sizeLabel(t, size)}</p>
          <p className="card__lead">{sizeReason(t, size, language)}</p>
        </section>
      </div>
      <PeopleSection companyId={company.id} />
      {companyDetailSections().map(({ id, Component }) => (
        <Component key={id} companyId={company.id} />
      ))}
      <HistorySection companyId={company.id} />
      <section className="card removal" aria-labelledby="removal-heading" data-testid="company-removal">
        <h2 id="removal-heading">{t('remove.title')}</h2>
        <div className="removal__options">
          <div className="removal__option">
            <p className="card__lead">{t('remove.deleteHint')}</p>
            <button type="button" className="button" onClick={() => setRemoving('delete')} data-testid="company-delete">
              {t('remove.delete')}
            </button>
          </div>
          <div className="removal__option">
            <p className="card__lead">{t('remove.eraseHint')}</p>
            <button
              type="button"
              className="button button--danger"
              onClick={() => setRemoving('erase')}
              data-testid="company-erase"
            >
              {t('remove.erase')}
            </button>
          </div>
        </div>
      </section>
      {removing ? (
        <RemoveCompanyDialog
          company={company}
          kind={removing}
          onClose={() => setRemoving(null)}
          onRemoved={() => removed(removing)}
        />
      ) : null}
    </div>
  );
}

function consentText(
  company: Company,
  t: (key: string, options?: Record<string, string>) => string,
  language: string,
): string {
  const parts: string[] = [];
  if (company.consent.storeGivenAt)
    parts.push(t('consent.store', { date: formatDate(company.consent.storeGivenAt, language) }));
  if (company.consent.shareGivenAt)
    parts.push(t('consent.share', { date: formatDate(company.consent.shareGivenAt, language) }));
  if (company.consent.scope) parts.push(company.consent.scope);
  return parts.length > 0 ? parts.join(' · ') : t('consent.none');
}
