import { afterEach, describe, expect, it } from 'vitest';
import type { LcpDatabase } from '../../../src-renderer/data/db';
import { queryAgreements } from '../../../src-renderer/data/useAgreements';
import { EMPTY_TERMS } from '../../../src-renderer/domain/agreements/terms';
import type { Agreement, AgreementStatus } from '../../../src-renderer/domain/model';
import { freshDatabase } from './test-db';

let db: LcpDatabase;
afterEach(async () => {
  await db?.delete();
});

let n = 0;
function agreement(status: AgreementStatus, pair: [string, string], startDate: string, endDate: string): Agreement {
  n++;
  return {
    id: `a${n}`,
    lcpId: 'lcp',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: `2026-01-0${n}T00:00:00.000Z`,
    reference: `REF-${n}`,
    status,
    sendingCompanyId: 's',
    participantId: 'p',
    hostCompanyId: 'h',
    sendingCountry: pair[0],
    hostCountry: pair[1],
    startDate,
    endDate,
    terms: EMPTY_TERMS,
    languages: ['en'],
    includeEnglish: false,
    layout: 'sequential',
  };
}

describe('agreement list filters', () => {
  it('filters by status, country pair and overlapping period, newest change first', async () => {
    db = await freshDatabase();
    await db.agreements.bulkAdd([
      agreement('signed', ['HR', 'GR'], '2026-03-01', '2026-05-31'),
      agreement('draft', ['HR', 'GR'], '2026-09-01', '2026-10-31'),
      agreement('signed', ['RS', 'ME'], '2026-04-01', '2026-06-30'),
      agreement('completed', ['GR', 'HR'], '2025-01-10', '2025-03-31'),
    ]);
    const refs = async (filter: Parameters<typeof queryAgreements>[1]) =>
      (await queryAgreements(db, filter)).map((a) => a.reference);
    expect(await refs({})).toEqual(['REF-4', 'REF-3', 'REF-2', 'REF-1']);
    expect(await refs({ status: 'signed' })).toEqual(['REF-3', 'REF-1']);
    expect(await refs({ sendingCountry: 'HR', hostCountry: 'GR' })).toEqual(['REF-2', 'REF-1']);
    expect(await refs({ hostCountry: 'HR' })).toEqual(['REF-4']);
    expect(await refs({ sendingCountry: 'HR', hostCountry: 'GR', status: 'draft' })).toEqual(['REF-2']);
    expect(await refs({ from: '2026-05-15', to: '2026-08-31' })).toEqual(['REF-3', 'REF-1']);
    expect(await refs({ to: '2025-12-31' })).toEqual(['REF-4']);
  });
});
