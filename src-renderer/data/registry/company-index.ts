/**
 * The registry's word index: one row per (archived flag, folded word, name sort key, company id),
 * all in the row's (outbound) key, one string joined by U+0001 (a string key reads back faster
 * than an array key; folded words and name keys never contain U+0001). A prefix range over it returns, from the keys alone (one
 * getAllKeys, no record read), the matching companies already carrying their sort key, which is
 * what keeps search-as-you-type fast at 100,000 companies. Rows are derived from the company's
 * stored `searchWords`, `nameKey` and `archived`, and rewritten in the same transaction as the
 * company (callers pass a transaction that includes `companyWords`).
 */
import Dexie from 'dexie';
import type { Company } from '../../domain/model';
import type { LcpDatabase } from '../db';

/** The key is everything; the stored value is a placeholder (outbound keys: the smallest rows). */
export type WordKey = string;
export type WordRow = 0;
const SEP = '\u0001';

export function wordKey(archived: 0 | 1, word: string, nameKey: string, id: string): WordKey {
  return `${archived}${SEP}${word}${SEP}${nameKey}${SEP}${id}`;
}

/** The company id of a key. */
export function keyId(key: WordKey): string {
  return key.slice(key.lastIndexOf(SEP) + 1);
}

/** The name sort key of a key. */
export function keyName(key: WordKey): string {
  const end = key.lastIndexOf(SEP);
  return key.slice(key.lastIndexOf(SEP, end - 1) + 1, end);
}

/** The word of a key. */
export function keyWord(key: WordKey): string {
  return key.slice(2, key.indexOf(SEP, 2));
}
/** Names sort by their first letters: enough of them to order a list, few enough to keep keys small. */
const NAME_KEY_LENGTH = 32;

export function wordKeys(company: Pick<Company, 'id' | 'searchWords' | 'nameKey' | 'archived'>): WordKey[] {
  const archived = company.archived ?? 0;
  const nameKey = (company.nameKey ?? '').slice(0, NAME_KEY_LENGTH);
  return (company.searchWords ?? []).map((word) => wordKey(archived, word, nameKey, company.id));
}

/** Writes the keys of many companies (imports, upgrades). */
export async function addWordKeys(db: LcpDatabase, keys: WordKey[]): Promise<void> {
  if (keys.length > 0) await db.companyWords.bulkPut(keys.map(() => 0 as const), keys);
}

/** Replaces the index rows of a company (before: as stored until now; after: as stored from now). */
export async function reindexCompany(db: LcpDatabase, before: Company | undefined, after: Company | undefined): Promise<void> {
  const old = before ? wordKeys(before) : [];
  const next = after ? wordKeys(after) : [];
  const nextKeys = new Set(next);
  const stale = old.filter((key) => !nextKeys.has(key));
  if (stale.length > 0) await db.companyWords.bulkDelete(stale);
  await addWordKeys(db, next);
}

/**
 * Recent prefix ranges, per database: typing "meta" after "met" filters the "met" keys in memory
 * instead of reading the index again. Any committed write anywhere (Dexie's `storagemutated`,
 * subscribed here at module load, before any live query) empties the cache.
 */
const CACHE_ENTRIES = 12;
const CACHE_MAX_KEYS = 60_000;
let generation = 0;
Dexie.on('storagemutated', () => {
  generation++;
});
const caches = new WeakMap<LcpDatabase, { generation: number; entries: Map<string, WordKey[]> }>();

function cacheFor(db: LcpDatabase): Map<string, WordKey[]> {
  let cache = caches.get(db);
  if (!cache || cache.generation !== generation) {
    cache = { generation, entries: new Map() };
    caches.set(db, cache);
  }
  return cache.entries;
}

function remember(cache: Map<string, WordKey[]>, key: string, keys: WordKey[]): WordKey[] {
  if (keys.length > CACHE_MAX_KEYS) return keys;
  cache.delete(key);
  cache.set(key, keys);
  if (cache.size > CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
  return keys;
}

/** Forgets cached prefix ranges (benchmarks measure cold queries with it). */
export function clearWordCache(db: LcpDatabase): void {
  caches.delete(db);
}

/** Keys of the rows whose word starts with `prefix` (sorted by word, then name). */
export async function wordPrefixKeys(db: LcpDatabase, archived: 0 | 1, prefix: string): Promise<WordKey[]> {
  const cache = cacheFor(db);
  const exact = cache.get(`${archived}|${prefix}`);
  if (exact) return remember(cache, `${archived}|${prefix}`, exact);
  for (let length = prefix.length - 1; length >= 1; length--) {
    const shorter = cache.get(`${archived}|${prefix.slice(0, length)}`);
    if (shorter) return remember(cache, `${archived}|${prefix}`, shorter.filter((key) => keyWord(key).startsWith(prefix)));
  }
  const keys = await db.companyWords.where(':id').between(`${archived}${SEP}${prefix}`, `${archived}${SEP}${prefix}\uffff`).primaryKeys();
  // A write committed meanwhile must not leave its stale range behind.
  return cacheFor(db) === cache ? remember(cache, `${archived}|${prefix}`, keys) : keys;
}

/** The rows whose word starts with `prefix`, as a Dexie range (to limit or count without the cache). */
export function wordPrefixRange(db: LcpDatabase, archived: 0 | 1, prefix: string) {
  return db.companyWords.where(':id').between(`${archived}${SEP}${prefix}`, `${archived}${SEP}${prefix}\uffff`);
}

/** Ids of the companies having exactly this word. */
export async function idsWithWord(db: LcpDatabase, archived: 0 | 1, word: string): Promise<string[]> {
  const keys = await db.companyWords.where(':id').between(`${archived}${SEP}${word}${SEP}`, `${archived}${SEP}${word}${SEP}\uffff`).primaryKeys();
  return keys.map(keyId);
}
