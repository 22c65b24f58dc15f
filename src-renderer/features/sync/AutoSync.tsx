import { useAutoSync } from './useSyncRun';

/** Mounted once in the app: automatic sync every few minutes while online, backing off after failures. */
export function AutoSync() {
  useAutoSync();
  return null;
}
