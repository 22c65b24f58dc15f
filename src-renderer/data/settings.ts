import type { ContactPointProfile } from '../domain/contact-point';
import type { UiLanguage } from '../i18n/languages';
import type { LcpDatabase } from './db';
import { saveSetting } from './writes';

export const SETTING_KEYS = {
  profile: 'contactPoint.profile',
  logo: 'contactPoint.logo',
  uiLanguage: 'ui.language',
} as const;

export type StoredLogo = { mimeType: string; fileName: string; bytes: Uint8Array };

export function saveContactPointProfile(db: LcpDatabase, profile: ContactPointProfile): Promise<boolean> {
  // Drop undefined optionals so an unchanged profile compares equal and writes nothing.
  const clean = Object.fromEntries(Object.entries(profile).filter(([, v]) => v !== undefined));
  return saveSetting(db, SETTING_KEYS.profile, clean);
}

export function saveLogo(db: LcpDatabase, logo: StoredLogo | null): Promise<boolean> {
  return saveSetting(db, SETTING_KEYS.logo, logo);
}

/** The UI language is this computer's preference: it does not sync. */
export function saveUiLanguage(db: LcpDatabase, language: UiLanguage): Promise<boolean> {
  return saveSetting(db, SETTING_KEYS.uiLanguage, language, { sync: false });
}

export async function readSetting<T>(db: LcpDatabase, key: string): Promise<T | undefined> {
  return (await db.settings.get(key))?.value as T | undefined;
}
