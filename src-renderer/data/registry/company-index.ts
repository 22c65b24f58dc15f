/**
 * The registry's word index: one row per (archived flag, folded word, name sort key, company id),
 * all in the row's (outbound) key. A prefix range over it returns, from the keys alone (one
 * getAllKeys, no record read), the matching companies already carrying their sort key, which is
 * what keeps search-as-you-type fast at 100,000 companies. Rows are derived from the company's
 * stored `searchWords`, `nameKey` and `archived`, and rewritten in the same transaction as the
 * company (callers pass a transaction that includes `companyWords`).
 */
import type { IndexableTypeArrayReadonly } from 'dexie';
import type { Company } from '../../domain/model';
import type { LcpDatabase } from '../db';

/** The key is everything; the stored value is a placeholder (outbound keys: the smallest rows). */
export type WordKey = [0 | 1, string, string, string];
export type WordRow = 0;
/** Names sort by their first letters: enough of them to order a list, few enough to keep keys small. */
const NAME_KEY_LENGTH = 32;

export function wordKeys(company: Pick<Company, 'id' | 'searchWords' | 'nameKey' | 'archived'>): WordKey[] {
  const archived = company.archived ?? 0;
  const nameKey = (company.nameKey ?? '').slice(0, NAME_KEY_LENGTH);
  return (company.searchWords ?? []).map((word) => [archived, word, nameKey, company.id]);
}

/** Writes the keys of many companies (imports, upgrades). */
export async function addWordKeys(db: LcpDatabase, keys: WordKey[]): Promise<void> {
  if (keys.length > 0) await db.companyWords.bulkPut(keys.map(() => 0 as const), keys as unknown as IndexableTypeArrayReadonly);
}

/** Replaces the index rows of a company (before: as stored until now; after: as stored from now). */
export async function reindexCompany(db: LcpDatabase, before: Company | undefined, after: Company | undefined): Promise<void> {
  const old = before ? wordKeys(before) : [];
  const next = after ? wordKeys(after) : [];
  const nextKeys = new Set(next.map((key) => JSON.stringify(key)));
  const stale = old.filter((key) => !nextKeys.has(JSON.stringify(key)));
  if (stale.length > 0) await db.companyWords.bulkDelete(stale);
  await addWordKeys(db, next);
}

/** Keys of the rows whose word starts with `prefix` (sorted by word, then name). */
export async function wordPrefixKeys(db: LcpDatabase, archived: 0 | 1, prefix: string): Promise<WordKey[]> {
  return db.companyWords.where(':id').between([archived, prefix], [archived, `${prefix}\uffff`]).primaryKeys();
}

/** Ids of the companies having exactly this word. */
export async function idsWithWord(db: LcpDatabase, archived: 0 | 1, word: string): Promise<string[]> {
  const keys = await db.companyWords.where(':id').between([archived, word], [archived, word, []]).primaryKeys();
  return keys.map((key) => key[3]);
}
