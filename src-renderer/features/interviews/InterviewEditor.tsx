import type { JSONContent } from '@tiptap/react';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shortcutLabel, type AppAction } from '../../app/actions';
import { runInBackground } from '../../app/background-tasks';
import { useActions } from '../../app/useActions';
import { useDatabase } from '../../data/DatabaseContext';
import { CompletionBlockedError, completeInterview } from '../../data/interviews';
import type { Company, Interview, LcpEvent, Person } from '../../domain/model';
import {
  formatErrors,
  isRequired,
  SECTIONS,
  sectionProgress,
  toDraft,
  validateAnswers,
  type AnswerDraft,
  type CompletionProblem,
  type QuestionId,
} from '../../domain/questionnaire';
import { formatDateTime } from '../../i18n/format';
import { AutosaveStatus } from './AutosaveStatus';
import { CompletionAlert } from './CompletionAlert';
import { HistoryPanel } from './HistoryPanel';
import { NotesEditor } from './NotesEditor';
import { PrintSummary } from './PrintSummary';
import { SectionBody } from './SectionBody';
import { SectionNav } from './SectionNav';
import { useInterviewAutosave } from './useInterviewAutosave';
import './interviews.css';

const SHORTCUTS = { previous: 'Alt+PageUp', next: 'Alt+PageDown', print: 'Mod+P' };

type FocusTarget = 'heading' | QuestionId;

type Props = { interview: Interview; company: Company; people: Person[]; event: LcpEvent | null };

/** One interview being filled in. Mounted per interview: its state starts from the stored record. */
export function InterviewEditor({ interview, company, people, event }: Props) {
  const { t, i18n } = useTranslation('interviews');
  const db = useDatabase();
  const { queue, state, lastWriteMs } = useInterviewAutosave(interview.id);
  const [draft, setDraft] = useState<AnswerDraft>(() => toDraft(interview.answers));
  const draftRef = useRef(draft);
  const notesRef = useRef<unknown>(interview.notes);
  const [notesForPrint, setNotesForPrint] = useState<unknown>(interview.notes);
  const [sectionIndex, setSectionIndex] = useState(0);
  const [showRequired, setShowRequired] = useState(interview.status === 'completed');
  const [problems, setProblems] = useState<CompletionProblem[]>([]);
  // Counts refused "Finish" attempts: the alert takes the focus on each, never on a later edit.
  const [refusals, setRefusals] = useState(0);
  const [justCompleted, setJustCompleted] = useState(false);
  const sectionHeading = useRef<HTMLHeadingElement>(null);
  const sectionRef = useRef<HTMLElement>(null);

  const context = useMemo(
    () => ({ companyCountry: company.country, interviewDate: interview.startedAt, knownPersonIds: people.map((p) => p.id) }),
    [company.country, interview.startedAt, people],
  );
  // Validation runs once per change of the answers, not on every render (renders follow every save).
  const errors = useMemo(
    () => (showRequired ? validateAnswers(draft, context) : formatErrors(draft, context)),
    [draft, context, showRequired],
  );
  const progress = useMemo(() => sectionProgress(draft, context), [draft, context]);
  const section = SECTIONS[sectionIndex]!;

  const change = (id: QuestionId, value: AnswerDraft[QuestionId]) => {
    const next: AnswerDraft = { ...draftRef.current, [id]: value };
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) delete next[id];
    draftRef.current = next;
    setDraft(next);
    queue.change({ answers: next });
    if (problems.length > 0) setProblems(completeProblemsAfter(next));
  };
  const completeProblemsAfter = (next: AnswerDraft) =>
    problems.filter((p) => validateAnswers(next, context)[p.questionId] !== undefined);

  const focusIn = (target: FocusTarget) => {
    if (target === 'heading') sectionHeading.current?.focus();
    else sectionRef.current?.querySelector<HTMLElement>(`[data-question="${target}"] input, [data-question="${target}"] textarea, [data-question="${target}"] select`)?.focus();
  };
  // The focus moves in the commit that shows the new section, before the next key is handled.
  // Never later (a frame or a timer away): on a busy machine the user would already be typing
  // in the new section, and a late focus would send those keys to the heading.
  const pendingFocus = useRef<FocusTarget | null>(null);
  useLayoutEffect(() => {
    const target = pendingFocus.current;
    if (target === null) return;
    pendingFocus.current = null;
    focusIn(target);
  });

  const goTo = (index: number, focus: FocusTarget = 'heading') => {
    void queue.flush();
    const next = Math.max(0, Math.min(SECTIONS.length - 1, index));
    if (next === sectionIndex) {
      focusIn(focus);
      return;
    }
    pendingFocus.current = focus;
    setSectionIndex(next);
  };

  const finish = async () => {
    await queue.flush();
    // A refusal (answers missing) is an answer, not a failed save: only real failures reach the status bar.
    const blocked = await runInBackground(
      'status.saving',
      () => completeInterview(db, interview.id).then(
        () => null,
        (error: unknown) => (error instanceof CompletionBlockedError ? error : Promise.reject(error instanceof Error ? error : new Error(String(error)))),
      ),
      'status.saveFailed',
    );
    setShowRequired(true);
    setJustCompleted(!blocked);
    setProblems(blocked ? blocked.problems : []);
    if (blocked) setRefusals((n) => n + 1);
  };

  function printSummary() {
    setNotesForPrint(notesRef.current);
    void queue.flush().then(() => requestAnimationFrame(() => window.print()));
  }

  const isFirst = sectionIndex === 0;
  const isLast = sectionIndex === SECTIONS.length - 1;
  const actions: AppAction[] = [
    { id: 'interviews.previousSection', labelKey: 'interviews:questionnaire.previous', shortcut: SHORTCUTS.previous, whileTyping: true, enabled: !isFirst, run: () => goTo(sectionIndex - 1) },
    { id: 'interviews.nextSection', labelKey: 'interviews:questionnaire.next', shortcut: SHORTCUTS.next, whileTyping: true, enabled: !isLast, run: () => goTo(sectionIndex + 1) },
    { id: 'interviews.print', labelKey: 'interviews:print.action', shortcut: SHORTCUTS.print, whileTyping: true, run: printSummary },
  ];
  useActions(actions);
  const completed = interview.status === 'completed';

  return (
    <div className="page page--wide interview" data-testid="interview">
      <header className="interview__header">
        <div>
          <h1>{company.tradeName ?? company.legalName}</h1>
          <p className="interview__meta">
            {[event?.name, t('interview.by', { name: interview.interviewer }), formatDateTime(interview.startedAt, i18n.language)]
              .filter(Boolean)
              .join(' · ')}
            <span className={`badge badge--${interview.status}`}>{t(`status.${interview.status}`)}</span>
          </p>
        </div>
        <div className="interview__actions">
          <AutosaveStatus state={state} lastWriteMs={lastWriteMs} />
          <button type="button" className="button" onClick={printSummary} title={shortcutLabel(SHORTCUTS.print)}>
            {t('print.action')}
          </button>
          {!completed ? (
            <button type="button" className="button button--primary" onClick={() => void finish()} data-testid="finish">
              {t('finish.action')}
            </button>
          ) : null}
        </div>
      </header>
      {completed ? (
        <p className="notice notice--success" role="status" data-testid="completed-notice">
          {justCompleted ? t('finish.done') : t('finish.amending', { date: formatDateTime(interview.completedAt ?? interview.updatedAt, i18n.language) })}
        </p>
      ) : null}
      {problems.length > 0 ? <CompletionAlert problems={problems} refusals={refusals} onGoTo={(p) => goTo(SECTIONS.findIndex((s) => s.id === p.sectionId), p.questionId)} /> : null}
      <SectionNav progress={progress} current={sectionIndex} showMissing={showRequired} onSelect={(index) => goTo(index)} />
      <div className="interview__columns">
        <section ref={sectionRef} className="card interview__section" aria-labelledby="section-title" data-testid={`section-${section.id}`}>
          <h2 id="section-title" ref={sectionHeading} tabIndex={-1}>
            {t('questionnaire.sectionOf', { n: sectionIndex + 1, total: SECTIONS.length })} · {t(`sections.${section.id}.title`)}
          </h2>
          <p className="card__lead">{t(`sections.${section.id}.lead`)}</p>
          <SectionBody
            section={section}
            draft={draft}
            errors={errors}
            required={(q) => isRequired(q, draft)}
            company={company}
            people={people}
            onChange={change}
          />
          <div className="form__footer interview__footer">
            <button type="button" className="button" onClick={() => goTo(sectionIndex - 1)} disabled={isFirst} title={shortcutLabel(SHORTCUTS.previous)}>
              ← {t('questionnaire.previous')}
            </button>
            {!isLast ? (
              <button type="button" className="button button--primary" onClick={() => goTo(sectionIndex + 1)} title={shortcutLabel(SHORTCUTS.next)}>
                {t('questionnaire.next')} →
              </button>
            ) : !completed ? (
              <button type="button" className="button button--primary" onClick={() => void finish()}>
                {t('finish.action')}
              </button>
            ) : null}
          </div>
        </section>
        <section className="card interview__notes" aria-labelledby="notes-title">
          <h2 id="notes-title">{t('notes.title')}</h2>
          <NotesEditor
            initial={interview.notes}
            labelledBy="notes-title"
            onChange={(doc: JSONContent) => {
              notesRef.current = doc;
              queue.change({ notes: doc });
            }}
            onBlur={() => {
              setNotesForPrint(notesRef.current);
              void queue.flush();
            }}
          />
        </section>
      </div>
      <HistoryPanel interviewId={interview.id} />
      <PrintSummary interview={interview} draft={draft} notes={notesForPrint} company={company} event={event} people={people} />
    </div>
  );
}
