import { describe, expect, it } from 'vitest';
import {
  announceOutcome,
  clearLastError,
  getSnapshot,
  reportFailure,
  runInBackground,
} from '../../../src-renderer/intents/background-tasks';

class TooLargeError extends Error {
  readonly messageKey = 'status.recordTooLarge';
  readonly messageParams = { size: 3, limit: 2 };
}

describe('background task announcements', () => {
  it('a save says once that it was saved, with a new id each time', async () => {
    await runInBackground('status.saving', async () => undefined, 'status.saveFailed');
    const first = getSnapshot().announcement;
    expect(first).toMatchObject({ labelKey: 'a11y.saved' });
    await runInBackground('status.saving', async () => undefined, 'status.saveFailed');
    const second = getSnapshot().announcement;
    expect(second).toMatchObject({ labelKey: 'a11y.saved' });
    expect(second!.id).not.toBe(first!.id);
  });

  it('a failure says why (its own message, else the failed key) and is shown as the last error', async () => {
    await expect(
      runInBackground('status.saving', () => Promise.reject(new Error('disk full')), 'status.saveFailed'),
    ).rejects.toThrow('disk full');
    expect(getSnapshot().announcement).toMatchObject({ labelKey: 'status.saveFailed' });
    expect(getSnapshot().lastError).toMatchObject({ labelKey: 'status.saveFailed' });
    reportFailure(new TooLargeError('too large'));
    expect(getSnapshot().announcement).toMatchObject({
      labelKey: 'status.recordTooLarge',
      params: { size: 3, limit: 2 },
    });
    clearLastError();
    expect(getSnapshot().lastError).toBeNull();
  });

  it('a sync asked for says it started and finished; tasks without a done key say nothing when done', async () => {
    const before = getSnapshot().announcement;
    await runInBackground('companies:export.running', async () => undefined);
    expect(getSnapshot().announcement).toBe(before);

    let started: unknown;
    await runInBackground(
      'sync:status.running',
      async () => {
        started = getSnapshot().announcement;
      },
      'sync:errors.title',
      { started: true, doneKey: 'sync:a11y.finished' },
    );
    expect(started).toMatchObject({ labelKey: 'sync:status.running' });
    expect(getSnapshot().announcement).toMatchObject({ labelKey: 'sync:a11y.finished' });
  });

  it('a save whose screen says it itself can ask for no announcement; an outcome can be announced alone', async () => {
    announceOutcome('sync:errors.title');
    const told = getSnapshot().announcement;
    await runInBackground('status.saving', async () => undefined, 'status.saveFailed', { doneKey: null });
    expect(getSnapshot().announcement).toBe(told);
    expect(getSnapshot().tasks).toEqual([]);
  });
});
