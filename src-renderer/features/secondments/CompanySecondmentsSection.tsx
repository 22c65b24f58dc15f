import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCompany } from '../../data/registry/useCompanies';
import { useCompanySecondments } from '../../data/useSecondments';
import { SecondmentsTable } from './SecondmentsTable';
import './secondments.css';

/** The secondments a company takes part in, and "Start a secondment", for the registry's company page. */
export function CompanySecondmentsSection({ companyId }: { companyId: string }) {
  const { t } = useTranslation('secondments');
  const company = useCompany(companyId);
  const secondments = useCompanySecondments(companyId);
  // A company that only hosts starts one as the host; any other as the sending company.
  const side = company?.role === 'host' ? 'hostCompanyId' : 'sendingCompanyId';
  return (
    <section className="card" aria-labelledby={`company-secondments-${companyId}`}>
      <div className="secondment-title">
        <h2 id={`company-secondments-${companyId}`}>{t('company.title')}</h2>
        <Link
          className="button"
          to={`/secondments/new?${side}=${encodeURIComponent(companyId)}`}
          data-testid="company-start-secondment"
        >
          {t('company.start')}
        </Link>
      </div>
      {secondments === undefined ? (
        <p className="loading">{t('common:loading')}</p>
      ) : secondments.length === 0 ? (
        <p className="card__lead">{t('company.empty')}</p>
      ) : (
        <SecondmentsTable secondments={secondments} />
      )}
    </section>
  );
}
