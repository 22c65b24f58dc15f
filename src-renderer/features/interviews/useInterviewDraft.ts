import { useMemo, useRef, useState } from 'react';
import { runInBackground } from '../../intents/background-tasks';
import { CompletionBlockedError, useInterviewWriters } from '../../data/useInterviews';
import type { Company, Interview, Person } from '../../domain/model';
import {
  formatErrors,
  SECTIONS,
  sectionProgress,
  toDraft,
  validateAnswers,
  type AnswerDraft,
  type CompletionProblem,
  type QuestionId,
} from '../../domain/questionnaire';
import { useInterviewAutosave } from './useInterviewAutosave';

type Input = { interview: Interview; company: Company; people: Person[] };

/**
 * The orchestration of one interview being filled in, without its layout: the draft of answers
 * and notes (each change queued for autosave), validation, the current section, completion and
 * printing. `InterviewEditor` renders it; tests drive it without a browser.
 */
export function useInterviewDraft({ interview, company, people }: Input) {
  const { completeInterview } = useInterviewWriters();
  const { queue, state: autosaveState, lastWriteMs } = useInterviewAutosave(interview.id);
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

  const context = useMemo(
    () => ({
      companyCountry: company.country,
      interviewDate: interview.startedAt,
      knownPersonIds: people.map((p) => p.id),
    }),
    [company.country, interview.startedAt, people],
  );
  // Validation runs once per change of the answers, not on every render (renders follow every save).
  const errors = useMemo(
    () => (showRequired ? validateAnswers(draft, context) : formatErrors(draft, context)),
    [draft, context, showRequired],
  );
  const progress = useMemo(() => sectionProgress(draft, context), [draft, context]);

  const change = (id: QuestionId, value: AnswerDraft[QuestionId]) => {
    const next: AnswerDraft = { ...draftRef.current, [id]: value };
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) delete next[id];
    draftRef.current = next;
    setDraft(next);
    queue.change({ answers: next });
    if (problems.length > 0)
      setProblems(problems.filter((p) => validateAnswers(next, context)[p.questionId] !== undefined));
  };

  const changeNotes = (doc: unknown) => {
    notesRef.current = doc;
    queue.change({ notes: doc });
  };

  /** Leaving the notes: the print summary catches up and the notes are written at once. */
  const leaveNotes = () => {
    setNotesForPrint(notesRef.current);
    void queue.flush();
  };

  /** Shows another section (clamped); pending changes are written first. Returns the section shown. */
  const showSection = (index: number): number => {
    void queue.flush();
    const next = Math.max(0, Math.min(SECTIONS.length - 1, index));
    if (next !== sectionIndex) setSectionIndex(next);
    return next;
  };

  /** Completes the interview, or lists what is missing (a refusal is an answer, not a failed save). */
  const finish = async (): Promise<boolean> => {
    await queue.flush();
    const blocked = await runInBackground(
      'status.saving',
      () =>
        completeInterview(interview.id).then(
          () => null,
          (error: unknown) =>
            error instanceof CompletionBlockedError
              ? error
              : Promise.reject(error instanceof Error ? error : new Error(String(error))),
        ),
      'status.saveFailed',
    );
    setShowRequired(true);
    setJustCompleted(!blocked);
    setProblems(blocked ? blocked.problems : []);
    if (blocked) setRefusals((n) => n + 1);
    return !blocked;
  };

  const printSummary = () => {
    setNotesForPrint(notesRef.current);
    void queue.flush().then(() => requestAnimationFrame(() => window.print()));
  };

  return {
    draft,
    errors,
    progress,
    sectionIndex,
    section: SECTIONS[sectionIndex]!,
    isFirst: sectionIndex === 0,
    isLast: sectionIndex === SECTIONS.length - 1,
    showRequired,
    problems,
    refusals,
    justCompleted,
    notesForPrint,
    autosave: { state: autosaveState, lastWriteMs },
    change,
    changeNotes,
    leaveNotes,
    showSection,
    finish,
    printSummary,
    flush: () => queue.flush(),
  };
}
