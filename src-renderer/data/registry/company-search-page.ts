/**
 * One page of a company search, sorted by name: what every picker (and a list's first screen)
 * needs. The same folded word index as the registry list (company-index.ts), so "cakovec" finds
 * "Čakovec" and "нови" finds "Novi" everywhere. A short prefix can match thousands of companies:
 * its page is read without reading all of them (see `searchCompanyPage`); the exact count is a
 * separate, slower query (`countCompanyMatches`) that a screen can show once it is there.
 */
import type { Company } from '../../domain/model';
import { queryWords } from '../../domain/registry/search-normalize';
import type { LcpDatabase } from '../db';
import { keyId, keyName, wordPrefixRange } from './company-index';
import { idsMatchingWords } from './company-search';

export type CompanySearchPage = {
  /** The page's ids, in name order. */
  ids: string[];
  hasMore: boolean;
  /** The number of matches when it was known without extra work, else null (ask `countCompanyMatches`). */
  total: number | null;
};

/** A word whose prefix range holds fewer keys than this is "narrow": its keys give every candidate. */
export const NARROW_KEYS = 2000;
const CHUNK = 200;
const SCAN_BUDGET = 20 * CHUNK;

/** Every query word is the start of one of the company's words. */
function hasEveryWord(words: readonly string[], company: Pick<Company, 'searchWords'>): boolean {
  return words.every((word) => company.searchWords?.some((candidate) => candidate.startsWith(word)));
}

/** Positive evidence from the key alone: the word starts a word of the name (the name key may be cut short). */
function nameHasWord(nameKey: string, word: string): boolean {
  return nameKey.split(' ').some((part) => part.startsWith(word));
}

/**
 * The ids `start` to `start + count` of the companies matching `text`, by name.
 * - No words: the name index, offset and limit.
 * - A narrow word (fewer than NARROW_KEYS keys): its keys are the candidates with their name keys;
 *   they are sorted in memory and the other words checked in name order, from the name key when
 *   it shows them, else from the record, a chunk at a time, only until the page is full.
 * - Only broad words (a 2–3 letter prefix matching thousands): the companies are walked in name
 *   order, a chunk at a time, until the page is full; matches are dense, so that is a few chunks.
 */
export async function searchCompanyPage(db: LcpDatabase, text: string, start: number, count: number, archived: 0 | 1 = 0): Promise<CompanySearchPage> {
  const words = queryWords(text);
  const byName = () => db.companies.where('[archived+nameKey]').between([archived], [archived + 1]);
  if (words.length === 0) {
    const ids = await byName().offset(start).limit(count + 1).primaryKeys();
    return { ids: ids.slice(0, count), hasMore: ids.length > count, total: start === 0 && ids.length <= count ? ids.length : null };
  }
  const want = start + count + 1;
  for (const [index, word] of words.entries()) {
    const keys = await wordPrefixRange(db, archived, word).limit(NARROW_KEYS).primaryKeys();
    if (keys.length >= NARROW_KEYS) continue;
    const rest = words.filter((_, other) => other !== index);
    const names = new Map<string, string>();
    for (const key of keys) if (!names.has(keyId(key))) names.set(keyId(key), keyName(key));
    const sorted = [...names.entries()].sort(([idA, a], [idB, b]) => (a < b ? -1 : a > b ? 1 : idA < idB ? -1 : 1));
    if (rest.length === 0) return page(sorted.map(([id]) => id), start, count, true);
    const found: string[] = [];
    for (let at = 0; at < sorted.length && found.length < want; at += CHUNK) {
      const chunk = sorted.slice(at, at + CHUNK);
      const unsure = chunk.filter(([, name]) => !rest.every((other) => nameHasWord(name, other))).map(([id]) => id);
      const checked = new Set((await db.companies.bulkGet(unsure)).filter((row): row is Company => row !== undefined && hasEveryWord(rest, row)).map((row) => row.id));
      const unsureSet = new Set(unsure);
      for (const [id] of chunk) if (!unsureSet.has(id) || checked.has(id)) found.push(id);
    }
    return page(found, start, count, found.length < want);
  }
  const found: string[] = [];
  for (let scanned = 0; found.length < want; scanned += CHUNK) {
    // Broad words whose combination is rare: the walk would be long, the full key read is shorter.
    if (scanned >= SCAN_BUDGET) return page(await sortedMatches(db, archived, words), start, count, true);
    const rows = await byName().offset(scanned).limit(CHUNK).toArray();
    for (const row of rows) if (hasEveryWord(words, row)) found.push(row.id);
    if (rows.length < CHUNK) return page(found, start, count, true);
  }
  return page(found, start, count, false);
}

async function sortedMatches(db: LcpDatabase, archived: 0 | 1, words: string[]): Promise<string[]> {
  const matches = await idsMatchingWords(db, archived, words);
  return [...matches.entries()].sort(([idA, a], [idB, b]) => (a < b ? -1 : a > b ? 1 : idA < idB ? -1 : 1)).map(([id]) => id);
}

function page(ids: string[], start: number, count: number, complete: boolean): CompanySearchPage {
  return { ids: ids.slice(start, start + count), hasMore: ids.length > start + count, total: complete ? ids.length : null };
}

/** How many companies match `text` (reads every matching key: slower than a page for a short prefix). */
export async function countCompanyMatches(db: LcpDatabase, text: string, archived: 0 | 1 = 0): Promise<number> {
  const words = queryWords(text);
  if (words.length === 0) return db.companies.where('[archived+nameKey]').between([archived], [archived + 1]).count();
  return (await idsMatchingWords(db, archived, words)).size;
}
