import type { Table } from 'dexie';
import { MAX_FIELD_DEPTH, MAX_RECORD_BYTES, nestingDepth } from '../../src-shared/protocol';
import { changedFields, jsonBytes, syncedFields } from '../domain/changes';
import { SYNCED_ENTITIES, type EntityRecord, type RecordMeta, type SyncedEntity } from '../domain/model';
import type { LcpDatabase, OutboxEntry, OutboxOp } from './db';
import { afterStore, ruleTables, withDerived, withoutLocal } from './entity-rules';
import { readClock, stampClock, type ClockRead } from './identity';

export { writeTables } from './entity-rules';

/**
 * The one data-access layer for writes. Every write stores the record and its outbox entry in the
 * same transaction, so a change is either saved and queued for sync, or not at all; and every
 * write applies its entity's rules (data/entity-rules.ts: derived fields, indexes, other tables).
 * Nothing but Dexie is awaited inside these transactions (anything else would commit them early).
 */

export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

export type NewRecord<E extends SyncedEntity> = Omit<EntityRecord[E], keyof RecordMeta> & { id?: string };
export type RecordPatch<E extends SyncedEntity> = Partial<Omit<EntityRecord[E], keyof RecordMeta>>;

function tableOf<E extends SyncedEntity>(db: LcpDatabase, entity: E): Table<EntityRecord[E], string> {
  return db.table(SYNCED_ENTITIES[entity]);
}

/** The tables a write of one record of `entity` opens. */
function tablesOf(db: LcpDatabase, entity: SyncedEntity, ...more: Table[]): Table[] {
  return [tableOf(db, entity), ...more, db.outbox, db.meta, ...ruleTables(db, entity)];
}

/**
 * A write the central office's hub would refuse for ever (400 or 413), which would block every
 * change queued after it: refused here, before anything is stored. `messageKey` (common namespace)
 * says why in the user's language.
 */
export class UnsendableRecordError extends Error {
  readonly messageKey: string;
  readonly messageParams: Record<string, unknown>;
  constructor(
    readonly reason: 'tooLarge' | 'tooDeep',
    readonly entity: string,
    readonly id: string,
    readonly detail: { bytes?: number; field?: string },
  ) {
    super(
      reason === 'tooLarge'
        ? `${entity} ${id} would hold ${detail.bytes} bytes, more than ${MAX_RECORD_BYTES}`
        : `${entity} ${id}: ${detail.field} nests deeper than ${MAX_FIELD_DEPTH} levels`,
    );
    this.name = 'UnsendableRecordError';
    this.messageKey = reason === 'tooLarge' ? 'status.recordTooLarge' : 'status.recordTooDeep';
    this.messageParams =
      reason === 'tooLarge'
        ? { size: Math.ceil((detail.bytes ?? 0) / 1024 / 1024), limit: MAX_RECORD_BYTES / 1024 / 1024 }
        : { limit: MAX_FIELD_DEPTH };
  }
}

/** An upper estimate of one field's clock at the hub: `"field":"<hybrid logical clock>",`. */
const CLOCK_BYTES = 64;

/**
 * Refuses a record the hub would refuse (MAX_RECORD_BYTES for its fields and clocks as UTF-8 JSON,
 * MAX_FIELD_DEPTH per changed value). `changed`: the fields this write changes (only they can newly be too deep).
 */
export function assertSendable(
  entity: string,
  id: string,
  record: Record<string, unknown>,
  changed: Record<string, unknown>,
): void {
  for (const [field, value] of Object.entries(changed)) {
    if (value !== null && typeof value === 'object' && nestingDepth(value) > MAX_FIELD_DEPTH)
      throw new UnsendableRecordError('tooDeep', entity, id, { field });
  }
  const fields = syncedFields(withoutLocal(entity, record));
  const bytes = jsonBytes(fields) + Object.keys(fields).reduce((sum, key) => sum + key.length + CLOCK_BYTES, 2);
  if (bytes > MAX_RECORD_BYTES) throw new UnsendableRecordError('tooLarge', entity, id, { bytes });
}

/**
 * Appends one outbox entry. Must run inside a transaction that includes `outbox` and `meta`.
 * `clock`: the clock as read earlier in the same transaction (saves a round trip).
 */
export async function appendChange(
  db: LcpDatabase,
  entity: OutboxEntry['entity'],
  entityId: string,
  op: OutboxOp,
  fields: Record<string, unknown>,
  now: Date,
  clock?: ClockRead,
): Promise<OutboxEntry> {
  const read = clock ?? (await readClock(db));
  const { hlc, saved } = stampClock(db, read, now.getTime());
  const entry: OutboxEntry = {
    changeId: crypto.randomUUID(),
    entity,
    entityId,
    op,
    fields,
    at: now.toISOString(),
    hlc,
    lcpId: read.identity.lcpId,
  };
  const [seq] = await Promise.all([db.outbox.add(entry), saved]);
  entry.seq = seq;
  return entry;
}

function withoutLocalKeys<T extends object>(entity: string, patch: T): T {
  return withoutLocal(entity, patch as Record<string, unknown>) as T;
}

export async function createRecord<E extends SyncedEntity>(
  db: LcpDatabase,
  entity: E,
  fields: NewRecord<E>,
  clock: Clock = systemClock,
): Promise<EntityRecord[E]> {
  const table = tableOf(db, entity);
  return db.transaction('rw', tablesOf(db, entity), async () => {
    const now = clock();
    const read = await readClock(db);
    const record = await withDerived(db, entity, {
      ...withoutLocalKeys(entity, fields),
      id: fields.id ?? crypto.randomUUID(),
      lcpId: read.identity.lcpId,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    } as EntityRecord[E]);
    const changes = changedFields(undefined, withoutLocal(entity, record));
    assertSendable(entity, record.id, record, changes);
    await Promise.all([table.add(record), appendChange(db, entity, record.id, 'create', changes, now, read)]);
    await afterStore(db, entity, undefined, record);
    return record;
  });
}

export class RecordNotFoundError extends Error {
  constructor(
    readonly entity: string,
    readonly id: string,
  ) {
    super(`${entity} ${id} not found`);
  }
}

/**
 * Applies a patch. A patch that changes nothing writes nothing: no new `updatedAt`, no outbox
 * entry (loading a form or an editor must never count as an edit).
 */
export async function updateRecord<E extends SyncedEntity>(
  db: LcpDatabase,
  entity: E,
  id: string,
  patch: RecordPatch<E>,
  clock: Clock = systemClock,
): Promise<{ record: EntityRecord[E]; changed: boolean }> {
  const table = tableOf(db, entity);
  return db.transaction('rw', tablesOf(db, entity), async () => {
    // The record and the clock in one round trip: the autosave's first of two.
    const [before, read] = await Promise.all([table.get(id), readClock(db)]);
    if (!before) throw new RecordNotFoundError(entity, id);
    const merged = { ...before, ...withoutLocalKeys(entity, patch) } as Record<string, unknown>;
    for (const [key, value] of Object.entries(patch)) if (value === undefined) delete merged[key];
    const fields = changedFields(withoutLocal(entity, before as Record<string, unknown>), withoutLocal(entity, merged));
    if (Object.keys(fields).length === 0) return { record: before, changed: false };
    const now = clock();
    merged['updatedAt'] = now.toISOString();
    const record = await withDerived(db, entity, merged as EntityRecord[E]);
    assertSendable(entity, id, record, fields);
    // The record, its outbox entry and the clock at once: the second round trip.
    await Promise.all([table.put(record), appendChange(db, entity, id, 'update', fields, now, read)]);
    await afterStore(db, entity, before, record);
    return { record, changed: true };
  });
}

/** Ids that link a record to its parents; none of them is personal data, so they stay in scrubbed entries. */
const LINK_FIELDS = [
  'companyId',
  'sendingCompanyId',
  'hostCompanyId',
  'participantId',
  'matchId',
  'amendsAgreementId',
] as const;

export function linkFields(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of LINK_FIELDS) if (typeof record[field] === 'string') out[field] = record[field];
  return out;
}

/**
 * After a GDPR erasure: every outbox entry about the record, sent or not, keeps only its link ids
 * and is marked `redacted` (its changeId and sequence number stay, so the sync cursor holds).
 */
export async function scrubOutbox(
  db: LcpDatabase,
  entity: SyncedEntity,
  id: string,
  links: Record<string, unknown>,
): Promise<void> {
  await db.outbox
    .where('[entity+entityId]')
    .equals([entity, id])
    .modify((entry) => {
      entry.fields = { ...links };
      entry.redacted = true;
    });
}

/**
 * Removes a record and leaves a tombstone, so the deletion can reach the central office. An
 * erasure also scrubs the record's values from every outbox entry about it (see `scrubOutbox`).
 */
export async function deleteRecord(
  db: LcpDatabase,
  entity: SyncedEntity,
  id: string,
  reason: 'deleted' | 'erased' = 'deleted',
  clock: Clock = systemClock,
): Promise<void> {
  const table = tableOf(db, entity);
  await db.transaction('rw', tablesOf(db, entity, db.tombstones), async () => {
    const before = await table.get(id);
    if (!before) throw new RecordNotFoundError(entity, id);
    const now = clock();
    const links = linkFields(before);
    await table.delete(id);
    await db.tombstones.put({ entity, entityId: id, deletedAt: now.toISOString(), reason, lcpId: before.lcpId });
    if (reason === 'erased') await scrubOutbox(db, entity, id, links);
    await appendChange(db, entity, id, reason === 'erased' ? 'erase' : 'delete', links, now);
    await afterStore(db, entity, before, undefined);
  });
}

/**
 * Stores a record received from the hub (or removes it: `next` undefined), with its entity's rules
 * applied, and nothing in the outbox. Runs inside the caller's transaction, which must include
 * `writeTables(db, entity)`.
 */
export async function storeReceived(
  db: LcpDatabase,
  entity: SyncedEntity,
  id: string,
  before: Record<string, unknown> | undefined,
  next: Record<string, unknown> | undefined,
): Promise<void> {
  const table = tableOf(db, entity);
  if (next === undefined) {
    await table.delete(id);
    await afterStore(db, entity, before, undefined);
    return;
  }
  const record = await withDerived(db, entity, next as EntityRecord[SyncedEntity]);
  await table.put(record);
  await afterStore(db, entity, before, record);
}

/** Stores one setting (a key-value row) with its outbox entry, unless the value is unchanged. */
export async function saveSetting(
  db: LcpDatabase,
  key: string,
  value: unknown,
  options: { sync: boolean } = { sync: true },
  clock: Clock = systemClock,
): Promise<boolean> {
  return db.transaction('rw', [db.settings, db.outbox, db.meta], async () => {
    const before = await db.settings.get(key);
    const fields = changedFields(before ? { value: before.value } : undefined, { value });
    if (before && Object.keys(fields).length === 0) return false;
    if (options.sync) assertSendable('settings', key, { value }, fields);
    const now = clock();
    await db.settings.put({ key, value, updatedAt: now.toISOString() });
    if (options.sync) await appendChange(db, 'settings', key, before ? 'update' : 'create', fields, now);
    return true;
  });
}
