import type { Candidate, QuickCompany } from '../domain/interview-people';
import type { Company, Interview, Person } from '../domain/model';
import { completionProblems, toDraft, type AnswerDraft, type CompletionProblem } from '../domain/questionnaire';
import type { LcpDatabase } from './db';
import { currentEventId } from './events';
import { createCompany, PERSON_TABLES, savePerson } from './registry/company-writes';
import {
  createRecord,
  RecordNotFoundError,
  saveSetting,
  systemClock,
  updateRecord,
  writeTables,
  type Clock,
} from './writes';

/** The interviewer's name last used on this computer (not synced: it is a local convenience). */
export const INTERVIEWER_KEY = 'interviews.interviewer';

/** Starts an interview of a company, tagged with the current event. */
export async function startInterview(
  db: LcpDatabase,
  input: { companyId: string; interviewer: string },
  clock: Clock = systemClock,
): Promise<Interview> {
  return db.transaction('rw', [db.interviews, db.companies, db.events, db.settings, db.outbox, db.meta], async () => {
    const company = await db.companies.get(input.companyId);
    if (!company) throw new RecordNotFoundError('company', input.companyId);
    const eventId = await currentEventId(db);
    const answers: AnswerDraft = { roleWanted: company.role };
    const interview = await createRecord(
      db,
      'interview',
      {
        companyId: company.id,
        ...(eventId ? { eventId } : {}),
        interviewer: input.interviewer,
        startedAt: clock().toISOString(),
        status: 'inProgress',
        answers,
      },
      clock,
    );
    await saveSetting(db, INTERVIEWER_KEY, input.interviewer, { sync: false }, clock);
    return interview;
  });
}

/** A company met at a fair, with only a name, a country and a contact; completed later. */
export async function createQuickCompany(
  db: LcpDatabase,
  input: QuickCompany,
  clock: Clock = systemClock,
): Promise<{ company: Company; contact: Person }> {
  // Through the registry's writes, so the company and its contact are found by search at once.
  return db.transaction('rw', PERSON_TABLES(db), async () => {
    const company = await createCompany(
      db,
      {
        legalName: input.legalName,
        country: input.country,
        languages: [],
        role: 'both',
        status: 'lead',
        consent: {},
        tags: ['quickEntry'],
      },
      clock,
    );
    const contact = await savePerson(
      db,
      company.id,
      null,
      {
        firstName: input.contactFirstName,
        lastName: input.contactLastName,
        role: 'contact',
        ...(input.contactEmail ? { email: input.contactEmail } : {}),
        ...(input.contactPhone ? { phone: input.contactPhone } : {}),
        languages: [],
        candidate: false,
        consent: {},
      },
      clock,
    );
    return { company, contact };
  });
}

/** A person of the company who may be seconded, created during the interview. */
export async function createCandidate(
  db: LcpDatabase,
  companyId: string,
  input: Candidate,
  clock: Clock = systemClock,
): Promise<Person> {
  return savePerson(
    db,
    companyId,
    null,
    { ...input, role: input.role as Person['role'], candidate: true, consent: {} },
    clock,
  );
}

export type InterviewPatch = { answers?: AnswerDraft; notes?: unknown };

/** The autosave write: answers and notes as they are now. Unchanged values write nothing. */
export async function saveInterviewDraft(
  db: LcpDatabase,
  id: string,
  patch: InterviewPatch,
  clock?: Clock,
): Promise<boolean> {
  const { changed } = await updateRecord(db, 'interview', id, patch as Partial<Interview>, clock);
  return changed;
}

export class CompletionBlockedError extends Error {
  constructor(readonly problems: CompletionProblem[]) {
    super(`Interview cannot be completed: ${problems.map((p) => p.questionId).join(', ')}`);
  }
}

const BEFORE_INTERVIEWED: Company['status'][] = ['lead', 'registered'];

/**
 * Completes an interview and moves its company to "interviewed", in one transaction. A company
 * already further along the pipeline keeps its status. The company's role and consent follow
 * the answers. Throws CompletionBlockedError (writing nothing) while an answer is missing or wrong.
 */
export async function completeInterview(db: LcpDatabase, id: string, clock: Clock = systemClock): Promise<Interview> {
  return db.transaction('rw', writeTables(db, 'interview', 'company'), async () => {
    const interview = await db.interviews.get(id);
    if (!interview) throw new RecordNotFoundError('interview', id);
    const company = await db.companies.get(interview.companyId);
    if (!company) throw new RecordNotFoundError('company', interview.companyId);
    const people = await db.people.where('companyId').equals(company.id).primaryKeys();
    const answers = toDraft(interview.answers);
    const problems = completionProblems(answers, {
      companyCountry: company.country,
      interviewDate: interview.startedAt,
      knownPersonIds: people,
    });
    if (problems.length > 0) throw new CompletionBlockedError(problems);
    const now = clock().toISOString();
    const { record } = await updateRecord(
      db,
      'interview',
      id,
      { status: 'completed', completedAt: interview.completedAt ?? now },
      clock,
    );
    const day = now.slice(0, 10);
    await updateRecord(
      db,
      'company',
      company.id,
      {
        status: BEFORE_INTERVIEWED.includes(company.status) ? 'interviewed' : company.status,
        role: (answers.roleWanted as Company['role'] | undefined) ?? company.role,
        consent: {
          ...company.consent,
          storeGivenAt: company.consent.storeGivenAt ?? day,
          ...(answers.consentShare ? { shareGivenAt: company.consent.shareGivenAt ?? day } : {}),
        },
      },
      clock,
    );
    return record;
  });
}

/** A quick company, its contact and its interview, all or nothing. */
export async function startInterviewWithQuickCompany(
  db: LcpDatabase,
  input: QuickCompany,
  interviewer: string,
  clock: Clock = systemClock,
): Promise<Interview> {
  return db.transaction('rw', [...PERSON_TABLES(db), db.interviews], async () => {
    const { company } = await createQuickCompany(db, input, clock);
    return startInterview(db, { companyId: company.id, interviewer }, clock);
  });
}
