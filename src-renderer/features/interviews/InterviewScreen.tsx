import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useEvent } from '../../data/useEvents';
import { usePeople } from '../../data/registry/useCompanies';
import { useCompany, useInterview } from '../../data/useInterviews';
import { InterviewEditor } from './InterviewEditor';
import './interviews.css';
import { screenHeading, useScreenFocus } from '../../ui/useScreenFocus';

export function InterviewScreen() {
  const { t } = useTranslation('interviews');
  const screenHeadingRef = useScreenFocus();
  const { id } = useParams();
  const interview = useInterview(id);
  const company = useCompany(interview?.companyId);
  const people = usePeople(interview?.companyId);
  const event = useEvent(interview?.eventId);
  if (interview === null || company === null) {
    return (
      <div className="page">
        <section className="card empty-state">
          <h1 ref={screenHeadingRef} {...screenHeading}>
            {t('interview.notFound')}
          </h1>
          <Link to="/interviews" className="button">
            {t('interview.backToList')}
          </Link>
        </section>
      </div>
    );
  }
  if (!interview || !company || !people || event === undefined) return <p className="loading">{t('common:loading')}</p>;
  // Keyed by id: switching interviews unmounts the editor, which flushes its pending save.
  return <InterviewEditor key={interview.id} interview={interview} company={company} people={people} event={event} />;
}
