import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { LcpDatabase } from '../../../../src-renderer/data/db';
import { ensureIdentity } from '../../../../src-renderer/data/identity';
import { wordKey, wordKeys } from '../../../../src-renderer/data/registry/company-index';
import { searchCompanyIds } from '../../../../src-renderer/data/registry/company-search';
import { searchCompanyPage } from '../../../../src-renderer/data/registry/company-search-page';
import { createCompany, savePerson } from '../../../../src-renderer/data/registry/company-writes';
import type { CompanyFields } from '../../../../src-renderer/domain/registry/company-record';
import { freshDatabase } from '../test-db';

const fields = (legalName: string): CompanyFields => ({
  legalName,
  country: 'DE',
  languages: [],
  role: 'both',
  status: 'lead',
  consent: {},
  tags: [],
});

let db: LcpDatabase | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

const ids = async (database: LcpDatabase, text: string, sort: 'name' | 'country' = 'name', filters = {}) =>
  (await searchCompanyIds(database, { text, filters, sort })).ids;

describe('German transliteration and numeric order in the registry', () => {
  it('finds Müller by muller, mueller and müller, Großbäckerei by grossbaeckerei, a person by the transliteration', async () => {
    db = await freshDatabase();
    const mueller = await createCompany(db, fields('Müller Metallbau GmbH'));
    const baker = await createCompany(db, fields('Großbäckerei Sonnenschein'));
    await savePerson(db, baker.id, null, {
      firstName: 'Jürgen',
      lastName: 'Öztürk',
      role: 'owner',
      languages: [],
      candidate: false,
      consent: {},
    });
    for (const query of ['muller', 'mueller', 'müller', 'MUELLER metall'])
      expect(await ids(db, query), query).toEqual([mueller.id]);
    for (const query of ['grossbaeckerei', 'grossbackerei', 'großbäckerei', 'juergen oeztuerk', 'jurgen ozturk'])
      expect(await ids(db, query), query).toEqual([baker.id]);
  });

  it('lists names with numbers in numeric order, with and without a search, by name and by country', async () => {
    db = await freshDatabase();
    const made: Record<string, string> = {};
    for (const name of ['Firma 102', 'Firma 109', 'Firma 13', 'Firma 2'])
      made[name] = (await createCompany(db, fields(name))).id;
    const expected = ['Firma 2', 'Firma 13', 'Firma 102', 'Firma 109'].map((name) => made[name]);
    expect(await ids(db, '')).toEqual(expected);
    expect(await ids(db, 'firma')).toEqual(expected);
    expect(await ids(db, '', 'country')).toEqual(expected);
    expect(await ids(db, '', 'name', { country: 'DE' })).toEqual(expected);
    expect(await ids(db, '', 'name', { role: 'both' })).toEqual(expected);
  });

  it('version 6 computes the words and name keys of companies stored before again', async () => {
    const name = `search-upgrade-${crypto.randomUUID()}`;
    const old = new LcpDatabase(name, 5);
    await old.open();
    await ensureIdentity(old);
    const base = {
      lcpId: 'lcp',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      ...fields(''),
      archived: 0 as const,
    };
    // As version 5 stored them: umlauts folded away only, numbers compared as text.
    const stored = [
      { ...base, id: 'c-13', legalName: 'Müller 13', searchWords: ['muller', '13'], nameKey: 'muller 13' },
      { ...base, id: 'c-102', legalName: 'Müller 102', searchWords: ['muller', '102'], nameKey: 'muller 102' },
    ];
    await old.companies.bulkAdd(stored);
    const oldKeys = stored.flatMap((c) => c.searchWords.map((word) => wordKey(0, word, c.nameKey, c.id)));
    await old.companyWords.bulkPut(
      oldKeys.map(() => 0 as const),
      oldKeys,
    );
    expect(await ids(old, 'mueller')).toEqual([]);
    expect(await ids(old, '')).toEqual(['c-102', 'c-13']);
    old.close();

    db = new LcpDatabase(name);
    await db.open();
    expect(await ids(db, 'mueller')).toEqual(['c-13', 'c-102']);
    expect(await ids(db, 'muller')).toEqual(['c-13', 'c-102']);
    expect(await ids(db, '')).toEqual(['c-13', 'c-102']);
    // No key of the old index is left behind.
    const keys = await db.companyWords.toCollection().primaryKeys();
    expect(keys.filter((key) => key.includes('muller 1'))).toEqual([]);
    expect(keys.filter((key) => !key.startsWith('p'))).toHaveLength(6);
    expect(keys).toHaveLength((await db.companies.toArray()).flatMap(wordKeys).length);
    await Dexie.delete(name);
  });

  it('version 8 adds the prefix rows, and a two-letter search reads them', async () => {
    const name = `search-upgrade-${crypto.randomUUID()}`;
    const old = new LcpDatabase(name, 6);
    await old.open();
    await ensureIdentity(old);
    const company = {
      lcpId: 'lcp',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      ...fields(''),
      archived: 0 as const,
      id: 'c-1',
      legalName: 'Ζαγορά Ξύλο',
      searchWords: ['zagora', 'ζαγορα', 'ξυλο', 'xylo'],
      nameKey: 'ζαγορα ξυλο',
    };
    await old.companies.add(company);
    // As version 6 stored them: word rows only.
    const wordRows = company.searchWords.map((word) => wordKey(0, word, company.nameKey, company.id));
    await old.companyWords.bulkPut(
      wordRows.map(() => 0 as const),
      wordRows,
    );
    old.close();

    db = new LcpDatabase(name);
    await db.open();
    const keys = await db.companyWords.toCollection().primaryKeys();
    expect(keys.filter((key) => key.startsWith('p0\u0001ζα\u0001'))).toHaveLength(1);
    expect(keys.filter((key) => key.startsWith('p0\u0001xyl\u0001'))).toHaveLength(1);
    expect((await searchCompanyPage(db, 'ζα', 0, 10)).ids).toEqual(['c-1']);
    expect((await searchCompanyPage(db, 'xyl', 0, 10)).ids).toEqual(['c-1']);
    await Dexie.delete(name);
  });
});
