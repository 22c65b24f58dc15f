/**
 * Autosave scheduling, with no storage of its own: collects changes, writes them after a short
 * pause in typing (at the latest `maxWaitMs` after the first unsaved change), one write at a
 * time and in order, and never drops a change that arrives while a write is running.
 * `flush()` writes what is pending now (blur, switching records, hiding the page).
 */
export type Timers = {
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
  now: () => number;
};

export type AutosaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

export type AutosaveOptions<P> = {
  /** Stores one merged patch; resolves once it is durable. */
  write: (patch: P) => Promise<void>;
  /** Combines an older pending patch with a newer one (newer wins). */
  merge?: (older: P, newer: P) => P;
  debounceMs?: number;
  maxWaitMs?: number;
  retryMs?: number;
  timers?: Timers;
  onStateChange?: (state: AutosaveState, error?: unknown) => void;
};

export const AUTOSAVE_DEBOUNCE_MS = 300;
export const AUTOSAVE_MAX_WAIT_MS = 500;

const realTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

function shallowMerge<P>(older: P, newer: P): P {
  return { ...(older as object), ...(newer as object) } as P;
}

export class AutosaveQueue<P> {
  private pending: P | undefined;
  private firstPendingAt: number | undefined;
  private timer: unknown;
  private running: Promise<void> | undefined;
  private state: AutosaveState = 'idle';
  private readonly write: (patch: P) => Promise<void>;
  private readonly merge: (older: P, newer: P) => P;
  private readonly debounceMs: number;
  private readonly maxWaitMs: number;
  private readonly retryMs: number;
  private readonly timers: Timers;
  private readonly onStateChange?: (state: AutosaveState, error?: unknown) => void;

  constructor(options: AutosaveOptions<P>) {
    this.write = options.write;
    this.merge = options.merge ?? shallowMerge;
    this.debounceMs = options.debounceMs ?? AUTOSAVE_DEBOUNCE_MS;
    this.maxWaitMs = options.maxWaitMs ?? AUTOSAVE_MAX_WAIT_MS;
    this.retryMs = options.retryMs ?? 2000;
    this.timers = options.timers ?? realTimers;
    this.onStateChange = options.onStateChange;
    if (this.debounceMs > this.maxWaitMs) throw new Error('debounceMs must not exceed maxWaitMs');
  }

  get currentState(): AutosaveState {
    return this.state;
  }

  get hasPending(): boolean {
    return this.pending !== undefined || this.running !== undefined;
  }

  /** Records a change; it is written within `maxWaitMs`. */
  change(patch: P): void {
    this.pending = this.pending === undefined ? patch : this.merge(this.pending, patch);
    this.firstPendingAt ??= this.timers.now();
    this.setState('pending');
    this.schedule();
  }

  /** Writes everything pending now and resolves when it (and any running write) is stored. */
  async flush(): Promise<void> {
    this.cancelTimer();
    while (this.running || this.pending !== undefined) {
      if (this.running) {
        await this.running.catch(() => undefined);
        continue;
      }
      await this.startWrite();
      if (this.state === 'failed') return;
    }
  }

  private schedule(): void {
    this.cancelTimer();
    // Wait for a pause in typing, but never longer than maxWait after the first unsaved change.
    const waited = this.timers.now() - (this.firstPendingAt ?? this.timers.now());
    const delay = Math.max(0, Math.min(this.debounceMs, this.maxWaitMs - waited));
    this.timer = this.timers.setTimeout(() => {
      this.timer = undefined;
      void this.fire();
    }, delay);
  }

  private cancelTimer(): void {
    if (this.timer !== undefined) {
      this.timers.clearTimeout(this.timer);
      this.timer = undefined;
    }
  }

  private busy(): boolean {
    return this.running !== undefined;
  }

  private async fire(): Promise<void> {
    if (this.running) {
      // A write is running: the pending change goes right after it.
      await this.running.catch(() => undefined);
      if (this.timer !== undefined || this.busy()) return;
    }
    if (this.pending !== undefined) await this.startWrite();
  }

  private startWrite(): Promise<void> {
    const patch = this.pending;
    if (patch === undefined) return Promise.resolve();
    this.pending = undefined;
    this.firstPendingAt = undefined;
    this.setState('saving');
    const run = this.write(patch).then(
      () => {
        this.running = undefined;
        if (this.pending !== undefined) {
          this.setState('pending');
          if (this.timer === undefined) void this.fire();
        } else this.setState('saved');
      },
      (error: unknown) => {
        this.running = undefined;
        // Keep the unsaved patch, older than anything typed since, for the next attempt.
        this.pending = this.pending === undefined ? patch : this.merge(patch, this.pending);
        this.firstPendingAt ??= this.timers.now();
        this.setState('failed', error);
        // Try again later, unless a newer change or a flush does so first.
        if (this.timer === undefined)
          this.timer = this.timers.setTimeout(() => {
            this.timer = undefined;
            void this.fire();
          }, this.retryMs);
      },
    );
    this.running = run;
    return run;
  }

  private setState(state: AutosaveState, error?: unknown): void {
    if (state === this.state && state !== 'failed') return;
    this.state = state;
    this.onStateChange?.(state, error);
  }
}
