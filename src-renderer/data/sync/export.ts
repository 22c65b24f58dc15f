/** The pending outbox as a file, for contact points whose network blocks the hub. */
import { PROTOCOL_VERSION, splitIntoBatches, type ExportFile } from '../../../src-shared/protocol';
import type { LcpDatabase } from '../db';
import { localLcpId } from '../identity';
import { readAckedSeq, readNodeId, toChange } from './push';

/**
 * Cut exactly as an online sync would cut it, so a batch imported at the hub and later pushed
 * online is a replay: applied once, answered the same.
 */
export async function exportPending(db: LcpDatabase, now: Date): Promise<ExportFile | null> {
  const acked = await readAckedSeq(db);
  const entries = await db.outbox.where('seq').above(acked).toArray();
  if (entries.length === 0) return null;
  const nodeId = await readNodeId(db);
  return {
    format: 'lcp-desk-batches',
    protocol: PROTOCOL_VERSION,
    lcpId: await localLcpId(db),
    exportedAt: now.toISOString(),
    batches: splitIntoBatches(nodeId, entries.map(toChange)),
  };
}
