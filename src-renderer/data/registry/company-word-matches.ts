/**
 * Every company matching a search's words, read from the word index: what the registry list needs
 * when a search is combined with filters or another sort, and what counts a search's matches.
 */
import type { LcpDatabase } from '../db';
import { keyId, keyName, wordPrefixKeys } from './company-index';

const FEW_CANDIDATES = 64;

/** Companies having, for every query word, a word that starts with it: id → name sort key. */
export async function idsMatchingWords(
  db: LcpDatabase,
  archived: 0 | 1,
  words: string[],
): Promise<Map<string, string>> {
  // Longest word first: the most selective range gives the candidates, the others narrow them.
  const [first, ...rest] = words;
  const matches = new Map<string, string>();
  for (const key of await wordPrefixKeys(db, archived, first!)) {
    const id = keyId(key);
    if (!matches.has(id)) matches.set(id, keyName(key));
  }
  if (rest.length === 0 || matches.size === 0) return matches;
  if (matches.size <= FEW_CANDIDATES) {
    // Few candidates: reading them is cheaper than the (shorter, wider) ranges of the other words.
    const rows = await db.companies.bulkGet([...matches.keys()]);
    for (const row of rows) {
      if (row && !rest.every((word) => row.searchWords?.some((candidate) => candidate.startsWith(word))))
        matches.delete(row.id);
    }
    return matches;
  }
  for (const word of rest) {
    if (matches.size === 0) break;
    const having = new Set((await wordPrefixKeys(db, archived, word)).map(keyId));
    for (const id of matches.keys()) if (!having.has(id)) matches.delete(id);
  }
  return matches;
}
