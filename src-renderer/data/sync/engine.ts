/**
 * One sync run: push the outbox batch by batch, then pull what the consortium shares. Holds no lock
 * anywhere: every step is idempotent, and the cursors move only after the hub (push) or the local
 * database (pull) committed. A run cut anywhere resumes from the cursors, never from zero.
 */
import { DEFAULT_LIMITS, type BatchLimits } from '../../../src-shared/protocol';
import type { LcpDatabase } from '../db';
import { SyncError } from './errors';
import { applyPage, fetchPage, readPullCursor } from './pull';
import { acknowledge, invalidChanges, nextBatch, readAckedSeq, sendBatch } from './push';
import { SYNC_META, type HubTransport, type LastPush, type StoredSyncError } from './types';

export type SyncProgress = { phase: 'push' | 'pull'; sent: number; total: number; received: number };
export type SyncReport = { pushed: number; duplicates: number; batches: number; received: number; conflicts: number };

export type SyncOptions = {
  now?: () => Date;
  limits?: BatchLimits;
  pullLimit?: number;
  onProgress?: (progress: SyncProgress) => void;
  signal?: AbortSignal;
};

export async function pendingCount(db: LcpDatabase): Promise<number> {
  return db.outbox
    .where('seq')
    .above(await readAckedSeq(db))
    .count();
}

function toSyncError(error: unknown): SyncError {
  if (error instanceof SyncError) return error;
  // fetch() rejects on a network failure: no connection, hub down, connection cut.
  if (
    error instanceof TypeError ||
    (error instanceof Error && /fetch|network|ECONN|socket|abort/i.test(error.message))
  ) {
    return new SyncError('offline', error.message);
  }
  return new SyncError('server', error instanceof Error ? error.message : String(error));
}

export async function runSync(
  db: LcpDatabase,
  transport: HubTransport,
  options: SyncOptions = {},
): Promise<SyncReport> {
  const now = options.now ?? (() => new Date());
  const limits = options.limits ?? DEFAULT_LIMITS;
  const report: SyncReport = { pushed: 0, duplicates: 0, batches: 0, received: 0, conflicts: 0 };
  await db.meta.put({ key: SYNC_META.lastAttemptAt, value: now().toISOString() });
  try {
    const total = await pendingCount(db);
    let sent = 0;
    options.onProgress?.({ phase: 'push', sent, total, received: 0 });
    for (;;) {
      options.signal?.throwIfAborted();
      const batch = await nextBatch(db, limits);
      if (!batch) break;
      const response = await sendBatch(options.signal ? withSignal(transport, options.signal) : transport, batch).catch(
        (error: unknown) => {
          // Refused as malformed: name the outbox entries at fault (checked only now, it costs time).
          const invalid = error instanceof SyncError && error.code === 'invalid' ? invalidChanges(batch) : [];
          throw invalid.length > 0 ? new SyncError('invalid', invalid.slice(0, 3).join('; ')) : error;
        },
      );
      await acknowledge(db, response, now());
      report.batches++;
      report.pushed += response.applied;
      report.duplicates += response.duplicates;
      report.conflicts += response.conflicts.length;
      sent += batch.changes.length;
      options.onProgress?.({ phase: 'push', sent: Math.min(sent, total), total, received: 0 });
    }
    const pushed = report.pushed + report.duplicates;
    if (pushed > 0)
      await db.meta.put({
        key: SYNC_META.lastPush,
        value: { sent: pushed, at: now().toISOString() } satisfies LastPush,
      });
    for (;;) {
      options.signal?.throwIfAborted();
      const page = await fetchPage(transport, await readPullCursor(db), options.pullLimit ?? 500);
      await applyPage(db, page, now());
      report.received += page.items.length;
      options.onProgress?.({ phase: 'pull', sent, total, received: report.received });
      if (!page.more) break;
    }
    await db.transaction('rw', db.meta, async () => {
      await db.meta.put({ key: SYNC_META.lastSuccessAt, value: now().toISOString() });
      await db.meta.delete(SYNC_META.lastError);
    });
    return report;
  } catch (error) {
    const syncError = toSyncError(error);
    await recordSyncError(db, syncError, now());
    throw syncError;
  }
}

/** Stores why a run failed, for the sync screen; the next run that goes through clears it. */
export async function recordSyncError(db: LcpDatabase, error: SyncError, at: Date): Promise<void> {
  const stored: StoredSyncError = { code: error.code, detail: error.detail.slice(0, 300), at: at.toISOString() };
  await db.meta.put({ key: SYNC_META.lastError, value: stored });
}

function withSignal(transport: HubTransport, signal: AbortSignal): HubTransport {
  return async (request) => {
    signal.throwIfAborted();
    return transport(request);
  };
}
