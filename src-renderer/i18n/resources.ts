import { serbianCyrillicToLatin } from '../domain/serbian-script';
import { UI_LANGUAGES, type UiLanguage } from './languages';

export type Namespace = Record<string, unknown>;

/**
 * Namespaces that are document texts, not UI strings: `agreement.json` holds the clauses printed
 * on agreements, in more languages than the UI has (src-renderer/i18n/agreement-texts.ts loads it).
 */
export const DOCUMENT_NAMESPACES: ReadonlySet<string> = new Set(['agreement']);
export type Resources = Record<string, Record<string, Namespace>>;

function mapStrings(value: unknown, fn: (text: string) => string): unknown {
  if (typeof value === 'string') return fn(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, fn));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, fn)]));
  }
  return value;
}

/**
 * Builds i18next resources from `locales/<lang>/<namespace>.json` files (bundled, never fetched).
 * Files starting with `_` hold metadata. Serbian Latin is derived from Serbian Cyrillic, letter
 * for letter, unless a Latin file of its own exists.
 */
export function buildResources(files: Record<string, unknown>): Resources {
  const resources: Resources = {};
  for (const [path, content] of Object.entries(files)) {
    const match = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match || match[2]!.startsWith('_') || DOCUMENT_NAMESPACES.has(match[2]!)) continue;
    const [, language, namespace] = match as unknown as [string, string, string];
    const data = (content as { default?: Namespace }).default ?? (content as Namespace);
    (resources[language] ??= {})[namespace] = data;
  }
  const cyrillic = resources['sr-Cyrl'];
  if (cyrillic) {
    const latin = (resources['sr-Latn'] ??= {});
    for (const [namespace, data] of Object.entries(cyrillic)) {
      latin[namespace] ??= mapStrings(data, serbianCyrillicToLatin) as Namespace;
    }
  }
  return resources;
}

export function shippedLanguages(resources: Resources): UiLanguage[] {
  return UI_LANGUAGES.filter((language) => resources[language] !== undefined);
}
