/** UI languages shipped with the app. Serbian is always explicit about its script. */
export const UI_LANGUAGES = ['en', 'de', 'el', 'es', 'fr', 'it', 'sr-Cyrl', 'sr-Latn'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const FALLBACK_LANGUAGE: UiLanguage = 'en';

/** Each language's name in itself, as the language menu shows it. */
export const LANGUAGE_AUTONYMS: Record<UiLanguage, string> = {
  en: 'English',
  de: 'Deutsch',
  el: 'Ελληνικά',
  es: 'Español',
  fr: 'Français',
  it: 'Italiano',
  'sr-Cyrl': 'Српски (ћирилица)',
  'sr-Latn': 'Srpski (latinica)',
};

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

/**
 * Picks the UI language for an OS or browser preference list (BCP 47 tags, best first).
 * A bare `sr` means Cyrillic, its default script; Montenegrin and `sr-ME` read Latin.
 */
export function matchUiLanguage(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    let locale: Intl.Locale;
    try {
      locale = new Intl.Locale(tag);
    } catch {
      continue;
    }
    const language = locale.language;
    if (language === 'sr') {
      if (locale.script === 'Latn' || (!locale.script && locale.region === 'ME')) return 'sr-Latn';
      return 'sr-Cyrl';
    }
    if (language === 'cnr') return locale.script === 'Cyrl' ? 'sr-Cyrl' : 'sr-Latn';
    if (isUiLanguage(language)) return language;
  }
  return FALLBACK_LANGUAGE;
}
