/** Languages an agreement can be printed in, and which ones a country's parties read. */
export const AGREEMENT_LANGUAGES = [
  'en',
  'es',
  'fr',
  'de',
  'nl',
  'it',
  'el',
  'hr',
  'sl',
  'sk',
  'sr-Latn',
  'sr-Cyrl',
  'cnr',
] as const;
export type AgreementLanguage = (typeof AGREEMENT_LANGUAGES)[number];

export function isAgreementLanguage(value: unknown): value is AgreementLanguage {
  return typeof value === 'string' && (AGREEMENT_LANGUAGES as readonly string[]).includes(value);
}

/** Each language's name in itself. */
export const AGREEMENT_LANGUAGE_AUTONYMS: Record<AgreementLanguage, string> = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
  nl: 'Nederlands',
  it: 'Italiano',
  el: 'Ελληνικά',
  hr: 'Hrvatski',
  sl: 'Slovenščina',
  sk: 'Slovenčina',
  'sr-Latn': 'Srpski (latinica)',
  'sr-Cyrl': 'Српски (ћирилица)',
  cnr: 'Crnogorski',
};

/**
 * The locale used for dates in each language. Montenegrin has no locale data of its own in most
 * engines: it writes dates as Serbian Latin in Montenegro does.
 */
export const AGREEMENT_DATE_LOCALES: Record<AgreementLanguage, string> = {
  en: 'en-GB',
  es: 'es',
  fr: 'fr',
  de: 'de',
  nl: 'nl',
  it: 'it',
  el: 'el',
  hr: 'hr',
  sl: 'sl',
  sk: 'sk',
  'sr-Latn': 'sr-Latn',
  'sr-Cyrl': 'sr-Cyrl',
  cnr: 'sr-Latn-ME',
};

/**
 * The consortium's countries (domain brief, 2020–22) and their languages, main language first,
 * plus the other countries whose language the app ships. Countries not listed fall back to English.
 */
export const COUNTRY_LANGUAGES: Record<string, readonly AgreementLanguage[]> = {
  BE: ['nl', 'fr', 'de', 'es', 'en'],
  ES: ['es'],
  IE: ['en'],
  RS: ['sr-Cyrl', 'sr-Latn'],
  HR: ['hr'],
  SK: ['sk', 'it'],
  SI: ['sl'],
  IT: ['it'],
  AT: ['de'],
  GR: ['el'],
  FR: ['fr'],
  ME: ['cnr'],
  DE: ['de'],
  NL: ['nl'],
  LU: ['fr', 'de'],
  CY: ['el'],
  MT: ['en'],
  BA: ['hr', 'sr-Latn', 'sr-Cyrl'],
};

export function mainLanguageOf(country: string | undefined): AgreementLanguage {
  return (country ? COUNTRY_LANGUAGES[country]?.[0] : undefined) ?? 'en';
}

/** The sending and host countries' main languages (one when they share it). */
export function defaultLanguages(
  sendingCountry: string | undefined,
  hostCountry: string | undefined,
): AgreementLanguage[] {
  return [...new Set([mainLanguageOf(sendingCountry), mainLanguageOf(hostCountry)])];
}

/** One or two chosen languages, then English if asked for and not already there. */
export function documentLanguages(chosen: readonly AgreementLanguage[], includeEnglish: boolean): AgreementLanguage[] {
  const languages = [...new Set(chosen)];
  if (includeEnglish && !languages.includes('en')) languages.push('en');
  return languages;
}
