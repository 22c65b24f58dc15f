import type { Table } from 'dexie';
import { changedFields } from '../domain/changes';
import { SYNCED_ENTITIES, type EntityRecord, type RecordMeta, type SyncedEntity } from '../domain/model';
import type { LcpDatabase, OutboxEntry, OutboxOp } from './db';
import { localLcpId, nextTimestamp } from './identity';

/**
 * The one data-access layer for writes. Every write stores the record and its outbox entry in the
 * same transaction, so a change is either saved and queued for sync, or not at all.
 * Nothing but Dexie is awaited inside these transactions (anything else would commit them early).
 */

export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

export type NewRecord<E extends SyncedEntity> = Omit<EntityRecord[E], keyof RecordMeta> & { id?: string };
export type RecordPatch<E extends SyncedEntity> = Partial<Omit<EntityRecord[E], keyof RecordMeta>>;

function tableOf<E extends SyncedEntity>(db: LcpDatabase, entity: E): Table<EntityRecord[E], string> {
  return db.table(SYNCED_ENTITIES[entity]);
}

/** Appends one outbox entry. Must run inside a transaction that includes `outbox` and `meta`. */
export async function appendChange(
  db: LcpDatabase,
  entity: OutboxEntry['entity'],
  entityId: string,
  op: OutboxOp,
  fields: Record<string, unknown>,
  now: Date,
): Promise<OutboxEntry> {
  const { identity, hlc, saved } = await nextTimestamp(db, now.getTime());
  const entry: OutboxEntry = {
    changeId: crypto.randomUUID(),
    entity,
    entityId,
    op,
    fields,
    at: now.toISOString(),
    hlc,
    lcpId: identity.lcpId,
  };
  const [seq] = await Promise.all([db.outbox.add(entry), saved]);
  entry.seq = seq;
  return entry;
}

export async function createRecord<E extends SyncedEntity>(
  db: LcpDatabase,
  entity: E,
  fields: NewRecord<E>,
  clock: Clock = systemClock,
): Promise<EntityRecord[E]> {
  const table = tableOf(db, entity);
  return db.transaction('rw', [table, db.outbox, db.meta], async () => {
    const now = clock();
    const lcpId = await localLcpId(db);
    const record = {
      ...fields,
      id: fields.id ?? crypto.randomUUID(),
      lcpId,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    } as EntityRecord[E];
    await table.add(record);
    await appendChange(db, entity, record.id, 'create', changedFields(undefined, record), now);
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
  return db.transaction('rw', [table, db.outbox, db.meta], async () => {
    const before = await table.get(id);
    if (!before) throw new RecordNotFoundError(entity, id);
    const merged = { ...before, ...patch } as Record<string, unknown>;
    for (const [key, value] of Object.entries(patch)) if (value === undefined) delete merged[key];
    const fields = changedFields(before, merged);
    if (Object.keys(fields).length === 0) return { record: before, changed: false };
    const now = clock();
    merged['updatedAt'] = now.toISOString();
    // Both requests at once: one round trip less for every autosave.
    await Promise.all([table.put(merged as EntityRecord[E]), appendChange(db, entity, id, 'update', fields, now)]);
    return { record: merged as EntityRecord[E], changed: true };
  });
}

/** Removes a record and leaves a tombstone, so the deletion can reach the central office. */
export async function deleteRecord(
  db: LcpDatabase,
  entity: SyncedEntity,
  id: string,
  reason: 'deleted' | 'erased' = 'deleted',
  clock: Clock = systemClock,
): Promise<void> {
  const table = tableOf(db, entity);
  await db.transaction('rw', [table, db.tombstones, db.outbox, db.meta], async () => {
    const before = await table.get(id);
    if (!before) throw new RecordNotFoundError(entity, id);
    const now = clock();
    await table.delete(id);
    await db.tombstones.put({ entity, entityId: id, deletedAt: now.toISOString(), reason, lcpId: before.lcpId });
    await appendChange(db, entity, id, reason === 'erased' ? 'erase' : 'delete', {}, now);
  });
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
    const fields = changedFields(
      before ? { value: before.value } : undefined,
      { value },
    );
    if (before && Object.keys(fields).length === 0) return false;
    const now = clock();
    await db.settings.put({ key, value, updatedAt: now.toISOString() });
    if (options.sync) await appendChange(db, 'settings', key, before ? 'update' : 'create', fields, now);
    return true;
  });
}
