import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingTexts } from '../../../src-renderer/domain/agreements/clauses';
import { AGREEMENT_LANGUAGES } from '../../../src-renderer/domain/agreements/languages';
import { serbianCyrillicToLatin } from '../../../src-renderer/domain/serbian-script';
import { UI_LANGUAGES } from '../../../src-renderer/i18n/languages';
import { buildResources } from '../../../src-renderer/i18n/resources';

const LOCALES = path.resolve(__dirname, '../../../locales');
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function readLocale(language: string): Record<string, unknown> {
  const dir = path.join(LOCALES, language);
  const files: Record<string, unknown> = {};
  for (const file of readdirSync(dir)) {
    if (file.endsWith('.json'))
      files[`locales/${language}/${file}`] = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  }
  return files;
}

const allFiles = Object.assign({}, ...readdirSync(LOCALES).map(readLocale)) as Record<string, unknown>;
const resources = buildResources(allFiles);

/** Flattened keys, with plural variants folded into their base key. */
function keysOf(value: unknown, prefix = ''): Set<string> {
  const keys = new Set<string>();
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      for (const nested of keysOf(child, prefix ? `${prefix}.${key}` : key)) keys.add(nested);
    }
  } else {
    keys.add(prefix.replace(PLURAL_SUFFIX, ''));
  }
  return keys;
}

function pluralForms(value: unknown, prefix = '', forms = new Map<string, Set<string>>()): Map<string, Set<string>> {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) pluralForms(child, prefix ? `${prefix}.${key}` : key, forms);
  } else {
    const match = PLURAL_SUFFIX.exec(prefix);
    if (match) {
      const base = prefix.replace(PLURAL_SUFFIX, '');
      forms.set(base, (forms.get(base) ?? new Set()).add(match[1]!));
    }
  }
  return forms;
}

describe('locales', () => {
  const english = resources['en']!;

  it('ships every UI language', () => {
    for (const language of UI_LANGUAGES) expect(resources[language], language).toBeDefined();
  });

  for (const language of UI_LANGUAGES.filter((l) => l !== 'en')) {
    it(`${language} has exactly the keys en has`, () => {
      const translated = resources[language]!;
      expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
      for (const namespace of Object.keys(english)) {
        const expected = [...keysOf(english[namespace])].sort();
        const actual = [...keysOf(translated[namespace])].sort();
        expect(actual, `${language}/${namespace}`).toEqual(expected);
      }
    });

    it(`${language} has the plural forms its language needs`, () => {
      const rules = new Intl.PluralRules(language);
      const needed = new Set(rules.resolvedOptions().pluralCategories);
      for (const namespace of Object.keys(english)) {
        for (const [key, forms] of pluralForms(resources[language]![namespace])) {
          for (const category of needed) {
            if (category === 'zero' || category === 'two') continue;
            expect(forms.has(category) || forms.has('other'), `${language}/${namespace}:${key}_${category}`).toBe(true);
          }
          expect(forms.has('other'), `${language}/${namespace}:${key}_other`).toBe(true);
        }
      }
    });

    it(`${language} keeps every {{placeholder}} of en`, () => {
      for (const namespace of Object.keys(english)) {
        const flat = (value: unknown, prefix = '', out = new Map<string, string>()) => {
          if (typeof value === 'string') out.set(prefix.replace(PLURAL_SUFFIX, ''), value);
          else if (value && typeof value === 'object')
            for (const [k, v] of Object.entries(value)) flat(v, prefix ? `${prefix}.${k}` : k, out);
          return out;
        };
        const source = flat(english[namespace]);
        for (const [key, text] of flat(resources[language]![namespace])) {
          const placeholders = (s: string) => [...s.matchAll(/{{\s*(\w+)/g)].map((m) => m[1]).sort();
          const expected = placeholders(source.get(key) ?? '').filter((p) => p !== 'count');
          const actual = placeholders(text).filter((p) => p !== 'count');
          expect(actual, `${language}/${namespace}:${key}`).toEqual(expected);
        }
      }
    });
  }

  it('marks translations written by the team for review in their metadata', () => {
    for (const language of readdirSync(LOCALES).filter((l) => l !== 'en')) {
      const metaFile = path.join(LOCALES, language, '_meta.json');
      expect(existsSync(metaFile), `${language}/_meta.json`).toBe(true);
      const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as Record<string, string>;
      expect(meta['reviewStatus'], language).toMatch(/needs-review|reviewed|derived/);
    }
  });

  it('keeps agreement clause texts out of the UI resources', () => {
    for (const language of Object.keys(resources)) expect(resources[language]!['agreement'], language).toBeUndefined();
  });
});

/** Agreement clauses (`agreement.json`) exist in more languages than the UI: all 13 are checked. */
describe('agreement clause texts', () => {
  const english = JSON.parse(readFileSync(path.join(LOCALES, 'en', 'agreement.json'), 'utf8')) as unknown;

  for (const language of AGREEMENT_LANGUAGES) {
    const file = path.join(LOCALES, language, 'agreement.json');
    it(`${language} has every clause and label, with its placeholders`, () => {
      expect(existsSync(file), file).toBe(true);
      const texts = JSON.parse(readFileSync(file, 'utf8')) as unknown;
      expect(missingTexts(texts)).toEqual([]);
      expect([...keysOf(texts)].sort()).toEqual([...keysOf(english)].sort());
    });

    if (language !== 'en') {
      it(`${language} clause texts are marked for review`, () => {
        const meta = JSON.parse(readFileSync(path.join(LOCALES, language, '_meta.json'), 'utf8')) as {
          reviewStatus?: string;
          files?: Record<string, { reviewStatus?: string }>;
        };
        expect(meta.files?.['agreement.json']?.reviewStatus ?? meta.reviewStatus).toMatch(/^(needs-review|reviewed)$/);
      });
    }
  }

  it('derives Serbian Latin from Serbian Cyrillic letter by letter', () => {
    const cyrillic = resources['sr-Cyrl']!['settings'] as { title: string };
    const latin = resources['sr-Latn']!['settings'] as { title: string };
    expect(latin.title).toBe(serbianCyrillicToLatin(cyrillic.title));
    expect(latin.title).not.toMatch(/\p{Script=Cyrillic}/u);
  });
});
