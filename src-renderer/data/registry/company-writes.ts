/**
 * Company and person writes: what is specific to them (duplicate checks, the current event, full
 * form saves, erasure). Everything every company or person write must also do (search fields,
 * size class, word index, the company's words from its people) is the write path's
 * (data/writes.ts with data/entity-rules.ts), whichever path writes.
 */
import type { Company, Person } from '../../domain/model';
import type { CompanyFields, PersonFields } from '../../domain/registry/company-record';
import {
  findDuplicates,
  idKey,
  nameCore,
  type CompanyIdentity,
  type DuplicateVerdict,
} from '../../domain/registry/duplicates';
import type { LcpDatabase } from '../db';
import { localFields } from '../entity-rules';
import { currentEventId } from '../events';
import { idsWithWord } from './company-index';
import {
  createRecord,
  deleteRecord,
  RecordNotFoundError,
  systemClock,
  updateRecord,
  writeTables,
  type Clock,
} from '../writes';

// events and settings: new records carry the current event (data/events.ts), as the issue on events asks.
const COMPANY_TABLES = (db: LcpDatabase) => [...writeTables(db, 'company', 'person'), db.events, db.settings];

/** The same VAT number or national id already belongs to a company of the same country. */
export class DuplicateCompanyError extends Error {
  constructor(readonly verdict: Extract<DuplicateVerdict, { kind: 'sameId' }>) {
    super(`Duplicate ${verdict.field}: ${verdict.existing.id}`);
  }
}

/** Candidates sharing an id or a distinctive name word with the company (indexed lookups). */
export async function duplicateCandidates(db: LcpDatabase, company: CompanyIdentity): Promise<Company[]> {
  const ids = [idKey(company.vatNumber), idKey(company.nationalId)].filter(Boolean);
  const core = nameCore(company.legalName)
    .split(' ')
    .filter((word) => word.length > 1);
  const words = [...ids, ...core.sort((a, b) => b.length - a.length).slice(0, 2)];
  if (words.length === 0) return [];
  const candidateIds = new Set<string>();
  for (const word of words)
    for (const id of await idsWithWord(db, 0, word)) if (candidateIds.size < 2000) candidateIds.add(id);
  const found = await db.companies.bulkGet([...candidateIds]);
  return found.filter(
    (candidate): candidate is Company =>
      candidate !== undefined && candidate.country === company.country && !candidate.archivedAt,
  );
}

export async function checkDuplicates(db: LcpDatabase, company: CompanyIdentity): Promise<DuplicateVerdict> {
  return findDuplicates(company, await duplicateCandidates(db, company));
}

const META_FIELDS = new Set(['id', 'lcpId', 'createdAt', 'updatedAt']);

/** A patch that replaces the record's editable fields with `fields`: those absent are removed (except `keep`). */
function replacing<T extends object>(
  entity: 'company' | 'person',
  before: object,
  fields: T,
  keep: readonly string[] = [],
): T {
  const patch: Record<string, unknown> = { ...(fields as Record<string, unknown>) };
  const local = localFields(entity);
  for (const key of Object.keys(before)) {
    if (!(key in patch) && !META_FIELDS.has(key) && !local.includes(key) && !keep.includes(key)) patch[key] = undefined;
  }
  return patch as T;
}

export async function createCompany(
  db: LcpDatabase,
  fields: CompanyFields,
  clock: Clock = systemClock,
): Promise<Company> {
  return db.transaction('rw', COMPANY_TABLES(db), async () => {
    const verdict = await checkDuplicates(db, fields);
    if (verdict.kind === 'sameId') throw new DuplicateCompanyError(verdict);
    const eventId = fields.eventId ?? (await currentEventId(db));
    return createRecord(db, 'company', { ...fields, ...(eventId ? { eventId } : {}) }, clock);
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
    return updateRecord(db, 'company', id, replacing('company', before, fields, ['archivedAt']), clock);
  });
}

/** Archive (soft delete) or restore: the undo of an archive is a restore. */
export async function setCompanyArchived(
  db: LcpDatabase,
  id: string,
  archived: boolean,
  clock: Clock = systemClock,
): Promise<Company> {
  return (await updateRecord(db, 'company', id, { archivedAt: archived ? clock().toISOString() : undefined }, clock))
    .record;
}

/** Every table the company and person writes touch: a caller's transaction around them must include these. */
export const PERSON_TABLES = (db: LcpDatabase) => [
  db.companies,
  db.companyWords,
  db.people,
  db.events,
  db.settings,
  db.outbox,
  db.meta,
  db.tombstones,
];

export async function savePerson(
  db: LcpDatabase,
  companyId: string,
  personId: string | null,
  fields: PersonFields,
  clock: Clock = systemClock,
): Promise<Person> {
  return db.transaction('rw', PERSON_TABLES(db), async () => {
    if (!(await db.companies.get(companyId))) throw new RecordNotFoundError('company', companyId);
    if (personId === null) {
      const eventId = fields.eventId ?? (await currentEventId(db));
      return createRecord(db, 'person', { ...fields, ...(eventId ? { eventId } : {}), companyId }, clock);
    }
    const before = await db.people.get(personId);
    if (!before) throw new RecordNotFoundError('person', personId);
    return (await updateRecord(db, 'person', personId, replacing('person', before, { ...fields, companyId }), clock))
      .record;
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

async function deletePerson(
  db: LcpDatabase,
  personId: string,
  reason: 'deleted' | 'erased',
  clock: Clock,
): Promise<void> {
  // The write path scrubs an erased person's outbox entries (keeping `companyId`) and refreshes the company's words.
  await deleteRecord(db, 'person', personId, reason, clock);
}
