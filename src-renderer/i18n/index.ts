import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { FALLBACK_LANGUAGE, type UiLanguage } from './languages';
import { buildResources } from './resources';

// Clause texts of agreements (agreement.json) are loaded on demand by agreement-texts.ts.
const localeFiles = import.meta.glob(['../../locales/*/*.json', '!../../locales/*/agreement.json'], { eager: true });
export const resources = buildResources(localeFiles);
export const NAMESPACES = Object.keys(resources[FALLBACK_LANGUAGE] ?? {});

export async function initI18n(language: UiLanguage): Promise<I18n> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: FALLBACK_LANGUAGE,
    ns: NAMESPACES,
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyDocumentLanguage(language);
  return i18next;
}

export function applyDocumentLanguage(language: UiLanguage): void {
  document.documentElement.lang = language;
}

export async function changeLanguage(language: UiLanguage): Promise<void> {
  await i18next.changeLanguage(language);
  applyDocumentLanguage(language);
}
