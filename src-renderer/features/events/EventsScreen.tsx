import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { shortcutLabel, type AppAction } from '../../intents/actions';
import { runInBackground } from '../../intents/background-tasks';
import { useActions } from '../../intents/useActions';
import { useCurrentEvent, useEventWriters, useEvents } from '../../data/useEvents';
import { intentAction } from '../../intents/registry';
import { formatDate } from '../../i18n/format';
import { EventForm } from './EventForm';
import '../interviews/interviews.css';
import '../interviews/lists.css';
import './events.css';
import { screenHeading, useScreenFocus } from '../../ui/useScreenFocus';
import { TableScroll } from '../../ui/TableScroll';

/** Fairs and info days; the current one tags everything created while it lasts. */
export function EventsScreen() {
  const { t, i18n } = useTranslation('events');
  const screenHeadingRef = useScreenFocus();
  const { setCurrentEvent } = useEventWriters();
  const events = useEvents();
  const current = useCurrentEvent();
  /** The id of the event being edited, or 'new'. */
  const [params, setParams] = useSearchParams();
  // The global New event intent opens `/events?new=1` from other screens; here it opens the form in place.
  const [editing, setEditing] = useState<string | null>(() => (params.has('new') ? 'new' : null));
  useEffect(() => {
    if (params.has('new')) setParams({}, { replace: true });
  }, [params, setParams]);
  const create: AppAction = { ...intentAction('events.new'), run: () => setEditing('new') };
  // A closed form (saved or cancelled) gives the focus back to the button that opened it.
  const pageRef = useRef<HTMLDivElement>(null);
  const [closed, setClosed] = useState<{ id: string } | null>(null);
  useEffect(() => {
    if (closed) pageRef.current?.querySelector<HTMLElement>(`[data-opens-form="${closed.id}"]`)?.focus();
  }, [closed]);
  const closeForm = (id: string) => {
    setEditing(null);
    setClosed({ id });
  };
  useActions([create]);
  const choose = (id: string | null) =>
    void runInBackground('status.saving', () => setCurrentEvent(id), 'status.saveFailed');

  return (
    <div className="page" ref={pageRef}>
      <div className="page__title">
        <h1 ref={screenHeadingRef} {...screenHeading}>
          {t('title')}
        </h1>
        <button
          type="button"
          className="button button--primary"
          onClick={create.run}
          title={shortcutLabel(create.shortcut!)}
          data-opens-form="new"
        >
          {t('actions.new')}
        </button>
      </div>
      <p className="card__lead">{t('lead')}</p>
      {current ? (
        <p className="notice" data-testid="current-event">
          {t('current.is', { name: current.name, date: formatDate(current.date, i18n.language) })}{' '}
          <Link to={`/events/${current.id}`}>{t('current.open')}</Link>
        </p>
      ) : current === null ? (
        <p className="notice">{t('current.none')}</p>
      ) : null}
      {editing === 'new' ? <EventForm onDone={() => closeForm('new')} /> : null}
      {events === undefined ? (
        <p className="loading">{t('common:loading')}</p>
      ) : events.length === 0 ? (
        <section className="card empty-state" data-testid="events-empty">
          <h2>{t('empty.title')}</h2>
          <p>{t('empty.body')}</p>
        </section>
      ) : (
        <section className="card">
          <TableScroll label={t('title')}>
            <table className="table events__table" data-testid="events-table">
              <caption className="visually-hidden">{t('title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('list.name')}</th>
                  <th scope="col">{t('list.date')}</th>
                  <th scope="col">{t('list.place')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('list.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {events.map((event) =>
                  editing === event.id ? (
                    <tr key={event.id}>
                      <td colSpan={4}>
                        <EventForm event={event} onDone={() => closeForm(event.id)} />
                      </td>
                    </tr>
                  ) : (
                    <tr key={event.id}>
                      <td>
                        <Link to={`/events/${event.id}`}>{event.name}</Link>
                        {current?.id === event.id ? (
                          <span className="badge badge--current">{t('current.badge')}</span>
                        ) : null}
                      </td>
                      <td>{formatDate(event.date, i18n.language)}</td>
                      <td>{event.place ?? ''}</td>
                      <td className="events__actions-cell">
                        <div className="table__actions">
                          {current?.id === event.id ? (
                            <button type="button" className="button" onClick={() => choose(null)}>
                              {t('actions.stop')}
                            </button>
                          ) : (
                            <button type="button" className="button" onClick={() => choose(event.id)}>
                              {t('actions.makeCurrent')}
                            </button>
                          )}
                          <button
                            type="button"
                            className="button"
                            onClick={() => setEditing(event.id)}
                            aria-label={t('actions.editNamed', { name: event.name })}
                            data-opens-form={event.id}
                          >
                            {t('actions.edit')}
                          </button>
                        </div>
                      </td>
                    </tr>
                  ),
                )}
              </tbody>
            </table>
          </TableScroll>
        </section>
      )}
    </div>
  );
}
