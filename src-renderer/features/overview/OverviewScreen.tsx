import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { SETTING_KEYS } from '../../data/settings';
import { useCurrentEvent } from '../../data/useEvents';
import { usePendingChanges } from '../../data/usePendingChanges';
import { useSetting } from '../../data/useSetting';
import { useWorkSummary } from '../../data/useWorkSummary';
import type { ContactPointProfile } from '../../domain/contact-point';
import { formatDate, formatNumber } from '../../i18n/format';
import { countryName } from '../../domain/countries';
import { screenHeading, useScreenFocus } from '../../ui/useScreenFocus';
import { OverdueSecondments } from '../secondments/OverdueSecondments';

export function OverviewScreen() {
  const { t, i18n } = useTranslation('overview');
  const screenHeadingRef = useScreenFocus();
  const profile = useSetting<ContactPointProfile>(SETTING_KEYS.profile);
  const pending = usePendingChanges();
  const work = useWorkSummary();
  const currentEvent = useCurrentEvent();
  const metrics = [
    { key: 'interviewsInProgress', to: '/interviews?status=inProgress', value: work?.interviewsInProgress },
    { key: 'agreementsAwaitingSignature', to: '/agreements', value: work?.agreementsAwaitingSignature },
    { key: 'inSecondment', to: '/agreements', value: work?.inSecondment },
  ] as const;
  const profileCountry = profile ? countryName(profile.country, i18n.language) : '';
  return (
    <div className="page">
      <h1 ref={screenHeadingRef} {...screenHeading}>
        {t('title')}
      </h1>
      {profile === null ? (
        <section className="card empty-state" data-testid="overview-setup">
          <h2>{t('setup.title')}</h2>
          <p>{t('setup.body')}</p>
          <Link to="/settings" className="button button--primary">
            {t('setup.action')}
          </Link>
        </section>
      ) : profile ? (
        <section className="card" data-testid="overview-profile">
          <h2>{profile.organisationName}</h2>
          <dl className="facts">
            <dt>{t('profile.country')}</dt>
            <dd>{profileCountry}</dd>
            <dt>{t('profile.contact')}</dt>
            <dd>
              {profile.contactPerson} · <a href={`mailto:${profile.email}`}>{profile.email}</a>
            </dd>
          </dl>
        </section>
      ) : null}
      <section className="card" data-testid="overview-work">
        <h2>{t('work.title')}</h2>
        <p className="card__lead">
          {currentEvent
            ? t('work.currentEvent', { name: currentEvent.name, date: formatDate(currentEvent.date, i18n.language) })
            : currentEvent === null
              ? t('work.noCurrentEvent')
              : ''}
        </p>
        <div className="metrics">
          {metrics.map((metric) => (
            <Link key={metric.key} to={metric.to} className="metrics__item" data-testid={`overview-${metric.key}`}>
              <span className="metric__value">
                {metric.value === undefined ? '…' : formatNumber(metric.value, i18n.language)}
              </span>
              <span className="metric__label">{t(`work.${metric.key}`)}</span>
            </Link>
          ))}
        </div>
      </section>
      <OverdueSecondments />
      <section className="card">
        <h2>{t('sync.title')}</h2>
        <p className="metric">
          <span className="metric__value">{pending === undefined ? '…' : formatNumber(pending, i18n.language)}</span>
          <span className="metric__label">{t('sync.pending', { count: pending ?? 0 })}</span>
        </p>
        <p className="card__lead">{t('sync.explain')}</p>
      </section>
    </div>
  );
}
