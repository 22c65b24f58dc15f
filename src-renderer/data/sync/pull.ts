/**
 * Receiving from the hub: each page of items is merged into the local database in ONE transaction
 * together with the new pull cursor, so an interrupted pull resumes from the last whole page.
 * Nothing received enters the outbox: it came from the consortium and goes back nowhere.
 */
import type { Table } from 'dexie';
import {
  mergeStates,
  parseHlc,
  pullResponseSchema,
  type PullResponse,
  type RecordState,
  type RemoteItem,
} from '../../../src-shared/protocol';
import { receive, type HlcState } from '../../../src-shared/protocol';
import { SYNCED_ENTITIES, type SyncedEntity } from '../../domain/model';
import type { LcpDatabase } from '../db';
import { localFields } from '../entity-rules';
import { storeReceived } from '../writes';
import { parseReply } from './errors';
import { SYNC_META, type HubTransport, type StoredConflict } from './types';

const BOOKKEEPING = new Set(['id', 'lcpId', 'createdAt', 'updatedAt']);

export async function fetchPage(transport: HubTransport, since: number, limit: number): Promise<PullResponse> {
  const reply = await transport({ method: 'GET', path: `/v1/changes?since=${since}&limit=${limit}` });
  return parseReply(reply, pullResponseSchema);
}

export async function readPullCursor(db: LcpDatabase): Promise<number> {
  return Number((await db.meta.get(SYNC_META.pullCursor))?.value ?? 0);
}

function isSyncedEntity(entity: string): entity is SyncedEntity {
  return entity in SYNCED_ENTITIES;
}

function tableOf(db: LcpDatabase, entity: SyncedEntity): Table<Record<string, unknown>, string> {
  return db.table(SYNCED_ENTITIES[entity]);
}

/** The local state of a record: its fields and each field's clock (outbox and received clocks). */
async function localState(db: LcpDatabase, entity: SyncedEntity, id: string, acked: number) {
  const record = await tableOf(db, entity).get(id);
  const tombstone = await db.tombstones.get([entity, id]);
  const received = await db.recordClocks.get([entity, id]);
  const clocks: Record<string, string> = { ...(received?.clocks ?? {}) };
  const pending = new Set<string>();
  const entries = await db.outbox.where('[entity+entityId]').equals([entity, id]).toArray();
  for (const entry of entries) {
    for (const field of Object.keys(entry.fields)) {
      if (!clocks[field] || entry.hlc > clocks[field]) clocks[field] = entry.hlc;
      if ((entry.seq ?? 0) > acked) pending.add(field);
    }
  }
  const data: Record<string, unknown> = {};
  const local = localFields(entity);
  for (const [key, value] of Object.entries(record ?? {}))
    if (!BOOKKEEPING.has(key) && !local.includes(key)) data[key] = value;
  const state: RecordState = { data, clocks };
  if (tombstone) state.tombstone = { reason: tombstone.reason, hlc: '' };
  return { record, state, pending };
}

/** A synced setting (the contact point's profile, logo) the central office edited: same rule, one field. */
async function applySetting(
  db: LcpDatabase,
  item: Extract<RemoteItem, { kind: 'record' }>,
  acked: number,
  now: string,
): Promise<void> {
  if (item.tombstone || !('value' in item.clocks)) return;
  const row = await db.settings.get(item.entityId);
  const entries = await db.outbox.where('[entity+entityId]').equals(['settings', item.entityId]).toArray();
  let clock = '';
  let pending = false;
  for (const entry of entries) {
    if (entry.hlc > clock) clock = entry.hlc;
    if ((entry.seq ?? 0) > acked) pending = true;
  }
  const remoteClock = item.clocks['value'];
  if (remoteClock <= clock) return;
  if (pending && row)
    await addConflict(
      db,
      {
        entity: 'settings',
        entityId: item.entityId,
        field: 'value',
        lost: row.value,
        kept: item.data['value'] ?? null,
        keptHlc: remoteClock,
      },
      now,
    );
  await db.settings.put({ key: item.entityId, value: item.data['value'] ?? null, updatedAt: now });
}

async function addConflict(
  db: LcpDatabase,
  loss: {
    entity: StoredConflict['entity'];
    entityId: string;
    field: string;
    lost: unknown;
    kept: unknown;
    keptHlc: string;
  },
  now: string,
): Promise<void> {
  const conflict: StoredConflict = {
    id: `pull:${loss.entity}:${loss.entityId}:${loss.field}:${loss.keptHlc}`,
    entity: loss.entity,
    entityId: loss.entityId,
    field: loss.field,
    mine: loss.lost,
    theirs: loss.kept,
    theirHlc: loss.keptHlc,
    reason: 'newerEdit',
    source: 'pull',
    detectedAt: now,
    open: 1,
  };
  if (!(await db.syncConflicts.get(conflict.id))) await db.syncConflicts.add(conflict);
}

async function applyRecord(
  db: LcpDatabase,
  item: Extract<RemoteItem, { kind: 'record' }>,
  acked: number,
  now: string,
): Promise<void> {
  if (item.entity === 'settings') return applySetting(db, item, acked, now);
  if (!isSyncedEntity(item.entity)) return;
  const { record, state, pending } = await localState(db, item.entity, item.entityId, acked);
  const remote: RecordState = { data: item.data, clocks: item.clocks };
  if (item.tombstone) remote.tombstone = item.tombstone;
  const merged = mergeStates(state, remote);
  for (const loss of merged.overwritten) {
    if (pending.has(loss.field)) await addConflict(db, { entity: item.entity, entityId: item.entityId, ...loss }, now);
  }
  if (!merged.changed) return;
  // Through the write path's rules (derived fields, indexes), without an outbox entry.
  if (merged.state.tombstone) {
    await storeReceived(db, item.entity, item.entityId, record, undefined);
    await db.tombstones.put({
      entity: item.entity,
      entityId: item.entityId,
      deletedAt: now,
      reason: merged.state.tombstone.reason,
      lcpId: item.owner,
    });
  } else {
    const next: Record<string, unknown> = {
      ...(record ?? {}),
      id: item.entityId,
      lcpId: item.owner,
      createdAt: record?.['createdAt'] ?? now,
      updatedAt: now,
    };
    for (const [field, value] of Object.entries(merged.state.data)) {
      if (value === null) delete next[field];
      else next[field] = value;
    }
    await storeReceived(db, item.entity, item.entityId, record, next);
  }
  await db.recordClocks.put({
    entity: item.entity,
    entityId: item.entityId,
    clocks: merged.state.clocks,
    editedBy: item.editedBy,
    editedAt: now,
  });
}

async function applyTombstone(
  db: LcpDatabase,
  item: Extract<RemoteItem, { kind: 'tombstone' }>,
  now: string,
): Promise<void> {
  if (item.entity === 'company') await db.consortiumCompanies.delete(item.entityId);
  if (!isSyncedEntity(item.entity)) return;
  const existing = await tableOf(db, item.entity).get(item.entityId);
  // An erasure reaches every copy; another contact point's deletion only removes what we received.
  if (existing || item.reason === 'erased') {
    await storeReceived(db, item.entity, item.entityId, existing, undefined);
    if (existing) {
      await db.tombstones.put({
        entity: item.entity,
        entityId: item.entityId,
        deletedAt: now,
        reason: item.reason,
        lcpId: typeof existing['lcpId'] === 'string' ? existing['lcpId'] : '',
      });
    }
  }
}

/** Latest clock seen in a page, to move this installation's clock past it. */
function latestClock(page: PullResponse): string | undefined {
  let latest: string | undefined;
  const see = (clock: string | undefined) => {
    if (clock && (!latest || clock > latest)) latest = clock;
  };
  for (const item of page.items) {
    if (item.kind === 'record') Object.values(item.clocks).forEach(see);
    if (item.kind === 'shared' || item.kind === 'tombstone') see(item.hlc);
  }
  return latest;
}

/** Applies one page and moves the pull cursor, in one transaction. */
export async function applyPage(db: LcpDatabase, page: PullResponse, now: Date): Promise<void> {
  const entityTables = Object.values(SYNCED_ENTITIES).map((name) => db.table(name));
  const tables = [
    ...entityTables,
    db.companyWords,
    db.settings,
    db.tombstones,
    db.consortiumCompanies,
    db.syncConflicts,
    db.recordClocks,
    db.outbox,
    db.meta,
  ];
  await db.transaction('rw', tables, async () => {
    const iso = now.toISOString();
    const acked = Number((await db.meta.get(SYNC_META.ackedSeq))?.value ?? 0);
    for (const item of page.items) {
      if (item.kind === 'record') await applyRecord(db, item, acked, iso);
      else if (item.kind === 'shared') {
        await db.consortiumCompanies.put({
          id: item.entityId,
          owner: item.owner,
          country: typeof item.data['country'] === 'string' ? item.data['country'] : '',
          data: item.data,
          hlc: item.hlc,
          receivedAt: iso,
        });
      } else if (item.kind === 'unshared') await db.consortiumCompanies.delete(item.entityId);
      else await applyTombstone(db, item, iso);
    }
    const latest = latestClock(page);
    const remote = latest ? parseHlc(latest) : null;
    if (remote) {
      const state = ((await db.meta.get('hlc'))?.value as HlcState | undefined) ?? { wallMs: 0, counter: 0 };
      await db.meta.put({ key: 'hlc', value: receive(state, remote, now.getTime()) });
    }
    const cursor = Number((await db.meta.get(SYNC_META.pullCursor))?.value ?? 0);
    if (page.cursor > cursor) await db.meta.put({ key: SYNC_META.pullCursor, value: page.cursor });
  });
}
