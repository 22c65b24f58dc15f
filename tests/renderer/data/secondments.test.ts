import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LcpDatabase } from '../../../src-renderer/data/db';
import {
  addCheckIn,
  changePlannedEnd,
  createSecondment,
  endSecondment,
  moveSecondment,
  overrideEligibility,
  saveLearningProject,
  SecondmentInputError,
} from '../../../src-renderer/data/secondments';
import { querySecondments } from '../../../src-renderer/data/useSecondments';
import { createRecord } from '../../../src-renderer/data/writes';
import type { RateTable } from '../../../src-renderer/domain/funding';
import type { Company, Person } from '../../../src-renderer/domain/model';
import type { NewSecondmentInput, Secondment } from '../../../src-renderer/domain/secondments/record';
import { parseMessage } from '../../../src-renderer/domain/validation';
import { freshDatabase } from './test-db';

let db: LcpDatabase;
let sending: Company;
let host: Company;
let person: Person;
let clockNow = new Date('2026-01-10T09:00:00.000Z');
const clock = () => clockNow;

const base = { languages: [], role: 'both' as const, consent: {}, tags: [] };

beforeEach(async () => {
  db = await freshDatabase();
  clockNow = new Date('2026-01-10T09:00:00.000Z');
  sending = await createRecord(db, 'company', {
    ...base,
    status: 'seekingMatch',
    legalName: 'Čokolada d.o.o.',
    country: 'HR',
    headcount: 12,
  });
  host = await createRecord(db, 'company', {
    ...base,
    status: 'interviewed',
    legalName: 'Ελαιουργία Α.Ε.',
    country: 'GR',
    headcount: 30,
  });
  person = await createRecord(db, 'person', {
    companyId: sending.id,
    firstName: 'Željka',
    lastName: 'Šimić',
    role: 'employee',
    languages: [],
    candidate: true,
    consent: {},
  });
});
afterEach(async () => {
  await db?.delete();
});

function input(patch: Partial<NewSecondmentInput> = {}): NewSecondmentInput {
  return {
    sendingCompanyId: sending.id,
    participantId: person.id,
    hostCompanyId: host.id,
    plannedStart: '2026-03-01',
    plannedEnd: '2026-05-31',
    mentorName: 'Eleni Papadopoulou',
    mentorRole: 'Export manager',
    disability: false,
    ...patch,
  };
}

const PROJECT = {
  objectives: [{ text: 'Map 20 olive oil importers in Croatia', measure: 'A shared list of 20 importers' }],
  activities: [{ text: 'Work on the bottling line', weekFrom: 1, weekTo: 4 }],
  resultsSending: 'A Greek supplier of olive oil',
  resultsHost: 'A first Croatian distributor',
  resultsParticipant: 'Export procedures, Greek basics',
  collaborationTypes: ['marketResearch' as const, 'training' as const],
  workingLanguages: ['en', 'el'],
};

async function refusal(promise: Promise<unknown>): Promise<Record<string, string>> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SecondmentInputError)
      return Object.fromEntries(Object.entries(error.errors).map(([k, v]) => [k, parseMessage(v).key]));
    throw error;
  }
  throw new Error('expected a refusal');
}

const statusOf = async (id: string) => (await db.companies.get(id))!.status;

async function signed(): Promise<Secondment> {
  const s = await createSecondment(db, input(), {}, clock);
  await saveLearningProject(db, s.id, PROJECT, clock);
  await moveSecondment(db, s.id, 'learningProjectAgreed', {}, clock);
  return moveSecondment(db, s.id, 'agreementSigned', {}, clock);
}

describe('creating a secondment', () => {
  it('stores it planned, with both countries and contact points, queues it for sync and moves both companies to matched', async () => {
    const s = await createSecondment(db, input(), {}, clock);
    expect(s).toMatchObject({
      status: 'planned',
      sendingCountry: 'HR',
      hostCountry: 'GR',
      sendingLcpId: sending.lcpId,
      hostLcpId: host.lcpId,
      pipelineBefore: { sending: 'seekingMatch', host: 'interviewed' },
      checkIns: [],
      objectives: [],
    });
    const outbox = await db.outbox.where('[entity+entityId]').equals(['secondment', s.id]).toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]!.op).toBe('create');
    expect(outbox[0]!.fields['mentorName']).toBe('Eleni Papadopoulou');
    expect(await statusOf(sending.id)).toBe('matched');
    expect(await statusOf(host.id)).toBe('matched');
  });

  it('refuses a participant of another company, the same company twice, and bad dates, each with its field', async () => {
    const other = await createRecord(db, 'person', { ...person, companyId: host.id, id: undefined });
    expect(await refusal(createSecondment(db, input({ participantId: other.id }), {}, clock))).toEqual({
      participantId: 'secondments:errors.participant',
    });
    expect(await refusal(createSecondment(db, input({ hostCompanyId: sending.id }), {}, clock))).toEqual({
      hostCompanyId: 'secondments:errors.sameCompany',
    });
    expect(await refusal(createSecondment(db, input({ plannedEnd: '2026-02-01' }), {}, clock))).toEqual({
      plannedEnd: 'secondments:errors.endBeforeStart',
    });
    expect(
      await refusal(createSecondment(db, input({ plannedStart: '2026-02-30', mentorName: ' ' }), {}, clock)),
    ).toEqual({
      plannedStart: 'secondments:errors.date',
      mentorName: 'required',
    });
    expect(await db.secondments.count()).toBe(0);
  });
});

describe('the life cycle', () => {
  it('agrees the Learning Project only once it is complete', async () => {
    const s = await createSecondment(db, input(), {}, clock);
    expect(await refusal(moveSecondment(db, s.id, 'learningProjectAgreed', {}, clock))).toEqual({
      _form: 'secondments:learning.gaps.objectives',
    });
    await saveLearningProject(db, s.id, PROJECT, clock);
    const agreed = await moveSecondment(db, s.id, 'learningProjectAgreed', {}, clock);
    expect(agreed.status).toBe('learningProjectAgreed');
    // Agreed, it is locked until reopened.
    expect(await refusal(saveLearningProject(db, s.id, { resultsHost: 'x' }, clock))).toEqual({
      _form: 'secondments:errors.learningProjectLocked',
    });
  });

  it('fixes the support at signature with the table id and version, and later tables do not change it', async () => {
    const s = await signed();
    // 1 March to 31 May at the Greek default rate (€800): three whole months.
    expect(s.funding).toEqual({
      amountCents: 3 * 80_000,
      rateTableId: 'rates-2020',
      rateTableVersion: 1,
      monthlyRateCents: 80_000,
      disability: false,
      periodStart: '2026-03-01',
      periodEnd: '2026-05-31',
      computedAt: clockNow.toISOString(),
    });
    expect(await statusOf(sending.id)).toBe('agreementSigned');
    const started = await moveSecondment(db, s.id, 'underWay', { date: '2026-03-02' }, clock);
    expect(started.actualStart).toBe('2026-03-02');
    expect(await statusOf(host.id)).toBe('inSecondment');
    const completed = await moveSecondment(db, s.id, 'completed', {}, clock);
    expect(completed).toMatchObject({ status: 'completed', actualEnd: '2026-05-31', funding: s.funding });
    expect(await statusOf(sending.id)).toBe('completed');
  });

  it('records the days a stay starts and ends, and refuses an invalid day or an end before the start', async () => {
    const s = await signed();
    expect(await refusal(moveSecondment(db, s.id, 'underWay', { date: '2026-13-01' }, clock))).toEqual({
      date: 'secondments:errors.date',
    });
    await moveSecondment(db, s.id, 'underWay', { date: '2026-03-03' }, clock);
    expect(await refusal(moveSecondment(db, s.id, 'completed', { date: '2026-03-02' }, clock))).toEqual({
      date: 'secondments:errors.endBeforeActualStart',
    });
    expect((await moveSecondment(db, s.id, 'completed', { date: '2026-05-30' }, clock)).actualEnd).toBe('2026-05-30');
  });

  it('signs with a table passed in (the seam for tables the central office publishes)', async () => {
    const s = await createSecondment(db, input({ disability: true }), {}, clock);
    await saveLearningProject(db, s.id, PROJECT, clock);
    await moveSecondment(db, s.id, 'learningProjectAgreed', {}, clock);
    const table: RateTable = {
      id: 'rates-2026',
      version: 3,
      validFrom: '2026-01-01',
      confirmed: true,
      currency: 'EUR',
      monthlyRateCents: { GR: 85_000 },
      disabilityRateCents: 120_000,
    };
    const done = await moveSecondment(db, s.id, 'agreementSigned', { rateTables: [table] }, clock);
    expect(done.funding).toMatchObject({
      amountCents: 3 * 120_000,
      rateTableId: 'rates-2026',
      rateTableVersion: 3,
      disability: true,
    });
  });

  it('blocks signature when a check fails, until someone overrides it with a reason', async () => {
    // Both in Croatia: the pair fails "different countries".
    await db.companies.update(host.id, { country: 'HR' });
    const s = await createSecondment(db, input(), {}, clock);
    await saveLearningProject(db, s.id, PROJECT, clock);
    await moveSecondment(db, s.id, 'learningProjectAgreed', {}, clock);
    expect(await refusal(moveSecondment(db, s.id, 'agreementSigned', {}, clock))).toEqual({
      _form: 'secondments:errors.notEligible',
    });
    expect(await refusal(overrideEligibility(db, s.id, { reason: ' ', by: 'Ana' }, clock))).toEqual({
      reason: 'required',
    });
    const overridden = await overrideEligibility(
      db,
      s.id,
      { reason: 'Cross-border region, agreed by the central office', by: 'Ana Horvat' },
      clock,
    );
    expect(overridden.eligibilityOverride).toEqual({
      reason: 'Cross-border region, agreed by the central office',
      by: 'Ana Horvat',
      at: clockNow.toISOString(),
      failedChecks: ['differentCountries'],
    });
    expect((await moveSecondment(db, s.id, 'agreementSigned', {}, clock)).status).toBe('agreementSigned');
  });

  it('refuses an override when nothing fails', async () => {
    const s = await createSecondment(db, input(), {}, clock);
    expect(await refusal(overrideEligibility(db, s.id, { reason: 'Just in case', by: 'Ana' }, clock))).toEqual({
      _form: 'secondments:errors.nothingToOverride',
    });
  });

  it('refuses a move the life cycle does not allow', async () => {
    const s = await createSecondment(db, input(), {}, clock);
    expect(await refusal(moveSecondment(db, s.id, 'underWay', {}, clock))).toEqual({
      _form: 'secondments:errors.move',
    });
    expect(await refusal(moveSecondment(db, s.id, 'cancelled', {}, clock))).toEqual({
      _form: 'secondments:errors.move',
    });
  });
});

describe('ending early, cancelling, extending', () => {
  it('terminates a stay under way on a day, with a reason, and computes the support again at the signed rate', async () => {
    const s = await signed();
    await moveSecondment(db, s.id, 'underWay', { date: '2026-03-01' }, clock);
    expect(await refusal(endSecondment(db, s.id, 'terminated', { date: '2026-02-01', reason: 'Ill' }, clock))).toEqual({
      date: 'secondments:errors.endBeforeActualStart',
    });
    const ended = await endSecondment(db, s.id, 'terminated', { date: '2026-04-10', reason: 'Family reasons' }, clock);
    expect(ended).toMatchObject({
      status: 'terminated',
      actualEnd: '2026-04-10',
      ending: { date: '2026-04-10', reason: 'Family reasons' },
      funding: {
        amountCents: 80_000 + Math.round((10 * 80_000) / 30),
        rateTableVersion: 1,
        periodStart: '2026-03-01',
        periodEnd: '2026-04-10',
      },
    });
    expect(await statusOf(sending.id)).toBe('completed');
  });

  it('rolls both companies back to their statuses from before when a secondment is cancelled before it starts', async () => {
    const s = await signed();
    expect(await statusOf(host.id)).toBe('agreementSigned');
    const cancelled = await endSecondment(
      db,
      s.id,
      'cancelled',
      { date: '2026-02-01', reason: 'Host withdrew' },
      clock,
    );
    expect(cancelled.status).toBe('cancelled');
    expect(await statusOf(sending.id)).toBe('seekingMatch');
    expect(await statusOf(host.id)).toBe('interviewed');
    // The rollback travels to the hub like any edit.
    const companyUpdates = await db.outbox.where('[entity+entityId]').equals(['company', host.id]).toArray();
    expect(companyUpdates.at(-1)!.fields).toEqual({ status: 'interviewed' });
  });

  it('extends within the maximum duration and recomputes a signed amount; refuses beyond it', async () => {
    const s = await signed();
    expect(await refusal(changePlannedEnd(db, s.id, { plannedEnd: '2026-09-30' }, clock))).toEqual({
      plannedEnd: 'eligibility:checks.duration.fail',
    });
    const extended = await changePlannedEnd(db, s.id, { plannedEnd: '2026-06-30' }, clock);
    expect(extended.plannedEnd).toBe('2026-06-30');
    expect(extended.funding!.amountCents).toBe(4 * 80_000);
  });
});

describe('check-ins and the Learning Project', () => {
  it('adds check-ins in date order and refuses an empty one', async () => {
    const s = await signed();
    await addCheckIn(db, s.id, { date: '2026-04-01', who: 'Ana', notes: 'All well', problems: '' }, clock);
    const after = await addCheckIn(
      db,
      s.id,
      { date: '2026-03-15', who: 'Ana', notes: 'Settled in', problems: 'Flat noisy' },
      clock,
    );
    expect(after.checkIns.map((c) => c.date)).toEqual(['2026-03-15', '2026-04-01']);
    expect(await refusal(addCheckIn(db, s.id, { date: '', who: '', notes: '', problems: '' }, clock))).toEqual({
      date: 'required',
      who: 'required',
      notes: 'required',
    });
  });

  it('writes only the parts of the Learning Project that changed (field-level merge keeps others’ edits)', async () => {
    const s = await createSecondment(db, input(), {}, clock);
    await saveLearningProject(db, s.id, PROJECT, clock);
    const { changed } = await saveLearningProject(
      db,
      s.id,
      { ...PROJECT, resultsHost: 'Two Croatian distributors' },
      clock,
    );
    expect(changed).toBe(true);
    const last = (await db.outbox.where('[entity+entityId]').equals(['secondment', s.id]).toArray()).at(-1)!;
    expect(Object.keys(last.fields)).toEqual(['resultsHost']);
    expect((await saveLearningProject(db, s.id, PROJECT, clock)).changed).toBe(true);
    expect((await saveLearningProject(db, s.id, PROJECT, clock)).changed).toBe(false);
  });
});

describe('the list', () => {
  it('filters by status, country pair and year', async () => {
    const a = await createSecondment(db, input(), {}, clock);
    const b = await createSecondment(db, input({ plannedStart: '2027-02-01', plannedEnd: '2027-04-30' }), {}, clock);
    await endSecondment(db, b.id, 'cancelled', { date: '2026-02-01', reason: 'No budget' }, clock);
    const ids = (rows: Secondment[]) => rows.map((r) => r.id);
    expect(ids(await querySecondments(db, {}))).toEqual([a.id, b.id]);
    expect(ids(await querySecondments(db, { status: 'cancelled' }))).toEqual([b.id]);
    expect(ids(await querySecondments(db, { sendingCountry: 'HR', hostCountry: 'GR' }))).toEqual([a.id, b.id]);
    expect(ids(await querySecondments(db, { sendingCountry: 'GR', hostCountry: 'HR' }))).toEqual([]);
    expect(ids(await querySecondments(db, { year: 2027 }))).toEqual([b.id]);
    expect(ids(await querySecondments(db, { hostCountry: 'GR', year: 2026 }))).toEqual([a.id]);
  });
});
