import { afterEach, describe, expect, it } from 'vitest';
import type { LcpDatabase } from '../../../src-renderer/data/db';
import { importCompanies } from '../../../src-renderer/data/registry/company-import';
import { searchCompanyIds } from '../../../src-renderer/data/registry/company-search';
import { applyPage } from '../../../src-renderer/data/sync/pull';
import { createRecord, deleteRecord, updateRecord } from '../../../src-renderer/data/writes';
import type { Company } from '../../../src-renderer/domain/model';
import type { CompanyFields } from '../../../src-renderer/domain/registry/company-record';
import { freshDatabase } from './test-db';

let db: LcpDatabase;
afterEach(async () => {
  await db?.delete();
});

const fields = (overrides: Partial<CompanyFields> = {}): CompanyFields => ({
  legalName: 'Međimurje Tech d.o.o.',
  country: 'HR',
  city: 'Čakovec',
  headcount: 8,
  turnoverEur: 900_000,
  languages: ['hr'],
  role: 'send',
  status: 'lead',
  consent: {},
  tags: [],
  ...overrides,
});

const found = async (text: string) => (await searchCompanyIds(db, { text, filters: {}, sort: 'name' })).ids;
const bySize = async (size: 'micro' | 'small' | 'medium' | 'large') =>
  (await searchCompanyIds(db, { text: '', filters: { size }, sort: 'name' })).ids;

/** A company written by any path is searchable, by its words and by its size class, and stored with its derived fields. */
async function expectSearchable(id: string, words: string[], size: 'micro' | 'small' | 'medium' | 'large') {
  for (const word of words) expect(await found(word), word).toContain(id);
  expect(await bySize(size)).toContain(id);
  expect(await db.companies.get(id)).toMatchObject({ sizeClass: size, archived: 0 });
}

describe('every path that writes a company keeps it searchable, with its size class', () => {
  it('createRecord and updateRecord of a company', async () => {
    db = await freshDatabase();
    const created = await createRecord(db, 'company', fields());
    await expectSearchable(created.id, ['medimurje', 'cakovec'], 'micro');
    await updateRecord(db, 'company', created.id, {
      legalName: 'Zagorje Metal d.o.o.',
      headcount: 40,
      turnoverEur: 5_000_000,
    });
    await expectSearchable(created.id, ['zagorje', 'metal'], 'small');
    expect(await found('medimurje')).toEqual([]);
    // Derived fields are local: never in the outbox.
    for (const entry of await db.outbox.toArray()) expect(Object.keys(entry.fields)).not.toContain('searchWords');
    for (const entry of await db.outbox.toArray()) expect(Object.keys(entry.fields)).not.toContain('sizeClass');
    await deleteRecord(db, 'company', created.id);
    expect(await found('zagorje')).toEqual([]);
    expect(await db.companyWords.count()).toBe(0);
  });

  it('a person written by createRecord makes the company findable by the person name', async () => {
    db = await freshDatabase();
    const company = await createRecord(db, 'company', fields());
    const person = await createRecord(db, 'person', {
      companyId: company.id,
      firstName: 'Željka',
      lastName: 'Šimić',
      role: 'employee',
      languages: [],
      candidate: true,
      consent: {},
    });
    expect(await found('simic')).toEqual([company.id]);
    await deleteRecord(db, 'person', person.id, 'erased');
    expect(await found('simic')).toEqual([]);
  });

  it('the sync pull: a record received from the hub', async () => {
    db = await freshDatabase();
    const lcpId = String((await db.meta.get('lcpId'))?.value);
    const clock = '2026-01-03T00:00:00.000Z-00000-office';
    const data = {
      legalName: 'Ελαιουργία Θεσσαλίας Α.Ε.',
      country: 'GR',
      city: 'Λάρισα',
      headcount: 120,
      turnoverEur: 30_000_000,
      languages: ['el'],
      role: 'host',
      status: 'seekingMatch',
      consent: {},
      tags: [],
    };
    const clocks = Object.fromEntries(Object.keys(data).map((key) => [key, clock]));
    await applyPage(
      db,
      {
        items: [
          {
            kind: 'record',
            entity: 'company',
            entityId: 'remote-1',
            owner: lcpId,
            editedBy: 'office:central',
            data,
            clocks,
          },
        ],
        cursor: 3,
        more: false,
      },
      new Date('2026-01-04T00:00:00Z'),
    );
    await expectSearchable('remote-1', ['Ελαιουργία', 'Λάρισα'], 'medium');
    const later = '2026-01-05T00:00:00.000Z-00000-office';
    await applyPage(
      db,
      {
        items: [
          {
            kind: 'record',
            entity: 'company',
            entityId: 'remote-1',
            owner: lcpId,
            editedBy: 'office:central',
            data: { ...data, headcount: 300 },
            clocks: { ...clocks, headcount: later },
          },
        ],
        cursor: 4,
        more: false,
      },
      new Date('2026-01-06T00:00:00Z'),
    );
    await expectSearchable('remote-1', ['ελαιουργια'], 'large');
    expect(await db.outbox.count()).toBe(0);
  });

  it('the CSV import, new rows and rows merged into a registered company', async () => {
    db = await freshDatabase();
    const registered: Company = await createRecord(
      db,
      'company',
      fields({ legalName: 'Tera Tehnopolis d.o.o.', city: 'Osijek', headcount: undefined, turnoverEur: undefined }),
    );
    await importCompanies(
      db,
      [
        fields({
          legalName: 'Novi Sad Metal',
          country: 'RS',
          city: 'Novi Sad',
          headcount: 200,
          turnoverEur: 40_000_000,
        }),
      ],
      undefined,
      {
        updates: [
          {
            id: registered.id,
            fields: fields({ legalName: 'Tera Tehnopolis d.o.o.', headcount: 60, turnoverEur: 20_000_000 }),
            provided: ['headcount', 'turnoverEur'],
          },
        ],
      },
    );
    const [metal] = await found('novi metal');
    await expectSearchable(metal!, ['novi', 'metal', 'sad'], 'medium');
    await expectSearchable(registered.id, ['tera', 'osijek'], 'medium');
  });
});
