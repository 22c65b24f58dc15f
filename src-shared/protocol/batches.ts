/** How the app cuts its outbox into batches. Pure, so an exported file and an online push agree. */
import { MAX_BATCH_BYTES, MAX_BATCH_CHANGES, PROTOCOL_VERSION, type Change, type PushRequest } from './schemas';

export type BatchLimits = { maxChanges: number; maxBytes: number };
export const DEFAULT_LIMITS: BatchLimits = { maxChanges: MAX_BATCH_CHANGES, maxBytes: MAX_BATCH_BYTES };

const ENVELOPE_BYTES = 200;

/** UTF-8 length without allocating the bytes. */
function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) bytes += code >= 0x800 && (code < 0xd800 || code > 0xdfff) ? 2 : 1;
  }
  return bytes;
}

/**
 * A batch's id names the installation and the range of sequence numbers it carries. The outbox is
 * append-only, so the same range always has the same body: a resend after a lost answer is a
 * replay, answered identically by the hub.
 */
export function batchIdFor(nodeId: string, changes: Pick<Change, 'seq'>[]): string {
  const first = changes[0]?.seq ?? 0;
  const last = changes[changes.length - 1]?.seq ?? 0;
  return `b-${nodeId}-${first}-${last}`;
}

/** Takes changes in order until the count or byte limit is reached (always at least one). */
export function takeBatch(nodeId: string, changes: Change[], limits: BatchLimits = DEFAULT_LIMITS): PushRequest | null {
  const taken: Change[] = [];
  let bytes = ENVELOPE_BYTES;
  for (const change of changes) {
    if (taken.length >= limits.maxChanges) break;
    const size = utf8Length(JSON.stringify(change)) + 1;
    if (taken.length > 0 && bytes + size > limits.maxBytes) break;
    taken.push(change);
    bytes += size;
  }
  if (taken.length === 0) return null;
  return { protocol: PROTOCOL_VERSION, batchId: batchIdFor(nodeId, taken), changes: taken };
}

/** Cuts every change into consecutive batches. */
export function splitIntoBatches(
  nodeId: string,
  changes: Change[],
  limits: BatchLimits = DEFAULT_LIMITS,
): PushRequest[] {
  const batches: PushRequest[] = [];
  let rest = changes;
  while (rest.length > 0) {
    const batch = takeBatch(nodeId, rest, limits);
    if (!batch) break;
    batches.push(batch);
    rest = rest.slice(batch.changes.length);
  }
  return batches;
}
