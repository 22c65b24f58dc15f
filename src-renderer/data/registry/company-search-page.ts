/**
 * One page of a company search, sorted by name: what every picker (and a list's first screen)
 * needs. The same folded word index as the registry list (company-index.ts), so "cakovec" finds
 * "Čakovec" and "нови" finds "Novi" everywhere. A short prefix can match thousands of companies:
 * its page is read without reading all of them (see `searchCompanyPage`); the exact count is a
 * separate, slower query (`countCompanyMatches`) that a screen can show once it is there.
 */
import { queryWords } from '../../domain/registry/search-normalize';
import type { LcpDatabase } from '../db';
import { after, positionId, prefixStream, type NameStream } from './company-index';
import { idsMatchingWords } from './company-word-matches';

export type CompanySearchPage = {
  /** The page's ids, in name order. */
  ids: string[];
  hasMore: boolean;
  /** The number of matches when it was known without extra work, else null (ask `countCompanyMatches`). */
  total: number | null;
};

/**
 * The ids `start` to `start + count` of the companies matching `text`, by name.
 * - No words: the name index, offset and limit.
 * - Words: each word's prefix keys in name order (`prefixStream`, keys only, the first ones of each
 *   word), intersected by leapfrogging: every stream jumps to the furthest name any of them is at,
 *   so a rare word leads and a broad 2–3 letter prefix is read only where it could match. No
 *   record is read; the page stops at `start + count + 1` matches.
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
  const opened = await Promise.all(words.map((word) => prefixStream(db, archived, word, want)));
  const streams = opened.filter((stream): stream is NameStream => stream !== null);
  if (streams.length < opened.length) return walkByName(db, archived, words, start, count);
  const found: string[] = [];
  for (;;) {
    let target: string | undefined;
    for (const stream of streams) {
      const head = stream.head();
      if (head === undefined) return page(found, start, count, true);
      if (target === undefined || head > target) target = head;
    }
    await Promise.all(streams.map((stream) => stream.seek(target!)));
    if (streams.every((stream) => stream.head() === target)) {
      found.push(positionId(target!));
      if (found.length >= want) return page(found, start, count, false);
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
    for (const row of rows)
      if (words.every((word) => row.searchWords?.some((candidate) => candidate.startsWith(word)))) found.push(row.id);
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
