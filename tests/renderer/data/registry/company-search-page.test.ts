import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LcpDatabase } from '../../../../src-renderer/data/db';
import { importCompanies } from '../../../../src-renderer/data/registry/company-import';
import { countCompanyMatches, searchCompanyPage } from '../../../../src-renderer/data/registry/company-search-page';
import { searchCompanyIds } from '../../../../src-renderer/data/registry/company-search';
import { createCompany, savePerson, setCompanyArchived } from '../../../../src-renderer/data/registry/company-writes';
import type { CompanyFields } from '../../../../src-renderer/domain/registry/company-record';
import { freshDatabase } from '../test-db';

const company = (legalName: string, country: string, overrides: Partial<CompanyFields> = {}): CompanyFields => ({
  legalName,
  country,
  languages: [],
  role: 'both',
  status: 'registered',
  consent: {},
  tags: [],
  ...overrides,
});

const NAMES: [string, string][] = [
  ['Čakovec Metal d.o.o.', 'HR'],
  ['Đurđevac Mlin d.o.o.', 'HR'],
  ['Łódź Budownictwo Sp. z o.o.', 'PL'],
  ['Søndergaard Design ApS', 'DK'],
  ['Æblegården I/S', 'DK'],
  ['Œuvre Métallurgie SARL', 'FR'],
  ['Straßenbau Görlitz GmbH', 'DE'],
  ['Ħamrun Trading Ltd', 'MT'],
  ['Iğdır Tekstil A.Ş.', 'TR'],
  ['Ελαιουργία Θεσσαλίας Α.Ε.', 'GR'],
  ['Нови Сад Софтвер д.о.о.', 'RS'],
  ['Đorđević Inženjering d.o.o.', 'ME'],
];

let db: LcpDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});
afterEach(() => db.close());

const names = async (text: string, start = 0, count = 50) => {
  const page = await searchCompanyPage(db, text, start, count);
  const rows = await db.companies.bulkGet(page.ids);
  return rows.map((row) => row?.legalName);
};

describe('the pickers’ company search', () => {
  beforeEach(async () => {
    for (const [name, country] of NAMES) await createCompany(db, company(name, country));
  });

  it.each([
    ['cakovec', 'Čakovec Metal d.o.o.'],
    ['CAKOVEC', 'Čakovec Metal d.o.o.'],
    ['čakovec', 'Čakovec Metal d.o.o.'],
    ['durdevac', 'Đurđevac Mlin d.o.o.'],
    ['lodz', 'Łódź Budownictwo Sp. z o.o.'],
    ['sondergaard', 'Søndergaard Design ApS'],
    ['aeblegarden', 'Æblegården I/S'],
    ['oeuvre', 'Œuvre Métallurgie SARL'],
    ['strassenbau', 'Straßenbau Görlitz GmbH'],
    ['hamrun', 'Ħamrun Trading Ltd'],
    ['igdir', 'Iğdır Tekstil A.Ş.'],
    ['θεσσαλιας', 'Ελαιουργία Θεσσαλίας Α.Ε.'],
    ['Θεσσαλίας', 'Ελαιουργία Θεσσαλίας Α.Ε.'],
    ['ελαιουργια', 'Ελαιουργία Θεσσαλίας Α.Ε.'],
    ['novi sad', 'Нови Сад Софтвер д.о.о.'],
    ['softver', 'Нови Сад Софтвер д.о.о.'],
    ['Ђорђевић', 'Đorđević Inženjering d.o.o.'],
    ['инжењ', 'Đorđević Inženjering d.o.o.'],
    ['met čak', 'Čakovec Metal d.o.o.'],
    ['ca me', 'Čakovec Metal d.o.o.'],
  ])('“%s” finds %s', async (text, expected) => {
    expect(await names(text)).toEqual([expected]);
  });

  it('matches word starts only, every word', async () => {
    expect(await names('akovec')).toEqual([]);
    expect(await names('cakovec mlin')).toEqual([]);
  });

  it('lists every company by name without a search, a page at a time, and counts them', async () => {
    const all = await names('', 0, 100);
    expect(all).toHaveLength(NAMES.length);
    const sorted = (await searchCompanyIds(db, { text: '', filters: {}, sort: 'name' })).ids;
    expect((await searchCompanyPage(db, '', 0, 5)).ids).toEqual(sorted.slice(0, 5));
    expect(await searchCompanyPage(db, '', 10, 5)).toEqual({ ids: sorted.slice(10), hasMore: false, total: null });
    expect(await countCompanyMatches(db, '')).toBe(NAMES.length);
  });

  it('leaves archived companies out and finds people’s names', async () => {
    // A fixed company (ids are random: the first by id was a different one each run).
    const first = (await db.companies.toArray()).find((row) => row.legalName.startsWith('Čakovec'));
    await setCompanyArchived(db, first!.id, true);
    expect(await names(first!.legalName)).toEqual([]);
    const other = (await db.companies.toArray()).find((row) => row.legalName.startsWith('Ħamrun'))!;
    await savePerson(db, other.id, null, {
      firstName: 'Ђорђе',
      lastName: 'Zammit',
      role: 'employee',
      languages: [],
      candidate: true,
      consent: {},
    });
    expect(await names('Đorđe')).toEqual(['Đorđević Inženjering d.o.o.', 'Ħamrun Trading Ltd']);
    expect(await names('Đorđe zam')).toEqual(['Ħamrun Trading Ltd']);
  });
});

describe('pages of a prefix matching thousands', () => {
  const COUNT = 2500;
  beforeEach(async () => {
    const rows = Array.from({ length: COUNT }, (_, i) =>
      company(
        `${['Metal', 'Meso', 'Med', 'Drvo'][i % 4]} ${(i * 7919) % COUNT} ${i % 3 === 0 ? 'Zagreb' : 'Split'}`,
        'HR',
        { city: i % 5 === 0 ? 'Međimurje' : 'Osijek' },
      ),
    );
    await importCompanies(db, rows);
  }, 60_000);

  it.each([['me'], ['me zag'], ['met 1'], ['osi'], ['drvo 2 sp'], ['m'], ['1 2'], ['s me'], ['medim 3'], ['zz']])(
    '“%s”: each page is the slice of the full sorted result',
    async (text) => {
      const full = (await searchCompanyIds(db, { text, filters: {}, sort: 'name' })).ids;
      for (const start of [0, 50, 1000]) {
        const page = await searchCompanyPage(db, text, start, 50);
        expect(page.ids).toEqual(full.slice(start, start + 50));
        expect(page.hasMore).toBe(full.length > start + 50);
        if (page.total !== null) expect(page.total).toBe(full.length);
      }
      expect(await countCompanyMatches(db, text)).toBe(full.length);
    },
    // One-letter words walk the records: slow on fake-indexeddb (a minute under load), fast in Chromium.
    120_000,
  );
});

describe('the first page of a broad search', () => {
  const COUNT = 2500;
  let recordReads = 0;
  beforeEach(async () => {
    const rows = Array.from({ length: COUNT }, (_, i) =>
      company(`${['Metal', 'Meso', 'Med', 'Drvo'][i % 4]} ${i % 5 === 0 ? 'Metalurgija' : 'Zagreb'} ${i}`, 'HR', {
        city: i % 3 === 0 ? 'Međimurje' : 'Osijek',
      }),
    );
    await importCompanies(db, rows);
    // Counts every read of company records (not keys) below Dexie, whatever API the search uses.
    db.close();
    db.use({
      stack: 'dbcore',
      name: 'count-company-reads',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          if (name !== 'companies') return table;
          return {
            ...table,
            get: (req) => {
              recordReads++;
              return table.get(req);
            },
            getMany: (req) => {
              recordReads += req.keys.length;
              return table.getMany(req);
            },
            query: (req) => {
              if (req.values) recordReads++;
              return table.query(req);
            },
            openCursor: (req) => {
              if (req.values) recordReads++;
              return table.openCursor(req);
            },
          };
        },
      }),
    });
    await db.open();
    recordReads = 0;
  }, 60_000);

  it.each([['me'], ['metal'], ['med'], ['dr']])(
    '“%s” (one word matching thousands): its 50 names come from the word index, no record read',
    async (text) => {
      const page = await searchCompanyPage(db, text, 0, 50);
      expect(recordReads).toBe(0);
      const full = (await searchCompanyIds(db, { text, filters: {}, sort: 'name' })).ids;
      expect(page.ids).toEqual(full.slice(0, 50));
    },
    60_000,
  );

  it.each([['me zag'], ['osi zag'], ['med osi']])(
    '“%s” (two broad words): the page is merged from their index keys, no record read',
    async (text) => {
      const page = await searchCompanyPage(db, text, 0, 50);
      expect(recordReads).toBe(0);
      expect(page.ids).toEqual((await searchCompanyIds(db, { text, filters: {}, sort: 'name' })).ids.slice(0, 50));
    },
    60_000,
  );

  it('a narrow word and a broad one: the broad one is checked by the narrow one’s exact index keys, no record read', async () => {
    // "drvo" matches a quarter of the companies, under the whole-set cap; "zag" four fifths.
    const page = await searchCompanyPage(db, 'drvo zag', 0, 50);
    const checked = recordReads;
    expect(page.ids).toEqual(
      (await searchCompanyIds(db, { text: 'drvo zag', filters: {}, sort: 'name' })).ids.slice(0, 50),
    );
    const drvo = (await searchCompanyIds(db, { text: 'drvo', filters: {}, sort: 'name' })).ids.length;
    expect(drvo).toBeLessThanOrEqual(1000);
    expect(checked).toBe(0);
  }, 60_000);
});

describe('a prefix of thousands of distinct words', () => {
  beforeEach(async () => {
    await importCompanies(
      db,
      Array.from({ length: 4500 }, (_, i) => company(`${i % 2 ? 'Firma' : 'Kuća'} x${(i * 7919) % 4500}`, 'HR')),
    );
  }, 60_000);

  it.each([['x'], ['x1'], ['x fir'], ['kuc x2']])(
    '“%s”: each page is the slice of the full sorted result',
    async (text) => {
      const full = (await searchCompanyIds(db, { text, filters: {}, sort: 'name' })).ids;
      for (const start of [0, 50, 400]) {
        const page = await searchCompanyPage(db, text, start, 50);
        expect(page.ids).toEqual(full.slice(start, start + 50));
        expect(page.hasMore).toBe(full.length > start + 50);
      }
    },
    60_000,
  );
});
