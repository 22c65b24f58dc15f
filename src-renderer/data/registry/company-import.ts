/**
 * CSV import: all valid rows in ONE transaction, written in chunks (bulkAdd of companies and of
 * their outbox entries), so a crash or a closed window leaves either the whole import or nothing.
 * Progress is reported between chunks; nothing but Dexie is awaited inside the transaction.
 */
import type { Company } from '../../domain/model';
import { companySearchFields, type CompanyFields } from '../../domain/registry/company-record';
import { idKey } from '../../domain/registry/duplicates';
import type { LcpDatabase, OutboxEntry } from '../db';
import { nextTimestamps } from '../identity';
import { addWordKeys, idsWithWord, wordKeys } from './company-index';
import type { Clock } from '../writes';

export const IMPORT_CHUNK = 5000;

export type ImportRow = { line: number; fields: CompanyFields };

/** Rows whose VAT number or id exists already (in the database or earlier in the file), by line. */
export async function importDuplicates(db: LcpDatabase, rows: ImportRow[]): Promise<{ line: number; field: 'vatNumber' | 'nationalId'; existingId?: string }[]> {
  const keyOf = (country: string, value: string | undefined) => {
    const key = idKey(value);
    return key ? `${country}:${key}` : '';
  };
  const wanted = new Set<string>();
  for (const { fields } of rows) for (const value of [fields.vatNumber, fields.nationalId]) if (idKey(value)) wanted.add(idKey(value));
  const existing = new Map<string, string>();
  if (wanted.size > 0) {
    const ids = await db.transaction('r', [db.companyWords], () => Promise.all([...wanted].map((word) => idsWithWord(db, 0, word))));
    const companies = await db.companies.bulkGet([...new Set(ids.flat())]);
    for (const company of companies) {
      if (!company) continue;
      for (const value of [company.vatNumber, company.nationalId]) {
        const key = keyOf(company.country, value);
        if (key) existing.set(key, company.id);
      }
    }
  }
  const seen = new Set<string>();
  const duplicates: { line: number; field: 'vatNumber' | 'nationalId'; existingId?: string }[] = [];
  for (const { line, fields } of rows) {
    for (const field of ['vatNumber', 'nationalId'] as const) {
      const key = keyOf(fields.country, fields[field]);
      if (!key) continue;
      if (existing.has(key) || seen.has(key)) {
        duplicates.push({ line, field, existingId: existing.get(key) });
        break;
      }
      seen.add(key);
    }
  }
  return duplicates;
}

export type PreparedImport = { companies: Company[]; entries: OutboxEntry[] };

/** Builds the records and their outbox entries outside the transaction (pure CPU work). */
export function prepareImport(rows: CompanyFields[], lcpId: string, now: Date): PreparedImport {
  const at = now.toISOString();
  const companies: Company[] = [];
  const entries: OutboxEntry[] = [];
  for (const fields of rows) {
    const base = { ...fields, id: crypto.randomUUID(), lcpId, createdAt: at, updatedAt: at };
    companies.push({ ...base, ...companySearchFields(base, []) });
    // CSV values are plain JSON (strings, numbers, string arrays): no canonicalisation needed.
    entries.push({ changeId: crypto.randomUUID(), entity: 'company', entityId: base.id, op: 'create', fields: { ...fields }, at, hlc: '', lcpId });
  }
  return { companies, entries };
}

export async function importCompanies(
  db: LcpDatabase,
  rows: CompanyFields[],
  onProgress: (done: number, total: number) => void = () => undefined,
  { chunk = IMPORT_CHUNK, clock = () => new Date() }: { chunk?: number; clock?: Clock } = {},
): Promise<number> {
  const now = clock();
  const lcpRow = await db.meta.get('lcpId');
  const { companies, entries } = prepareImport(rows, typeof lcpRow?.value === 'string' ? lcpRow.value : '', now);
  await db.transaction('rw', [db.companies, db.companyWords, db.outbox, db.meta], async () => {
    const { hlcs } = await nextTimestamps(db, now.getTime(), companies.length);
    entries.forEach((entry, index) => (entry.hlc = hlcs[index]!));
    for (let start = 0; start < companies.length; start += chunk) {
      const part = companies.slice(start, start + chunk);
      // The three stores are written concurrently inside the one transaction.
      await Promise.all([db.companies.bulkAdd(part), addWordKeys(db, part.flatMap(wordKeys)), db.outbox.bulkAdd(entries.slice(start, start + chunk))]);
      onProgress(Math.min(start + chunk, companies.length), companies.length);
    }
  });
  return companies.length;
}
