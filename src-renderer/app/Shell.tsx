import { useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router-dom';
import type { ContactPointProfile } from '../domain/contact-point';
import { SETTING_KEYS } from '../data/settings';
import { useSetting } from '../data/useSetting';
import { useSyncRun } from '../features/sync/useSyncRun';
import { useGlobalIntents } from '../intents/useGlobalIntents';
import { LiveAnnouncer } from '../ui/LiveAnnouncer';
import { NAVIGATION } from './navigation';
import { StatusArea } from './StatusArea';
import { useOnlineStatus } from './useOnlineStatus';

export function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation('common');
  const profile = useSetting<ContactPointProfile>(SETTING_KEYS.profile);
  const online = useOnlineStatus();
  const { syncNow } = useSyncRun();
  useGlobalIntents(useMemo(() => ({ syncNow: () => void syncNow() }), [syncNow]));
  const mainRef = useRef<HTMLElement>(null);
  const menuId = useId();
  // The menu toggle shows only on narrow windows (200 % zoom and below); it closes on every screen change.
  // Open for the screen it was opened on: any navigation (a link, a shortcut, the history) closes it.
  // (The location object itself: a hash changed from outside the router gives every entry the key "default".)
  const location = useLocation();
  const [openOn, setOpenOn] = useState<typeof location | null>(null);
  const menuOpen = openOn === location;
  return (
    <div className="shell">
      <a
        href="#main-content"
        className="skip-link"
        onClick={(event) => {
          // The router owns the URL's hash: focus the main region instead of following the link.
          event.preventDefault();
          mainRef.current?.focus();
        }}
        data-testid="skip-link"
      >
        {t('a11y.skipToContent')}
      </a>
      <nav className="sidebar" aria-label={t('nav.label')}>
        <div className="sidebar__brand">
          <span className="sidebar__logo" aria-hidden="true">
            ★
          </span>
          <span>LCP Desk</span>
          <button
            type="button"
            className="sidebar__toggle"
            aria-expanded={menuOpen}
            aria-controls={menuId}
            onClick={() => setOpenOn(menuOpen ? null : location)}
            data-testid="menu-toggle"
          >
            <span aria-hidden="true">☰</span> {t('a11y.menu')}
          </button>
        </div>
        <ul id={menuId} className={menuOpen ? 'sidebar__menu sidebar__menu--open' : 'sidebar__menu'}>
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
        <main className="content" id="main-content" ref={mainRef} tabIndex={-1}>
          {children}
        </main>
        <StatusArea />
        <LiveAnnouncer />
      </div>
    </div>
  );
}
