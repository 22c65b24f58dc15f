import { useLiveQuery } from 'dexie-react-hooks';
import type { Company, Interview, InterviewStatus } from '../domain/model';
import type { OutboxEntry } from './db';
import { useDatabase } from './DatabaseContext';
import type { LcpDatabase } from './db';
import { writersHook } from './bound';
import {
  completeInterview,
  createCandidate,
  INTERVIEWER_KEY,
  saveInterviewDraft,
  startInterview,
  startInterviewWithQuickCompany,
} from './interviews';
import { SETTING_KEYS } from './settings';

export type InterviewFilter = { eventId?: string; interviewer?: string; status?: InterviewStatus };
export type InterviewRow = Interview & { companyName: string };
export type InterviewPage = { rows: InterviewRow[]; hasMore: boolean };
export { CompletionBlockedError, type InterviewPatch } from './interviews';

/** The interviews' writers, bound to the database. */
export const useInterviewWriters = writersHook({
  startInterview,
  startInterviewWithQuickCompany,
  createCandidate,
  saveInterviewDraft,
  completeInterview,
});

function query(db: LcpDatabase, filter: InterviewFilter) {
  // The most selective index first; the remaining criteria filter in memory.
  if (filter.eventId && filter.status)
    return db.interviews.where('[eventId+status]').equals([filter.eventId, filter.status]);
  if (filter.eventId) return db.interviews.where('eventId').equals(filter.eventId);
  if (filter.interviewer) return db.interviews.where('interviewer').equals(filter.interviewer);
  if (filter.status) return db.interviews.where('status').equals(filter.status);
  return db.interviews.orderBy('startedAt').reverse();
}

async function withCompanyNames(db: LcpDatabase, interviews: Interview[]): Promise<InterviewRow[]> {
  const companies = await db.companies.bulkGet([...new Set(interviews.map((i) => i.companyId))]);
  const names = new Map(
    companies.filter((c): c is Company => Boolean(c)).map((c) => [c.id, c.tradeName ?? c.legalName]),
  );
  return interviews.map((interview) => ({ ...interview, companyName: names.get(interview.companyId) ?? '' }));
}

/** A page of interviews matching the filter, newest first, with their companies' names. */
export async function listInterviews(db: LcpDatabase, filter: InterviewFilter, limit: number): Promise<InterviewPage> {
  const { eventId, interviewer, status } = filter;
  const filtered = Boolean(eventId || interviewer || status);
  const collection = query(db, filter).filter(
    (i) => (!interviewer || i.interviewer === interviewer) && (!status || i.status === status),
  );
  // Unfiltered, the index already gives the newest first: read one page. Filtered, the matches
  // (one event's or one person's interviews) are sorted here before paging.
  const matches = filtered
    ? (await collection.toArray()).sort((a, b) => b.startedAt.localeCompare(a.startedAt))
    : await collection.limit(limit + 1).toArray();
  return { rows: await withCompanyNames(db, matches.slice(0, limit)), hasMore: matches.length > limit };
}

export function useInterviews(filter: InterviewFilter, limit: number): InterviewPage | undefined {
  const db = useDatabase();
  const { eventId, interviewer, status } = filter;
  return useLiveQuery(
    () => listInterviews(db, { eventId, interviewer, status }, limit),
    [db, eventId, interviewer, status, limit],
  );
}

/** Everyone who has interviewed on this computer or in synced data, for the filter. */
export function useInterviewers(): string[] | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (await db.interviews.orderBy('interviewer').uniqueKeys()).map(String), [db]);
}

export function useInterview(id: string | undefined): Interview | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (id ? ((await db.interviews.get(id)) ?? null) : null), [db, id]);
}

/** A company's interviews, newest first. */
export function useCompanyInterviews(companyId: string): Interview[] | undefined {
  const db = useDatabase();
  return useLiveQuery(
    () =>
      db.interviews.where('[companyId+startedAt]').between([companyId, ''], [companyId, '\uffff']).reverse().toArray(),
    [db, companyId],
  );
}

/** The stored changes of one interview, oldest first. */
export function useInterviewChanges(id: string): OutboxEntry[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => db.outbox.where('[entity+entityId]').equals(['interview', id]).sortBy('seq'), [db, id]);
}

/** The interviewer's name last used here, else the contact point's contact person. */
export function useDefaultInterviewer(): string | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const last = (await db.settings.get(INTERVIEWER_KEY))?.value;
    if (typeof last === 'string' && last) return last;
    const profile = (await db.settings.get(SETTING_KEYS.profile))?.value as { contactPerson?: string } | undefined;
    return profile?.contactPerson ?? '';
  }, [db]);
}

export { useCompany } from './registry/useCompanies';
