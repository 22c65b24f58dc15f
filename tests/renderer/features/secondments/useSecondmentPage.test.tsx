// @vitest-environment jsdom
import { act, cleanup, render, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseProvider } from '../../../../src-renderer/data/DatabaseContext';
import type { LcpDatabase } from '../../../../src-renderer/data/db';
import { createRecord } from '../../../../src-renderer/data/writes';
import type { Company, Person } from '../../../../src-renderer/domain/model';
import {
  useLearningProjectEditor,
  type LearningProjectEditorState,
} from '../../../../src-renderer/features/secondments/useLearningProjectEditor';
import { useNewSecondment } from '../../../../src-renderer/features/secondments/useNewSecondment';
import {
  useSecondmentPage,
  type SecondmentPage,
} from '../../../../src-renderer/features/secondments/useSecondmentPage';
import type { Secondment } from '../../../../src-renderer/domain/secondments/record';
import { initI18n } from '../../../../src-renderer/i18n';
import { parseMessage } from '../../../../src-renderer/domain/validation';
import { freshDatabase } from '../../data/test-db';

let db: LcpDatabase;
let sending: Company;
let host: Company;
let person: Person;

beforeAll(async () => {
  await initI18n('en');
});
beforeEach(async () => {
  db = await freshDatabase();
  const base = { languages: [], role: 'both' as const, status: 'seekingMatch' as const, consent: {}, tags: [] };
  sending = await createRecord(db, 'company', { ...base, legalName: 'Čokolada d.o.o.', country: 'HR', headcount: 12 });
  host = await createRecord(db, 'company', { ...base, legalName: 'Ελαιουργία Α.Ε.', country: 'GR', headcount: 30 });
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
  cleanup();
  await db.delete();
});

const wrapper = ({ children }: { children: ReactNode }) => <DatabaseProvider db={db}>{children}</DatabaseProvider>;

async function created(): Promise<string> {
  const { result } = renderHook(() => useNewSecondment({ sendingCompanyId: sending.id }), { wrapper });
  await waitFor(() => expect(result.current.people).toHaveLength(1));
  act(() =>
    result.current.change({
      participantId: person.id,
      hostCompanyId: host.id,
      plannedStart: '2026-03-01',
      plannedEnd: '2026-04-15',
      mentorName: 'Eleni Papadopoulou',
    }),
  );
  let id: string | undefined;
  await act(async () => {
    id = await result.current.submit();
  });
  expect(id).toBeTruthy();
  return id!;
}

type Hooks = { page: SecondmentPage; editor?: LearningProjectEditorState };

/** The page's hook and the Learning Project editor's, mounted as SecondmentScreen mounts them (the editor once the record is there). */
function renderPage(id: string): { result: { current: Hooks } } {
  const result: { current: Hooks } = { current: undefined as unknown as Hooks };
  function Editor({ secondment }: { secondment: Secondment }) {
    result.current.editor = useLearningProjectEditor(secondment);
    return null;
  }
  function Page() {
    const page = useSecondmentPage(id, () => new Date('2026-01-20T10:00:00'));
    result.current = { ...result.current, page };
    const secondment = page.view?.secondment;
    return secondment ? <Editor key={secondment.id} secondment={secondment} /> : null;
  }
  render(
    <DatabaseProvider db={db}>
      <Page />
    </DatabaseProvider>,
  );
  return { result };
}

describe('useNewSecondment', () => {
  it('offers the sending company’s people, clears the participant when the sending company changes, and shows refusals by field', async () => {
    const { result } = renderHook(() => useNewSecondment({ sendingCompanyId: sending.id }), { wrapper });
    await waitFor(() => expect(result.current.people?.map((p) => p.id)).toEqual([person.id]));
    act(() => result.current.change({ participantId: person.id }));
    act(() => result.current.change({ sendingCompanyId: host.id }));
    expect(result.current.draft.participantId).toBe('');
    await act(async () => {
      expect(await result.current.submit()).toBeUndefined();
    });
    const keys = Object.fromEntries(Object.entries(result.current.errors).map(([k, v]) => [k, parseMessage(v).key]));
    expect(keys).toMatchObject({
      participantId: 'secondments:errors.participant',
      hostCompanyId: 'secondments:errors.hostCompany',
      plannedStart: 'required',
      mentorName: 'required',
    });
    expect(await db.secondments.count()).toBe(0);
  });
});

describe('useSecondmentPage with the Learning Project editor', () => {
  it('goes from planned to completed: the project edited and agreed, the amount estimated then fixed, a check-in', async () => {
    const id = await created();
    const { result } = renderPage(id);
    await waitFor(() => expect(result.current.editor).toBeDefined());
    const page = () => result.current.page;
    const editor = () => result.current.editor!;

    expect(page().verdict?.eligible).toBe(true);
    expect(page().steps).toEqual(['learningProjectAgreed']);
    expect(page().canCancel).toBe(true);
    // 1 March to 15 April in Greece (€800 a month): one month and 15 days.
    expect(page().funding).toMatchObject({ kind: 'estimate', amountCents: 80_000 + 40_000, confirmed: false });

    // Not agreed while the project is empty: the translated reason comes back.
    await act(() => page().move('learningProjectAgreed'));
    expect(parseMessage(page().error!).key).toBe('secondments:learning.gaps.objectives');

    act(() => editor().addObjective());
    act(() => editor().setObjective(0, { text: 'Learn about new markets', measure: 'A report' }));
    expect(editor().vague.get(0)).toBe('learn about new markets');
    act(() => editor().setObjective(0, { text: 'Map 20 olive oil importers in Croatia' }));
    expect(editor().vague.size).toBe(0);
    act(() => editor().addActivity());
    act(() => editor().setActivity(0, { text: 'Work on the bottling line', weekTo: 3 }));
    act(() =>
      editor().set({ resultsSending: 'A supplier', resultsHost: 'A distributor', resultsParticipant: 'Export skills' }),
    );
    act(() => editor().toggle('collaborationTypes', 'marketResearch'));
    act(() => editor().toggle('workingLanguages', 'el'));
    expect(editor().dirty).toBe(true);
    await act(async () => {
      expect(await editor().save()).toBe(true);
    });
    await waitFor(() => expect(editor().dirty).toBe(false));
    expect(editor().saved).toBe(true);
    expect((await db.secondments.get(id))!.activities).toEqual([
      { text: 'Work on the bottling line', weekFrom: 1, weekTo: 3 },
    ]);

    await act(() => page().move('learningProjectAgreed'));
    await waitFor(() => expect(page().view?.secondment.status).toBe('learningProjectAgreed'));
    expect(editor().editable).toBe(false);
    expect(page().steps).toEqual(['agreementSigned', 'planned']);

    await act(() => page().move('agreementSigned'));
    await waitFor(() => expect(page().funding?.kind).toBe('fixed'));
    expect(page().funding).toMatchObject({ amountCents: 120_000, rateTableId: 'rates-2020', rateTableVersion: 1 });
    await act(() => page().move('underWay', '2026-03-01'));
    await waitFor(() => expect(page().canTerminate).toBe(true));
    expect(
      await act(() => page().addCheckIn({ date: '2026-03-20', who: 'Ana', notes: 'Settled in well', problems: '' })),
    ).toBeNull();
    await act(() => page().move('completed'));
    await waitFor(() => expect(page().view?.secondment.status).toBe('completed'));
    expect(page().view?.secondment.checkIns).toHaveLength(1);
    expect((await db.companies.get(host.id))!.status).toBe('completed');
  });

  it('shows a failing check, takes an override with a reason, and records who gave it', async () => {
    await db.companies.update(host.id, { country: 'HR' });
    const id = await created();
    const { result } = renderPage(id);
    await waitFor(() => expect(result.current.page.verdict).toBeDefined());
    expect(result.current.page.verdict!.eligible).toBe(false);
    const refused = await act(() => result.current.page.override({ reason: '', by: 'Ana' }));
    expect(parseMessage(refused!['reason']!).key).toBe('required');
    expect(
      await act(() => result.current.page.override({ reason: 'Agreed by the central office', by: 'Ana' })),
    ).toBeNull();
    await waitFor(() => expect(result.current.page.view?.secondment.eligibilityOverride?.by).toBe('Ana'));
    expect(result.current.page.view!.secondment.eligibilityOverride!.failedChecks).toEqual(['differentCountries']);
  });

  it('cancels before the start with a date and a reason; the companies go back', async () => {
    const id = await created();
    const { result } = renderPage(id);
    await waitFor(() => expect(result.current.page.view).toBeTruthy());
    expect(await act(() => result.current.page.end('cancelled', { date: '2026-01-20', reason: '' }))).toMatchObject({
      reason: 'required',
    });
    expect(
      await act(() => result.current.page.end('cancelled', { date: '2026-01-20', reason: 'Host withdrew' })),
    ).toBeNull();
    await waitFor(() => expect(result.current.page.view?.secondment.status).toBe('cancelled'));
    expect(result.current.page.steps).toEqual([]);
    expect((await db.companies.get(sending.id))!.status).toBe('seekingMatch');
  });
});
