/**
 * The registry's word index: one row per (archived flag, folded word, name sort key, company id),
 * all in the row's (outbound) key, one string joined by U+0001 (a string key reads back faster
 * than an array key; folded words and name keys never contain U+0001). A prefix range over it returns, from the keys alone (one
 * getAllKeys, no record read), the matching companies already carrying their sort key, which is
 * what keeps search-as-you-type fast at 100,000 companies. Rows are derived from the company's
 * stored `searchWords`, `nameKey` and `archived`, and rewritten in the same transaction as the
 * company (callers pass a transaction that includes `companyWords`).
 *
 * Beside the word rows, the same table holds prefix rows (`p0`/`p1` instead of `0`/`1` first): one
 * per company and distinct 2- or 3-letter start of its words. A short query word ("ko", "ano")
 * starts hundreds of distinct words; its prefix rows are one range already in name order, so the
 * first page of such a search is the range's first keys instead of a merge of every word's range.
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

/** Lengths of the word starts that have prefix rows (longer query words read the word rows). */
export const PREFIX_LENGTHS: readonly number[] = [2, 3];

/** Where the prefix rows of one word start begin: every key of the range continues with `nameKey SEP id`. */
export function prefixBase(archived: 0 | 1, prefix: string): string {
  return `p${archived}${SEP}${prefix}${SEP}`;
}

/** The prefix rows of a company: one per distinct 2- or 3-letter start of its words. */
export function prefixKeys(company: Pick<Company, 'id' | 'searchWords' | 'nameKey' | 'archived'>): WordKey[] {
  const archived = company.archived ?? 0;
  const position = `${(company.nameKey ?? '').slice(0, NAME_KEY_LENGTH)}${SEP}${company.id}`;
  const prefixes = new Set<string>();
  for (const word of company.searchWords ?? [])
    for (const length of PREFIX_LENGTHS) if (word.length >= length) prefixes.add(word.slice(0, length));
  return [...prefixes].map((prefix) => prefixBase(archived, prefix) + position);
}

/** Every index row of a company: its word rows and its prefix rows. */
export function wordKeys(company: Pick<Company, 'id' | 'searchWords' | 'nameKey' | 'archived'>): WordKey[] {
  const archived = company.archived ?? 0;
  const nameKey = (company.nameKey ?? '').slice(0, NAME_KEY_LENGTH);
  return [
    ...(company.searchWords ?? []).map((word) => wordKey(archived, word, nameKey, company.id)),
    ...prefixKeys(company),
  ];
}

/** Writes the keys of many companies (imports, upgrades). */
export async function addWordKeys(db: LcpDatabase, keys: WordKey[]): Promise<void> {
  if (keys.length > 0)
    await db.companyWords.bulkPut(
      keys.map(() => 0 as const),
      keys,
    );
}

/** Replaces the index rows of a company (before: as stored until now; after: as stored from now). */
export async function reindexCompany(
  db: LcpDatabase,
  before: Company | undefined,
  after: Company | undefined,
): Promise<void> {
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
    if (shorter)
      return remember(
        cache,
        `${archived}|${prefix}`,
        shorter.filter((key) => keyWord(key).startsWith(prefix)),
      );
  }
  const keys = await db.companyWords
    .where(':id')
    .between(`${archived}${SEP}${prefix}`, `${archived}${SEP}${prefix}\uffff`)
    .primaryKeys();
  // A write committed meanwhile must not leave its stale range behind.
  return cacheFor(db) === cache ? remember(cache, `${archived}|${prefix}`, keys) : keys;
}

/** The rows whose word starts with `prefix`, as a Dexie range (to limit or count without the cache). */
export function wordPrefixRange(db: LcpDatabase, archived: 0 | 1, prefix: string) {
  return db.companyWords.where(':id').between(`${archived}${SEP}${prefix}`, `${archived}${SEP}${prefix}\uffff`);
}

/** The prefix rows of one word start, as a Dexie range (keys in name order). */
export function prefixRowRange(db: LcpDatabase, archived: 0 | 1, prefix: string) {
  const base = prefixBase(archived, prefix);
  return db.companyWords.where(':id').between(base, `${base}\uffff`);
}

/** Ids of the companies having exactly this word. */
export async function idsWithWord(db: LcpDatabase, archived: 0 | 1, word: string): Promise<string[]> {
  const keys = await db.companyWords
    .where(':id')
    .between(`${archived}${SEP}${word}${SEP}`, `${archived}${SEP}${word}${SEP}\uffff`)
    .primaryKeys();
  return keys.map(keyId);
}

/**
 * The keys of one word prefix in name order, read a batch at a time without reading a record.
 * Each word's keys are already in name order (`[archived, word, nameKey, id]`); the prefix's order
 * is the merge of its words' ranges. Only the first keys of each word are needed for a first page,
 * so opening the stream jumps over the rest of a word once it has enough (a 2-letter prefix
 * matching thousands of companies reads a few hundred keys, not thousands). `seek` lets an
 * intersection jump straight to a name (the rarest word leads, the others follow it).
 */
export type NameStream = {
  /** The name position (`nameKey SEP id`) of the next key, undefined once the stream is over. */
  head(): string | undefined;
  /** Moves to the first key at or after `position`. */
  seek(position: string): Promise<void>;
};

const FIRST_STEP = 64;
const MAX_STEP = 1024;

type WordCursor = { base: string; keys: string[]; at: number; last: string; complete: boolean; step: number };

/** The position of a key inside its word's range: what orders the merge (name key, then id). */
export function positionId(position: string): string {
  return position.slice(position.lastIndexOf(SEP) + 1);
}

/** The smallest position after `position`. */
export function after(position: string): string {
  return `${position}\u0000`;
}

async function refill(db: LcpDatabase, cursor: WordCursor, target: string): Promise<void> {
  const inclusive = target > cursor.last;
  const lower = cursor.base + (inclusive ? target : cursor.last);
  const keys = await db.companyWords
    .where(':id')
    .between(lower, `${cursor.base}\uffff`, inclusive, true)
    .limit(cursor.step)
    .primaryKeys();
  cursor.keys = keys.map((key) => key.slice(cursor.base.length));
  cursor.at = 0;
  if (keys.length < cursor.step) cursor.complete = true;
  if (cursor.keys.length > 0) cursor.last = cursor.keys[cursor.keys.length - 1]!;
  cursor.step = Math.min(cursor.step * 2, MAX_STEP);
}

/** Keys an opening sweep reads at most: beyond, the prefix has too many small words for a merge. */
const SWEEP_KEYS = 4000;

/**
 * The words starting with `prefix`, each with its first `want` keys at least (or all of them), in one
 * sweep of jumps; null when that takes more than SWEEP_KEYS keys (thousands of distinct words).
 */
async function openCursors(
  db: LcpDatabase,
  archived: 0 | 1,
  prefix: string,
  want: number,
): Promise<WordCursor[] | null> {
  const cursors: WordCursor[] = [];
  const end = `${archived}${SEP}${prefix}\uffff`;
  let batch = Math.max(want, FIRST_STEP);
  let read = 0;
  let lower = `${archived}${SEP}${prefix}`;
  let inclusive = true;
  // The word the next read continues (none after a jump over the rest of a word).
  let open: WordCursor | undefined;
  for (;;) {
    const keys = await db.companyWords.where(':id').between(lower, end, inclusive, true).limit(batch).primaryKeys();
    for (const key of keys) {
      const base = `${archived}${SEP}${keyWord(key)}${SEP}`;
      if (!open || open.base !== base) {
        if (open) open.complete = true;
        open = { base, keys: [], at: 0, last: '', complete: false, step: FIRST_STEP };
        cursors.push(open);
      }
      open.keys.push(key.slice(base.length));
    }
    if (keys.length < batch || !open) {
      if (open) open.complete = true;
      break;
    }
    read += keys.length;
    if (read >= SWEEP_KEYS) return null;
    inclusive = false;
    // Enough of this word for the page: the rest of it is read later, only if the merge gets there.
    if (open.keys.length >= want) {
      lower = `${open.base}\uffff`;
      open = undefined;
    } else {
      lower = keys[keys.length - 1]!;
      // Many small words: fewer, larger reads.
      batch = Math.min(batch * 2, Math.max(want, MAX_STEP));
    }
  }
  for (const cursor of cursors) if (cursor.keys.length > 0) cursor.last = cursor.keys[cursor.keys.length - 1]!;
  return cursors;
}

/**
 * The companies having a word that starts with `prefix`, in name order (`want`: keys a first read
 * should bring); null for a prefix of thousands of distinct words (see SWEEP_KEYS).
 */
export async function prefixStream(
  db: LcpDatabase,
  archived: 0 | 1,
  prefix: string,
  want: number,
): Promise<NameStream | null> {
  if (prefix.length >= PREFIX_LENGTHS[0]! && prefix.length <= Math.max(...PREFIX_LENGTHS)) {
    // A 2–3 letter start has its own rows, already in name order: one range, no merge of its words.
    const limit = Math.max(want, FIRST_STEP);
    const keys = await prefixRowRange(db, archived, prefix).limit(limit).primaryKeys();
    return prefixRowStream(db, prefixBase(archived, prefix), keys, keys.length < limit);
  }
  const opened = await openCursors(db, archived, prefix, want);
  return opened ? streamOf(db, opened) : null;
}

/**
 * The prefix rows under `base` (see `prefixBase`) as a stream in name order, given the first keys
 * already read (`complete` when they are all of them).
 */
function prefixRowStream(db: LcpDatabase, base: string, first: WordKey[], complete: boolean): NameStream {
  const keys = first.map((key) => key.slice(base.length));
  const cursor: WordCursor = { base, keys, at: 0, last: keys[keys.length - 1] ?? '', complete, step: FIRST_STEP };
  return streamOf(db, [cursor]);
}

/** The merge of word cursors in name order, read further as a seek needs it. */
function streamOf(db: LcpDatabase, opened: WordCursor[]): NameStream {
  let cursors = opened;
  const headOf = (cursor: WordCursor) => cursor.keys[cursor.at];
  const head = () => {
    let best: string | undefined;
    for (const cursor of cursors) {
      const position = headOf(cursor);
      if (position !== undefined && (best === undefined || position < best)) best = position;
    }
    return best;
  };
  const seek = async (target: string) => {
    const empty: WordCursor[] = [];
    for (const cursor of cursors) {
      while (cursor.at < cursor.keys.length && cursor.keys[cursor.at]! < target) cursor.at++;
      if (cursor.at >= cursor.keys.length && !cursor.complete) empty.push(cursor);
    }
    // Every word that ran out is read again at once (in parallel): the merge needs each word's next key.
    await Promise.all(empty.map((cursor) => refill(db, cursor, target)));
    cursors = cursors.filter((cursor) => cursor.at < cursor.keys.length || !cursor.complete);
  };
  return { head, seek };
}
