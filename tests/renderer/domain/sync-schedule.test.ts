import { describe, expect, it } from 'vitest';
import { nextSyncDelay, SYNC_INTERVAL_MS } from '../../../src-renderer/domain/sync-schedule';

describe('automatic sync schedule', () => {
  it('syncs every few minutes while all is well', () => {
    expect(nextSyncDelay(0, 0.5)).toBe(SYNC_INTERVAL_MS);
  });
  it('backs off exponentially after failures, up to an hour plus jitter', () => {
    expect([1, 2, 3, 4].map((n) => nextSyncDelay(n, 0))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(nextSyncDelay(30, 0)).toBe(3_600_000);
    expect(nextSyncDelay(1, 1)).toBe(36_000);
  });
});
