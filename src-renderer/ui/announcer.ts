/**
 * The app's one polite announcer: a message given here is read out once by a screen reader (through
 * `LiveAnnouncer`, mounted by the shell), without moving focus. Messages are translated text.
 */
export type Announcement = { id: number; text: string };
type Listener = () => void;

let current: Announcement | null = null;
let nextId = 1;
const listeners = new Set<Listener>();

export function announce(text: string): void {
  if (text.trim() === '') return;
  current = { id: nextId++, text };
  for (const listener of listeners) listener();
}

export function subscribeAnnouncements(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getAnnouncement(): Announcement | null {
  return current;
}
