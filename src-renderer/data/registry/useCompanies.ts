/** Read hooks of the registry (each wraps useLiveQuery; `undefined` means loading). */
import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Company, Person } from '../../domain/model';
import { useDatabase } from '../DatabaseContext';
import type { OutboxEntry } from '../db';
import { useMemo, useState } from 'react';
import {
  companyEventNames,
  countQuickQuery,
  pageCompanyIds,
  quickCompanyIds,
  searchCompanyIds,
  type CompanyIdPage,
  type CompanyQuery,
} from './company-search';

/**
 * The list's ids and count. Without a search (the index alone orders the list) only the first ids
 * and the count are read; further pages come from `useCompanyIdWindow`, so at 100,000 companies no
 * query reads every id. With a search, the matching ids come from the word index. A result computed
 * for an older query stays shown until the new one is there (no flicker while typing).
 */
export function useCompanyIds(query: CompanyQuery): CompanyIdPage | undefined {
  const db = useDatabase();
  const key = JSON.stringify(query);
  const quick = useLiveQuery(async () => ({ key, page: await quickCompanyIds(db, query) }), [db, key]);
  const needsFull = quick?.key === key && quick.page === null;
  const full = useLiveQuery(
    async () => (needsFull ? { key, page: await searchCompanyIds(db, query) } : undefined),
    [db, key, needsFull],
  );
  const needsCount = quick?.key === key && quick.page?.counting === true;
  const counted = useLiveQuery(
    async () => (needsCount ? { key, total: await countQuickQuery(db, query) } : undefined),
    [db, key, needsCount],
  );
  // Memoized: the merged page must keep its identity between renders (it is stored in state below).
  const page = useMemo((): CompanyIdPage | undefined => {
    if (quick?.key === key && quick.page) {
      if (!quick.page.counting || counted?.key !== key) return quick.page;
      return {
        ...quick.page,
        total: counted.total,
        complete: quick.page.ids.length === counted.total,
        counting: false,
      };
    }
    return full?.key === key ? full.page : undefined;
  }, [quick, full, counted, key]);
  // The last result shown, kept while the next one loads (React's "state from the previous render").
  const [shown, setShown] = useState(page);
  if (page && page !== shown) setShown(page);
  return page ?? shown;
}

const WINDOW_STEP = 100;

/** The id at each index of the list, reading pages beyond the first ones as they scroll into view. */
export function useCompanyIdWindow(
  query: CompanyQuery,
  page: CompanyIdPage | undefined,
  first: number,
  last: number,
): (index: number) => string | undefined {
  const db = useDatabase();
  const key = JSON.stringify(query);
  const known = page?.ids.length ?? 0;
  const needed = page !== undefined && !page.complete && last >= known;
  const start = Math.floor(first / WINDOW_STEP) * WINDOW_STEP;
  const end = (Math.floor(last / WINDOW_STEP) + 1) * WINDOW_STEP;
  const window = useLiveQuery(
    async () => (needed ? { key, start, ids: await pageCompanyIds(db, query, start, end - start) } : undefined),
    [db, key, needed, start, end],
  );
  return (index) => {
    if (page && index < known) return page.ids[index];
    if (window?.key === key && index >= window.start) return window.ids[index - window.start];
    return undefined;
  };
}

/** The companies of one window of the list, by id (a page, never the whole table). */
export function useCompaniesByIds(ids: string[]): Map<string, Company> | undefined {
  const db = useDatabase();
  const key = ids.join(',');
  return useLiveQuery(async () => {
    const rows = await db.companies.bulkGet(ids);
    return new Map(rows.filter((row): row is Company => row !== undefined).map((row) => [row.id, row]));
  }, [db, key]);
}

/** One company, `null` when it does not exist (or no id is given yet). The one hook every feature uses. */
export function useCompany(id: string | undefined): Company | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (id ? ((await db.companies.get(id)) ?? null) : null), [db, id]);
}

/** The people of a company by last then first name; empty without a company. The one hook every feature uses. */
export function usePeople(companyId: string | undefined): Person[] | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    if (!companyId) return [];
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
      ? await db.outbox
          .where('[entity+entityId]')
          .anyOf([...personIds].map((id) => ['person', id]))
          .toArray()
      : [];
    return [...own, ...people].sort((a, b) => (b.seq ?? 0) - (a.seq ?? 0));
  }, [db, companyId]);
}
