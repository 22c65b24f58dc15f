import type { LcpDatabase } from './db';
import { formatHlc, tick, type HlcState } from '../../src-shared/protocol';

/** This installation's ids and clock, kept in the `meta` table. */
export type Identity = { lcpId: string; nodeId: string };

const LCP_ID = 'lcpId';
const NODE_ID = 'nodeId';
const HLC = 'hlc';

/** Creates the installation's ids on first run. Idempotent. */
export async function ensureIdentity(db: LcpDatabase): Promise<Identity> {
  return db.transaction('rw', db.meta, async () => {
    let lcpId = (await db.meta.get(LCP_ID))?.value as string | undefined;
    let nodeId = (await db.meta.get(NODE_ID))?.value as string | undefined;
    if (!lcpId) {
      lcpId = crypto.randomUUID();
      await db.meta.put({ key: LCP_ID, value: lcpId });
    }
    if (!nodeId) {
      nodeId = crypto.randomUUID().slice(0, 8);
      await db.meta.put({ key: NODE_ID, value: nodeId });
    }
    return { lcpId, nodeId };
  });
}

function asString(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** The ids never change once created: kept in memory so a write reads only the clock. */
const identities = new WeakMap<LcpDatabase, Identity>();

/** This installation's contact point id (from memory once a write has read it). */
export async function localLcpId(db: LcpDatabase): Promise<string> {
  return identities.get(db)?.lcpId ?? asString((await db.meta.get(LCP_ID))?.value);
}

/** The installation's ids and its clock as read inside a write's transaction (see `readClock`). */
export type ClockRead = { identity: Identity; state: HlcState };

/**
 * Reads the clock (and, on a database's first write, the ids). A write issues this together with
 * its own first read, so the clock costs no round trip of its own.
 */
export async function readClock(db: LcpDatabase): Promise<ClockRead> {
  let identity = identities.get(db);
  let hlcRow;
  if (identity) {
    hlcRow = await db.meta.get(HLC);
  } else {
    const [lcpRow, nodeRow, row] = await db.meta.bulkGet([LCP_ID, NODE_ID, HLC]);
    identity = { lcpId: asString(lcpRow?.value), nodeId: asString(nodeRow?.value) };
    if (!identity.lcpId || !identity.nodeId) throw new Error('Database identity missing: call ensureIdentity first');
    identities.set(db, identity);
    hlcRow = row;
  }
  return { identity, state: (hlcRow?.value as HlcState | undefined) ?? { wallMs: 0, counter: 0 } };
}

/**
 * Advances a clock read in the same transaction. The clock's write is returned unawaited (`saved`),
 * so the caller can issue it together with its own request; it must be awaited inside that transaction.
 */
export function stampClock(db: LcpDatabase, read: ClockRead, nowMs: number): { hlc: string; saved: Promise<unknown> } {
  const state = tick(read.state, nowMs);
  read.state = state;
  const saved = db.meta.put({ key: HLC, value: state });
  return { hlc: formatHlc(state, read.identity.nodeId), saved };
}

/** Reads and advances the clock (see `stampClock`). */
export async function nextTimestamp(
  db: LcpDatabase,
  nowMs: number,
): Promise<{ identity: Identity; hlc: string; saved: Promise<unknown> }> {
  const read = await readClock(db);
  return { identity: read.identity, ...stampClock(db, read, nowMs) };
}

/** `count` consecutive timestamps at once (bulk imports): one read and one write of the clock. */
export async function nextTimestamps(
  db: LcpDatabase,
  nowMs: number,
  count: number,
): Promise<{ identity: Identity; hlcs: string[] }> {
  const [lcpRow, nodeRow, hlcRow] = await db.meta.bulkGet([LCP_ID, NODE_ID, HLC]);
  const identity = { lcpId: asString(lcpRow?.value), nodeId: asString(nodeRow?.value) };
  if (!identity.lcpId || !identity.nodeId) throw new Error('Database identity missing: call ensureIdentity first');
  let state = (hlcRow?.value as HlcState | undefined) ?? { wallMs: 0, counter: 0 };
  const hlcs: string[] = [];
  for (let i = 0; i < count; i++) {
    state = tick(state, nowMs);
    hlcs.push(formatHlc(state, identity.nodeId));
  }
  await db.meta.put({ key: HLC, value: state });
  return { identity, hlcs };
}
