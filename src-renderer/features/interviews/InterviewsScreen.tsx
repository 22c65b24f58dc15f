import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { shortcutLabel } from '../../intents/actions';
import { intentAction } from '../../intents/registry';
import { useCurrentEvent, useEvents } from '../../data/useEvents';
import { useInterviewers, useInterviews, type InterviewFilter } from '../../data/useInterviews';
import type { InterviewStatus } from '../../domain/model';
import { formatDate } from '../../i18n/format';
import { InterviewTable } from './InterviewTable';
import './interviews.css';
import './lists.css';
import { screenHeading, useScreenFocus } from '../../ui/useScreenFocus';

const PAGE = 50;

/** All interviews, filterable by event, interviewer and status (the filter lives in the URL). */
export function InterviewsScreen() {
  const { t, i18n } = useTranslation('interviews');
  const screenHeadingRef = useScreenFocus();
  const [params, setParams] = useSearchParams();
  const [limit, setLimit] = useState(PAGE);
  const filter: InterviewFilter = {
    eventId: params.get('event') ?? undefined,
    interviewer: params.get('interviewer') ?? undefined,
    status: (params.get('status') as InterviewStatus | null) ?? undefined,
  };
  const page = useInterviews(filter, limit);
  const events = useEvents();
  const interviewers = useInterviewers();
  const current = useCurrentEvent();
  const setFilter = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
    setLimit(PAGE);
  };
  // A global intent: the shell binds its shortcut and the native menu item.
  const start = intentAction('interviews.new');
  const filtered = Boolean(filter.eventId || filter.interviewer || filter.status);

  return (
    <div className="page">
      <div className="page__title">
        <h1 ref={screenHeadingRef} {...screenHeading}>
          {t('list.title')}
        </h1>
        <button
          type="button"
          className="button button--primary"
          onClick={start.run}
          title={shortcutLabel(start.shortcut!)}
        >
          {t('actions.new')}
        </button>
      </div>
      {current ? (
        <p className="notice">
          {t('list.currentEvent', { name: current.name, date: formatDate(current.date, i18n.language) })}{' '}
          <Link to={`/events/${current.id}`}>{t('list.openEvent')}</Link>
        </p>
      ) : null}
      <form className="card filters" role="search" aria-label={t('filters.label')} onSubmit={(e) => e.preventDefault()}>
        <label>
          <span>{t('filters.event')}</span>
          <select name="event" value={filter.eventId ?? ''} onChange={(e) => setFilter('event', e.target.value)}>
            <option value="">{t('filters.all')}</option>
            {events?.map((event) => (
              <option key={event.id} value={event.id}>
                {event.name} · {formatDate(event.date, i18n.language)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('filters.interviewer')}</span>
          <select
            name="interviewer"
            value={filter.interviewer ?? ''}
            onChange={(e) => setFilter('interviewer', e.target.value)}
          >
            <option value="">{t('filters.all')}</option>
            {interviewers?.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('filters.status')}</span>
          <select name="status" value={filter.status ?? ''} onChange={(e) => setFilter('status', e.target.value)}>
            <option value="">{t('filters.all')}</option>
            <option value="inProgress">{t('status.inProgress')}</option>
            <option value="completed">{t('status.completed')}</option>
          </select>
        </label>
      </form>
      {page === undefined ? (
        <p className="loading">{t('common:loading')}</p>
      ) : page.rows.length === 0 ? (
        <section className="card empty-state" data-testid="interviews-empty">
          <h2>{filtered ? t('list.noneMatching') : t('list.empty.title')}</h2>
          <p>{filtered ? t('list.noneMatchingBody') : t('list.empty.body')}</p>
        </section>
      ) : (
        <section className="card">
          <InterviewTable rows={page.rows} events={events} caption={t('list.title')} />
          {page.hasMore ? (
            <button type="button" className="button" onClick={() => setLimit(limit + PAGE)}>
              {t('list.more')}
            </button>
          ) : null}
        </section>
      )}
    </div>
  );
}
