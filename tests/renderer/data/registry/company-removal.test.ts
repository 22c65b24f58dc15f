import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  attachSignedScan,
  changeAgreementStatus,
  createAgreement,
  storeGeneratedVersion,
} from '../../../../src-renderer/data/agreements';
import type { LcpDatabase } from '../../../../src-renderer/data/db';
import { saveInterviewDraft, startInterview } from '../../../../src-renderer/data/interviews';
import { companyFootprint, deleteCompany, eraseCompany } from '../../../../src-renderer/data/registry/company-removal';
import { searchCompanyIds } from '../../../../src-renderer/data/registry/company-search';
import { createCompany, savePerson, updateCompany } from '../../../../src-renderer/data/registry/company-writes';
import { addCheckIn, createSecondment } from '../../../../src-renderer/data/secondments';
import { createRecord } from '../../../../src-renderer/data/writes';
import { EMPTY_TERMS } from '../../../../src-renderer/domain/agreements/terms';
import type { CompanyFields } from '../../../../src-renderer/domain/registry/company-record';
import { freshDatabase } from '../test-db';

const fields = (overrides: Partial<CompanyFields> = {}): CompanyFields => ({
  legalName: 'Brigitte Xylander Einzelunternehmen',
  country: 'AT',
  city: 'Wien',
  vatNumber: 'ATU13585627',
  email: 'brigitte@xylander.at',
  languages: ['de'],
  role: 'send',
  status: 'registered',
  consent: {},
  tags: [],
  ...overrides,
});
const pdf = {
  bytes: new Uint8Array([37, 80, 68, 70]),
  sha256: 'cd'.repeat(32),
  mimeType: 'application/pdf',
  languages: ['de', 'el'],
};
/** Values of the company and its records: none may survive an erasure anywhere in IndexedDB. */
const SECRETS = [
  'Xylander',
  'xylander',
  'Brigitte',
  'brigitte',
  'ATU13585627',
  '13585627',
  'Yvonne',
  'Zauner',
  'zauner',
  'Olive oil from Wien',
  'Mentor Quirin',
  'Secret note',
];

let db: LcpDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

async function seed() {
  const company = await createCompany(db, fields());
  await updateCompany(db, company.id, fields({ city: 'Wien Xylanderhof' }));
  const person = await savePerson(db, company.id, null, {
    firstName: 'Yvonne',
    lastName: 'Zauner',
    role: 'employee',
    email: 'yvonne@zauner.at',
    languages: [],
    candidate: true,
    consent: {},
  });
  const host = await createCompany(
    db,
    fields({
      legalName: 'Ελαιουργία Α.Ε.',
      country: 'GR',
      city: 'Λάρισα',
      vatNumber: undefined,
      email: undefined,
      role: 'host',
    }),
  );
  const other = await createCompany(
    db,
    fields({ legalName: 'Andere Firma GmbH', vatNumber: undefined, email: undefined }),
  );
  const interview = await startInterview(db, { companyId: company.id, interviewer: 'Ines' });
  await saveInterviewDraft(db, interview.id, {
    answers: { motivation: 'Olive oil from Wien' },
    notes: { type: 'doc', content: [{ type: 'text', text: 'Secret note' }] },
  });
  const match = await createRecord(db, 'match', {
    sendingCompanyId: company.id,
    participantId: person.id,
    hostCompanyId: host.id,
    rationale: 'Olive oil from Wien',
    status: 'accepted',
  });
  const parties = { sending: company, host };
  const draft = {
    sendingCompanyId: company.id,
    hostCompanyId: host.id,
    participantId: person.id,
    startDate: '2026-03-02',
    endDate: '2026-06-30',
    terms: { ...EMPTY_TERMS, mentor: 'Mentor Quirin' },
    languages: ['de', 'el'] as ['de', 'el'],
    includeEnglish: false,
    layout: 'sideBySide' as const,
  };
  const agreement = await createAgreement(db, draft, parties, 'AT-2026-0001', { matchId: match.id });
  await storeGeneratedVersion(db, agreement.id, pdf);
  await changeAgreementStatus(db, agreement.id, 'sentForSignature');
  // A scan must look like one (attachSignedScan checks its size and first bytes).
  const jpeg = new Uint8Array(4096);
  jpeg.set([0xff, 0xd8, 0xff, 0xe0]);
  await attachSignedScan(db, agreement.id, { ...pdf, bytes: jpeg, mimeType: 'image/jpeg' });
  const secondment = await createSecondment(db, {
    sendingCompanyId: company.id,
    participantId: person.id,
    hostCompanyId: host.id,
    plannedStart: '2026-03-02',
    plannedEnd: '2026-06-30',
    mentorName: 'Mentor Quirin',
    disability: false,
  });
  await addCheckIn(db, secondment.id, { date: '2026-03-20', who: 'Ines', notes: 'Secret note', problems: '' });
  // What sync keeps about the company: a lost local edit and the hub's field clocks.
  await db.syncConflicts.add({
    id: crypto.randomUUID(),
    entity: 'company',
    entityId: company.id,
    field: 'city',
    mine: 'Wien Xylanderhof',
    theirs: 'Graz',
    theirHlc: 'x',
    reason: 'newerEdit',
    source: 'pull',
    detectedAt: '2026-01-01T00:00:00.000Z',
    open: 1,
  });
  await db.recordClocks.put({
    entity: 'company',
    entityId: company.id,
    clocks: { city: 'x' },
    editedBy: 'central-office',
    editedAt: '2026-01-01T00:00:00.000Z',
  });
  return { company, person, host, other, interview, match, agreement, secondment };
}

/** Every row of every table, as text (the word index: its keys). */
async function everything(): Promise<string> {
  const parts: string[] = [];
  for (const table of db.tables) {
    const rows = table.name === 'companyWords' ? await table.toCollection().primaryKeys() : await table.toArray();
    parts.push(table.name, JSON.stringify(rows));
  }
  return parts.join('\n');
}

const search = async (text: string) => (await searchCompanyIds(db, { text, filters: {}, sort: 'name' })).ids;

describe('erasing a company (GDPR)', () => {
  it('counts what goes with it', async () => {
    const { company } = await seed();
    expect(await companyFootprint(db, company.id)).toEqual({
      people: 1,
      interviews: 1,
      agreements: 1,
      matches: 1,
      secondments: 1,
      documents: 2,
    });
  });

  it('removes the company, its people, interviews, matches, agreements and their PDFs, secondments, and leaves no value anywhere in IndexedDB', async () => {
    const { company, person, host, other, interview, match, agreement, secondment } = await seed();
    expect(await search('xylander')).toEqual([company.id]);
    const before = await everything();
    for (const secret of SECRETS) expect(before).toContain(secret);
    const seqBefore = (await db.outbox.toCollection().primaryKeys()).length;

    expect(await eraseCompany(db, company.id)).toEqual({
      people: 1,
      interviews: 1,
      agreements: 1,
      matches: 1,
      secondments: 1,
      documents: 2,
    });

    const after = await everything();
    for (const secret of SECRETS) expect(after, secret).not.toContain(secret);
    expect(await db.companies.get(company.id)).toBeUndefined();
    expect(await db.people.get(person.id)).toBeUndefined();
    expect(await db.interviews.get(interview.id)).toBeUndefined();
    expect(await db.matches.get(match.id)).toBeUndefined();
    expect(await db.agreements.get(agreement.id)).toBeUndefined();
    expect(await db.secondments.get(secondment.id)).toBeUndefined();
    expect(await db.agreementVersions.count()).toBe(0);
    expect(await db.syncConflicts.count()).toBe(0);
    expect(await db.recordClocks.count()).toBe(0);
    for (const [entity, id] of [
      ['company', company.id],
      ['person', person.id],
      ['interview', interview.id],
      ['match', match.id],
      ['agreement', agreement.id],
      ['secondment', secondment.id],
    ] as const) {
      expect(await db.tombstones.get([entity, id]), entity).toMatchObject({ reason: 'erased' });
      const entries = await db.outbox.where('[entity+entityId]').equals([entity, id]).toArray();
      expect(entries.at(-1), entity).toMatchObject({ op: 'erase' });
      expect(
        entries.slice(0, -1).every((entry) => entry.redacted),
        entity,
      ).toBe(true);
    }
    // Sequence numbers stay: entries are scrubbed, never removed.
    expect((await db.outbox.toCollection().primaryKeys()).length).toBe(seqBefore + 6);
    // Search and the word index are right at once; the other companies stay.
    expect(await search('xylander')).toEqual([]);
    expect(await search('zauner')).toEqual([]);
    expect(await search('andere')).toEqual([other.id]);
    expect((await db.companyWords.toCollection().primaryKeys()).some((key) => key.endsWith(company.id))).toBe(false);
    expect(await db.companies.get(host.id)).toBeDefined();
  });

  it('changes nothing when it fails half-way', async () => {
    const { company } = await seed();
    const before = await everything();
    const failing = () => {
      throw new Error('clock broke');
    };
    await expect(eraseCompany(db, company.id, failing)).rejects.toThrow('clock broke');
    expect(await everything()).toBe(before);
    expect(await search('xylander')).toEqual([company.id]);
  });

  it('refuses a company that does not exist', async () => {
    await expect(eraseCompany(db, 'missing')).rejects.toThrow('company missing not found');
  });
});

describe('deleting a company entered by mistake', () => {
  it('removes it and everything that belongs to it, with deleted tombstones that reach the hub', async () => {
    const { company, person, interview, agreement, other } = await seed();
    await deleteCompany(db, company.id);
    expect(await db.companies.get(company.id)).toBeUndefined();
    expect(await db.people.get(person.id)).toBeUndefined();
    expect(await db.interviews.get(interview.id)).toBeUndefined();
    expect(await db.agreements.get(agreement.id)).toBeUndefined();
    expect(await db.agreementVersions.count()).toBe(0);
    for (const [entity, id] of [
      ['company', company.id],
      ['person', person.id],
      ['interview', interview.id],
      ['agreement', agreement.id],
    ] as const) {
      expect(await db.tombstones.get([entity, id])).toMatchObject({ reason: 'deleted' });
    }
    const deletions = (await db.outbox.toArray()).filter((entry) => entry.op === 'delete');
    expect(deletions.map((entry) => entry.entity).sort()).toEqual([
      'agreement',
      'company',
      'interview',
      'match',
      'person',
      'secondment',
    ]);
    // Not an erasure: the earlier entries stay as they were.
    expect((await db.outbox.toArray()).some((entry) => entry.redacted)).toBe(false);
    expect(await search('xylander')).toEqual([]);
    expect(await search('andere')).toEqual([other.id]);
  });
});
