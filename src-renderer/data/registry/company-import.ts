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
    await db.companies
      .where('searchWords')
      .anyOf([...wanted])
      .each((company) => {
        for (const value of [company.vatNumber, company.nationalId]) {
          const key = keyOf(company.country, value);
          if (key) existing.set(key, company.id);
        }
      });
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

/** Builds the records and outbox entries outside the transaction (pure CPU work). */
export function prepareImport(rows: CompanyFields[], lcpId: string, now: Date): Company[] {
  const at = now.toISOString();
  return rows.map((fields) => {
    const base = { ...fields, id: crypto.randomUUID(), lcpId, createdAt: at, updatedAt: at };
    return { ...base, ...companySearchFields(base, []) };
  });
}

export async function importCompanies(
  db: LcpDatabase,
  rows: CompanyFields[],
  onProgress: (done: number, total: number) => void = () => undefined,
  { chunk = IMPORT_CHUNK, clock = () => new Date() }: { chunk?: number; clock?: Clock } = {},
): Promise<number> {
  const now = clock();
  const lcpRow = await db.meta.get('lcpId');
  const records = prepareImport(rows, typeof lcpRow?.value === 'string' ? lcpRow.value : '', now);
  const at = now.toISOString();
  await db.transaction('rw', [db.companies, db.outbox, db.meta], async () => {
    const { identity, hlcs } = await nextTimestamps(db, now.getTime(), records.length);
    for (let start = 0; start < records.length; start += chunk) {
      const part = records.slice(start, start + chunk);
      const entries: OutboxEntry[] = part.map((record, index) => ({
        changeId: crypto.randomUUID(),
        entity: 'company',
        entityId: record.id,
        op: 'create',
        // CSV values are plain JSON (strings, numbers, string arrays): no canonicalisation needed.
        fields: { ...(rows[start + index] as Record<string, unknown>) },
        at,
        hlc: hlcs[start + index]!,
        lcpId: identity.lcpId,
      }));
      await db.companies.bulkAdd(part);
      await db.outbox.bulkAdd(entries);
      onProgress(Math.min(start + chunk, records.length), records.length);
    }
  });
  return records.length;
}
