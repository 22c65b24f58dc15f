import Dexie, { type Table } from 'dexie';
import type { Change } from '../../src-shared/protocol';
import type {
  Agreement,
  AgreementTemplate,
  AgreementVersion,
  Company,
  Interview,
  LcpEvent,
  Match,
  Person,
  SyncedEntity,
} from '../domain/model';
import type { Secondment } from '../domain/secondments/record';
import type { WordKey, WordRow } from './registry/company-index';
import { SCHEMA_VERSIONS } from './schema';
import type { ConsortiumCompany, RecordClocks, StoredConflict } from './sync/types';

export type OutboxOp = Change['op'];

/**
 * One local change waiting to reach the central office: the protocol's `Change` as stored (its
 * sequence number is assigned by the table on insert).
 */
export type OutboxEntry = Omit<Change, 'seq'> & {
  seq?: number;
  /** Set when personal data was removed from `fields` after a GDPR erasure. */
  redacted?: true;
};

export type Tombstone = {
  entity: SyncedEntity;
  entityId: string;
  deletedAt: string;
  reason: 'deleted' | 'erased';
  lcpId: string;
};

export type SettingRow = { key: string; value: unknown; updatedAt: string };
export type MetaRow = { key: string; value: unknown };

export const DEFAULT_DB_NAME = 'lcp-desk';

export class LcpDatabase extends Dexie {
  companies!: Table<Company, string>;
  people!: Table<Person, string>;
  events!: Table<LcpEvent, string>;
  interviews!: Table<Interview, string>;
  matches!: Table<Match, string>;
  agreements!: Table<Agreement, string>;
  secondments!: Table<Secondment, string>;
  agreementVersions!: Table<AgreementVersion, string>;
  agreementTemplates!: Table<AgreementTemplate, string>;
  tombstones!: Table<Tombstone, [string, string]>;
  settings!: Table<SettingRow, string>;
  outbox!: Table<OutboxEntry, number>;
  meta!: Table<MetaRow, string>;
  syncConflicts!: Table<StoredConflict, string>;
  consortiumCompanies!: Table<ConsortiumCompany, string>;
  recordClocks!: Table<RecordClocks, [string, string]>;
  /** Registry word index (schema 2): see data/registry/company-index.ts. */
  companyWords!: Table<WordRow, WordKey>;

  constructor(name: string = DEFAULT_DB_NAME, upToVersion?: number) {
    // Strict durability: a committed write is on disk, so a power cut after "saved" loses nothing.
    super(name, { chromeTransactionDurability: 'strict' });
    for (const step of SCHEMA_VERSIONS) {
      if (upToVersion !== undefined && step.version > upToVersion) break;
      const version = this.version(step.version).stores(step.stores);
      if (step.upgrade) version.upgrade(step.upgrade);
    }
  }
}
