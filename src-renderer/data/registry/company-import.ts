/**
 * CSV import: all valid rows in ONE transaction, written in chunks (bulkAdd of companies and of
 * their outbox entries), so a crash or a closed window leaves either the whole import or nothing.
 * Progress is reported between chunks; nothing but Dexie is awaited inside the transaction.
 */
import type { Company } from '../../domain/model';
import { mergeImportedFields, type CompanyFields } from '../../domain/registry/company-record';
import { idKey, nameCore } from '../../domain/registry/duplicates';
import type { LcpDatabase, OutboxEntry } from '../db';
import { nextTimestamps } from '../identity';
import { deriveCompany, indexCreated } from '../entity-rules';
import { idsWithWord } from './company-index';
import { RecordNotFoundError, type Clock } from '../writes';
import { PERSON_TABLES, updateCompany } from './company-writes';

export const IMPORT_CHUNK = 5000;

export type ImportRow = { row: number; fields: CompanyFields };

/**
 * A row that matches a company already registered (`existingId`) or an earlier row of the file
 * (`earlierRow`): by VAT number or national id (refused), or by the same name in the same country
 * (a likely duplicate, to skip, merge into the existing company or import anyway).
 */
export type ImportDuplicate =
  | { row: number; kind: 'sameId'; field: 'vatNumber' | 'nationalId'; existingId?: string; earlierRow?: number }
  | { row: number; kind: 'sameName'; existingId?: string; existingName?: string; earlierRow?: number };

export async function importDuplicates(db: LcpDatabase, rows: ImportRow[]): Promise<ImportDuplicate[]> {
  const keyOf = (country: string, value: string | undefined) => {
    const key = idKey(value);
    return key ? `${country}:${key}` : '';
  };
  const nameOf = (company: Pick<Company, 'country' | 'legalName'>) =>
    `${company.country}:${nameCore(company.legalName)}`;
  const wanted = new Set<string>();
  for (const { fields } of rows)
    for (const value of [fields.vatNumber, fields.nationalId]) if (idKey(value)) wanted.add(idKey(value));
  const existing = new Map<string, string>();
  if (wanted.size > 0) {
    const ids = await db.transaction('r', [db.companies, db.companyWords], () =>
      Promise.all([...wanted].map((word) => idsWithWord(db, 0, word))),
    );
    const companies = await db.companies.bulkGet([...new Set(ids.flat())]);
    for (const company of companies) {
      if (!company) continue;
      for (const value of [company.vatNumber, company.nationalId]) {
        const key = keyOf(company.country, value);
        if (key) existing.set(key, company.id);
      }
    }
  }
  // Names: one pass over the registry (an import is rare; the word index has no country).
  const wantedNames = new Set(rows.map(({ fields }) => nameOf(fields)));
  const existingNames = new Map<string, NamedCompany & { id: string; name: string }>();
  await db.companies.each((company) => {
    const key = nameOf(company);
    if (!company.archivedAt && wantedNames.has(key) && !existingNames.has(key))
      existingNames.set(key, { id: company.id, name: company.legalName, ...idsOf(company) });
  });
  const seenNames = new Map<string, NamedCompany & { row: number }>();
  const seen = new Map<string, number>();
  const duplicates: ImportDuplicate[] = [];
  for (const { row, fields } of rows) {
    const sameId = (['vatNumber', 'nationalId'] as const).find((field) => {
      const key = keyOf(fields.country, fields[field]);
      return key && (existing.has(key) || seen.has(key));
    });
    if (sameId) {
      const key = keyOf(fields.country, fields[sameId]);
      duplicates.push({
        row,
        kind: 'sameId',
        field: sameId,
        existingId: existing.get(key),
        earlierRow: existing.has(key) ? undefined : seen.get(key),
      });
      continue;
    }
    for (const field of ['vatNumber', 'nationalId'] as const) {
      const key = keyOf(fields.country, fields[field]);
      if (key) seen.set(key, row);
    }
    const name = nameOf(fields);
    const mine = idsOf(fields);
    const found = existingNames.get(name);
    const earlier = seenNames.get(name);
    if (found && !differentIds(mine, found))
      duplicates.push({ row, kind: 'sameName', existingId: found.id, existingName: found.name });
    else if (earlier && !differentIds(mine, earlier))
      duplicates.push({ row, kind: 'sameName', earlierRow: earlier.row });
    if (!earlier) seenNames.set(name, { row, ...mine });
  }
  return duplicates;
}

type NamedCompany = { vat: string; national: string };

function idsOf(company: Pick<Company, 'vatNumber' | 'nationalId'>): NamedCompany {
  return { vat: idKey(company.vatNumber), national: idKey(company.nationalId) };
}

/** Two different VAT numbers (or national ids) say two companies, whatever their names. */
function differentIds(a: NamedCompany, b: NamedCompany): boolean {
  return Boolean((a.vat && b.vat && a.vat !== b.vat) || (a.national && b.national && a.national !== b.national));
}

export type PreparedImport = { companies: Company[]; entries: OutboxEntry[] };

/**
 * Builds the records and their outbox entries outside the transaction (pure CPU work). New rows
 * have no people yet; the outbox gets the row's fields only (derived fields are local).
 */
export function prepareImport(rows: CompanyFields[], lcpId: string, now: Date): PreparedImport {
  const at = now.toISOString();
  const companies: Company[] = [];
  const entries: OutboxEntry[] = [];
  for (const fields of rows) {
    const base: Company = { ...fields, id: crypto.randomUUID(), lcpId, createdAt: at, updatedAt: at };
    // The write path's derived fields (entity-rules.ts), computed here for the whole file at once.
    companies.push(deriveCompany(base, []));
    // CSV values are plain JSON (strings, numbers, string arrays): no canonicalisation needed.
    entries.push({
      changeId: crypto.randomUUID(),
      entity: 'company',
      entityId: base.id,
      op: 'create',
      fields: { ...fields },
      at,
      hlc: '',
      lcpId,
    });
  }
  return { companies, entries };
}

/** An existing company that an imported row updates: only the row's non-empty cells are taken. */
export type ImportUpdate = { id: string; fields: CompanyFields; provided: (keyof CompanyFields)[] };

export async function importCompanies(
  db: LcpDatabase,
  rows: CompanyFields[],
  onProgress: (done: number, total: number) => void = () => undefined,
  {
    chunk = IMPORT_CHUNK,
    clock = () => new Date(),
    updates = [],
  }: { chunk?: number; clock?: Clock; updates?: ImportUpdate[] } = {},
): Promise<{ created: number; updated: number }> {
  const now = clock();
  const lcpRow = await db.meta.get('lcpId');
  const { companies, entries } = prepareImport(rows, typeof lcpRow?.value === 'string' ? lcpRow.value : '', now);
  const total = companies.length + updates.length;
  let updated = 0;
  await db.transaction('rw', PERSON_TABLES(db), async () => {
    const { hlcs } = await nextTimestamps(db, now.getTime(), companies.length);
    entries.forEach((entry, index) => (entry.hlc = hlcs[index]!));
    for (let start = 0; start < companies.length; start += chunk) {
      const part = companies.slice(start, start + chunk);
      // The three stores are written concurrently inside the one transaction.
      await Promise.all([
        db.companies.bulkAdd(part),
        indexCreated(db, 'company', part),
        db.outbox.bulkAdd(entries.slice(start, start + chunk)),
      ]);
      onProgress(Math.min(start + chunk, companies.length), total);
    }
    // Merges go through the ordinary write path (diff, search fields, outbox) inside this transaction.
    for (const [index, update] of updates.entries()) {
      const before = await db.companies.get(update.id);
      if (!before) throw new RecordNotFoundError('company', update.id);
      if (
        (await updateCompany(db, update.id, mergeImportedFields(before, update.fields, update.provided), () => now))
          .changed
      )
        updated++;
      if ((index + 1) % chunk === 0) onProgress(companies.length + index + 1, total);
    }
    if (updates.length > 0) onProgress(total, total);
  });
  return { created: companies.length, updated };
}
