/**
 * A tiny store of work running in the background (saving, persisting storage, later syncing), shown
 * in the shell's status area. Labels are i18n keys.
 */
export type BackgroundTask = { id: number; labelKey: string; failedKey?: string };
type Listener = () => void;

let tasks: BackgroundTask[] = [];
let lastError = null as { labelKey: string; at: number } | null;
let nextId = 1;
const listeners = new Set<Listener>();
let snapshot: { tasks: BackgroundTask[]; lastError: { labelKey: string; at: number } | null } = { tasks, lastError };

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

/** Runs `work`, showing `labelKey` while it runs and `failedKey` if it fails. Rethrows. */
export async function runInBackground<T>(labelKey: string, work: () => Promise<T>, failedKey?: string): Promise<T> {
  const task: BackgroundTask = { id: nextId++, labelKey, failedKey };
  tasks = [...tasks, task];
  emit();
  try {
    return await work();
  } catch (error) {
    lastError = { labelKey: failedKey ?? 'status.failed', at: Date.now() };
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
