/**
 * Applying one batch inside the hub's transaction, in bulk: one query finds the changes already
 * known, one query per entity loads the records touched, each touched record is written once.
 */
import { applyChange, type Change, type RecordState, type SyncConflict } from '../src-shared/protocol';
import { oversizedRecord } from './record-size';
import type { Sql, SqlValue } from './store/types';

export type RecordRow = { entity: string; entity_id: string; owner: string; data: string; clocks: string; tombstone: string | null; last_origin: string };

export type BatchActor = { role: 'lcp' | 'office'; name: string; origin: string };
export type BatchResult = { applied: number; duplicates: number; conflicts: SyncConflict[] } | { refused: string; status?: 413 };

/** Rows per multi-row statement: well under SQLite's and PostgreSQL's parameter limits. */
const CHUNK = 200;

/**
 * Where a change's record lives. Records have globally unique ids, but settings are keyed by name
 * (every contact point has a `contactPoint.profile`), so the hub keys them by their contact point
 * too. The central office addresses a contact point's setting through the change's lcpId.
 */
export function recordKey(change: Pick<Change, 'entity' | 'entityId' | 'lcpId'>): string {
  return change.entity === 'settings' ? `${change.lcpId}/${change.entityId}` : change.entityId;
}

export function toState(row: Pick<RecordRow, 'data' | 'clocks' | 'tombstone'>): RecordState {
  const state: RecordState = { data: JSON.parse(row.data) as Record<string, unknown>, clocks: JSON.parse(row.clocks) as Record<string, string> };
  if (row.tombstone) state.tombstone = JSON.parse(row.tombstone) as RecordState['tombstone'];
  return state;
}

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

const placeholders = (count: number, width: number) => Array.from({ length: count }, () => `(${Array.from({ length: width }, () => '?').join(', ')})`).join(', ');

type Touched = { entity: string; key: string; owner: string; state: RecordState; existed: boolean; changed: boolean };

export async function applyBatch(sql: Sql, actor: BatchActor, batchId: string, changes: Change[], receivedAt: string): Promise<BatchResult> {
  const known = new Set<string>();
  for (const part of chunks(changes.map((c) => c.changeId))) {
    const rows = await sql.all<{ change_id: string }>(`SELECT change_id FROM changes WHERE change_id IN (${part.map(() => '?').join(', ')})`, part);
    for (const row of rows) known.add(row.change_id);
  }
  const fresh = changes.filter((c) => !known.has(c.changeId));

  const touched = new Map<string, Touched>();
  const byEntity = new Map<string, Set<string>>();
  for (const change of fresh) {
    const keys = byEntity.get(change.entity) ?? new Set<string>();
    keys.add(recordKey(change));
    byEntity.set(change.entity, keys);
  }
  for (const [entity, keys] of byEntity) {
    for (const part of chunks([...keys])) {
      const rows = await sql.all<RecordRow>(`SELECT * FROM records WHERE entity = ? AND entity_id IN (${part.map(() => '?').join(', ')})`, [entity, ...part]);
      for (const row of rows) touched.set(`${entity}/${row.entity_id}`, { entity, key: row.entity_id, owner: row.owner, state: toState(row), existed: true, changed: false });
    }
  }

  const conflicts: SyncConflict[] = [];
  for (const change of fresh) {
    const key = recordKey(change);
    const id = `${change.entity}/${key}`;
    let record = touched.get(id);
    if (record?.existed && actor.role !== 'office' && record.owner !== actor.origin) {
      return { refused: `${change.entity} ${change.entityId} belongs to another contact point` };
    }
    if (!record) {
      record = { entity: change.entity, key, owner: actor.role === 'office' ? change.lcpId : actor.origin, state: { data: {}, clocks: {} }, existed: false, changed: true };
      touched.set(id, record);
    }
    const merged = applyChange(record.state, change);
    for (const loss of merged.incomingLost) {
      conflicts.push({
        changeId: change.changeId,
        entity: change.entity,
        entityId: change.entityId,
        field: loss.field,
        mine: (loss.lost ?? null) as SyncConflict['mine'],
        theirs: (loss.kept ?? null) as SyncConflict['theirs'],
        theirHlc: loss.keptHlc,
        reason: loss.reason,
      });
    }
    record.state = merged.state;
    record.changed ||= merged.changed;
  }

  const tooLarge = await oversizedRecord(sql, [...touched.values()].filter((r) => r.changed));
  if (tooLarge) return { refused: tooLarge, status: 413 };

  for (const part of chunks(fresh)) {
    const params: SqlValue[] = [];
    for (const c of part) params.push(c.changeId, actor.name, batchId, c.seq, c.entity, c.entityId, c.op, JSON.stringify(c.fields), c.hlc, c.lcpId, c.at, receivedAt);
    await sql.run(`INSERT INTO changes (change_id, account, batch_id, seq, entity, entity_id, op, fields, hlc, lcp_id, at, received_at) VALUES ${placeholders(part.length, 12)}`, params);
  }
  const written = [...touched.values()].filter((r) => r.changed);
  for (const part of chunks(written)) {
    const params: SqlValue[] = [];
    for (const r of part) {
      const { data, clocks, tombstone } = r.state;
      params.push(r.entity, r.key, r.owner, JSON.stringify(data), JSON.stringify(clocks), tombstone ? JSON.stringify(tombstone) : null, actor.origin);
    }
    await sql.run(
      `INSERT INTO records (entity, entity_id, owner, data, clocks, tombstone, last_origin) VALUES ${placeholders(part.length, 7)}
       ON CONFLICT (entity, entity_id) DO UPDATE SET data = excluded.data, clocks = excluded.clocks, tombstone = excluded.tombstone, last_origin = excluded.last_origin`,
      params,
    );
    const feed: SqlValue[] = [];
    for (const r of part) feed.push(r.entity, r.key, r.owner, actor.origin);
    await sql.run(`INSERT INTO feed (entity, entity_id, owner, origin) VALUES ${placeholders(part.length, 4)}`, feed);
  }
  return { applied: fresh.length, duplicates: known.size, conflicts };
}
