import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LcpDatabase } from '../../../../src-renderer/data/db';
import { importCompanies, importDuplicates } from '../../../../src-renderer/data/registry/company-import';
import { checkDuplicates, createCompany } from '../../../../src-renderer/data/registry/company-writes';
import type { CompanyFields } from '../../../../src-renderer/domain/registry/company-record';
import { guessMapping, parseCsv, validateRows } from '../../../../src-renderer/domain/registry/csv';
import { buildReview, planImport } from '../../../../src-renderer/features/companies/import-plan';
import { freshDatabase } from '../test-db';

const company = (overrides: Partial<CompanyFields> = {}): CompanyFields => ({
  legalName: 'Tera Tehnopolis d.o.o.',
  country: 'HR',
  languages: ['hr'],
  role: 'both',
  status: 'registered',
  consent: {},
  tags: [],
  ...overrides,
});

let db: LcpDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});
afterEach(() => db.close());

describe('exact duplicates without a VAT number', () => {
  it('the form is warned of the same name and country typed twice, with or without a city', async () => {
    const first = await createCompany(db, company());
    expect(await checkDuplicates(db, company())).toMatchObject({ kind: 'similarName', existing: [{ id: first.id }] });
    expect(await checkDuplicates(db, company({ legalName: 'TERA TEHNOPOLIS DOO', city: 'Osijek' }))).toMatchObject({
      kind: 'similarName',
      existing: [{ id: first.id }],
    });
    expect((await checkDuplicates(db, company({ country: 'SI' }))).kind).toBe('none');
  });

  it('an import reports rows named like a registered company, or like an earlier row, as likely duplicates', async () => {
    const existing = await createCompany(db, company({ city: 'Osijek' }));
    const csv =
      'Company;Country;City;VAT\nTera Tehnopolis d.o.o.;HR;;\nNovi Sad Metal;RS;Novi Sad;\nNovi Sad Metal d.o.o.;RS;;\nTera Tehnopolis;SI;;\nOther;HR;;\n';
    const parsed = parseCsv(csv);
    const checked = validateRows(parsed, guessMapping(parsed.headers, {}));
    const duplicates = await importDuplicates(db, checked.valid);
    expect(duplicates).toEqual([
      { row: 2, kind: 'sameName', existingId: existing.id, existingName: 'Tera Tehnopolis d.o.o.' },
      { row: 4, kind: 'sameName', earlierRow: 3 },
    ]);
    const review = buildReview(checked, duplicates);
    expect(review.result.valid.map((row) => row.row)).toEqual([3, 5, 6]);
    expect(review.likely.map((duplicate) => duplicate.row.row)).toEqual([2, 4]);
    // Skipped by default: nothing of them is written.
    expect(planImport(review, new Map()).rows.map((fields) => fields.legalName)).toEqual([
      'Novi Sad Metal',
      'Tera Tehnopolis',
      'Other',
    ]);
    expect(planImport(review, new Map([[4, 'create']])).rows).toHaveLength(4);
  });

  it('does not call two companies with different VAT numbers duplicates', async () => {
    await createCompany(db, company({ vatNumber: '33392005961' }));
    const rows = [
      { row: 2, fields: company({ vatNumber: '94577403194' }) },
      { row: 3, fields: company() },
    ];
    expect(await importDuplicates(db, rows)).toEqual([
      { row: 3, kind: 'sameName', existingId: expect.any(String) as string, existingName: 'Tera Tehnopolis d.o.o.' },
    ]);
  });

  it('merges a likely duplicate into the registered company in the import transaction', async () => {
    const existing = await createCompany(
      db,
      company({ city: 'Osijek', languages: ['hr'], website: 'https://old.example.hr' }),
    );
    const parsed = parseCsv(
      'Company;Country;Website;Employees;Languages\nTera Tehnopolis;HR;https://tera.example.hr;12;en\nNew one;HR;;;\n',
    );
    const review = buildReview(
      validateRows(parsed, guessMapping(parsed.headers, {})),
      await importDuplicates(db, validateRows(parsed, guessMapping(parsed.headers, {})).valid),
    );
    const plan = planImport(review, new Map([[2, 'update']]));
    const outboxBefore = await db.outbox.count();
    expect(await importCompanies(db, plan.rows, undefined, { updates: plan.updates })).toEqual({
      created: 1,
      updated: 1,
    });
    const merged = await db.companies.get(existing.id);
    expect(merged).toMatchObject({
      legalName: 'Tera Tehnopolis d.o.o.',
      city: 'Osijek',
      website: 'https://tera.example.hr',
      headcount: 12,
      languages: ['hr', 'en'],
      role: 'both',
    });
    expect(await db.companies.count()).toBe(2);
    const entries = (await db.outbox.toArray()).slice(outboxBefore);
    expect(entries.map((entry) => entry.op).sort()).toEqual(['create', 'update']);
    expect(entries.find((entry) => entry.op === 'update')!.fields).toEqual({
      website: 'https://tera.example.hr',
      headcount: 12,
      languages: ['hr', 'en'],
    });
  });
});
