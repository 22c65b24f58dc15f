/**
 * Applying one batch inside the hub's transaction, in bulk: one query finds the changes already
 * known, one query per entity loads the records touched, each touched record is written once.
 */
import { applyChange, type Change, type RecordState, type SyncConflict } from '../src-shared/protocol';
import { oversizedRecord } from './record-size';
import type { Sql, SqlValue } from './store/types';

export type RecordRow = {
  entity: string;
  entity_id: string;
  owner: string;
  data: string;
  clocks: string;
  tombstone: string | null;
  last_origin: string;
};

export type BatchActor = { role: 'lcp' | 'office'; name: string; origin: string };
export type BatchResult =
  { applied: number; duplicates: number; conflicts: SyncConflict[] } | { refused: string; status: 403 | 409 | 413 };

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
  const state: RecordState = {
    data: JSON.parse(row.data) as Record<string, unknown>,
    clocks: JSON.parse(row.clocks) as Record<string, string>,
  };
  if (row.tombstone) state.tombstone = JSON.parse(row.tombstone) as RecordState['tombstone'];
  return state;
}

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

const placeholders = (count: number, width: number) =>
  Array.from({ length: count }, () => `(${Array.from({ length: width }, () => '?').join(', ')})`).join(', ');

type Touched = {
  entity: string;
  key: string;
  owner: string;
  state: RecordState;
  existed: boolean;
  changed: boolean;
  wasErased: boolean;
  change: Change;
};

const ID_VALUE = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * What the hub keeps of an erased record's change: its ids (`companyId`...), no value that could
 * be personal data. The same as the app keeps of its own outbox entries after an erasure.
 */
export function scrubbedFields(fields: Record<string, unknown>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(fields)) {
    if ((name === 'id' || name.endsWith('Id')) && typeof value === 'string' && ID_VALUE.test(value)) kept[name] = value;
  }
  return kept;
}

const isErased = (state: RecordState) => state.tombstone?.reason === 'erased';

/**
 * A record erased by this batch: its values leave the change log and the stored answers' conflicts
 * too, in the batch's transaction. Ids, clocks and the tombstone stay.
 */
async function scrubErasedRecord(sql: Sql, record: Touched): Promise<void> {
  const { entity, entityId, lcpId } = record.change;
  const sameRecord =
    entity === 'settings' ? 'entity = ? AND entity_id = ? AND lcp_id = ?' : 'entity = ? AND entity_id = ?';
  const params = entity === 'settings' ? [entity, entityId, lcpId] : [entity, entityId];
  const logged = await sql.all<{ change_id: string; account: string; fields: string }>(
    `SELECT change_id, account, fields FROM changes WHERE ${sameRecord}`,
    params,
  );
  for (const row of logged) {
    const fields = JSON.stringify(scrubbedFields(JSON.parse(row.fields) as Record<string, unknown>));
    if (fields !== row.fields)
      await sql.run('UPDATE changes SET fields = ? WHERE change_id = ? AND account = ?', [
        fields,
        row.change_id,
        row.account,
      ]);
  }
  // Stored answers are JSON.stringify output: a conflict about the record contains this exact text.
  const answers = await sql.all<{ account: string; batch_id: string; response: string }>(
    'SELECT account, batch_id, response FROM batches WHERE response LIKE ?',
    [`%"entityId":${JSON.stringify(entityId)}%`],
  );
  for (const row of answers) {
    const answer = JSON.parse(row.response) as { conflicts: SyncConflict[] };
    let changed = false;
    answer.conflicts = answer.conflicts.map((c) => {
      if (c.entity !== entity || c.entityId !== entityId || (c.mine === null && c.theirs === null)) return c;
      changed = true;
      return { ...c, mine: null, theirs: null };
    });
    if (changed)
      await sql.run('UPDATE batches SET response = ? WHERE account = ? AND batch_id = ?', [
        JSON.stringify(answer),
        row.account,
        row.batch_id,
      ]);
  }
}

export async function applyBatch(
  sql: Sql,
  actor: BatchActor,
  batchId: string,
  changes: Change[],
  receivedAt: string,
): Promise<BatchResult> {
  const known = new Set<string>();
  for (const part of chunks(changes.map((c) => c.changeId))) {
    const rows = await sql.all<{ change_id: string; account: string }>(
      `SELECT change_id, account FROM changes WHERE change_id IN (${part.map(() => '?').join(', ')})`,
      part,
    );
    for (const row of rows) {
      // Another account's change id is not a duplicate of this one: acknowledging it would lose the change.
      if (row.account !== actor.name)
        return {
          status: 409,
          refused: `change id ${row.change_id} was already used by another contact point's change; send this change with a new id`,
        };
      known.add(row.change_id);
    }
  }
  const fresh = changes.filter((c) => !known.has(c.changeId));

  const touched = new Map<string, Touched>();
  const byEntity = new Map<string, Set<string>>();
  const firstChange = new Map<string, Change>();
  for (const change of fresh) {
    if (!firstChange.has(`${change.entity}/${recordKey(change)}`))
      firstChange.set(`${change.entity}/${recordKey(change)}`, change);
    const keys = byEntity.get(change.entity) ?? new Set<string>();
    keys.add(recordKey(change));
    byEntity.set(change.entity, keys);
  }
  for (const [entity, keys] of byEntity) {
    for (const part of chunks([...keys])) {
      const rows = await sql.all<RecordRow>(
        `SELECT * FROM records WHERE entity = ? AND entity_id IN (${part.map(() => '?').join(', ')})`,
        [entity, ...part],
      );
      for (const row of rows) {
        const state = toState(row);
        const change = firstChange.get(`${entity}/${row.entity_id}`)!;
        touched.set(`${entity}/${row.entity_id}`, {
          entity,
          key: row.entity_id,
          owner: row.owner,
          state,
          existed: true,
          changed: false,
          wasErased: isErased(state),
          change,
        });
      }
    }
  }

  const conflicts: { record: Touched; conflict: SyncConflict }[] = [];
  for (const change of fresh) {
    const key = recordKey(change);
    const id = `${change.entity}/${key}`;
    let record = touched.get(id);
    if (record?.existed && actor.role !== 'office' && record.owner !== actor.origin) {
      return { status: 403, refused: `${change.entity} ${change.entityId} belongs to another contact point` };
    }
    if (!record) {
      record = {
        entity: change.entity,
        key,
        owner: actor.role === 'office' ? change.lcpId : actor.origin,
        state: { data: {}, clocks: {} },
        existed: false,
        changed: true,
        wasErased: false,
        change,
      };
      touched.set(id, record);
    }
    const merged = applyChange(record.state, change);
    for (const loss of merged.incomingLost) {
      conflicts.push({
        record,
        conflict: {
          changeId: change.changeId,
          entity: change.entity,
          entityId: change.entityId,
          field: loss.field,
          mine: (loss.lost ?? null) as SyncConflict['mine'],
          theirs: (loss.kept ?? null) as SyncConflict['theirs'],
          theirHlc: loss.keptHlc,
          reason: loss.reason,
        },
      });
    }
    record.state = merged.state;
    record.changed ||= merged.changed;
  }

  const tooLarge = await oversizedRecord(
    sql,
    [...touched.values()].filter((r) => r.changed),
  );
  if (tooLarge) return { refused: tooLarge, status: 413 };

  const erasedNow = [...touched.values()].filter((r) => isErased(r.state) && !r.wasErased);
  for (const record of erasedNow) if (record.existed) await scrubErasedRecord(sql, record);
  const erased = (c: Change) => isErased(touched.get(`${c.entity}/${recordKey(c)}`)!.state);
  for (const part of chunks(fresh)) {
    const params: SqlValue[] = [];
    for (const c of part)
      params.push(
        c.changeId,
        actor.name,
        batchId,
        c.seq,
        c.entity,
        c.entityId,
        c.op,
        JSON.stringify(erased(c) ? scrubbedFields(c.fields) : c.fields),
        c.hlc,
        c.lcpId,
        c.at,
        receivedAt,
      );
    await sql.run(
      `INSERT INTO changes (change_id, account, batch_id, seq, entity, entity_id, op, fields, hlc, lcp_id, at, received_at) VALUES ${placeholders(part.length, 12)}`,
      params,
    );
  }
  const written = [...touched.values()].filter((r) => r.changed);
  for (const part of chunks(written)) {
    const params: SqlValue[] = [];
    for (const r of part) {
      const { data, clocks, tombstone } = r.state;
      params.push(
        r.entity,
        r.key,
        r.owner,
        JSON.stringify(data),
        JSON.stringify(clocks),
        tombstone ? JSON.stringify(tombstone) : null,
        actor.origin,
      );
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
  return {
    applied: fresh.length,
    duplicates: known.size,
    conflicts: conflicts.map(({ record, conflict }) =>
      isErased(record.state) ? { ...conflict, mine: null, theirs: null } : conflict,
    ),
  };
}
