import { useLiveQuery } from 'dexie-react-hooks';
import { writersHook } from '../bound';
import { useDatabase } from '../DatabaseContext';
import { acknowledgeAllConflicts, acknowledgeConflict } from './conflicts';
import { recordSyncError, runSync } from './engine';
import { exportPending } from './export';
import { SYNC_META, type ConsortiumCompany, type LastPush, type StoredConflict, type StoredSyncError } from './types';

/** The sync's data functions, bound to the database: a run, its stored error, conflicts, the export file. */
export const useSyncWriters = writersHook({
  runSync,
  recordSyncError,
  acknowledgeConflict,
  acknowledgeAllConflicts,
  exportPending,
});
export type SyncWriters = ReturnType<typeof useSyncWriters>;

export type SyncStatus = {
  pending: number;
  lastSuccessAt: string | null;
  lastAttemptAt: string | null;
  lastError: StoredSyncError | null;
  /** The last run that sent anything (a run with nothing to send keeps it). */
  lastPush: LastPush | null;
  openConflicts: number;
  directory: number;
  editedByOffice: number;
};

/** The sync's state as stored in the database, live. `undefined` while loading. */
export function useSyncStatus(): SyncStatus | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const [acked, success, attempt, error, lastPush] = await db.meta.bulkGet([
      SYNC_META.ackedSeq,
      SYNC_META.lastSuccessAt,
      SYNC_META.lastAttemptAt,
      SYNC_META.lastError,
      SYNC_META.lastPush,
    ]);
    return {
      pending: await db.outbox
        .where('seq')
        .above(Number(acked?.value ?? 0))
        .count(),
      lastSuccessAt: (success?.value as string | undefined) ?? null,
      lastAttemptAt: (attempt?.value as string | undefined) ?? null,
      lastError: (error?.value as StoredSyncError | undefined) ?? null,
      lastPush: (lastPush?.value as LastPush | undefined) ?? null,
      openConflicts: await db.syncConflicts.where('open').equals(1).count(),
      directory: await db.consortiumCompanies.count(),
      editedByOffice: await db.recordClocks.count(),
    };
  }, [db]);
}

/** Conflicts not yet acknowledged, newest first. */
export function useOpenConflicts(): StoredConflict[] | undefined {
  const db = useDatabase();
  return useLiveQuery(
    async () => (await db.syncConflicts.where('open').equals(1).sortBy('detectedAt')).reverse(),
    [db],
  );
}

/** The consortium's matching directory: other contact points' companies seeking a partner. */
export function useConsortiumCompanies(): ConsortiumCompany[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => db.consortiumCompanies.orderBy('country').toArray(), [db]);
}
