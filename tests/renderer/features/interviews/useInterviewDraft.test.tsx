// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseProvider } from '../../../../src-renderer/data/DatabaseContext';
import type { LcpDatabase } from '../../../../src-renderer/data/db';
import { createCandidate, createQuickCompany, startInterview } from '../../../../src-renderer/data/interviews';
import type { Company, Interview, Person } from '../../../../src-renderer/domain/model';
import { SECTIONS } from '../../../../src-renderer/domain/questionnaire';
import { useInterviewDraft } from '../../../../src-renderer/features/interviews/useInterviewDraft';
import { freshDatabase } from '../../data/test-db';

let db: LcpDatabase;
let company: Company;
let interview: Interview;
let people: Person[];

beforeEach(async () => {
  db = await freshDatabase();
  ({ company } = await createQuickCompany(db, {
    legalName: 'Larisa Olive Presses S.A.',
    country: 'GR',
    contactFirstName: 'Eleni',
    contactLastName: 'Papadopoulou',
  }));
  const candidate = await createCandidate(db, company.id, {
    firstName: 'Nikos',
    lastName: 'Georgiou',
    role: 'employee',
    languages: [],
  });
  people = [candidate];
  interview = await startInterview(db, { companyId: company.id, interviewer: 'Maria' });
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

const wrapper = ({ children }: { children: ReactNode }) => <DatabaseProvider db={db}>{children}</DatabaseProvider>;
const render = () => renderHook(() => useInterviewDraft({ interview, company, people }), { wrapper });

describe('useInterviewDraft: the interview editor without its layout', () => {
  it('writes each answer and the notes through the autosave, and nothing for an unchanged draft', async () => {
    const { result } = render();
    const outboxBefore = await db.outbox.count();
    await act(() => result.current.flush());
    expect(await db.outbox.count()).toBe(outboxBefore);

    act(() => result.current.change('motivation', 'Find a distributor for presses in Slovenia.'));
    act(() =>
      result.current.changeNotes({
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Met at the fair' }] }],
      }),
    );
    expect(result.current.draft.motivation).toBe('Find a distributor for presses in Slovenia.');
    await act(() => result.current.flush());
    const stored = await db.interviews.get(interview.id);
    expect(stored?.answers['motivation']).toBe('Find a distributor for presses in Slovenia.');
    expect(JSON.stringify(stored?.notes)).toContain('Met at the fair');

    // Clearing an answer removes it from the draft and from the stored record.
    act(() => result.current.change('motivation', ''));
    await act(() => result.current.flush());
    expect((await db.interviews.get(interview.id))?.answers).not.toHaveProperty('motivation');
  });

  it('refuses to finish while answers are missing, lists them, and completes once they are given', async () => {
    const { result } = render();
    let done = true;
    await act(async () => {
      done = await result.current.finish();
    });
    expect(done).toBe(false);
    expect(result.current.problems.map((p) => p.questionId)).toContain('motivation');
    expect(result.current.refusals).toBe(1);
    expect(result.current.showRequired).toBe(true);
    expect((await db.interviews.get(interview.id))?.status).toBe('inProgress');

    const answers = {
      roleWanted: 'send',
      objectives: ['markets'],
      motivation: 'Find a distributor for presses in Slovenia.',
      preferredCountries: ['SI'],
      durationMonths: '3',
      earliestStart: '2099-09',
      candidateIds: [people[0]!.id],
      consentStore: true,
    } as const;
    act(() => {
      for (const [id, value] of Object.entries(answers))
        result.current.change(id as keyof typeof answers, value as never);
    });
    // Giving an answer takes it off the list of problems at once.
    expect(result.current.problems.map((p) => p.questionId)).not.toContain('motivation');
    await act(async () => {
      done = await result.current.finish();
    });
    expect(done).toBe(true);
    expect(result.current.justCompleted).toBe(true);
    await waitFor(async () => expect((await db.interviews.get(interview.id))?.status).toBe('completed'));
    expect((await db.companies.get(company.id))?.status).toBe('interviewed');
  });

  it('moves between sections within bounds', () => {
    const { result } = render();
    expect(result.current.isFirst).toBe(true);
    let shown = -1;
    act(() => {
      shown = result.current.showSection(99);
    });
    expect(shown).toBe(SECTIONS.length - 1);
    expect(result.current.isLast).toBe(true);
    expect(result.current.section.id).toBe('consent');
    act(() => {
      shown = result.current.showSection(-3);
    });
    expect(shown).toBe(0);
    expect(result.current.section.id).toBe('motivation');
  });
});
