import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { SETTING_KEYS } from '../../data/settings';
import { usePendingChanges } from '../../data/usePendingChanges';
import { useSetting } from '../../data/useSetting';
import type { ContactPointProfile } from '../../domain/contact-point';
import { formatNumber } from '../../i18n/format';

export function OverviewScreen() {
  const { t, i18n } = useTranslation('overview');
  const profile = useSetting<ContactPointProfile>(SETTING_KEYS.profile);
  const pending = usePendingChanges();
  const countryName = profile ? new Intl.DisplayNames([i18n.language, 'en'], { type: 'region' }).of(profile.country) : '';
  return (
    <div className="page">
      <h1>{t('title')}</h1>
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
            <dd>{countryName}</dd>
            <dt>{t('profile.contact')}</dt>
            <dd>
              {profile.contactPerson} · <a href={`mailto:${profile.email}`}>{profile.email}</a>
            </dd>
          </dl>
        </section>
      ) : null}
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
