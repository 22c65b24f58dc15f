/** The one company search of pickers: the registry's folded word index, a page at a time. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Company } from '../../domain/model';
import { useDatabase } from '../DatabaseContext';
import { countCompanyMatches, searchCompanyPage } from './company-search-page';

export type CompanySearchResult = {
  /** The search this result answers (a result stays shown while the next one loads). */
  text: string;
  page: number;
  rows: Company[];
  /** Index of the first row among all matches. */
  start: number;
  hasMore: boolean;
  /** All matches; undefined while they are being counted. */
  total: number | undefined;
};

/** Companies matching `text` (every word the start of a word of theirs, folded), by name, page `page`. */
export function useCompanySearch(text: string, page: number, pageSize: number): CompanySearchResult | undefined {
  const db = useDatabase();
  const found = useLiveQuery(async () => {
    const result = await searchCompanyPage(db, text, page * pageSize, pageSize);
    const rows = (await db.companies.bulkGet(result.ids)).filter((row): row is Company => row !== undefined);
    return { text, page, rows, start: page * pageSize, hasMore: result.hasMore, total: result.total ?? undefined };
  }, [db, text, page, pageSize]);
  const needsCount = found !== undefined && found.text === text && found.total === undefined;
  const counted = useLiveQuery(
    async () => (needsCount ? { text, total: await countCompanyMatches(db, text) } : undefined),
    [db, text, needsCount],
  );
  const current =
    found && counted?.text === found.text && found.total === undefined ? { ...found, total: counted.total } : found;
  // The last result shown, kept while the next one loads (no flicker while typing).
  const [shown, setShown] = useState(current);
  if (
    current &&
    (current.text !== shown?.text ||
      current.page !== shown.page ||
      current.rows !== shown.rows ||
      current.total !== shown.total)
  )
    setShown(current);
  return current ?? shown;
}
