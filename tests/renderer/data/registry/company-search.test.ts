import { afterEach, beforeEach, expect, it } from 'vitest';
import type { LcpDatabase } from '../../../../src-renderer/data/db';
import { companyEventNames, countQuickQuery } from '../../../../src-renderer/data/registry/company-search';
import { createCompany, setCompanyArchived } from '../../../../src-renderer/data/registry/company-writes';
import { freshDatabase } from '../test-db';

let db: LcpDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});
afterEach(() => db.close());

const add = (legalName: string, country: string, eventName?: string) =>
  createCompany(db, {
    legalName,
    country,
    languages: [],
    role: 'both',
    status: 'registered',
    consent: {},
    tags: [],
    ...(eventName ? { eventName } : {}),
  });

it('lists each event name once, in order, without the companies that have none', async () => {
  await add('A', 'HR', 'Info day Kranj');
  await add('B', 'HR', 'Agrotica 2026');
  await add('C', 'SI', 'Info day Kranj');
  await add('D', 'SI');
  await add('E', 'GR', 'Ζάππειο');
  expect(await companyEventNames(db)).toEqual(['Agrotica 2026', 'Info day Kranj', 'Ζάππειο']);
});

it('counts the listed companies (all minus archived, or by country) as the index would', async () => {
  const first = await add('A', 'HR');
  await add('B', 'HR');
  await add('C', 'SI');
  await setCompanyArchived(db, first.id, true);
  expect(await countQuickQuery(db, { text: '', filters: {}, sort: 'name' })).toBe(2);
  expect(await countQuickQuery(db, { text: '', filters: { archived: true }, sort: 'name' })).toBe(1);
  expect(await countQuickQuery(db, { text: '', filters: { country: 'HR' }, sort: 'name' })).toBe(1);
});
