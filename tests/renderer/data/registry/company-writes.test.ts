import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LcpDatabase } from '../../../../src-renderer/data/db';
import {
  createCompany,
  DuplicateCompanyError,
  erasePerson,
  removePerson,
  savePerson,
  setCompanyArchived,
  updateCompany,
  checkDuplicates,
} from '../../../../src-renderer/data/registry/company-writes';
import { importCompanies, importDuplicates } from '../../../../src-renderer/data/registry/company-import';
import {
  countQuickQuery,
  pageCompanyIds,
  quickCompanyIds,
  searchCompanyIds,
} from '../../../../src-renderer/data/registry/company-search';
import type { CompanyFields, PersonFields } from '../../../../src-renderer/domain/registry/company-record';
import { freshDatabase } from '../test-db';

const company = (overrides: Partial<CompanyFields> = {}): CompanyFields => ({
  legalName: 'Tera Tehnopolis d.o.o.',
  country: 'HR',
  city: 'Osijek',
  languages: ['hr'],
  role: 'both',
  status: 'registered',
  consent: {},
  tags: [],
  ...overrides,
});
const person = (overrides: Partial<PersonFields> = {}): PersonFields => ({
  firstName: 'Ђорђе',
  lastName: 'Петровић',
  role: 'employee',
  email: 'djordje@example.rs',
  languages: [{ code: 'sr', level: 'C2' }],
  candidate: true,
  consent: {},
  ...overrides,
});
const search = (db: LcpDatabase, text: string, filters = {}, sort: 'name' | 'country' | 'updated' = 'name') =>
  searchCompanyIds(db, { text, filters, sort });

let db: LcpDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});
afterEach(() => db.close());

describe('company writes', () => {
  it('stores a company with its derived search fields and an outbox entry without them', async () => {
    const created = await createCompany(db, company());
    expect(created.searchWords).toEqual(expect.arrayContaining(['tera', 'tehnopolis', 'osijek']));
    const [entry] = await db.outbox.toArray();
    expect(entry).toMatchObject({ entity: 'company', entityId: created.id, op: 'create' });
    expect(entry!.fields).toMatchObject({ legalName: 'Tera Tehnopolis d.o.o.' });
    expect(entry!.fields).not.toHaveProperty('searchWords');
    expect(entry!.fields).not.toHaveProperty('nameKey');
  });

  it('refuses the same VAT number in the same country, with the existing company', async () => {
    const first = await createCompany(db, company({ vatNumber: '33392005961' }));
    const error = await createCompany(db, company({ legalName: 'Other', vatNumber: '33392005961' })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DuplicateCompanyError);
    expect((error as DuplicateCompanyError).verdict.existing.id).toBe(first.id);
    expect(await db.companies.count()).toBe(1);
    expect(await db.outbox.count()).toBe(1);
    await createCompany(db, company({ legalName: 'Other', country: 'SI', vatNumber: '33392005961' }));
    expect(await checkDuplicates(db, company({ legalName: 'TERA TEHNOPOLIS' }))).toMatchObject({ kind: 'similarName' });
  });

  it('records only what changed, and archiving is undone by restoring', async () => {
    const created = await createCompany(db, company());
    expect((await updateCompany(db, created.id, company())).changed).toBe(false);
    const { record } = await updateCompany(db, created.id, company({ legalName: 'Tera Novi', city: undefined }));
    expect(record.nameKey).toBe('tera novi');
    const last = (await db.outbox.toArray()).at(-1)!;
    expect(last.fields).toEqual({ legalName: 'Tera Novi', city: null });
    await setCompanyArchived(db, created.id, true);
    expect((await search(db, '')).total).toBe(0);
    expect((await search(db, '', { archived: true })).ids).toEqual([created.id]);
    await setCompanyArchived(db, created.id, false);
    expect((await search(db, 'tera')).ids).toEqual([created.id]);
  });

  it("keeps people's names in the company's words, and erasure removes them everywhere", async () => {
    const created = await createCompany(db, company());
    const added = await savePerson(db, created.id, null, person());
    expect((await search(db, 'djordje')).total).toBe(0); // đ folds to d: "dorde"
    expect((await search(db, 'dorde petrov')).ids).toEqual([created.id]);
    await savePerson(db, created.id, added.id, person({ jobTitle: 'Engineer' }));
    await erasePerson(db, added.id);
    expect(await db.people.get(added.id)).toBeUndefined();
    expect(await db.tombstones.get(['person', added.id])).toMatchObject({ reason: 'erased' });
    expect((await search(db, 'petrovic')).total).toBe(0);
    const entries = await db.outbox.where('[entity+entityId]').equals(['person', added.id]).toArray();
    expect(entries.map((entry) => entry.op)).toEqual(['create', 'update', 'erase']);
    expect(JSON.stringify(entries)).not.toMatch(/Петровић|djordje|Engineer/);
    expect(entries.slice(0, 2).every((entry) => entry.redacted)).toBe(true);
  });

  it('removes a person with a plain tombstone', async () => {
    const created = await createCompany(db, company());
    const added = await savePerson(db, created.id, null, person());
    await removePerson(db, added.id);
    expect(await db.tombstones.get(['person', added.id])).toMatchObject({ reason: 'deleted' });
  });
});

describe('registry search', () => {
  beforeEach(async () => {
    await importCompanies(db, [
      company({
        legalName: 'Čakovec Metal d.o.o.',
        city: 'Čakovec',
        naceSection: 'C',
        headcount: 12,
        turnoverEur: 1_000_000,
      }),
      company({ legalName: 'Θεσσαλία Α.Ε.', country: 'GR', city: 'Λάρισα', role: 'host', status: 'seekingMatch' }),
      company({
        legalName: 'Нови Сад Софтвер',
        country: 'RS',
        city: 'Нови Сад',
        consent: { storeGivenAt: '2026-01-01', shareGivenAt: '2026-01-02' },
        eventName: 'Fair 2026',
      }),
      company({ legalName: 'Şirket Anonim', country: 'TR', city: 'İzmir', headcount: 300 }),
      company({ legalName: 'Novi Sad Logistics', country: 'RS', city: 'Novi Sad' }),
    ]);
  });

  it('finds across scripts and diacritics, every word a prefix', async () => {
    const names = async (text: string, filters = {}) => {
      const { ids } = await search(db, text, filters);
      return (await db.companies.bulkGet(ids)).map((row) => row!.legalName);
    };
    expect(await names('cakovec')).toEqual(['Čakovec Metal d.o.o.']);
    expect(await names('sirket')).toEqual(['Şirket Anonim']);
    expect(await names('θεσσαλια')).toEqual(['Θεσσαλία Α.Ε.']);
    expect(await names('novi sad')).toEqual(['Novi Sad Logistics', 'Нови Сад Софтвер']);
    expect(await names('нови сад соф')).toEqual(['Нови Сад Софтвер']);
    expect(await names('novi', { consent: 'share' })).toEqual(['Нови Сад Софтвер']);
    expect(await names('', { role: 'host' })).toEqual([
      'Čakovec Metal d.o.o.',
      'Novi Sad Logistics',
      'Нови Сад Софтвер',
      'Şirket Anonim',
      'Θεσσαλία Α.Ε.',
    ]);
    expect(await names('', { role: 'send' })).toHaveLength(4);
  });

  it('filters and sorts without a search', async () => {
    expect((await search(db, '')).total).toBe(5);
    expect((await search(db, '', { country: 'RS' })).total).toBe(2);
    expect((await search(db, '', { size: 'small' })).total).toBe(1);
    expect((await search(db, '', { size: 'large' })).total).toBe(1);
    expect((await search(db, '', { status: 'seekingMatch' })).total).toBe(1);
    expect((await search(db, '', { eventName: 'Fair 2026' })).total).toBe(1);
    expect((await search(db, '', { naceSection: 'C', country: 'HR' })).total).toBe(1);
    const byCountry = await search(db, '', {}, 'country');
    const countries = (await db.companies.bulkGet(byCountry.ids)).map((row) => row!.country);
    expect(countries).toEqual(['GR', 'HR', 'RS', 'RS', 'TR']);
  });

  it('imports in one transaction with one outbox entry per company, and finds duplicates of the file', async () => {
    expect(await db.outbox.count()).toBe(5);
    const rows = [
      { row: 2, fields: company({ vatNumber: 'HR33392005961' }) },
      { row: 3, fields: company({ vatNumber: '33392005961' }) },
    ];
    expect(await importDuplicates(db, rows)).toEqual([
      { row: 3, kind: 'sameId', field: 'vatNumber', existingId: undefined, earlierRow: 2 },
    ]);
    await createCompany(db, company({ legalName: 'X', vatNumber: '33392005961' }));
    expect((await importDuplicates(db, rows)).map((d) => d.row)).toEqual([2, 3]);
  });

  it('leaves nothing behind when an import fails half-way', async () => {
    const before = await db.companies.count();
    const progress: number[] = [];
    const rows = Array.from({ length: 30 }, (_, i) => company({ legalName: `Firma ${i}` }));
    // A row whose consent cannot be cloned makes the third chunk fail after two were written.
    (rows[25] as unknown as { consent: unknown }).consent = { bad: () => 1 };
    await expect(importCompanies(db, rows, (done) => progress.push(done), { chunk: 10 })).rejects.toThrow();
    expect(progress).toEqual([10, 20]);
    expect(await db.companies.count()).toBe(before);
    expect(await db.outbox.count()).toBe(5);
  });
});

describe('list paging and the prefix cache', () => {
  it('gives the first rows first, the count apart, then every id', async () => {
    await importCompanies(
      db,
      Array.from({ length: 250 }, (_, i) => company({ legalName: `Firma ${String(i).padStart(3, '0')}` })),
    );
    const quick = await quickCompanyIds(db, { text: '', filters: {}, sort: 'name' });
    expect(quick).toMatchObject({ total: 200, complete: false, counting: true });
    expect(quick!.ids).toHaveLength(200);
    expect(await countQuickQuery(db, { text: '', filters: {}, sort: 'name' })).toBe(250);
    expect(quick!.firstRows!.map((row) => row.legalName).slice(0, 2)).toEqual(['Firma 000', 'Firma 001']);
    const full = await search(db, '');
    expect(full.ids.slice(0, 200)).toEqual(quick!.ids);
    expect(full.ids).toHaveLength(250);
    expect(await pageCompanyIds(db, { text: '', filters: {}, sort: 'name' }, 200, 100)).toEqual(full.ids.slice(200));
    const newest = await pageCompanyIds(db, { text: '', filters: {}, sort: 'updated' }, 0, 3);
    expect(newest).toEqual((await search(db, '', {}, 'updated')).ids.slice(0, 3));
    expect(await quickCompanyIds(db, { text: 'firma', filters: { country: 'HR' }, sort: 'name' })).toBeNull();
  });

  it('serves a search by words alone a page at a time: first rows, then the count, then the next pages', async () => {
    await importCompanies(
      db,
      Array.from({ length: 250 }, (_, i) => company({ legalName: `Firma ${String(i).padStart(3, '0')}` })),
    );
    const query = { text: 'fir', filters: {}, sort: 'name' as const };
    const quick = await quickCompanyIds(db, query);
    expect(quick).toMatchObject({ total: 200, complete: false, counting: true });
    const full = await search(db, 'fir');
    expect(quick!.ids).toEqual(full.ids.slice(0, 200));
    expect(await countQuickQuery(db, query)).toBe(250);
    expect(await pageCompanyIds(db, query, 200, 100)).toEqual(full.ids.slice(200));
    const narrow = await search(db, 'firma 24');
    expect(narrow.ids).toHaveLength(10);
    expect(await quickCompanyIds(db, { ...query, text: 'firma 24' })).toMatchObject({
      ids: narrow.ids,
      total: 10,
      complete: true,
    });
  });

  it('narrows a cached prefix in memory and forgets the cache after any write', async () => {
    await createCompany(db, company({ legalName: 'Terakota d.o.o.' }));
    await createCompany(db, company({ legalName: 'Termo Plin', city: 'Zagreb' }));
    expect((await search(db, 'ter')).total).toBe(2);
    expect((await search(db, 'tera')).total).toBe(1);
    expect((await search(db, 'term')).total).toBe(1);
    await createCompany(db, company({ legalName: 'Teranova', city: 'Split' }));
    expect((await search(db, 'tera')).total).toBe(2);
    expect((await search(db, 'ter')).total).toBe(3);
  });
});
