/** An LCP Desk installation for integration tests: its own database, syncing through real HTTP. */
import { LcpDatabase } from '../../src-renderer/data/db';
import { ensureIdentity } from '../../src-renderer/data/identity';
import { runSync, type SyncOptions } from '../../src-renderer/data/sync/engine';
import type { HubTransport } from '../../src-renderer/data/sync/types';
import { createRecord } from '../../src-renderer/data/writes';
import type { Company } from '../../src-renderer/domain/model';

export type TestClient = {
  db: LcpDatabase;
  sync: (options?: SyncOptions) => ReturnType<typeof runSync>;
  lcpId: string;
};

export async function newClient(transport: HubTransport): Promise<TestClient> {
  const db = new LcpDatabase(`client-${crypto.randomUUID()}`);
  await db.open();
  const { lcpId } = await ensureIdentity(db);
  return { db, lcpId, sync: (options) => runSync(db, transport, options) };
}

export function addCompany(db: LcpDatabase, legalName: string, shared: boolean, extra: Partial<Company> = {}) {
  return createRecord(db, 'company', {
    legalName,
    country: 'SI',
    languages: ['sl'],
    role: 'both',
    status: shared ? 'seekingMatch' : 'registered',
    consent: shared ? { storeGivenAt: '2026-03-01', shareGivenAt: '2026-03-01' } : { storeGivenAt: '2026-03-01' },
    tags: [],
    ...extra,
  });
}
