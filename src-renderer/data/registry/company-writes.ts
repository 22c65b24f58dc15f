/**
 * Company and person writes. Like data/writes.ts, each stores the record and its outbox entry in
 * ONE transaction; in addition each keeps the company's derived search fields (folded words of its
 * names, city, ids and its people's names) up to date in that same transaction. Derived fields are
 * local: they never reach the outbox. The word index (company-index.ts) is rewritten alongside. Nothing but Dexie is awaited inside the transactions.
 */
import { changedFields } from '../../domain/changes';
import type { Company, Person } from '../../domain/model';
import { companySearchFields, DERIVED_COMPANY_FIELDS, type CompanyFields, type PersonFields } from '../../domain/registry/company-record';
import { findDuplicates, idKey, nameCore, type CompanyIdentity, type DuplicateVerdict } from '../../domain/registry/duplicates';
import type { LcpDatabase } from '../db';
import { currentEventId } from '../events';
import { localLcpId } from '../identity';
import { idsWithWord, reindexCompany } from './company-index';
import { appendChange, RecordNotFoundError, systemClock, type Clock } from '../writes';

// events and settings: new records carry the current event (data/events.ts), as the issue on events asks.
const COMPANY_TABLES = (db: LcpDatabase) => [db.companies, db.companyWords, db.people, db.events, db.settings, db.outbox, db.meta];

/** The same VAT number or national id already belongs to a company of the same country. */
export class DuplicateCompanyError extends Error {
  constructor(readonly verdict: Extract<DuplicateVerdict, { kind: 'sameId' }>) {
    super(`Duplicate ${verdict.field}: ${verdict.existing.id}`);
  }
}

function withoutDerived(record: Record<string, unknown>): Record<string, unknown> {
  const copy = { ...record };
  for (const key of DERIVED_COMPANY_FIELDS) delete copy[key];
  return copy;
}

/** Candidates sharing an id or a distinctive name word with the company (indexed lookups). */
export async function duplicateCandidates(db: LcpDatabase, company: CompanyIdentity): Promise<Company[]> {
  const ids = [idKey(company.vatNumber), idKey(company.nationalId)].filter(Boolean);
  const core = nameCore(company.legalName).split(' ').filter((word) => word.length > 1);
  const words = [...ids, ...core.sort((a, b) => b.length - a.length).slice(0, 2)];
  if (words.length === 0) return [];
  const candidateIds = new Set<string>();
  for (const word of words) for (const id of await idsWithWord(db, 0, word)) if (candidateIds.size < 2000) candidateIds.add(id);
  const found = await db.companies.bulkGet([...candidateIds]);
  return found.filter((candidate): candidate is Company => candidate !== undefined && candidate.country === company.country && !candidate.archivedAt);
}

export async function checkDuplicates(db: LcpDatabase, company: CompanyIdentity): Promise<DuplicateVerdict> {
  return findDuplicates(company, await duplicateCandidates(db, company));
}

async function peopleNames(db: LcpDatabase, companyId: string): Promise<Person[]> {
  return db.people.where('companyId').equals(companyId).toArray();
}

export async function createCompany(db: LcpDatabase, fields: CompanyFields, clock: Clock = systemClock): Promise<Company> {
  return db.transaction('rw', COMPANY_TABLES(db), async () => {
    const verdict = await checkDuplicates(db, fields);
    if (verdict.kind === 'sameId') throw new DuplicateCompanyError(verdict);
    const now = clock().toISOString();
    const eventId = fields.eventId ?? (await currentEventId(db));
    const base = { ...fields, ...(eventId ? { eventId } : {}), id: crypto.randomUUID(), lcpId: await localLcpId(db), createdAt: now, updatedAt: now };
    const record: Company = { ...base, ...companySearchFields(base, []) };
    await db.companies.add(record);
    await reindexCompany(db, undefined, record);
    await appendChange(db, 'company', record.id, 'create', changedFields(undefined, withoutDerived(record)), clock());
    return record;
  });
}

/** Saves the full set of editable fields (a form's result); fields left empty are removed. */
export async function updateCompany(
  db: LcpDatabase,
  id: string,
  fields: CompanyFields,
  clock: Clock = systemClock,
): Promise<{ record: Company; changed: boolean }> {
  return db.transaction('rw', COMPANY_TABLES(db), async () => {
    const before = await db.companies.get(id);
    if (!before) throw new RecordNotFoundError('company', id);
    const verdict = await checkDuplicates(db, { ...fields, id });
    if (verdict.kind === 'sameId') throw new DuplicateCompanyError(verdict);
    const { id: _id, lcpId, createdAt, updatedAt, archivedAt } = before;
    return applyCompany(db, before, { ...fields, id, lcpId, createdAt, updatedAt, archivedAt }, clock);
  });
}

async function applyCompany(db: LcpDatabase, before: Company, next: Company, clock: Clock): Promise<{ record: Company; changed: boolean }> {
  if (next.archivedAt === undefined) delete next.archivedAt;
  const fields = changedFields(withoutDerived(before), withoutDerived(next));
  if (Object.keys(fields).length === 0) return { record: before, changed: false };
  const now = clock();
  const record: Company = { ...next, updatedAt: now.toISOString(), ...companySearchFields(next, await peopleNames(db, next.id)) };
  await db.companies.put(record);
  await reindexCompany(db, before, record);
  await appendChange(db, 'company', record.id, 'update', fields, now);
  return { record, changed: true };
}

/** Archive (soft delete) or restore: the undo of an archive is a restore. */
export async function setCompanyArchived(db: LcpDatabase, id: string, archived: boolean, clock: Clock = systemClock): Promise<Company> {
  return db.transaction('rw', COMPANY_TABLES(db), async () => {
    const before = await db.companies.get(id);
    if (!before) throw new RecordNotFoundError('company', id);
    const next: Company = { ...before, archivedAt: archived ? clock().toISOString() : undefined };
    return (await applyCompany(db, before, next, clock)).record;
  });
}

/** Recomputes the company's words after a change to its people (no outbox entry: derived). */
async function refreshCompanyWords(db: LcpDatabase, companyId: string): Promise<void> {
  const company = await db.companies.get(companyId);
  if (!company) return;
  const next: Company = { ...company, ...companySearchFields(company, await peopleNames(db, companyId)) };
  await db.companies.put(next);
  await reindexCompany(db, company, next);
}

/** Every table the company and person writes touch: a caller's transaction around them must include these. */
export const PERSON_TABLES = (db: LcpDatabase) => [db.companies, db.companyWords, db.people, db.events, db.settings, db.outbox, db.meta, db.tombstones];

export async function savePerson(
  db: LcpDatabase,
  companyId: string,
  personId: string | null,
  fields: PersonFields,
  clock: Clock = systemClock,
): Promise<Person> {
  return db.transaction('rw', PERSON_TABLES(db), async () => {
    if (!(await db.companies.get(companyId))) throw new RecordNotFoundError('company', companyId);
    const now = clock();
    if (personId === null) {
      const eventId = fields.eventId ?? (await currentEventId(db));
      const record: Person = {
        ...fields, ...(eventId ? { eventId } : {}), companyId, id: crypto.randomUUID(), lcpId: await localLcpId(db), createdAt: now.toISOString(), updatedAt: now.toISOString(),
      };
      await db.people.add(record);
      await appendChange(db, 'person', record.id, 'create', changedFields(undefined, record), now);
      await refreshCompanyWords(db, companyId);
      return record;
    }
    const before = await db.people.get(personId);
    if (!before) throw new RecordNotFoundError('person', personId);
    const next: Person = { ...fields, companyId, id: before.id, lcpId: before.lcpId, createdAt: before.createdAt, updatedAt: before.updatedAt };
    const changes = changedFields(before, next);
    if (Object.keys(changes).length === 0) return before;
    next.updatedAt = now.toISOString();
    await db.people.put(next);
    await appendChange(db, 'person', next.id, 'update', changes, now);
    await refreshCompanyWords(db, companyId);
    return next;
  });
}

/** Removes a person from the company (left it, was a duplicate): an ordinary deletion with tombstone. */
export async function removePerson(db: LcpDatabase, personId: string, clock: Clock = systemClock): Promise<void> {
  await deletePerson(db, personId, 'deleted', clock);
}

/**
 * GDPR erasure (right to be forgotten): the person's row is deleted for good, a tombstone records
 * that an erasure happened (so it reaches the central office), and the person's values are scrubbed
 * from EVERY outbox entry about them, sent or not: an erased person's name must not survive in the
 * local change log either. Scrubbed entries keep their changeId and sequence number (the sync
 * cursor and ordering stay intact), keep only `companyId` (not personal) and are marked `redacted`;
 * the central office then receives a create without personal data followed by the erasure.
 */
export async function erasePerson(db: LcpDatabase, personId: string, clock: Clock = systemClock): Promise<void> {
  await deletePerson(db, personId, 'erased', clock);
}

async function deletePerson(db: LcpDatabase, personId: string, reason: 'deleted' | 'erased', clock: Clock): Promise<void> {
  await db.transaction('rw', PERSON_TABLES(db), async () => {
    const before = await db.people.get(personId);
    if (!before) throw new RecordNotFoundError('person', personId);
    const now = clock();
    await db.people.delete(personId);
    await db.tombstones.put({ entity: 'person', entityId: personId, deletedAt: now.toISOString(), reason, lcpId: before.lcpId });
    if (reason === 'erased') {
      await db.outbox
        .where('[entity+entityId]')
        .equals(['person', personId])
        .modify((entry) => {
          entry.fields = { companyId: before.companyId };
          entry.redacted = true;
        });
    }
    await appendChange(db, 'person', personId, reason === 'erased' ? 'erase' : 'delete', { companyId: before.companyId }, now);
    await refreshCompanyWords(db, before.companyId);
  });
}

/**
 * Keeps the derived search fields and the word index right after sync applied a record received
 * from the hub (a central-office edit, an erasure). Call inside the transaction that applied it,
 * with the record as it was before; the transaction must include `companies`, `companyWords` and
 * `people`.
 */
export async function reindexAfterRemoteChange(
  db: LcpDatabase,
  entity: string,
  entityId: string,
  before: Record<string, unknown> | undefined,
): Promise<void> {
  if (entity === 'company') {
    const stored = await db.companies.get(entityId);
    if (!stored) {
      if (before) await reindexCompany(db, before as Company, undefined);
      return;
    }
    const next: Company = { ...stored, ...companySearchFields(stored, await peopleNames(db, entityId)) };
    await db.companies.put(next);
    await reindexCompany(db, before as Company | undefined, next);
  } else if (entity === 'person') {
    const person = (await db.people.get(entityId)) ?? (before as Person | undefined);
    if (person?.companyId) await refreshCompanyWords(db, person.companyId);
  }
}
