import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCompanyAgreements } from '../../data/useAgreements';
import { AgreementsTable } from './AgreementsTable';
import './agreements.css';

/** The agreements a company is party to, for the company page of the registry. */
export function CompanyAgreementsSection({ companyId }: { companyId: string }) {
  const { t } = useTranslation('agreements');
  const agreements = useCompanyAgreements(companyId);
  return (
    <section className="card" aria-labelledby={`company-agreements-${companyId}`}>
      <div className="agreement-title">
        <h2 id={`company-agreements-${companyId}`}>{t('company.title')}</h2>
        <Link className="button" to={`/agreements/new?sendingCompanyId=${encodeURIComponent(companyId)}`}>
          {t('list.new')}
        </Link>
      </div>
      {agreements === undefined ? (
        <p className="loading">{t('common:loading')}</p>
      ) : agreements.length === 0 ? (
        <p className="card__lead">{t('company.empty')}</p>
      ) : (
        <AgreementsTable agreements={agreements} />
      )}
    </section>
  );
}
