/**
 * Secondment writes. Each is one transaction that reads what its rule needs, stores the secondment
 * (through data/writes.ts: outbox entry, clock, field-level changes) and moves both companies'
 * pipeline statuses with it. The rules are the domain's (domain/secondments/); a write refuses
 * what they refuse, so no screen can skip them.
 */
import type { z } from 'zod';
import { RATE_TABLES, type RateTable, computeSupport, rateTableFor, recomputeSnapshot } from '../domain/funding';
import type { Company, PipelineStatus } from '../domain/model';
import { failedChecks, secondmentVerdict, type SecondmentParties } from '../domain/secondments/checks';
import {
  EMPTY_LEARNING_PROJECT,
  LEARNING_PROJECT_FIELDS,
  learningProjectSchema,
  type LearningProject,
} from '../domain/secondments/learning-project';
import {
  checkInSchema,
  endingSchema,
  extensionSchema,
  isIsoDay,
  newSecondmentSchema,
  overrideSchema,
  type CheckInInput,
  type EndingInput,
  type NewSecondmentInput,
  type OverrideInput,
  type Secondment,
  type SecondmentStatus,
} from '../domain/secondments/record';
import {
  canExtend,
  hasStarted,
  isLearningProjectEditable,
  moveProblems,
  nextPipelineStatus,
} from '../domain/secondments/status';
import { fieldErrors, message } from '../domain/validation';
import type { LcpDatabase } from './db';
import { createRecord, RecordNotFoundError, systemClock, updateRecord, writeTables, type Clock } from './writes';

/** A user input the rules refuse: errors by field (message keys), `_form` for the whole. */
export class SecondmentInputError extends Error {
  constructor(readonly errors: Record<string, string>) {
    super(`Secondment input refused: ${Object.values(errors).join(', ')}`);
    this.name = 'SecondmentInputError';
  }
}

function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new SecondmentInputError(fieldErrors(result.error));
  return result.data;
}

const refuse = (key: string, field = '_form'): never => {
  throw new SecondmentInputError({ [field]: key });
};

const tables = (db: LcpDatabase) => [...writeTables(db, 'secondment', 'company'), db.people];

const today = (now: Date) => now.toISOString().slice(0, 10);

async function mustGet(db: LcpDatabase, id: string): Promise<Secondment> {
  const secondment = await db.secondments.get(id);
  if (!secondment) throw new RecordNotFoundError('secondment', id);
  return secondment;
}

export async function readParties(
  db: LcpDatabase,
  s: Pick<Secondment, 'sendingCompanyId' | 'hostCompanyId' | 'participantId'>,
): Promise<SecondmentParties> {
  const [sending, host, participant] = await Promise.all([
    db.companies.get(s.sendingCompanyId),
    db.companies.get(s.hostCompanyId),
    db.people.get(s.participantId),
  ]);
  return { sending, host, participant };
}

/** Both companies' pipeline statuses follow a move, inside the caller's transaction. */
async function movePipeline(db: LcpDatabase, s: Secondment, to: SecondmentStatus, now: Date): Promise<void> {
  const sides = [
    [s.sendingCompanyId, s.pipelineBefore?.sending],
    [s.hostCompanyId, s.pipelineBefore?.host],
  ] as const;
  for (const [id, before] of sides) {
    const company = await db.companies.get(id);
    if (!company) continue;
    const status = nextPipelineStatus(company.status, to, before as PipelineStatus | undefined);
    if (status !== company.status) await updateRecord(db, 'company', id, { status }, () => now);
  }
}

/** Starts a secondment from two companies (and, from matching, the match). */
export async function createSecondment(
  db: LcpDatabase,
  input: NewSecondmentInput,
  origin: { matchId?: string } = {},
  clock: Clock = systemClock,
): Promise<Secondment> {
  const fields = parse(newSecondmentSchema, input);
  return db.transaction('rw', tables(db), async () => {
    const parties = await readParties(db, fields);
    if (!parties.sending) refuse(message('secondments:errors.sendingCompany'), 'sendingCompanyId');
    if (!parties.host) refuse(message('secondments:errors.hostCompany'), 'hostCompanyId');
    if (parties.participant?.companyId !== fields.sendingCompanyId)
      refuse(message('secondments:errors.participant'), 'participantId');
    const sending = parties.sending as Company;
    const host = parties.host as Company;
    const now = clock();
    const secondment = await createRecord(
      db,
      'secondment',
      {
        ...EMPTY_LEARNING_PROJECT,
        ...fields,
        ...(origin.matchId ? { matchId: origin.matchId } : {}),
        sendingCountry: sending.country,
        hostCountry: host.country,
        sendingLcpId: sending.lcpId,
        hostLcpId: host.lcpId,
        status: 'planned',
        checkIns: [],
        pipelineBefore: { sending: sending.status, host: host.status },
      },
      () => now,
    );
    await movePipeline(db, secondment, 'planned', now);
    return secondment;
  });
}

/**
 * Moves a secondment along its life cycle (not to terminated or cancelled: `endSecondment`).
 * Signing fixes the support (amount, rate, table id and version); the stay's start and end days
 * are recorded (`date`, today by default; the planned end for completion).
 */
export async function moveSecondment(
  db: LcpDatabase,
  id: string,
  to: SecondmentStatus,
  options: { date?: string; rateTables?: readonly RateTable[] } = {},
  clock: Clock = systemClock,
): Promise<Secondment> {
  return db.transaction('rw', tables(db), async () => {
    const before = await mustGet(db, id);
    if (to === 'terminated' || to === 'cancelled')
      refuse(message('secondments:errors.move', { from: before.status, to }));
    const now = clock();
    const parties = await readParties(db, before);
    const verdict = secondmentVerdict(before, parties, today(now));
    const problems = moveProblems(before, to, { eligible: verdict.eligible });
    if (problems.length > 0) throw new SecondmentInputError({ _form: problems[0]! });
    const patch: Partial<Secondment> = { status: to };
    if (to === 'agreementSigned') {
      const table = rateTableFor(before.plannedStart, options.rateTables ?? RATE_TABLES);
      if (!table) refuse(message('secondments:funding.errors.noTable', { date: before.plannedStart }));
      const support = computeSupport(table!, before.hostCountry, before.plannedStart, before.plannedEnd, {
        disability: before.disability,
      });
      if (!support.ok) refuse(support.error);
      else
        patch.funding = {
          amountCents: support.amountCents,
          rateTableId: support.rateTableId,
          rateTableVersion: support.rateTableVersion,
          monthlyRateCents: support.monthlyRateCents,
          disability: before.disability,
          periodStart: before.plannedStart,
          periodEnd: before.plannedEnd,
          computedAt: now.toISOString(),
        };
    }
    if (options.date !== undefined && !isIsoDay(options.date)) refuse(message('secondments:errors.date'), 'date');
    if (to === 'underWay') patch.actualStart = options.date ?? today(now);
    if (to === 'completed') {
      const start = before.actualStart ?? before.plannedStart;
      patch.actualEnd = options.date ?? before.plannedEnd;
      if (patch.actualEnd < start) refuse(message('secondments:errors.endBeforeActualStart', { start }), 'date');
    }
    const { record } = await updateRecord(db, 'secondment', id, patch, () => now);
    await movePipeline(db, record, to, now);
    return record;
  });
}

/**
 * Ends a secondment early (`terminated`, from under way: the actual end is the day given and the
 * support is computed again at the signed rate) or calls it off before it began (`cancelled`:
 * both companies go back to their statuses from before it).
 */
export async function endSecondment(
  db: LcpDatabase,
  id: string,
  to: 'terminated' | 'cancelled',
  input: EndingInput,
  clock: Clock = systemClock,
): Promise<Secondment> {
  const ending = parse(endingSchema, input);
  return db.transaction('rw', tables(db), async () => {
    const before = await mustGet(db, id);
    const problems = moveProblems(before, to, { eligible: true });
    if (problems.length > 0) refuse(problems[0]!);
    const now = clock();
    const patch: Partial<Secondment> = { status: to, ending: { ...ending, recordedAt: now.toISOString() } };
    if (to === 'terminated') {
      const start = before.actualStart ?? before.plannedStart;
      if (ending.date < start) refuse(message('secondments:errors.endBeforeActualStart', { start }), 'date');
      if (ending.date > before.plannedEnd) refuse(message('secondments:errors.afterPlannedEnd'), 'date');
      patch.actualEnd = ending.date;
      if (before.funding) {
        const again = recomputeSnapshot(before.funding, start, ending.date, now.toISOString());
        if (again.ok) patch.funding = again.snapshot;
      }
    }
    const { record } = await updateRecord(db, 'secondment', id, patch, () => now);
    await movePipeline(db, record, to, now);
    return record;
  });
}

/** Moves the planned end (an extension, or a shorter plan); eligibility must still hold (the maximum duration). */
export async function changePlannedEnd(
  db: LcpDatabase,
  id: string,
  input: { plannedEnd: string },
  clock: Clock = systemClock,
): Promise<Secondment> {
  const { plannedEnd } = parse(extensionSchema, input);
  return db.transaction('rw', tables(db), async () => {
    const before = await mustGet(db, id);
    if (!canExtend(before.status)) refuse(message('secondments:errors.notExtendable'));
    const now = clock();
    const next = { ...before, plannedEnd };
    const verdict = secondmentVerdict(next, await readParties(db, before), today(now));
    const period = verdict.checks.find((c) => (c.id === 'duration' || c.id === 'insidePeriod') && c.outcome === 'fail');
    if (period) refuse(period.message, 'plannedEnd');
    const patch: Partial<Secondment> = { plannedEnd };
    if (before.funding) {
      const again = recomputeSnapshot(
        before.funding,
        before.actualStart ?? before.plannedStart,
        plannedEnd,
        now.toISOString(),
      );
      if (again.ok) patch.funding = again.snapshot;
    }
    return (await updateRecord(db, 'secondment', id, patch, () => now)).record;
  });
}

/** Records who let a failing check pass, and why; the checks that failed are kept with it. */
export async function overrideEligibility(
  db: LcpDatabase,
  id: string,
  input: OverrideInput,
  clock: Clock = systemClock,
): Promise<Secondment> {
  const override = parse(overrideSchema, input);
  return db.transaction('rw', tables(db), async () => {
    const before = await mustGet(db, id);
    if (hasStarted(before.status) || before.status === 'cancelled') refuse(message('secondments:errors.overrideLate'));
    const now = clock();
    const failed = failedChecks(secondmentVerdict(before, await readParties(db, before), today(now)));
    if (failed.length === 0) refuse(message('secondments:errors.nothingToOverride'));
    const patch = { eligibilityOverride: { ...override, at: now.toISOString(), failedChecks: failed } };
    return (await updateRecord(db, 'secondment', id, patch, () => now)).record;
  });
}

export async function addCheckIn(
  db: LcpDatabase,
  id: string,
  input: CheckInInput,
  clock: Clock = systemClock,
): Promise<Secondment> {
  const checkIn = parse(checkInSchema, input);
  return db.transaction('rw', tables(db), async () => {
    const before = await mustGet(db, id);
    if (before.status === 'cancelled') refuse(message('secondments:errors.cancelled'));
    const now = clock();
    const entry = { ...checkIn, id: crypto.randomUUID(), recordedAt: now.toISOString() };
    const checkIns = [...before.checkIns, entry].sort((a, b) => a.date.localeCompare(b.date));
    return (await updateRecord(db, 'secondment', id, { checkIns }, () => now)).record;
  });
}

export type LearningProjectPatch = Partial<LearningProject> & { mentorName?: string; mentorRole?: string };

/**
 * Saves parts of the Learning Project while it is open (planned). Only the parts given are
 * written, so two contact points editing different parts both keep their edits after sync.
 */
export async function saveLearningProject(
  db: LcpDatabase,
  id: string,
  patch: LearningProjectPatch,
  clock: Clock = systemClock,
): Promise<{ secondment: Secondment; changed: boolean }> {
  const { mentorName, mentorRole, ...project } = patch;
  const parsed = parse(learningProjectSchema.partial(), project);
  const fields: Partial<Secondment> = {};
  for (const field of LEARNING_PROJECT_FIELDS)
    if (parsed[field] !== undefined) Object.assign(fields, { [field]: parsed[field] });
  if (mentorName !== undefined) {
    if (!mentorName.trim()) refuse(message('required'), 'mentorName');
    fields.mentorName = mentorName.trim();
  }
  if (mentorRole !== undefined) fields.mentorRole = mentorRole.trim() || undefined;
  return db.transaction('rw', tables(db), async () => {
    const before = await mustGet(db, id);
    if (!isLearningProjectEditable(before.status)) refuse(message('secondments:errors.learningProjectLocked'));
    const { record, changed } = await updateRecord(db, 'secondment', id, fields, clock);
    return { secondment: record, changed };
  });
}
