/** When the next automatic sync runs. Pure: the caller passes failures and a random number in. */
export const SYNC_INTERVAL_MS = 5 * 60_000;
const FIRST_RETRY_MS = 30_000;
const MAX_RETRY_MS = 60 * 60_000;

/**
 * Every 5 minutes while all is well; after failures, exponential backoff (30 s, 1 min, 2 min, ...
 * up to 1 hour) with up to 20 % jitter, so many contact points coming back online at once do not
 * all knock at the hub in the same second.
 */
export function nextSyncDelay(consecutiveFailures: number, random: number): number {
  if (consecutiveFailures <= 0) return SYNC_INTERVAL_MS;
  const base = Math.min(FIRST_RETRY_MS * 2 ** (consecutiveFailures - 1), MAX_RETRY_MS);
  return Math.round(base * (1 + 0.2 * Math.min(Math.max(random, 0), 1)));
}
