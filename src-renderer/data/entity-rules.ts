/**
 * What every write of an entity must also do, whoever writes it (data/writes.ts, the sync pull, the
 * CSV import, test fixtures): derived local fields, the indexes kept beside the record, the other
 * tables touched. data/writes.ts applies these rules; nothing else needs to remember them.
 *
 * - company: search fields (`searchWords`, `nameKey`, `archived`) and the size class (`sizeClass`),
 *   all local (never in the outbox), and the word index `companyWords`, rewritten with the record.
 * - person: the company's search fields include its people's names, so a person written, moved or
 *   removed rewrites its company's (old and new) search fields and index rows.
 */
import type { Table } from 'dexie';
import { SYNCED_ENTITIES, type Company, type EntityRecord, type Person, type SyncedEntity } from '../domain/model';
import { companySearchFields, DERIVED_COMPANY_FIELDS } from '../domain/registry/company-record';
import { sizeClass } from '../domain/registry/size-class';
import type { LcpDatabase } from './db';
import { addWordKeys, reindexCompany, wordKeys } from './registry/company-index';

/** Derived, local-only fields per entity: kept on the stored record, never diffed or sent. */
const LOCAL_FIELDS: Partial<Record<SyncedEntity, readonly string[]>> = {
  company: [...DERIVED_COMPANY_FIELDS, 'sizeClass'],
};

/** Fields of the record that are local (derived) and never reach the outbox. */
export function localFields(entity: string): readonly string[] {
  return LOCAL_FIELDS[entity as SyncedEntity] ?? [];
}

/** The record without its local fields (what is diffed and sent). The same object when it has none. */
export function withoutLocal<T extends Record<string, unknown>>(entity: string, record: T): T {
  const local = localFields(entity);
  if (local.length === 0) return record;
  const copy: Record<string, unknown> = { ...record };
  for (const key of local) delete copy[key];
  return copy as T;
}

/** A company's derived fields from its own fields and its people's names (pure). */
export function deriveCompany<T extends Company>(company: T, people: Pick<Person, 'firstName' | 'lastName'>[]): T {
  return { ...company, ...companySearchFields(company, people), sizeClass: sizeClass(company).size ?? 'unknown' };
}

function peopleOf(db: LcpDatabase, companyId: string): Promise<Person[]> {
  return db.people.where('companyId').equals(companyId).toArray();
}

/** The tables a write of `entity` touches besides its own table, `outbox` and `meta`. */
export function ruleTables(db: LcpDatabase, entity: SyncedEntity): Table[] {
  if (entity === 'company') return [db.companyWords, db.people];
  if (entity === 'person') return [db.companies, db.companyWords];
  return [];
}

/** Every table a write of any of `entities` touches: for callers that wrap several writes in one transaction. */
export function writeTables(db: LcpDatabase, ...entities: SyncedEntity[]): Table[] {
  const tables = new Set<Table>([db.outbox, db.meta, db.tombstones]);
  for (const entity of entities) {
    tables.add(db.table(SYNCED_ENTITIES[entity]));
    for (const table of ruleTables(db, entity)) tables.add(table);
  }
  return [...tables];
}

/** The record as it is to be stored: its derived fields computed (inside the write's transaction). */
export async function withDerived<E extends SyncedEntity>(
  db: LcpDatabase,
  entity: E,
  record: EntityRecord[E],
): Promise<EntityRecord[E]> {
  if (entity !== 'company') return record;
  const company = record as Company;
  return deriveCompany(company, await peopleOf(db, company.id)) as EntityRecord[E];
}

/** Rewrites a company's derived fields and index rows after a change to its people (no outbox entry). */
async function refreshCompany(db: LcpDatabase, companyId: string): Promise<void> {
  const company = await db.companies.get(companyId);
  if (!company) return;
  const next = deriveCompany(company, await peopleOf(db, companyId));
  await db.companies.put(next);
  await reindexCompany(db, company, next);
}

/**
 * What follows a stored change of a record (before: as stored until now; after: as stored from now;
 * undefined for none). Runs inside the write's transaction, which includes `ruleTables`.
 */
export async function afterStore(db: LcpDatabase, entity: string, before: unknown, after: unknown): Promise<void> {
  if (entity === 'company') {
    await reindexCompany(db, before as Company | undefined, after as Company | undefined);
  } else if (entity === 'person') {
    const ids = new Set([(before as Person | undefined)?.companyId, (after as Person | undefined)?.companyId]);
    for (const id of ids) if (id) await refreshCompany(db, id);
  }
}

/** Index rows of many new records at once (bulk imports); their derived fields are already computed. */
export async function indexCreated(
  db: LcpDatabase,
  entity: SyncedEntity,
  records: EntityRecord[SyncedEntity][],
): Promise<void> {
  if (entity === 'company') await addWordKeys(db, (records as Company[]).flatMap(wordKeys));
}
