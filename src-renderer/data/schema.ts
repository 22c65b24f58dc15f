/**
 * The database's schema history. Append only: never edit a shipped version, add the next one with
 * its upgrade. tests/renderer/data/migrations.test.ts opens every version, seeds it and upgrades.
 */
import type { Transaction } from 'dexie';

export type SchemaVersion = {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
};

export const SCHEMA_VERSIONS: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      companies: 'id, lcpId, country, status, updatedAt, eventId',
      people: 'id, companyId, lcpId, updatedAt, eventId',
      events: 'id, date',
      interviews: 'id, companyId, eventId, status, updatedAt',
      matches: 'id, sendingCompanyId, hostCompanyId, status',
      agreements: 'id, &reference, status, sendingCompanyId, hostCompanyId, updatedAt',
      agreementVersions: 'id, agreementId, createdAt',
      // Erased or deleted records: what remains so the deletion can travel to the central office.
      tombstones: '[entity+entityId], deletedAt',
      settings: 'key',
      // `seq` is the monotonic local sequence number; pending changes are those above the sync cursor.
      outbox: '++seq, &changeId, [entity+entityId], at',
      meta: 'key',
    },
  },
  {
    // Interviews at events: lists filter by interviewer and status, an event's page by both.
    version: 3,
    stores: {
      events: 'id, date, name',
      interviews: 'id, companyId, eventId, status, updatedAt, interviewer, startedAt, [eventId+status], [companyId+startedAt]',
    },
  },
];

export const LATEST_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
