import type { Page } from '@playwright/test';
import { deriveCompany } from '../../../src-renderer/data/entity-rules';
import { wordKeys } from '../../../src-renderer/data/registry/company-index';
import type { Company } from '../../../src-renderer/domain/model';

export type SeedCompany = { id: string; legalName: string; country: string; city?: string; address?: string };

/**
 * Companies straight into IndexedDB with what the write path's entity rules derive for them
 * (data/entity-rules.ts: search words, name key, size class, word index rows), so every search finds them; no outbox entry (test data).
 * The caller reloads the page afterwards.
 */
export async function seedCompanies(page: Page, companies: SeedCompany[]): Promise<void> {
  const now = new Date().toISOString();
  const records = companies.map((c) => {
    const base: Company = {
      lcpId: 'e2e-lcp',
      createdAt: now,
      updatedAt: now,
      languages: [],
      role: 'both',
      status: 'matched',
      consent: {},
      tags: [],
      ...c,
    };
    return deriveCompany(base, []);
  });
  const keys = records.flatMap((record) => wordKeys(record));
  await page.evaluate(
    async ({ records, keys }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('lcp-desk');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      });
      const tx = db.transaction(['companies', 'companyWords'], 'readwrite');
      for (const record of records) tx.objectStore('companies').put(record);
      for (const key of keys) tx.objectStore('companyWords').put(0, key);
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('seed failed'));
      });
      db.close();
    },
    { records, keys },
  );
}
