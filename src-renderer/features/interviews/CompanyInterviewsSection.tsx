import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCompanyInterviews } from '../../data/useInterviews';
import { formatDateTime } from '../../i18n/format';
import { StartInterviewButton } from './StartInterviewButton';
import './interviews.css';
import './lists.css';

/** For the company page: the company's interviews, newest first, and a way to start one. */
export function CompanyInterviewsSection({ companyId }: { companyId: string }) {
  const { t, i18n } = useTranslation('interviews');
  const interviews = useCompanyInterviews(companyId);
  return (
    <section className="card" aria-labelledby="company-interviews-title" data-testid="company-interviews">
      <div className="page__title">
        <h2 id="company-interviews-title">{t('company.title')}</h2>
        <StartInterviewButton companyId={companyId} />
      </div>
      {interviews === undefined ? (
        <p className="loading">{t('common:loading')}</p>
      ) : interviews.length === 0 ? (
        <p className="card__lead">{t('company.none')}</p>
      ) : (
        <ul className="plain-list">
          {interviews.map((interview) => (
            <li key={interview.id}>
              <Link to={`/interviews/${interview.id}`}>{formatDateTime(interview.startedAt, i18n.language)}</Link>
              {' · '}
              {interview.interviewer}{' '}
              <span className={`badge badge--${interview.status}`}>{t(`status.${interview.status}`)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
