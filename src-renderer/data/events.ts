import type { EventFields } from '../domain/event';
import type { LcpEvent } from '../domain/model';
import type { LcpDatabase } from './db';
import { createRecord, saveSetting, updateRecord, type Clock } from './writes';

/**
 * The event this computer is at. Kept per computer and not synced: two colleagues can be at two
 * fairs on the same day, and the central office needs only the `eventId` each record carries.
 */
export const CURRENT_EVENT_KEY = 'events.current';

export function createEvent(db: LcpDatabase, fields: EventFields, clock?: Clock): Promise<LcpEvent> {
  return createRecord(db, 'event', fields, clock);
}

export async function updateEvent(db: LcpDatabase, id: string, fields: EventFields, clock?: Clock): Promise<boolean> {
  const { changed } = await updateRecord(db, 'event', id, { place: undefined, ...fields }, clock);
  return changed;
}

export function setCurrentEvent(db: LcpDatabase, eventId: string | null): Promise<boolean> {
  return saveSetting(db, CURRENT_EVENT_KEY, eventId, { sync: false });
}

/**
 * The current event's id, for tagging new records. Call it inside the write's transaction (with
 * `settings` and `events` in its scope) so the tag and the record are consistent.
 */
export async function currentEventId(db: LcpDatabase): Promise<string | undefined> {
  const id = (await db.settings.get(CURRENT_EVENT_KEY))?.value;
  if (typeof id !== 'string') return undefined;
  // An event deleted or never synced here tags nothing.
  return (await db.events.get(id)) ? id : undefined;
}
