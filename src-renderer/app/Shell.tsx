import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import type { ContactPointProfile } from '../domain/contact-point';
import { SETTING_KEYS } from '../data/settings';
import { useSetting } from '../data/useSetting';
import { useSyncRun } from '../features/sync/useSyncRun';
import { useGlobalIntents } from '../intents/useGlobalIntents';
import { NAVIGATION } from './navigation';
import { StatusArea } from './StatusArea';
import { useOnlineStatus } from './useOnlineStatus';

export function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation('common');
  const profile = useSetting<ContactPointProfile>(SETTING_KEYS.profile);
  const online = useOnlineStatus();
  const { syncNow } = useSyncRun();
  useGlobalIntents(useMemo(() => ({ syncNow: () => void syncNow() }), [syncNow]));
  return (
    <div className="shell">
      <nav className="sidebar" aria-label={t('nav.label')}>
        <div className="sidebar__brand">
          <span className="sidebar__logo" aria-hidden="true">
            ★
          </span>
          <span>LCP Desk</span>
        </div>
        <ul>
          {NAVIGATION.map((entry) => (
            <li key={entry.path}>
              <NavLink to={entry.path} end={entry.end} className="sidebar__link">
                <span className="sidebar__icon" aria-hidden="true">
                  {entry.icon}
                </span>
                <span>{t(entry.labelKey)}</span>
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="main">
        <header className="header">
          <div className="header__title" data-testid="header-lcp-name">
            {profile?.organisationName ?? (profile === null ? t('header.noProfile') : '')}
          </div>
          <div className={`connectivity connectivity--${online ? 'online' : 'offline'}`} role="status">
            <span className="connectivity__dot" aria-hidden="true" />
            {online ? t('connectivity.online') : t('connectivity.offline')}
          </div>
        </header>
        <main className="content">{children}</main>
        <StatusArea />
      </div>
    </div>
  );
}
