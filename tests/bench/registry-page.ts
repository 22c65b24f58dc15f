/**
 * The registry benchmark's page (built only by tests/bench/vite.bench.config.ts, never part of the
 * app's builds). It exposes `window.registryBench` to the Playwright script.
 */
import Dexie from 'dexie';
import { LcpDatabase } from '../../src-renderer/data/db';
import { ensureIdentity } from '../../src-renderer/data/identity';
import { importCompanies, prepareImport } from '../../src-renderer/data/registry/company-import';
import { clearWordCache, wordKeys, type WordKey } from '../../src-renderer/data/registry/company-index';
import { searchCompanyIds } from '../../src-renderer/data/registry/company-search';
import { searchCompanyPage } from '../../src-renderer/data/registry/company-search-page';
import { queryWords } from '../../src-renderer/domain/registry/search-normalize';
import { guessMapping, parseCsv, toCsv, validateRows } from '../../src-renderer/domain/registry/csv';
import { realisticQueries, syntheticCompanies } from './synthetic-companies';

type Stores = Record<'companies' | 'companyWords' | 'outbox', object[]>;

async function rawIndexedDbPut(name: string, stores: Stores): Promise<number> {
  // The same schema as the app (created by Dexie), then one plain IndexedDB transaction of put()s.
  const schema = new LcpDatabase(name);
  await schema.open();
  schema.close();
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(new Error(String(request.error)));
  });
  const start = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(Object.keys(stores), 'readwrite', { durability: 'strict' });
    for (const [name, objects] of Object.entries(stores)) {
      const store = tx.objectStore(name);
      if (name === 'companyWords') for (const key of objects as unknown as WordKey[]) store.put(0, key);
      else for (const object of objects) store.put(object);
    }
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(new Error(String(tx.error)));
  });
  const ms = performance.now() - start;
  db.close();
  return ms;
}

async function dexieBulkPut(name: string, stores: Stores): Promise<number> {
  const db = new LcpDatabase(name);
  await db.open();
  const start = performance.now();
  await db.transaction('rw', [db.companies, db.companyWords, db.outbox], async () => {
    for (const [table, objects] of Object.entries(stores)) {
      if (table === 'companyWords')
        await db.companyWords.bulkPut(
          objects.map(() => 0 as const),
          objects as unknown as WordKey[],
        );
      else await db.table(table).bulkPut(objects);
    }
  });
  const ms = performance.now() - start;
  db.close();
  return ms;
}

const bench = {
  async importBench(count: number, baselines = true) {
    for (const name of ['lcp-desk', 'bench-raw', 'bench-raw-companies', 'bench-dexie']) await Dexie.delete(name);
    const rows = syntheticCompanies(count);
    // The same objects the import writes: companies, their word index rows, their outbox entries.
    const prepared = prepareImport(rows, 'bench-lcp', new Date());
    const all: Stores = {
      companies: prepared.companies,
      companyWords: prepared.companies.flatMap(wordKeys) as unknown as object[],
      outbox: prepared.entries,
    };
    const skip = baselines === false;
    const rawMs = skip ? NaN : await rawIndexedDbPut('bench-raw', all);
    const rawCompaniesOnlyMs = skip
      ? NaN
      : await rawIndexedDbPut('bench-raw-companies', { companies: prepared.companies, companyWords: [], outbox: [] });
    const dexieMs = skip ? NaN : await dexieBulkPut('bench-dexie', all);
    const db = new LcpDatabase();
    await db.open();
    await ensureIdentity(db);
    const start = performance.now();
    await importCompanies(db, rows);
    const importMs = performance.now() - start;
    const companies = await db.companies.count();
    const outbox = await db.outbox.count();
    db.close();
    for (const name of ['bench-raw', 'bench-raw-companies', 'bench-dexie']) await Dexie.delete(name);
    return { importMs, rawMs, rawCompaniesOnlyMs, dexieMs, companies, outbox, words: all.companyWords.length };
  },

  /** A CSV of `count` synthetic companies, parsed, mapped and validated as the import dialog does. */
  csvBench(count: number) {
    const fields = [
      'legalName',
      'country',
      'city',
      'naceSection',
      'headcount',
      'turnoverEur',
      'role',
      'status',
    ] as const;
    const rows = syntheticCompanies(count, 99).map((row) => fields.map((field) => row[field]));
    const text = toCsv([...fields], rows);
    const start = performance.now();
    const parsed = parseCsv(text);
    const mapping = guessMapping(parsed.headers, {});
    const result = validateRows(parsed, mapping);
    return {
      ms: performance.now() - start,
      valid: result.valid.length,
      errors: result.errors.length,
      bytes: text.length,
    };
  },

  /** Companies in the app's database (a kept profile skips the import when they are all there). */
  async companyCount() {
    const db = new LcpDatabase();
    await db.open();
    const count = await db.companies.count();
    db.close();
    return count;
  },

  /** Pieces of the list's first render, timed one by one. */
  async listProbe() {
    const db = new LcpDatabase();
    await db.open();
    const t0 = performance.now();
    const all = await db.companies.where('[archived+nameKey]').between([0], [1]).primaryKeys();
    const t1 = performance.now();
    const first = await db.companies.where('[archived+nameKey]').between([0], [1]).limit(100).primaryKeys();
    const t2 = performance.now();
    const count = await db.companies.where('[archived+nameKey]').between([0], [1]).count();
    const t3 = performance.now();
    const total = await db.companies.count();
    const t4 = performance.now();
    db.close();
    return {
      allKeysMs: t1 - t0,
      n: all.length,
      first100Ms: t2 - t1,
      f: first.length,
      rangeCountMs: t3 - t2,
      count,
      tableCountMs: t4 - t3,
      total,
    };
  },

  async searchBench(count: number) {
    const db = new LcpDatabase();
    await db.open();
    const raw = await openRaw('lcp-desk');
    const queries = realisticQueries(count);
    for (const text of queries.slice(0, 5)) await searchCompanyPage(db, text, 0, PAGE);
    // The search every picker and the list's first screen run: the first 50 matches by name.
    const times: number[] = [];
    const bare: number[] = [];
    let totalMatches = 0;
    for (const text of queries) {
      clearWordCache(db);
      let start = performance.now();
      const result = await searchCompanyPage(db, text, 0, PAGE);
      times.push(performance.now() - start);
      totalMatches += result.ids.length;
      // The same run's floor: a bare IndexedDB read of 50 keys of the query's first word's range.
      const word = queryWords(text)[0] ?? '';
      start = performance.now();
      await rawKeys(raw, 'companyWords', IDBKeyRange.bound(`0\u0001${word}`, `0\u0001${word}\uffff`), PAGE);
      bare.push(performance.now() - start);
    }
    // Every matching id, sorted (what the registry list reads for scrolling), for comparison.
    const allIds: number[] = [];
    for (const text of queries) {
      clearWordCache(db);
      const start = performance.now();
      await searchCompanyIds(db, { text, filters: {}, sort: 'name' });
      allIds.push(performance.now() - start);
    }
    // As typed: one search per keystroke (from the second character), as a picker does.
    const keystrokes: number[] = [];
    for (const text of queries) {
      clearWordCache(db);
      for (let length = 2; length <= text.length; length++) {
        const start = performance.now();
        await searchCompanyPage(db, text.slice(0, length), 0, PAGE);
        keystrokes.push(performance.now() - start);
      }
    }
    raw.close();
    db.close();
    return {
      times,
      bare,
      allIds,
      keystrokes,
      meanMatches: totalMatches / queries.length,
      queries,
      sample: queries.slice(0, 10),
    };
  },

  /** The bare floor of the companies screen's first rows: 40 records by the name index, plain IndexedDB. */
  async bareFirstRows(runs: number) {
    const raw = await openRaw('lcp-desk');
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await new Promise<void>((resolve, reject) => {
        const request = raw
          .transaction('companies', 'readonly')
          .objectStore('companies')
          .index('[archived+nameKey]')
          .getAll(IDBKeyRange.bound([0], [1]), 40);
        request.onsuccess = () => resolve();
        request.onerror = () => reject(new Error(String(request.error)));
      });
      times.push(performance.now() - start);
    }
    raw.close();
    return times;
  },
};

const PAGE = 50;

function openRaw(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(new Error(String(request.error)));
  });
}

function rawKeys(db: IDBDatabase, store: string, range: IDBKeyRange, count: number): Promise<IDBValidKey[]> {
  return new Promise((resolve, reject) => {
    const request = db.transaction(store, 'readonly').objectStore(store).getAllKeys(range, count);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(new Error(String(request.error)));
  });
}

declare global {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- only an interface merges into Window
  interface Window {
    registryBench?: typeof bench;
  }
}

window.registryBench = bench;
document.getElementById('state')!.textContent = 'ready';
