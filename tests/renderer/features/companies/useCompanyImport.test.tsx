// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DatabaseProvider } from '../../../../src-renderer/data/DatabaseContext';
import type { LcpDatabase } from '../../../../src-renderer/data/db';
import type { Company } from '../../../../src-renderer/domain/model';
import { useCompanyImport } from '../../../../src-renderer/features/companies/useCompanyImport';
import { initI18n } from '../../../../src-renderer/i18n';
import { freshDatabase } from '../../data/test-db';
import { CSV, csvFile, registerOlivePresses } from './import-fixture';

let db: LcpDatabase;
let registered: Company;
beforeAll(async () => {
  await initI18n('en');
});
beforeEach(async () => {
  db = await freshDatabase();
  registered = await registerOlivePresses(db);
});
afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await db.delete();
});

const wrapper = ({ children }: { children: ReactNode }) => <DatabaseProvider db={db}>{children}</DatabaseProvider>;
const render = () => renderHook(() => useCompanyImport(), { wrapper });

describe('useCompanyImport: the CSV import without its dialog', () => {
  it('refuses a file without rows with a translated reason', async () => {
    const { result } = render();
    await act(() => result.current.pick(csvFile('Legal name;Country\n')));
    expect(result.current.stage).toEqual({ kind: 'pick', error: 'The file has no header or no rows.' });
  });

  it('parses, guesses the mapping, waits for the required columns, checks, lets duplicates be decided, then writes', async () => {
    const { result } = render();
    await act(() => result.current.pick(csvFile(CSV)));
    const mapped = result.current.stage;
    if (mapped.kind !== 'map') throw new Error(`stage ${mapped.kind}`);
    expect(mapped.fileName).toBe('companies.csv');
    expect(mapped.mapping).toEqual(['legalName', 'country', 'city', 'headcount']);

    // Without a column for the legal name, the check does not start.
    act(() => result.current.setMapping([null, 'country', 'city', 'headcount']));
    await act(() => result.current.check());
    expect(result.current.stage.kind).toBe('map');
    act(() => result.current.setMapping(['legalName', 'country', 'city', 'headcount']));
    await act(() => result.current.check());

    const reviewed = result.current.stage;
    if (reviewed.kind !== 'review') throw new Error(`stage ${reviewed.kind}`);
    expect(reviewed.review.result.valid.map((row) => row.fields.legalName)).toEqual(['Čokolada d.o.o.']);
    expect(reviewed.review.result.errors.map((error) => [error.row, error.field])).toEqual([[4, 'country']]);
    expect(reviewed.review.likely.map((d) => [d.row.row, d.existingId ?? `row ${d.earlierRow}`])).toEqual([
      [3, registered.id],
      [5, 'row 2'],
    ]);
    expect(await db.companies.count()).toBe(1);

    // Merge row 3 into the registered company, import row 5 as a company of its own.
    act(() =>
      result.current.setChoices(
        new Map([
          [3, 'update'],
          [5, 'create'],
        ]),
      ),
    );
    await act(() => result.current.run());
    expect(result.current.stage).toEqual({ kind: 'done', created: 2, updated: 1 });
    const companies = (await db.companies.toArray()).sort(
      (a, b) => a.legalName.localeCompare(b.legalName) || (a.city ?? '').localeCompare(b.city ?? '', 'en'),
    );
    expect(companies.map((c) => [c.legalName, c.city])).toEqual([
      ['Čokolada d.o.o.', 'Split'],
      ['Čokolada d.o.o.', 'Zagreb'],
      ['Larisa Olive Presses S.A.', 'Volos'],
    ]);
    expect(companies.find((c) => c.id === registered.id)?.headcount).toBe(40);
  });

  it('skips likely duplicates unless told otherwise', async () => {
    const { result } = render();
    await act(() => result.current.pick(csvFile(CSV)));
    await act(() => result.current.check());
    await act(() => result.current.run());
    expect(result.current.stage).toEqual({ kind: 'done', created: 1, updated: 0 });
    expect((await db.companies.get(registered.id))?.city).toBe('Larisa');
    expect(await db.companies.count()).toBe(2);
  });
});
