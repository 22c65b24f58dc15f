/**
 * The one sync run of this window at a time, its progress for the screen, and the automatic
 * schedule. A run interrupted (window closed, network lost) leaves nothing to clean up: the next
 * run resumes from the database's cursors.
 */
import { announceOutcome, clearLastError, getSnapshot, runInBackground } from '../../intents/background-tasks';
import type { SyncProgress, SyncReport } from '../../data/sync/engine';
import { SyncError } from '../../data/sync/errors';
import type { HubTransport } from '../../data/sync/types';
import type { SyncWriters } from '../../data/sync/useSync';
import { nextSyncDelay } from '../../domain/sync-schedule';
import { platform } from '../../platform';

/** The data functions a run needs, bound to the database (`useSyncWriters`). */
export type SyncData = Pick<SyncWriters, 'runSync' | 'recordSyncError'>;

export type SyncRunState = {
  running: boolean;
  progress: SyncProgress | null;
  lastReport: SyncReport | null;
  failures: number;
};

let state: SyncRunState = { running: false, progress: null, lastReport: null, failures: 0 };
const listeners = new Set<() => void>();
let current: Promise<SyncReport | null> | null = null;

function set(next: Partial<SyncRunState>) {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

export function subscribeSync(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getSyncState(): SyncRunState {
  return state;
}

const SYNC_FAILED_KEY = 'sync:errors.title';

export const platformTransport: HubTransport = (request) => platform.hub.request(request);

/**
 * Starts a sync unless one runs; resolves with its report, or null when it failed (stored for the screen).
 * A sync someone asked for is announced when it starts and ends; an automatic one (`announceRun` false) only if it fails.
 */
export function syncNow(
  data: SyncData,
  transport: HubTransport = platformTransport,
  announceRun = true,
): Promise<SyncReport | null> {
  if (current) return current;
  set({ running: true, progress: null });
  current = (async () => {
    try {
      const config = await platform.hub.getConfig();
      if (!config.url || !config.hasToken) {
        const error = new SyncError('notConfigured', '');
        await data.recordSyncError(error, new Date());
        announceOutcome(SYNC_FAILED_KEY);
        throw error;
      }
      // Shown in the shell's status area while it runs, and there too if it fails.
      const report = await runInBackground(
        'sync:status.running',
        () => data.runSync(transport, { onProgress: (progress) => set({ progress }) }),
        SYNC_FAILED_KEY,
        announceRun ? { started: true, doneKey: 'sync:a11y.finished' } : {},
      );
      // A sync that went through answers the failure shown in the status area by an earlier one.
      if (getSnapshot().lastError?.labelKey === SYNC_FAILED_KEY) clearLastError();
      set({ lastReport: report, failures: 0 });
      return report;
    } catch {
      set({ failures: state.failures + 1 });
      return null;
    } finally {
      current = null;
      set({ running: false });
    }
  })();
  return current;
}

/** Automatic sync while online: every few minutes, backing off after failures. Returns a stop function. */
export function startAutoSync(
  data: SyncData,
  options: { firstDelayMs?: number; transport?: HubTransport } = {},
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const schedule = (delay: number) => {
    clearTimeout(timer);
    if (!stopped) timer = setTimeout(() => void tick(), delay);
  };
  const tick = async () => {
    if (navigator.onLine) {
      const config = await platform.hub.getConfig().catch(() => null);
      if (config?.url && config.hasToken) await syncNow(data, options.transport, false);
    }
    schedule(nextSyncDelay(state.failures, Math.random()));
  };
  const onOnline = () => schedule(2_000);
  window.addEventListener('online', onOnline);
  schedule(options.firstDelayMs ?? 10_000);
  return () => {
    stopped = true;
    clearTimeout(timer);
    window.removeEventListener('online', onOnline);
  };
}
