import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** For the company page: starts an interview of that company. */
export function StartInterviewButton({ companyId }: { companyId: string }) {
  const { t } = useTranslation('interviews');
  return (
    <Link
      to={`/interviews/new?companyId=${encodeURIComponent(companyId)}`}
      className="button button--primary"
      data-testid="start-interview"
    >
      {t('actions.startForCompany')}
    </Link>
  );
}
