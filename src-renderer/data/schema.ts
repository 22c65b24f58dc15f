/**
 * The database's schema history. Append only: never edit a shipped version, add the next one with
 * its upgrade. tests/renderer/data/migrations.test.ts opens every version, seeds it and upgrades.
 */
import type { Transaction } from 'dexie';
import { companySearchFields } from '../domain/registry/company-record';
import type { Company, Person } from '../domain/model';
import { prefixKeys, wordKeys, type WordKey } from './registry/company-index';

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
    // Registry: compound indexes that list non-archived companies sorted (100,000 companies page
    // fast), and the word index `companyWords`: folded search words (names, city, ids, people's
    // names) with the name sort key and the id in the key itself (see data/registry/company-index.ts).
    version: 2,
    stores: {
      companies:
        'id, lcpId, country, status, updatedAt, eventId, naceSection, role, eventName, [archived+nameKey], [archived+country+nameKey], [archived+updatedAt]',
      people: 'id, companyId, lcpId, updatedAt, eventId, lastName',
      companyWords: '',
    },
    upgrade: async (tx) => {
      const names = new Map<string, Pick<Person, 'firstName' | 'lastName'>[]>();
      await tx
        .table<Person, string>('people')
        .each((person) => names.set(person.companyId, [...(names.get(person.companyId) ?? []), person]));
      await tx
        .table<Company, string>('companies')
        .toCollection()
        .modify((company) => {
          Object.assign(company, companySearchFields(company, names.get(company.id) ?? []));
        });
      const keys: WordKey[] = [];
      await tx.table<Company, string>('companies').each((company) => keys.push(...wordKeys(company)));
      await tx.table('companyWords').bulkPut(
        keys.map(() => 0),
        keys,
      );
    },
  },
  {
    // Interviews at events: lists filter by interviewer and status, an event's page by both.
    version: 3,
    stores: {
      events: 'id, date, name',
      interviews:
        'id, companyId, eventId, status, updatedAt, interviewer, startedAt, [eventId+status], [companyId+startedAt]',
    },
  },
  {
    // Agreements: list filters (country pair, period, participant, amendments), versions in order,
    // and imported PDF forms with their field mapping.
    version: 4,
    stores: {
      agreements:
        'id, &reference, status, sendingCompanyId, hostCompanyId, updatedAt, participantId, startDate, [sendingCountry+hostCountry], amendsAgreementId',
      agreementVersions: 'id, agreementId, createdAt, [agreementId+createdAt]',
      agreementTemplates: 'id, name, updatedAt',
    },
  },
  {
    // Sync (issue 6). conflicts: fields of local edits overwritten by the consortium, listed until
    // acknowledged (`open` is 1 until then: IndexedDB cannot index `undefined`).
    // consortiumCompanies: the matching directory the hub shares back (other contact points'
    // companies); kept apart from `companies` so it never enters the outbox or the local registry.
    // recordClocks: per-field clocks of values received from the hub, and who last edited there.
    version: 5,
    stores: {
      syncConflicts: 'id, open, [entity+entityId], detectedAt',
      consortiumCompanies: 'id, owner, country',
      recordClocks: '[entity+entityId], editedBy',
    },
  },
  {
    // Registry search (issue 9): indexed words also carry their German transliteration (Müller →
    // mueller) and name keys sort numbers numerically. Every company's derived fields and the
    // word index are computed again.
    version: 6,
    stores: {},
    upgrade: async (tx) => {
      const names = new Map<string, Pick<Person, 'firstName' | 'lastName'>[]>();
      await tx
        .table<Person, string>('people')
        .each((person) => names.set(person.companyId, [...(names.get(person.companyId) ?? []), person]));
      const keys: WordKey[] = [];
      await tx
        .table<Company, string>('companies')
        .toCollection()
        .modify((company) => {
          Object.assign(company, companySearchFields(company, names.get(company.id) ?? []));
          keys.push(...wordKeys(company));
        });
      await tx.table('companyWords').clear();
      await tx.table('companyWords').bulkPut(
        keys.map(() => 0),
        keys,
      );
    },
  },
  {
    // Secondments (issue 13): the list filters by status, country pair and period; a company's
    // page lists its secondments; the Overview looks for overdue steps by status and start.
    version: 7,
    stores: {
      secondments:
        'id, status, sendingCompanyId, hostCompanyId, participantId, plannedStart, updatedAt, [sendingCountry+hostCountry], matchId',
    },
  },
  {
    // Registry search speed (issue 10): the word index also holds prefix rows (every company's
    // distinct 2- and 3-letter word starts, in name order), so a short query word reads one range
    // instead of merging hundreds of words. The word rows are as version 6 wrote them: only the
    // prefix rows are added.
    version: 8,
    stores: {},
    upgrade: async (tx) => {
      const keys: WordKey[] = [];
      await tx.table<Company, string>('companies').each((company) => keys.push(...prefixKeys(company)));
      await tx.table('companyWords').bulkPut(
        keys.map(() => 0),
        keys,
      );
    },
  },
];

export const LATEST_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
