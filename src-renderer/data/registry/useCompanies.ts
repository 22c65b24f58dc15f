/** Read hooks of the registry (each wraps useLiveQuery; `undefined` means loading). */
import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Company, Person } from '../../domain/model';
import { useDatabase } from '../DatabaseContext';
import type { OutboxEntry } from '../db';
import { companyEventNames, quickCompanyIds, searchCompanyIds, type CompanyIdPage, type CompanyQuery } from './company-search';

/**
 * The list's ids. At 100,000 companies the first rows and the count come first (quickCompanyIds),
 * every id shortly after; a result computed for an older query is never shown for a newer one.
 */
export function useCompanyIds(query: CompanyQuery): CompanyIdPage | undefined {
  const db = useDatabase();
  const key = JSON.stringify(query);
  // The quick query subscribes first, so its requests are not queued behind the full one.
  const quick = useLiveQuery(async () => ({ key, page: await quickCompanyIds(db, query) }), [db, key]);
  // The full query starts once the quick one has answered, so the first rows never wait behind it.
  const quickDone = quick?.key === key;
  const full = useLiveQuery(async () => (quickDone ? { key, page: await searchCompanyIds(db, query) } : undefined), [db, key, quickDone]);
  if (full?.key === key) return { ...full.page, firstRows: quickDone ? (quick.page?.firstRows ?? undefined) : undefined };
  if (quickDone && quick.page) return quick.page;
  return full?.page;
}

/** The companies of one window of the list, by id (a page, never the whole table). */
export function useCompaniesByIds(ids: string[]): Map<string, Company> | undefined {
  const db = useDatabase();
  const key = ids.join(',');
  return useLiveQuery(
    async () => {
      const rows = await db.companies.bulkGet(ids);
      return new Map(rows.filter((row): row is Company => row !== undefined).map((row) => [row.id, row]));
    },
    [db, key],
  );
}

/** One company, `null` when it does not exist. */
export function useCompany(id: string): Company | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (await db.companies.get(id)) ?? null, [db, id]);
}

export function usePeople(companyId: string): Person[] | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const people = await db.people.where('companyId').equals(companyId).toArray();
    return people.sort((a, b) => a.lastName.localeCompare(b.lastName) || a.firstName.localeCompare(b.firstName));
  }, [db, companyId]);
}

export function useEventNames(): string[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => companyEventNames(db), [db]);
}

/** The company's changes and its people's, newest first (from the outbox). */
export function useCompanyHistory(companyId: string): OutboxEntry[] | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const own = await db.outbox.where('[entity+entityId]').equals(['company', companyId]).toArray();
    const personIds = new Set<string>();
    await db.outbox
      .where('[entity+entityId]')
      .between(['person', Dexie.minKey], ['person', Dexie.maxKey])
      .each((entry) => {
        if (entry.fields['companyId'] === companyId) personIds.add(entry.entityId);
      });
    const people = personIds.size
      ? await db.outbox.where('[entity+entityId]').anyOf([...personIds].map((id) => ['person', id])).toArray()
      : [];
    return [...own, ...people].sort((a, b) => (b.seq ?? 0) - (a.seq ?? 0));
  }, [db, companyId]);
}
