import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AutosaveQueue, type AutosaveState } from '../../../src-renderer/domain/autosave';

type Patch = Record<string, string>;

/** A write that records its patches and resolves when the test says so. */
function controlledStore() {
  const writes: Patch[] = [];
  const releases: (() => void)[] = [];
  const failures: ((error: Error) => void)[] = [];
  const write = (patch: Patch) =>
    new Promise<void>((resolve, reject) => {
      writes.push(patch);
      releases.push(resolve);
      failures.push(reject);
    });
  return {
    writes,
    write,
    release: (i: number) => releases[i]!(),
    fail: (i: number) => failures[i]!(new Error('disk full')),
  };
}

function queueWith(write: (patch: Patch) => Promise<void>, states: AutosaveState[] = []) {
  return new AutosaveQueue<Patch>({ write, debounceMs: 300, maxWaitMs: 500, onStateChange: (s) => states.push(s) });
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('AutosaveQueue', () => {
  it('writes once after a pause in typing, merging the changes', async () => {
    const writes: Patch[] = [];
    const states: AutosaveState[] = [];
    const queue = queueWith(async (p) => void writes.push(p), states);
    queue.change({ notes: 'a' });
    await vi.advanceTimersByTimeAsync(200);
    queue.change({ notes: 'ab', motivation: 'x' });
    await vi.advanceTimersByTimeAsync(200);
    expect(writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(100);
    expect(writes).toEqual([{ notes: 'ab', motivation: 'x' }]);
    expect(states).toEqual(['pending', 'saving', 'saved']);
    expect(queue.hasPending).toBe(false);
  });

  it('never waits more than maxWait while typing goes on', async () => {
    const writes: Patch[] = [];
    const queue = queueWith(async (p) => void writes.push(p));
    for (let i = 1; i <= 10; i++) {
      queue.change({ notes: 'x'.repeat(i) });
      await vi.advanceTimersByTimeAsync(100);
      if (i === 4) expect(writes).toEqual([]);
      if (i === 5) expect(writes).toEqual([{ notes: 'xxxxx' }]);
    }
    expect(writes).toEqual([{ notes: 'xxxxx' }, { notes: 'x'.repeat(10) }]);
  });

  it('keeps a change made while a write runs and writes it after, in order', async () => {
    const store = controlledStore();
    const queue = queueWith(store.write);
    queue.change({ notes: 'first' });
    await vi.advanceTimersByTimeAsync(300);
    expect(store.writes).toEqual([{ notes: 'first' }]);
    queue.change({ notes: 'second' });
    queue.change({ motivation: 'quick' });
    await vi.advanceTimersByTimeAsync(1000);
    // One write at a time: the second waits for the first.
    expect(store.writes).toHaveLength(1);
    store.release(0);
    await vi.advanceTimersByTimeAsync(0);
    expect(store.writes).toEqual([{ notes: 'first' }, { notes: 'second', motivation: 'quick' }]);
    store.release(1);
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.currentState).toBe('saved');
  });

  it('flush writes immediately and waits for the running write first', async () => {
    const store = controlledStore();
    const queue = queueWith(store.write);
    queue.change({ notes: 'one' });
    await vi.advanceTimersByTimeAsync(300);
    queue.change({ notes: 'two' });
    const flushed = queue.flush();
    let done = false;
    void flushed.then(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(store.writes).toEqual([{ notes: 'one' }]);
    store.release(0);
    await vi.advanceTimersByTimeAsync(0);
    expect(store.writes).toEqual([{ notes: 'one' }, { notes: 'two' }]);
    expect(done).toBe(false);
    store.release(1);
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
    // Nothing left for the timer: no third write.
    await vi.advanceTimersByTimeAsync(1000);
    expect(store.writes).toHaveLength(2);
  });

  it('flush with nothing pending writes nothing', async () => {
    const write = vi.fn(async () => undefined);
    const queue = queueWith(write);
    await queue.flush();
    expect(write).not.toHaveBeenCalled();
    expect(queue.currentState).toBe('idle');
  });

  it('keeps a failed patch, older than newer changes, and retries', async () => {
    const store = controlledStore();
    const states: AutosaveState[] = [];
    const queue = queueWith(store.write, states);
    queue.change({ notes: 'a', motivation: 'm' });
    await vi.advanceTimersByTimeAsync(300);
    queue.change({ notes: 'ab' });
    store.fail(0);
    await vi.advanceTimersByTimeAsync(0);
    expect(states).toContain('failed');
    expect(queue.hasPending).toBe(true);
    await vi.advanceTimersByTimeAsync(2000);
    expect(store.writes[1]).toEqual({ notes: 'ab', motivation: 'm' });
    store.release(1);
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.currentState).toBe('saved');
  });

  it('refuses a debounce longer than the maximum wait', () => {
    expect(() => new AutosaveQueue({ write: async () => undefined, debounceMs: 800, maxWaitMs: 500 })).toThrow();
  });
});
