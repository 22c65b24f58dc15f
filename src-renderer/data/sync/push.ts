/** Sending the outbox: read a bounded batch above the acked cursor, push it, advance the cursor. */
import {
  changeSchema,
  pushResponseSchema,
  takeBatch,
  type BatchLimits,
  type Change,
  type PushRequest,
  type PushResponse,
  DEFAULT_LIMITS,
} from '../../../src-shared/protocol';
import type { LcpDatabase, OutboxEntry } from '../db';
import { SYNC_META, type HubTransport, type StoredConflict } from './types';
import { SyncError, parseReply } from './errors';

export async function readAckedSeq(db: LcpDatabase): Promise<number> {
  return Number((await db.meta.get(SYNC_META.ackedSeq))?.value ?? 0);
}

export async function readNodeId(db: LcpDatabase): Promise<string> {
  const value = (await db.meta.get('nodeId'))?.value;
  return typeof value === 'string' && value ? value : 'node';
}

export function toChange(entry: OutboxEntry): Change {
  return {
    changeId: entry.changeId,
    seq: entry.seq ?? 0,
    entity: entry.entity,
    entityId: entry.entityId,
    op: entry.op,
    fields: entry.fields,
    at: entry.at,
    hlc: entry.hlc,
    lcpId: entry.lcpId,
  };
}

/** The next batch to send, or null when nothing is pending. Reads at most `maxChanges` entries. */
export async function nextBatch(db: LcpDatabase, limits: BatchLimits = DEFAULT_LIMITS): Promise<PushRequest | null> {
  const acked = await readAckedSeq(db);
  const entries = await db.outbox.where('seq').above(acked).limit(limits.maxChanges).toArray();
  if (entries.length === 0) return null;
  const nodeId = await readNodeId(db);
  return takeBatch(nodeId, entries.map(toChange), limits);
}

/** Checks a change before it leaves: a malformed outbox entry must not block the whole queue silently. */
export function invalidChanges(batch: PushRequest): string[] {
  return batch.changes.flatMap((change) => {
    const parsed = changeSchema.safeParse(change);
    return parsed.success
      ? []
      : [`${change.entity} ${change.entityId}: ${parsed.error.issues[0]?.message ?? 'invalid'}`];
  });
}

export async function sendBatch(transport: HubTransport, batch: PushRequest): Promise<PushResponse> {
  const reply = await transport({ method: 'POST', path: '/v1/batches', body: JSON.stringify(batch) });
  const answer = parseReply(reply, pushResponseSchema);
  if (answer.batchId !== batch.batchId) throw new SyncError('protocol', 'the hub answered with an unexpected body');
  return answer;
}

/**
 * Records the hub's answer: ONE meta write moves the cursor past the whole batch (never one update
 * per outbox entry), together with the conflicts the hub reported, in one transaction.
 */
export async function acknowledge(db: LcpDatabase, response: PushResponse, now: Date): Promise<void> {
  await db.transaction('rw', [db.meta, db.syncConflicts], async () => {
    const acked = await readAckedSeq(db);
    if (response.ackedSeq > acked) await db.meta.put({ key: SYNC_META.ackedSeq, value: response.ackedSeq });
    const rows: StoredConflict[] = response.conflicts.map((conflict) => ({
      id: `${conflict.changeId}:${conflict.field}`,
      entity: conflict.entity,
      entityId: conflict.entityId,
      field: conflict.field,
      mine: conflict.mine,
      theirs: conflict.theirs,
      theirHlc: conflict.theirHlc,
      reason: conflict.reason,
      source: 'push',
      detectedAt: now.toISOString(),
      open: 1,
    }));
    // Keyed by change and field: a replayed answer does not list a conflict twice, nor reopen it.
    for (const row of rows) if (!(await db.syncConflicts.get(row.id))) await db.syncConflicts.add(row);
  });
}
