/**
 * A tiny store of work running in the background (saving, persisting storage, later syncing), shown
 * in the shell's status area. Labels are i18n keys.
 */
export type BackgroundTask = { id: number; labelKey: string; failedKey?: string };
type Listener = () => void;

let tasks: BackgroundTask[] = [];
type LastError = { labelKey: string; params?: Record<string, unknown>; at: number };
let lastError = null as LastError | null;
let nextId = 1;
const listeners = new Set<Listener>();
let snapshot: { tasks: BackgroundTask[]; lastError: LastError | null } = { tasks, lastError };

function emit() {
  snapshot = { tasks, lastError };
  for (const listener of listeners) listener();
}

export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getSnapshot() {
  return snapshot;
}

/** An error that says itself what to tell the user (an i18n key of the common namespace), such as data/writes.ts's UnsendableRecordError. */
function ownMessage(error: unknown): { labelKey: string; params?: Record<string, unknown> } | null {
  if (!(error instanceof Error) || !('messageKey' in error) || typeof error.messageKey !== 'string') return null;
  const params =
    'messageParams' in error && error.messageParams && typeof error.messageParams === 'object'
      ? (error.messageParams as Record<string, unknown>)
      : undefined;
  return { labelKey: error.messageKey, params };
}

/** Shows a failure of work that does not run through `runInBackground` (an autosave): the error's own message, else `failedKey`. */
export function reportFailure(error: unknown, failedKey = 'status.failed'): void {
  lastError = { ...(ownMessage(error) ?? { labelKey: failedKey }), at: Date.now() };
  emit();
}

/** Runs `work`, showing `labelKey` while it runs and `failedKey` (or the error's own message) if it fails. Rethrows. */
export async function runInBackground<T>(labelKey: string, work: () => Promise<T>, failedKey?: string): Promise<T> {
  const task: BackgroundTask = { id: nextId++, labelKey, failedKey };
  tasks = [...tasks, task];
  emit();
  try {
    return await work();
  } catch (error) {
    lastError = { ...(ownMessage(error) ?? { labelKey: failedKey ?? 'status.failed' }), at: Date.now() };
    throw error;
  } finally {
    tasks = tasks.filter((t) => t.id !== task.id);
    emit();
  }
}

export function clearLastError(): void {
  lastError = null;
  emit();
}
