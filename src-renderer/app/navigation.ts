/** Sidebar entries. A feature adds its entry here when its screen exists, never before. */
export type NavEntry = { path: string; labelKey: string; icon: string; end?: boolean };

export const NAVIGATION: NavEntry[] = [
  { path: '/', labelKey: 'nav.overview', icon: '◧', end: true },
  { path: '/companies', labelKey: 'companies:nav', icon: '▤' },
  { path: '/events', labelKey: 'events:nav', icon: '⚑' },
  { path: '/interviews', labelKey: 'interviews:nav', icon: '✎' },
  { path: '/agreements', labelKey: 'agreements:nav', icon: '✍' },
  { path: '/secondments', labelKey: 'secondments:nav', icon: '⇄' },
  { path: '/sync', labelKey: 'sync:nav', icon: '⇅' },
  { path: '/settings', labelKey: 'nav.settings', icon: '⚙' },
];
