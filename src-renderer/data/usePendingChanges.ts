import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from './DatabaseContext';

export const SYNC_CURSOR_KEY = 'sync.ackedSeq';

/** Number of local changes not yet acknowledged by the central office. `undefined` while loading. */
export function usePendingChanges(): number | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const acked = Number((await db.meta.get(SYNC_CURSOR_KEY))?.value ?? 0);
    return db.outbox.where('seq').above(acked).count();
  }, [db]);
}
