/**
 * Search folding for every European script: case, diacritics, letters that Unicode does not
 * decompose (đ, ł, ø, ß, ı...), Greek tonos and final sigma, and Cyrillic to Latin (Serbian and
 * Montenegrin exactly, other Cyrillic alphabets consistently), so that "cakovec" finds "Čakovec",
 * "novi sad" finds "Нови Сад" and "θεσσαλια" finds "Θεσσαλία". Index and query use the same fold;
 * in addition the index carries the German transliteration of words with umlauts (ä→ae, ö→oe,
 * ü→ue; ß is always ss), so "muller", "mueller" and "müller" all find "Müller".
 */
import { serbianCyrillicToLatin } from '../serbian-script';

/** Letters that have no canonical decomposition, after lower-casing. */
const SPECIAL: Record<string, string> = {
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  ł: 'l',
  ŀ: 'l',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  þ: 'th',
  ŧ: 't',
  ĸ: 'k',
  ŋ: 'n',
  ſ: 's',
  ƒ: 'f',
  ɨ: 'i',
  ɇ: 'e',
  ə: 'e',
  // Cyrillic letters outside the Serbian alphabet (Bulgarian, Macedonian, Ukrainian, Russian, Belarusian).
  й: 'j',
  щ: 'sht',
  ъ: 'a',
  ь: '',
  ю: 'ju',
  я: 'ja',
  ы: 'y',
  э: 'e',
  ё: 'e',
  і: 'i',
  ї: 'ji',
  є: 'je',
  ґ: 'g',
  ў: 'u',
  ѓ: 'gj',
  ќ: 'kj',
  ѕ: 'dz',
  // Greek final sigma folds to sigma.
  ς: 'σ',
};
const SPECIAL_RE = new RegExp(`[${Object.keys(SPECIAL).join('')}]`, 'gu');

/** Folds a text for search: lower case, no marks, one script per language pair. */
export function foldForSearch(text: string): string {
  const latin = serbianCyrillicToLatin(text.toLowerCase());
  return latin
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(SPECIAL_RE, (ch) => SPECIAL[ch] ?? ch);
}

/** The folded words of a text (letters and digits; everything else separates words). */
export function searchWords(text: string | undefined | null): string[] {
  if (!text) return [];
  return foldForSearch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** An identifier (VAT, national id) as one word: separators removed, folded. */
export function compactId(value: string | undefined | null): string {
  return value ? foldForSearch(value).replace(/[^\p{L}\p{N}]+/gu, '') : '';
}

const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue' };

/** The text with German umlauts written out (Müller → mueller), or null when it has none. */
export function germanTransliteration(text: string): string | null {
  const lower = text.normalize('NFC').toLowerCase();
  return /[äöü]/u.test(lower) ? lower.replace(/[äöü]/gu, (ch) => UMLAUTS[ch] ?? ch) : null;
}

/** Distinct words of several texts, for the word index: each folded word and its German transliteration. */
export function wordSet(texts: (string | undefined | null)[]): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    for (const word of searchWords(text)) words.add(word);
    const german = text ? germanTransliteration(text) : null;
    if (german) for (const word of searchWords(german)) words.add(word);
  }
  return [...words];
}

/** Query words, longest first (the most selective goes to the index). */
export function queryWords(query: string): string[] {
  return [...new Set(searchWords(query))].sort((a, b) => b.length - a.length);
}

/**
 * A sort key for a name: folded words joined by one space, each number written with its length
 * first ("13" → "213", "102" → "3102", leading zeros dropped). IndexedDB and the word index compare
 * keys code unit by code unit; this makes that order numeric (Firma 2, Firma 13, Firma 102), and the
 * folding makes it ignore case and accents, as a collator would.
 */
export function nameKey(text: string): string {
  return searchWords(text)
    .map((word) =>
      word.replace(/\d+/g, (digits) => {
        const number = digits.replace(/^0+(?=\d)/, '');
        return String.fromCharCode(0x30 + Math.min(number.length, 0x30)) + number;
      }),
    )
    .join(' ');
}
