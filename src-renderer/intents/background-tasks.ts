/**
 * A tiny store of work running in the background (saving, persisting storage, later syncing), shown
 * in the shell's status area. Labels are i18n keys.
 */
export type BackgroundTask = { id: number; labelKey: string; failedKey?: string };
type Listener = () => void;

let tasks: BackgroundTask[] = [];
type LastError = { labelKey: string; params?: Record<string, unknown>; at: number };
let lastError = null as LastError | null;
/** What a screen reader user is told, once each (a new `id` is a new announcement): a save, a sync, a failure. */
export type TaskAnnouncement = { id: number; labelKey: string; params?: Record<string, unknown> };
let announcement = null as TaskAnnouncement | null;
let nextId = 1;
let nextAnnouncementId = 1;
const listeners = new Set<Listener>();
let snapshot: { tasks: BackgroundTask[]; lastError: LastError | null; announcement: TaskAnnouncement | null } = {
  tasks,
  lastError,
  announcement,
};

function emit() {
  snapshot = { tasks, lastError, announcement };
  for (const listener of listeners) listener();
}

function setAnnouncement(message: { labelKey: string; params?: Record<string, unknown> }) {
  announcement = { ...message, id: nextAnnouncementId++ };
}

/** Announces a translated message (an i18n key) without showing anything: for outcomes that do not run here. */
export function announceOutcome(labelKey: string, params?: Record<string, unknown>): void {
  setAnnouncement({ labelKey, params });
  emit();
}

/** What each kind of task says when it went through: a save says it was saved. Others say nothing unless asked. */
const DONE_KEYS: Record<string, string> = { 'status.saving': 'a11y.saved' };

export type TaskAnnouncements = {
  /** Said when the task starts (a sync): nothing by default. */
  started?: boolean;
  /** Said when the task went through; `status.saving` says `a11y.saved`; `null` for nothing. */
  doneKey?: string | null;
};

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
  setAnnouncement(lastError);
  emit();
}

/**
 * Runs `work`, showing `labelKey` while it runs and `failedKey` (or the error's own message) if it fails. Rethrows.
 * The outcome is announced once (politely) to screen readers: the failure always, success as `announce` says.
 */
export async function runInBackground<T>(
  labelKey: string,
  work: () => Promise<T>,
  failedKey?: string,
  announce: TaskAnnouncements = {},
): Promise<T> {
  const task: BackgroundTask = { id: nextId++, labelKey, failedKey };
  tasks = [...tasks, task];
  if (announce.started) setAnnouncement({ labelKey });
  emit();
  try {
    const result = await work();
    const doneKey = announce.doneKey === undefined ? DONE_KEYS[labelKey] : announce.doneKey;
    if (doneKey) setAnnouncement({ labelKey: doneKey });
    return result;
  } catch (error) {
    lastError = { ...(ownMessage(error) ?? { labelKey: failedKey ?? 'status.failed' }), at: Date.now() };
    setAnnouncement(lastError);
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
