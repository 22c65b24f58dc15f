/**
 * The registry benchmark's page (built only by tests/bench/vite.bench.config.ts, never part of the
 * app's builds). It exposes `window.registryBench` to the Playwright script.
 */
import Dexie, { type IndexableTypeArrayReadonly } from 'dexie';
import { LcpDatabase } from '../../src-renderer/data/db';
import { ensureIdentity } from '../../src-renderer/data/identity';
import { importCompanies, prepareImport } from '../../src-renderer/data/registry/company-import';
import { wordKeys, type WordKey } from '../../src-renderer/data/registry/company-index';
import { searchCompanyIds } from '../../src-renderer/data/registry/company-search';
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
      if (name === 'companyWords') for (const key of objects as WordKey[]) store.put(0, key);
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
      if (table === 'companyWords') await db.companyWords.bulkPut(objects.map(() => 0 as const), objects as unknown as IndexableTypeArrayReadonly);
      else await db.table(table).bulkPut(objects);
    }
  });
  const ms = performance.now() - start;
  db.close();
  return ms;
}

const bench = {
  async importBench(count: number) {
    for (const name of ['lcp-desk', 'bench-raw', 'bench-raw-companies', 'bench-dexie']) await Dexie.delete(name);
    const rows = syntheticCompanies(count);
    // The same objects the import writes: companies, their word index rows, their outbox entries.
    const prepared = prepareImport(rows, 'bench-lcp', new Date());
    const all: Stores = { companies: prepared.companies, companyWords: prepared.companies.flatMap(wordKeys), outbox: prepared.entries };
    const rawMs = await rawIndexedDbPut('bench-raw', all);
    const rawCompaniesOnlyMs = await rawIndexedDbPut('bench-raw-companies', { companies: prepared.companies, companyWords: [], outbox: [] });
    const dexieMs = await dexieBulkPut('bench-dexie', all);
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

  async searchBench(count: number) {
    const db = new LcpDatabase();
    await db.open();
    const queries = realisticQueries(count);
    for (const text of queries.slice(0, 5)) await searchCompanyIds(db, { text, filters: {}, sort: 'name' });
    const times: number[] = [];
    let totalMatches = 0;
    for (const text of queries) {
      const start = performance.now();
      const result = await searchCompanyIds(db, { text, filters: {}, sort: 'name' });
      times.push(performance.now() - start);
      totalMatches += result.total;
    }
    db.close();
    return { times, meanMatches: totalMatches / queries.length, sample: queries.slice(0, 10) };
  },
};

declare global {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- only an interface merges into Window
  interface Window {
    registryBench?: typeof bench;
  }
}

window.registryBench = bench;
document.getElementById('state')!.textContent = 'ready';
