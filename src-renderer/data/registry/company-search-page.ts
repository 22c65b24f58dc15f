/**
 * One page of a company search, sorted by name: what every picker (and a list's first screen)
 * needs. The same folded word index as the registry list (company-index.ts), so "cakovec" finds
 * "Čakovec" and "нови" finds "Novi" everywhere. A short prefix can match thousands of companies:
 * its page is read without reading all of them (see `searchCompanyPage`); the exact count is a
 * separate, slower query (`countCompanyMatches`) that a screen can show once it is there.
 */
import { queryWords } from '../../domain/registry/search-normalize';
import type { LcpDatabase } from '../db';
import type { Company } from '../../domain/model';
import {
  after,
  positionId,
  prefixBase,
  PREFIX_LENGTHS,
  prefixRowRange,
  prefixRowStream,
  prefixStream,
  wordKeyPosition,
  wordPrefixRange,
  type NameStream,
} from './company-index';
import { idsMatchingWords } from './company-word-matches';

export type CompanySearchPage = {
  /** The page's ids, in name order. */
  ids: string[];
  hasMore: boolean;
  /** The number of matches when it was known without extra work, else null (ask `countCompanyMatches`). */
  total: number | null;
};

/** How one query word is read: all its matches, a stream of them in name order, or a check on the records. */
type WordSource =
  | { word: string; kind: 'set'; positions: string[] }
  | { word: string; kind: 'stream'; stream: NameStream }
  | { word: string; kind: 'check' };

/** A word matching at most this many companies is read whole (one key read), and the sets intersected in memory. */
const SET_CAP = 1000;
/** Candidates checked on their records at a time (one bulkGet). */
const CHECK_BATCH = 64;
const LONGEST_PREFIX_ROW = Math.max(...PREFIX_LENGTHS);

/**
 * The ids `start` to `start + count` of the companies matching `text`, by name. No record is read
 * but to check a word that cannot be read from the index cheaply (one letter, or a start of
 * thousands of distinct words), and then only the candidates' records.
 * - No words: the name index, offset and limit.
 * - Each word is read from the index, at most SET_CAP keys: a 2–3 letter word from its prefix rows
 *   (one range in name order), a longer one from the word rows.
 * - Words read whole give sets, intersected in memory: with no broad word, that is the answer.
 * - Broad words give streams in name order, intersected with the sets' result by leapfrogging
 *   (every stream jumps to the furthest name any of them is at, so the rarest leads and a broad one
 *   is read only where it could match); for one word the stream's first keys are the page.
 * - One-letter words (and starts of thousands of distinct words) are checked on the candidates'
 *   records, a batch at a time.
 */
export async function searchCompanyPage(
  db: LcpDatabase,
  text: string,
  start: number,
  count: number,
  archived: 0 | 1 = 0,
): Promise<CompanySearchPage> {
  const words = queryWords(text);
  if (words.length === 0) {
    const ids = await db.companies
      .where('[archived+nameKey]')
      .between([archived], [archived + 1])
      .offset(start)
      .limit(count + 1)
      .primaryKeys();
    return {
      ids: ids.slice(0, count),
      hasMore: ids.length > count,
      total: start === 0 && ids.length <= count ? ids.length : null,
    };
  }
  const want = start + count + 1;
  // One word: its first page is all that is needed; several: whole sets make the intersection cheap.
  const cap = words.length === 1 ? want : SET_CAP;
  const sources = await Promise.all(words.map((word) => openSource(db, archived, word, cap, want)));
  const sets = sources.filter((source) => source.kind === 'set');
  const streams = sources.filter((source) => source.kind === 'stream').map((source) => source.stream);
  const checks = sources.filter((source) => source.kind === 'check').map((source) => source.word);
  if (sets.length > 0) {
    const candidates = intersect(sets.map((set) => set.positions));
    if (streams.length > 0)
      return leapfrog(db, archived, words, [memoryStream(candidates), ...streams], checks, start, count);
    if (checks.length === 0) return page(candidates.map(positionId), start, count, true);
    const checked = await checkOnRecords(db, candidates.map(positionId), checks, want);
    return page(checked.ids, start, count, checked.complete);
  }
  if (streams.length === 0) return walkByName(db, archived, words, start, count);
  return leapfrog(db, archived, words, streams, checks, start, count);
}

/** A sorted list of positions as a stream (a word read whole, leading a leapfrog with broad ones). */
function memoryStream(positions: string[]): NameStream {
  let at = 0;
  return {
    head: () => positions[at],
    seek: async (target) => {
      while (at < positions.length && positions[at]! < target) at++;
    },
  };
}

async function openSource(
  db: LcpDatabase,
  archived: 0 | 1,
  word: string,
  cap: number,
  want: number,
): Promise<WordSource> {
  if (word.length < PREFIX_LENGTHS[0]!) return { word, kind: 'check' };
  if (word.length <= LONGEST_PREFIX_ROW) {
    const base = prefixBase(archived, word);
    const keys = await prefixRowRange(db, archived, word)
      .limit(cap + 1)
      .primaryKeys();
    const positions = keys.map((key) => key.slice(base.length));
    if (positions.length <= cap) return { word, kind: 'set', positions };
    return { word, kind: 'stream', stream: prefixRowStream(db, archived, word, positions) };
  }
  const keys = await wordPrefixRange(db, archived, word)
    .limit(cap + 1)
    .primaryKeys();
  if (keys.length <= cap) return { word, kind: 'set', positions: [...new Set(keys.map(wordKeyPosition))].sort() };
  const stream = await prefixStream(db, archived, word, want);
  return stream ? { word, kind: 'stream', stream } : { word, kind: 'check' };
}

/** The positions (sorted) that every one of the sorted lists holds. */
function intersect(lists: string[][]): string[] {
  const [smallest, ...others] = [...lists].sort((a, b) => a.length - b.length);
  const having = others.map((list) => new Set(list));
  return smallest!.filter((position) => having.every((set) => set.has(position)));
}

function hasEveryWord(row: Company, words: string[]): boolean {
  return words.every((word) => row.searchWords?.some((candidate) => candidate.startsWith(word)));
}

/** The candidates (in order) whose records have every one of `words`, up to `want` of them. */
async function checkOnRecords(
  db: LcpDatabase,
  candidates: string[],
  words: string[],
  want: number,
): Promise<{ ids: string[]; complete: boolean }> {
  const ids: string[] = [];
  for (let at = 0; at < candidates.length; at += CHECK_BATCH) {
    const rows = await db.companies.bulkGet(candidates.slice(at, at + CHECK_BATCH));
    for (const row of rows) if (row && hasEveryWord(row, words)) ids.push(row.id);
    if (ids.length >= want) return { ids, complete: at + CHECK_BATCH >= candidates.length };
  }
  return { ids, complete: true };
}

/** Candidates a leapfrog with record checks examines before reading the words' whole ranges instead. */
const LEAPFROG_BUDGET = 4000;

/** Broad words only: the streams intersected in name order, the one-letter words checked on the records. */
async function leapfrog(
  db: LcpDatabase,
  archived: 0 | 1,
  words: string[],
  streams: NameStream[],
  checks: string[],
  start: number,
  count: number,
): Promise<CompanySearchPage> {
  const want = start + count + 1;
  const found: string[] = [];
  let pending: string[] = [];
  let examined = 0;
  const settle = async () => {
    if (checks.length === 0) found.push(...pending);
    else found.push(...(await checkOnRecords(db, pending, checks, Infinity)).ids);
    examined += pending.length;
    pending = [];
  };
  for (;;) {
    let target: string | undefined;
    for (const stream of streams) {
      const head = stream.head();
      if (head === undefined) {
        await settle();
        return page(found, start, count, true);
      }
      if (target === undefined || head > target) target = head;
    }
    await Promise.all(streams.map((stream) => stream.seek(target!)));
    if (streams.every((stream) => stream.head() === target)) {
      pending.push(positionId(target!));
      if (checks.length === 0 || pending.length >= CHECK_BATCH) {
        await settle();
        if (found.length >= want) return page(found, start, count, false);
        if (examined >= LEAPFROG_BUDGET) return page(await sortedMatches(db, archived, words), start, count, true);
      }
      await Promise.all(streams.map((stream) => stream.seek(after(target!))));
    }
  }
}

const CHUNK = 200;
const SCAN_BUDGET = 20 * CHUNK;

/**
 * A prefix of thousands of distinct words (real names, digits): such a prefix matches densely, so
 * walking the companies in name order and checking their words fills a page within a few chunks.
 */
async function walkByName(
  db: LcpDatabase,
  archived: 0 | 1,
  words: string[],
  start: number,
  count: number,
): Promise<CompanySearchPage> {
  const want = start + count + 1;
  const found: string[] = [];
  for (let scanned = 0; found.length < want; scanned += CHUNK) {
    // Broad words whose combination is rare: the walk would be long, the full key read is shorter.
    if (scanned >= SCAN_BUDGET) return page(await sortedMatches(db, archived, words), start, count, true);
    const rows = await db.companies
      .where('[archived+nameKey]')
      .between([archived], [archived + 1])
      .offset(scanned)
      .limit(CHUNK)
      .toArray();
    for (const row of rows) if (hasEveryWord(row, words)) found.push(row.id);
    if (rows.length < CHUNK) return page(found, start, count, true);
  }
  return page(found, start, count, false);
}

async function sortedMatches(db: LcpDatabase, archived: 0 | 1, words: string[]): Promise<string[]> {
  const matches = await idsMatchingWords(db, archived, words);
  return [...matches.entries()]
    .sort(([idA, a], [idB, b]) => (a < b ? -1 : a > b ? 1 : idA < idB ? -1 : 1))
    .map(([id]) => id);
}

function page(ids: string[], start: number, count: number, complete: boolean): CompanySearchPage {
  return {
    ids: ids.slice(start, start + count),
    hasMore: ids.length > start + count,
    total: complete ? ids.length : null,
  };
}

/** How many companies match `text` (reads every matching key: slower than a page for a short prefix). */
export async function countCompanyMatches(db: LcpDatabase, text: string, archived: 0 | 1 = 0): Promise<number> {
  const words = queryWords(text);
  if (words.length === 0)
    return db.companies
      .where('[archived+nameKey]')
      .between([archived], [archived + 1])
      .count();
  return (await idsMatchingWords(db, archived, words)).size;
}
