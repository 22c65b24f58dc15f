/**
 * The history of an interview, read from its outbox entries: who changed which answers when.
 * Autosave writes every half second while someone types; consecutive edits within a few minutes
 * read as one step.
 */
import { sameValue } from './changes';

export type ChangeEntry = { seq?: number; op: string; at: string; fields: Record<string, unknown> };

export type HistoryStep = {
  kind: 'started' | 'edited' | 'completed' | 'amended' | 'deleted';
  from: string;
  to: string;
  /** Question ids whose answers changed, in the order they first changed. */
  questionIds: string[];
  notesChanged: boolean;
  /** Number of stored changes the step stands for. */
  changes: number;
};

export const HISTORY_GROUP_MS = 5 * 60 * 1000;

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export function interviewHistory(entries: ChangeEntry[], groupMs = HISTORY_GROUP_MS): HistoryStep[] {
  const sorted = [...entries].sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  const steps: HistoryStep[] = [];
  let answers: Record<string, unknown> = {};
  let completed = false;
  for (const entry of sorted) {
    const changedQuestions: string[] = [];
    if ('answers' in entry.fields) {
      const next = asRecord(entry.fields['answers']);
      for (const key of new Set([...Object.keys(answers), ...Object.keys(next)]))
        if (!sameValue(answers[key], next[key])) changedQuestions.push(key);
      answers = next;
    }
    const notesChanged = 'notes' in entry.fields;
    const status = entry.fields['status'];
    let kind: HistoryStep['kind'];
    if (entry.op === 'create') kind = 'started';
    else if (entry.op === 'delete' || entry.op === 'erase') kind = 'deleted';
    else if (status === 'completed') kind = 'completed';
    else if (completed) kind = 'amended';
    else kind = 'edited';
    if (status === 'completed') completed = true;
    else if (status === 'inProgress') completed = false;

    const last = steps[steps.length - 1];
    const mergeable =
      last &&
      (kind === 'edited' || kind === 'amended') &&
      last.kind === kind &&
      Date.parse(entry.at) - Date.parse(last.to) <= groupMs;
    if (mergeable) {
      for (const id of changedQuestions) if (!last.questionIds.includes(id)) last.questionIds.push(id);
      last.notesChanged ||= notesChanged;
      last.to = entry.at;
      last.changes += 1;
    } else {
      steps.push({ kind, from: entry.at, to: entry.at, questionIds: changedQuestions, notesChanged, changes: 1 });
    }
  }
  return steps;
}
