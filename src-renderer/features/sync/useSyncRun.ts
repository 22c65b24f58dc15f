import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { SyncReport } from '../../data/sync/engine';
import type { HubTransport } from '../../data/sync/types';
import { useSyncWriters } from '../../data/sync/useSync';
import {
  getSyncState,
  platformTransport,
  startAutoSync,
  subscribeSync,
  syncNow,
  type SyncRunState,
} from './sync-controller';

/** This window's sync run (running, progress, last report) and the command that starts one. */
export function useSyncRun(
  transport: HubTransport = platformTransport,
): SyncRunState & { syncNow: () => Promise<SyncReport | null> } {
  const state = useSyncExternalStore(subscribeSync, getSyncState);
  const data = useSyncWriters();
  const run = useCallback(() => syncNow(data, transport), [data, transport]);
  return { ...state, syncNow: run };
}

/** Automatic sync while the component using it is mounted (once, in the app). */
export function useAutoSync(options: { firstDelayMs?: number; transport?: HubTransport } = {}): void {
  const data = useSyncWriters();
  const { firstDelayMs, transport } = options;
  useEffect(() => startAutoSync(data, { firstDelayMs, transport }), [data, firstDelayMs, transport]);
}
