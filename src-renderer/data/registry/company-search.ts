/**
 * The registry list's query: the ids of the matching companies, sorted, and their count. Search
 * words go through the word index (company-index.ts: a prefix range per word, most selective
 * first, keys only); without a search, the compound indexes give sorted ids directly. Rows are
 * then read by id, one visible window at a time, never the whole table in a live query.
 */
import Dexie from 'dexie';
import type { Company, CompanyRole, PipelineStatus } from '../../domain/model';
import { queryWords } from '../../domain/registry/search-normalize';
import { sizeClass, type SizeClass } from '../../domain/registry/size-class';
import type { LcpDatabase } from '../db';
import { countCompanyMatches, searchCompanyPage } from './company-search-page';
import { idsMatchingWords } from './company-word-matches';

export type CompanyFilters = {
  country?: string;
  naceSection?: string;
  size?: SizeClass | 'unknown';
  role?: CompanyRole;
  status?: PipelineStatus;
  eventName?: string;
  consent?: 'share' | 'storeOnly' | 'none';
  archived?: boolean;
};
export type CompanySort = 'name' | 'country' | 'updated';
export type CompanyQuery = { text: string; filters: CompanyFilters; sort: CompanySort };
/** Matching ids in order; `complete` false when only the first ones are there yet (quick first render). */
export type CompanyIdPage = {
  ids: string[];
  total: number;
  complete: boolean;
  firstRows?: Company[];
  /** True while `total` is only the ids read so far and the real count is still being taken. */
  counting?: boolean;
};

const MIN = Dexie.minKey;
const MAX = Dexie.maxKey;

function matchesFilters(company: Company, filters: CompanyFilters): boolean {
  if (filters.country && company.country !== filters.country) return false;
  if (filters.naceSection && company.naceSection !== filters.naceSection) return false;
  if (filters.role && company.role !== filters.role && !(company.role === 'both' && filters.role !== 'both'))
    return false;
  if (filters.status && company.status !== filters.status) return false;
  if (filters.eventName && company.eventName !== filters.eventName) return false;
  if (filters.consent) {
    const consent = company.consent.shareGivenAt ? 'share' : company.consent.storeGivenAt ? 'storeOnly' : 'none';
    if (consent !== filters.consent) return false;
  }
  if (filters.size) {
    const size = sizeClass(company).size ?? 'unknown';
    if (size !== filters.size) return false;
  }
  return true;
}

function compareBy(sort: CompanySort): (a: Company, b: Company) => number {
  const byName = (a: Company, b: Company) =>
    (a.nameKey ?? '') < (b.nameKey ?? '') ? -1 : (a.nameKey ?? '') > (b.nameKey ?? '') ? 1 : 0;
  if (sort === 'country') return (a, b) => (a.country < b.country ? -1 : a.country > b.country ? 1 : byName(a, b));
  if (sort === 'updated')
    return (a, b) => (a.updatedAt > b.updatedAt ? -1 : a.updatedAt < b.updatedAt ? 1 : byName(a, b));
  return byName;
}

/** The index range that lists companies in order when no search and at most a country filter. */
function indexRange(db: LcpDatabase, archived: 0 | 1, sort: CompanySort, country?: string) {
  if (country)
    return db.companies.where('[archived+country+nameKey]').between([archived, country, MIN], [archived, country, MAX]);
  if (sort === 'country') return db.companies.where('[archived+country+nameKey]').between([archived], [archived + 1]);
  if (sort === 'updated')
    return db.companies
      .where('[archived+updatedAt]')
      .between([archived], [archived + 1])
      .reverse();
  return db.companies.where('[archived+nameKey]').between([archived], [archived + 1]);
}

/** Whether any filter but the archived flag (and `except`) is set. */
function hasFiltersBesides(filters: CompanyFilters, except?: keyof CompanyFilters): boolean {
  return Object.entries(filters).some(
    ([key, value]) => key !== 'archived' && key !== except && value !== undefined && value !== '',
  );
}

function usesIndexOnly({ text, filters, sort }: CompanyQuery): boolean {
  return (
    queryWords(text).length === 0 && !hasFiltersBesides(filters, 'country') && (sort === 'name' || !filters.country)
  );
}

/** A search by words alone, sorted by name: its pages come from the word index without reading every match. */
function usesWordPages({ text, filters, sort }: CompanyQuery): boolean {
  return queryWords(text).length > 0 && !hasFiltersBesides(filters) && sort === 'name';
}

/** Ids `start` to `start + count` of a query the quick first render served (the list's pages beyond the first). */
export async function pageCompanyIds(
  db: LcpDatabase,
  query: CompanyQuery,
  start: number,
  count: number,
): Promise<string[]> {
  const archived = query.filters.archived ? 1 : 0;
  if (usesWordPages(query)) return (await searchCompanyPage(db, query.text, start, count, archived)).ids;
  return indexRange(db, archived, query.sort, query.filters.country).offset(start).limit(count).primaryKeys();
}

export const QUICK_ROWS = 200;
/** Records read with the first ids: a first screen of rows without another round trip. */
const QUICK_RECORDS = 40;

/**
 * The first rows and the count, for the list's first render at 100,000 companies (reading every id
 * takes far longer than the first screen needs). `null` when the query needs the full search.
 */
export async function quickCompanyIds(db: LcpDatabase, query: CompanyQuery): Promise<CompanyIdPage | null> {
  const archived = query.filters.archived ? 1 : 0;
  if (usesWordPages(query)) {
    // A two-letter search matches thousands: its first screen is a page of the word index, the rest follows as it scrolls.
    const first = await searchCompanyPage(db, query.text, 0, QUICK_ROWS, archived);
    return { ids: first.ids, total: first.ids.length, complete: !first.hasMore, counting: first.hasMore };
  }
  if (!usesIndexOnly(query)) return null;
  const range = () => indexRange(db, archived, query.sort, query.filters.country);
  // No count here: counting 100,000 index keys on disk takes a second, the first rows do not wait for it.
  const [ids, firstRows] = await Promise.all([
    range().limit(QUICK_ROWS).primaryKeys(),
    range().limit(QUICK_RECORDS).toArray(),
  ]);
  const complete = ids.length < QUICK_ROWS;
  return { ids, total: ids.length, complete, firstRows, counting: !complete };
}

/** How many companies a quick query lists (the count the quick first render leaves out). */
export async function countQuickQuery(db: LcpDatabase, query: CompanyQuery): Promise<number> {
  if (usesWordPages(query)) return countCompanyMatches(db, query.text, query.filters.archived ? 1 : 0);
  if (!query.filters.archived && !query.filters.country) {
    // The table's own count is many times faster than a range count over an index; archived
    // companies are few, so all minus archived is the quick way to the same number.
    const [all, archived] = await Promise.all([
      db.companies.count(),
      db.companies.where('[archived+nameKey]').between([1], [2]).count(),
    ]);
    return all - archived;
  }
  return indexRange(db, query.filters.archived ? 1 : 0, query.sort, query.filters.country).count();
}

export async function searchCompanyIds(db: LcpDatabase, { text, filters, sort }: CompanyQuery): Promise<CompanyIdPage> {
  const archived = filters.archived ? 1 : 0;
  const words = queryWords(text);
  const { country } = filters;
  const otherFilters = hasFiltersBesides(filters, 'country');
  if (usesIndexOnly({ text, filters, sort })) {
    const ids = await indexRange(db, archived, sort, country).primaryKeys();
    return { ids, total: ids.length, complete: true };
  }
  let candidates: Company[];
  if (words.length > 0) {
    const ids = await idsMatchingWords(db, archived, words);
    if (!country && !otherFilters && sort === 'name') {
      // The word index carries the name key: sorted without reading a single record.
      const sorted = [...ids.entries()]
        .sort(([idA, a], [idB, b]) => (a < b ? -1 : a > b ? 1 : idA < idB ? -1 : 1))
        .map(([id]) => id);
      return { ids: sorted, total: sorted.length, complete: true };
    }
    candidates = (await db.companies.bulkGet([...ids.keys()])).filter((row): row is Company => row !== undefined);
  } else if (country) {
    candidates = await db.companies
      .where('[archived+country+nameKey]')
      .between([archived, country, MIN], [archived, country, MAX])
      .toArray();
  } else if (filters.status) {
    candidates = await db.companies.where('status').equals(filters.status).toArray();
  } else if (filters.naceSection) {
    candidates = await db.companies.where('naceSection').equals(filters.naceSection).toArray();
  } else {
    candidates = await db.companies
      .where('[archived+nameKey]')
      .between([archived], [archived + 1])
      .toArray();
  }
  const matching = candidates.filter(
    (company) => (company.archived ?? 0) === archived && matchesFilters(company, filters),
  );
  matching.sort(compareBy(sort));
  return { ids: matching.map((company) => company.id), total: matching.length, complete: true };
}

/** Distinct event names, for the filter (read from the index's keys, not the rows). */
export async function companyEventNames(db: LcpDatabase): Promise<string[]> {
  // One short read per distinct name, jumping over the companies that share it: reading the whole
  // index (uniqueKeys) at 100,000 companies held up the list's first rows queued behind it.
  const names: string[] = [];
  for (let last = ''; names.length < MAX_EVENT_NAMES;) {
    const [next] = await db.companies.where('eventName').above(last).limit(1).keys();
    if (typeof next !== 'string') break;
    names.push(next);
    last = next;
  }
  return names;
}
const MAX_EVENT_NAMES = 500;

/** Companies by id, in the given order, read in chunks (exports of large lists). */
export async function companiesByIds(db: LcpDatabase, ids: string[]): Promise<Company[]> {
  const out: Company[] = [];
  for (let start = 0; start < ids.length; start += 5000) {
    const rows = await db.companies.bulkGet(ids.slice(start, start + 5000));
    for (const row of rows) if (row) out.push(row);
  }
  return out;
}
