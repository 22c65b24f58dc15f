import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import i18next from 'i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LcpDatabase } from '../../../../src-renderer/data/db';
import { createCompany } from '../../../../src-renderer/data/registry/company-writes';
import { readCompaniesForExport } from '../../../../src-renderer/data/registry/useCompanyWriters';
import type { CompanyFields } from '../../../../src-renderer/domain/registry/company-record';
import { guessMapping, parseCsv, validateRows } from '../../../../src-renderer/domain/registry/csv';
import { buildExport } from '../../../../src-renderer/features/companies/export-csv';
import { importVocabulary } from '../../../../src-renderer/features/companies/import-vocabulary';
import { UI_LANGUAGES } from '../../../../src-renderer/i18n/languages';
import { buildResources } from '../../../../src-renderer/i18n/resources';
import { freshDatabase } from '../../data/test-db';

const LOCALES = path.resolve(__dirname, '../../../../locales');
const files: Record<string, unknown> = {};
for (const language of readdirSync(LOCALES)) {
  for (const file of readdirSync(path.join(LOCALES, language))) {
    if (file.endsWith('.json'))
      files[`locales/${language}/${file}`] = JSON.parse(readFileSync(path.join(LOCALES, language, file), 'utf8'));
  }
}

async function i18nIn(language: string) {
  const instance = i18next.createInstance();
  await instance.init({
    resources: buildResources(files),
    lng: language,
    fallbackLng: 'en',
    defaultNS: 'common',
    interpolation: { escapeValue: false },
  });
  return instance;
}

const COMPANIES: CompanyFields[] = [
  {
    legalName: 'Θεσσαλική Βιομηχανία Α.Ε.',
    country: 'GR',
    city: 'Λάρισα',
    vatNumber: '094259216',
    naceSection: 'C',
    naceDivision: '10',
    headcount: 12000,
    role: 'host',
    status: 'seekingMatch',
    languages: ['el', 'en'],
    tags: ['food'],
    consent: { storeGivenAt: '2026-03-01' },
  },
  {
    legalName: 'Нови Сад Софтвер д.о.о.',
    country: 'RS',
    naceSection: 'J',
    naceDivision: '62',
    headcount: 12,
    role: 'send',
    status: 'agreementSigned',
    languages: [],
    tags: [],
    consent: {},
  },
  {
    legalName: '=Formula d.o.o.',
    country: 'HR',
    role: 'both',
    status: 'lead',
    languages: ['hr'],
    tags: [],
    consent: {},
  },
];

let db: LcpDatabase;
beforeEach(async () => {
  db = await freshDatabase();
  for (const company of COMPANIES) await createCompany(db, company);
});
afterEach(() => db.close());

describe('CSV export', () => {
  it('writes translated labels, not raw codes', async () => {
    const i18n = await i18nIn('en');
    const csv = buildExport(await readCompaniesForExport(db, { text: '', filters: {}, sort: 'name' }), i18n.t);
    expect(csv).toContain('"Not an SME (large)"');
    expect(csv).toContain('"Hosts staff"');
    expect(csv).toContain('"Seeking a match"');
    expect(csv).toContain('"62 — Computer programming, consultancy and related activities"');
    expect(csv).not.toMatch(/"(large|host|send|seekingMatch|agreementSigned)"/);
  });

  for (const language of UI_LANGUAGES) {
    it(`imports its own export back, written in ${language} and read in any UI language`, async () => {
      const csv = buildExport(
        await readCompaniesForExport(db, { text: '', filters: {}, sort: 'name' }),
        (await i18nIn(language)).t,
      );
      const reader = await i18nIn(language === 'en' ? 'el' : 'en');
      const vocabulary = importVocabulary(reader);
      const parsed = parseCsv(csv);
      const mapping = guessMapping(parsed.headers, vocabulary.headers);
      const result = validateRows(parsed, mapping, { values: vocabulary.values });
      expect(result.errors).toEqual([]);
      expect(result.warnings).toEqual([]);
      const byName = new Map(result.valid.map((row) => [row.fields.legalName, row.fields]));
      for (const company of COMPANIES) expect(byName.get(company.legalName), company.legalName).toEqual(company);
    });
  }
});
