import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { runInBackground } from '../../intents/background-tasks';
import { useCurrentEvent, useEvent, useEventCompanies, useEventWriters } from '../../data/useEvents';
import { useInterviews } from '../../data/useInterviews';
import { formatDate } from '../../i18n/format';
import { InterviewTable } from '../interviews/InterviewTable';
import '../interviews/interviews.css';
import '../interviews/lists.css';
import { countryName } from '../../domain/countries';
import { screenHeading, useScreenFocus } from '../../ui/useScreenFocus';

/** One event: its interviews and the companies registered there. */
export function EventScreen() {
  const { t, i18n } = useTranslation('events');
  const screenHeadingRef = useScreenFocus();
  const { setCurrentEvent } = useEventWriters();
  const { id } = useParams();
  const event = useEvent(id);
  const current = useCurrentEvent();
  const interviews = useInterviews({ eventId: id }, 500);
  const companies = useEventCompanies(id);
  if (event === null)
    return (
      <div className="page">
        <section className="card empty-state">
          <h1 ref={screenHeadingRef} {...screenHeading}>
            {t('detail.notFound')}
          </h1>
          <Link to="/events">{t('detail.back')}</Link>
        </section>
      </div>
    );
  if (!event) return <p className="loading">{t('common:loading')}</p>;
  const isCurrent = current?.id === event.id;
  return (
    <div className="page">
      <p>
        <Link to="/events">← {t('detail.back')}</Link>
      </p>
      <div className="page__title">
        <h1 ref={screenHeadingRef} {...screenHeading}>
          {event.name} {isCurrent ? <span className="badge badge--current">{t('current.badge')}</span> : null}
        </h1>
        <button
          type="button"
          className="button"
          onClick={() =>
            void runInBackground(
              'status.saving',
              () => setCurrentEvent(isCurrent ? null : event.id),
              'status.saveFailed',
            )
          }
        >
          {isCurrent ? t('actions.stop') : t('actions.makeCurrent')}
        </button>
      </div>
      <p className="card__lead">{[formatDate(event.date, i18n.language), event.place].filter(Boolean).join(' · ')}</p>
      <div className="page__columns">
        <section className="card" aria-labelledby="event-interviews">
          <h2 id="event-interviews">{t('detail.interviews', { count: interviews?.rows.length ?? 0 })}</h2>
          {interviews && interviews.rows.length > 0 ? (
            <InterviewTable
              rows={interviews.rows}
              caption={t('detail.interviews', { count: interviews.rows.length })}
            />
          ) : (
            <p className="card__lead">{t('detail.noInterviews')}</p>
          )}
          <Link to="/interviews/new" className="button button--primary">
            {t('detail.newInterview')}
          </Link>
        </section>
        <section className="card" aria-labelledby="event-companies" data-testid="event-companies">
          <h2 id="event-companies">{t('detail.companies', { count: companies?.length ?? 0 })}</h2>
          {companies && companies.length > 0 ? (
            <ul className="plain-list">
              {companies.map((company) => (
                <li key={company.id}>
                  <strong>{company.legalName}</strong> · {countryName(company.country, i18n.language)}
                </li>
              ))}
            </ul>
          ) : (
            <p className="card__lead">{t('detail.noCompanies')}</p>
          )}
        </section>
      </div>
    </div>
  );
}
