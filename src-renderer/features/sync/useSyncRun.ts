import { useSyncExternalStore } from 'react';
import { getSyncState, subscribeSync, type SyncRunState } from './sync-controller';

export function useSyncRun(): SyncRunState {
  return useSyncExternalStore(subscribeSync, getSyncState);
}
