import { afterEach, describe, expect, it } from 'vitest';
import type { LcpDatabase } from '../../../src-renderer/data/db';
import { createEvent, currentEventId, setCurrentEvent, updateEvent } from '../../../src-renderer/data/events';
import {
  CompletionBlockedError,
  completeInterview,
  createCandidate,
  createQuickCompany,
  INTERVIEWER_KEY,
  saveInterviewDraft,
  startInterview,
} from '../../../src-renderer/data/interviews';
import { listInterviews } from '../../../src-renderer/data/useInterviews';
import { createRecord, updateRecord } from '../../../src-renderer/data/writes';
import type { AnswerDraft } from '../../../src-renderer/domain/questionnaire';
import { freshDatabase } from './test-db';

let db: LcpDatabase;
afterEach(async () => {
  await db?.delete();
});

const clock = (iso: string) => () => new Date(iso);

async function quickCompany() {
  return createQuickCompany(db, {
    legalName: 'Larisa Olive Presses S.A.',
    country: 'GR',
    contactFirstName: 'Eleni',
    contactLastName: 'Papadopoulou',
    contactEmail: 'eleni@olive.gr',
  });
}

const answers = (candidateId: string): AnswerDraft => ({
  roleWanted: 'send',
  objectives: ['markets'],
  motivation: 'Find a distributor for presses in Slovenia.',
  preferredCountries: ['SI'],
  durationMonths: '3',
  earliestStart: '2026-09',
  candidateIds: [candidateId],
  consentStore: true,
  consentShare: true,
});

describe('events', () => {
  it('tags records created while an event is current, and only then', async () => {
    db = await freshDatabase();
    const fair = await createEvent(db, { name: 'Agrotica', date: '2026-02-05', place: 'Thessaloniki' });
    const before = await quickCompany();
    expect(before.company.eventId).toBeUndefined();

    expect(await setCurrentEvent(db, fair.id)).toBe(true);
    const outboxBefore = await db.outbox.count();
    expect(await setCurrentEvent(db, fair.id)).toBe(false);
    // The current event is this computer's choice: it does not travel to the central office.
    expect(await db.outbox.count()).toBe(outboxBefore);
    expect(await currentEventId(db)).toBe(fair.id);

    const during = await quickCompany();
    expect(during.company.eventId).toBe(fair.id);
    expect(during.contact.eventId).toBe(fair.id);
    const interview = await startInterview(db, { companyId: during.company.id, interviewer: 'Eleni' });
    expect(interview.eventId).toBe(fair.id);

    await setCurrentEvent(db, null);
    expect(await currentEventId(db)).toBeUndefined();
  });

  it('edits an event and drops a cleared place', async () => {
    db = await freshDatabase();
    const fair = await createEvent(db, { name: 'Agrotica', date: '2026-02-05', place: 'Thessaloniki' });
    expect(await updateEvent(db, fair.id, { name: 'Agrotica 2026', date: '2026-02-05' })).toBe(true);
    const stored = await db.events.get(fair.id);
    expect(stored).toMatchObject({ name: 'Agrotica 2026' });
    expect(stored).not.toHaveProperty('place');
    expect(await updateEvent(db, fair.id, { name: 'Agrotica 2026', date: '2026-02-05' })).toBe(false);
  });
});

describe('interviews', () => {
  it('creates a quick company with its contact, atomically', async () => {
    db = await freshDatabase();
    const { company, contact } = await quickCompany();
    expect(company).toMatchObject({ status: 'lead', tags: ['quickEntry'], country: 'GR' });
    expect(contact).toMatchObject({
      companyId: company.id,
      role: 'contact',
      candidate: false,
      email: 'eleni@olive.gr',
    });
    expect((await db.outbox.toArray()).map((e) => e.entity)).toEqual(['company', 'person']);
  });

  it('starts with the company’s role, remembers the interviewer on this computer only', async () => {
    db = await freshDatabase();
    const { company } = await quickCompany();
    const interview = await startInterview(
      db,
      { companyId: company.id, interviewer: 'Nikos' },
      clock('2026-03-10T09:00:00Z'),
    );
    expect(interview).toMatchObject({
      status: 'inProgress',
      interviewer: 'Nikos',
      startedAt: '2026-03-10T09:00:00.000Z',
      answers: { roleWanted: 'both' },
    });
    expect((await db.settings.get(INTERVIEWER_KEY))?.value).toBe('Nikos');
    expect((await db.outbox.toArray()).map((e) => e.entity)).toEqual(['company', 'person', 'interview']);
  });

  it('autosaves drafts; saving the same draft again writes nothing', async () => {
    db = await freshDatabase();
    const { company } = await quickCompany();
    const interview = await startInterview(db, { companyId: company.id, interviewer: 'Nikos' });
    const notes = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Meets in May' }] }] };
    expect(await saveInterviewDraft(db, interview.id, { answers: { roleWanted: 'send' }, notes })).toBe(true);
    const count = await db.outbox.count();
    expect(await saveInterviewDraft(db, interview.id, { notes: structuredClone(notes) })).toBe(false);
    expect(await db.outbox.count()).toBe(count);
    expect(await db.interviews.get(interview.id)).toMatchObject({ answers: { roleWanted: 'send' }, notes });
  });

  it('blocks completion while a required answer is missing, writing nothing', async () => {
    db = await freshDatabase();
    const { company } = await quickCompany();
    const interview = await startInterview(db, { companyId: company.id, interviewer: 'Nikos' });
    const count = await db.outbox.count();
    const error = await completeInterview(db, interview.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CompletionBlockedError);
    expect((error as CompletionBlockedError).problems.map((p) => p.questionId)).toContain('motivation');
    expect(await db.outbox.count()).toBe(count);
    expect((await db.interviews.get(interview.id))?.status).toBe('inProgress');
  });

  it('completes, moves the company to interviewed with its role and consent, in one transaction', async () => {
    db = await freshDatabase();
    const { company } = await quickCompany();
    const interview = await startInterview(
      db,
      { companyId: company.id, interviewer: 'Nikos' },
      clock('2026-03-10T09:00:00Z'),
    );
    const candidate = await createCandidate(db, company.id, {
      firstName: 'Giorgos',
      lastName: 'Nikolaou',
      role: 'employee',
      languages: [{ code: 'en', level: 'B2' }],
    });
    expect(candidate).toMatchObject({ candidate: true, companyId: company.id });
    await saveInterviewDraft(db, interview.id, { answers: answers(candidate.id) });
    const done = await completeInterview(db, interview.id, clock('2026-03-10T10:00:00Z'));
    expect(done).toMatchObject({ status: 'completed', completedAt: '2026-03-10T10:00:00.000Z' });
    expect(await db.companies.get(company.id)).toMatchObject({
      status: 'interviewed',
      role: 'send',
      consent: { storeGivenAt: '2026-03-10', shareGivenAt: '2026-03-10' },
    });
    // Amending keeps the completion date; the company further along keeps its status.
    await saveInterviewDraft(db, interview.id, { answers: { ...answers(candidate.id), durationMonths: '4' } });
    await updateRecord(db, 'company', company.id, { status: 'matched' });
    await completeInterview(db, interview.id, clock('2026-04-01T10:00:00Z'));
    expect(await db.interviews.get(interview.id)).toMatchObject({
      completedAt: '2026-03-10T10:00:00.000Z',
      answers: { durationMonths: '4' },
    });
    expect((await db.companies.get(company.id))?.status).toBe('matched');
  });

  it('refuses to complete an interview whose company is gone, writing nothing', async () => {
    db = await freshDatabase();
    const company = await createRecord(db, 'company', {
      legalName: 'Ghost',
      country: 'GR',
      languages: [],
      role: 'send',
      status: 'lead',
      consent: {},
      tags: [],
    });
    const interview = await startInterview(db, { companyId: company.id, interviewer: 'N' });
    await db.companies.delete(company.id);
    await expect(completeInterview(db, interview.id)).rejects.toThrow(/company/);
    expect((await db.interviews.get(interview.id))?.status).toBe('inProgress');
  });
});

describe('listInterviews', () => {
  it('filters by event, interviewer and status, newest first, a page at a time', async () => {
    db = await freshDatabase();
    const fair = await createEvent(db, { name: 'Fair', date: '2026-02-05' });
    const { company } = await quickCompany();
    const starts: string[] = [];
    for (let i = 0; i < 6; i++) {
      if (i === 3) await setCurrentEvent(db, fair.id);
      const at = `2026-03-0${i + 1}T09:00:00.000Z`;
      starts.push(at);
      await startInterview(db, { companyId: company.id, interviewer: i % 2 ? 'Ana' : 'Marko' }, clock(at));
    }
    const all = await listInterviews(db, {}, 4);
    expect(all.rows.map((r) => r.startedAt)).toEqual([...starts].reverse().slice(0, 4));
    expect(all.hasMore).toBe(true);
    expect(all.rows[0]!.companyName).toBe('Larisa Olive Presses S.A.');
    const atFair = await listInterviews(db, { eventId: fair.id }, 10);
    expect(atFair.rows.map((r) => r.startedAt)).toEqual([starts[5], starts[4], starts[3]]);
    const ana = await listInterviews(db, { interviewer: 'Ana' }, 2);
    expect(ana.rows.map((r) => r.startedAt)).toEqual([starts[5], starts[3]]);
    expect(ana.hasMore).toBe(true);
    expect(
      (await listInterviews(db, { eventId: fair.id, interviewer: 'Marko', status: 'inProgress' }, 10)).rows.map(
        (r) => r.startedAt,
      ),
    ).toEqual([starts[4]]);
    expect((await listInterviews(db, { status: 'completed' }, 10)).rows).toEqual([]);
  });
});
