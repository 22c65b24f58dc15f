import { useLiveQuery } from 'dexie-react-hooks';
import type { Company, LcpEvent } from '../domain/model';
import { writersHook } from './bound';
import { useDatabase } from './DatabaseContext';
import { createEvent, CURRENT_EVENT_KEY, setCurrentEvent, updateEvent } from './events';

/** The events' writers, bound to the database. */
export const useEventWriters = writersHook({ createEvent, updateEvent, setCurrentEvent });

/** All events, most recent first. `undefined` while loading. */
export function useEvents(): LcpEvent[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => db.events.orderBy('date').reverse().toArray(), [db]);
}

/** One event; `null` when it does not exist. */
export function useEvent(id: string | undefined): LcpEvent | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (id ? ((await db.events.get(id)) ?? null) : null), [db, id]);
}

/** The event this computer is at, or `null`. */
export function useCurrentEvent(): LcpEvent | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const id = (await db.settings.get(CURRENT_EVENT_KEY))?.value;
    return typeof id === 'string' ? ((await db.events.get(id)) ?? null) : null;
  }, [db]);
}

/** Companies registered at an event, by name. */
export function useEventCompanies(eventId: string | undefined): Company[] | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    if (!eventId) return [];
    const companies = await db.companies.where('eventId').equals(eventId).toArray();
    return companies.sort((a, b) => a.legalName.localeCompare(b.legalName));
  }, [db, eventId]);
}
