/** Languages people may speak (ISO 639), for candidate participants' CEFR levels. */
export const SPOKEN_LANGUAGES = [
  'bg',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'es',
  'et',
  'fi',
  'fr',
  'ga',
  'hr',
  'hu',
  'it',
  'lt',
  'lv',
  'mt',
  'nl',
  'pl',
  'pt',
  'ro',
  'sk',
  'sl',
  'sv',
  'sq',
  'mk',
  'sr',
  'cnr',
  'bs',
  'tr',
  'is',
  'no',
  'ca',
  'eu',
  'gl',
  'lb',
  'ru',
  'uk',
  'ar',
  'zh',
] as const;

export function isSpokenLanguage(code: string): boolean {
  return (SPOKEN_LANGUAGES as readonly string[]).includes(code);
}

/** Languages named in the UI language, sorted by that name. */
export function languageOptions(locale: string): { code: string; name: string }[] {
  const names = new Intl.DisplayNames([locale, 'en'], { type: 'language', fallback: 'code' });
  const collator = new Intl.Collator(locale);
  return SPOKEN_LANGUAGES.map((code) => ({ code, name: languageName(names, code) })).sort((a, b) =>
    collator.compare(a.name, b.name),
  );
}

function languageName(names: Intl.DisplayNames, code: string): string {
  const name = names.of(code);
  // Montenegrin is missing from some ICU versions.
  return !name || name === code ? (code === 'cnr' ? 'Crnogorski' : code) : name;
}
