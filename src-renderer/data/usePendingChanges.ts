import { useLiveQuery } from 'dexie-react-hooks';
import type { LcpDatabase } from './db';
import { useDatabase } from './DatabaseContext';

export const SYNC_CURSOR_KEY = 'sync.ackedSeq';

/** Above this many, the pending count is read from the sequence numbers instead of counted. */
const EXACT_COUNT_LIMIT = 5000;

/**
 * Local changes not yet acknowledged by the central office. Counting 100,000 outbox keys takes a
 * second on disk and this re-runs after every write (every autosave), holding up other reads; so a
 * large backlog is the distance between the last sequence number and the sync cursor (exact unless
 * an aborted transaction left a gap in the numbers), a small one is counted.
 */
export async function pendingChanges(db: LcpDatabase): Promise<number> {
  const acked = Number((await db.meta.get(SYNC_CURSOR_KEY))?.value ?? 0);
  const last = Number((await db.outbox.orderBy('seq').lastKey()) ?? 0);
  if (last - acked > EXACT_COUNT_LIMIT) return last - acked;
  return db.outbox.where('seq').above(acked).count();
}

/** `undefined` while loading. */
export function usePendingChanges(): number | undefined {
  const db = useDatabase();
  return useLiveQuery(() => pendingChanges(db), [db]);
}
