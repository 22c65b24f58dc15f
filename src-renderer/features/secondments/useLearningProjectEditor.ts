import { useMemo, useState } from 'react';
import { SecondmentInputError } from '../../data/secondments';
import { useSecondmentWriters } from '../../data/useSecondmentWriters';
import { sameValue } from '../../domain/changes';
import {
  LEARNING_PROJECT_FIELDS,
  vagueObjectives,
  type Activity,
  type LearningProject,
  type Objective,
} from '../../domain/secondments/learning-project';
import type { Secondment } from '../../domain/secondments/record';
import { isLearningProjectEditable } from '../../domain/secondments/status';
import { message } from '../../domain/validation';

export type LearningDraft = LearningProject & { mentorName: string; mentorRole: string };

function draftOf(secondment: Secondment): LearningDraft {
  const draft = { mentorName: secondment.mentorName, mentorRole: secondment.mentorRole ?? '' } as LearningDraft;
  for (const field of LEARNING_PROJECT_FIELDS) Object.assign(draft, { [field]: structuredClone(secondment[field]) });
  return draft;
}

/** What differs from the stored record: only these parts are written (the sync merges by field). */
function changedParts(draft: LearningDraft, secondment: Secondment): Partial<LearningDraft> {
  const stored = draftOf(secondment);
  const patch: Partial<LearningDraft> = {};
  for (const key of Object.keys(draft) as (keyof LearningDraft)[])
    if (!sameValue(draft[key], stored[key])) Object.assign(patch, { [key]: draft[key] });
  return patch;
}

/**
 * The Learning Project editor: a draft of the secondment's project, list edits, the vague
 * objectives flagged as one types, and the save of the parts that changed. A change received
 * from elsewhere (sync) replaces the draft while nothing is being edited here.
 */
export function useLearningProjectEditor(secondment: Secondment) {
  const { saveLearningProject } = useSecondmentWriters();
  const [draft, setDraft] = useState<LearningDraft>(() => draftOf(secondment));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const [savedOnce, setSavedOnce] = useState(false);
  const [base, setBase] = useState(secondment);
  if (base !== secondment) {
    // A newer record (this editor's save, or a sync): taken over unless there are edits it would overwrite.
    setBase(secondment);
    if (Object.keys(changedParts(draft, base)).length === 0) setDraft(draftOf(secondment));
  }
  const dirty = Object.keys(changedParts(draft, secondment)).length > 0;

  const editable = isLearningProjectEditable(secondment.status);
  const vague = useMemo(() => new Map(vagueObjectives(draft).map((v) => [v.index, v.phrase])), [draft]);

  const set = (patch: Partial<LearningDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const setObjective = (index: number, patch: Partial<Objective>) =>
    set({ objectives: draft.objectives.map((o, i) => (i === index ? { ...o, ...patch } : o)) });
  const setActivity = (index: number, patch: Partial<Activity>) =>
    set({ activities: draft.activities.map((a, i) => (i === index ? { ...a, ...patch } : a)) });
  const lastWeek = draft.activities.at(-1)?.weekTo ?? 0;

  async function save(): Promise<boolean> {
    setSaving(true);
    try {
      await saveLearningProject(secondment.id, changedParts(draft, secondment));
      setErrors({});
      setSavedOnce(true);
      return true;
    } catch (error) {
      setErrors(
        error instanceof SecondmentInputError
          ? error.errors
          : { _form: message('secondments:errors.failed', { message: String(error) }) },
      );
      return false;
    } finally {
      setSaving(false);
    }
  }

  return {
    draft,
    editable,
    dirty,
    saving,
    saved: savedOnce && !dirty,
    errors,
    vague,
    set,
    setObjective,
    addObjective: () => set({ objectives: [...draft.objectives, { text: '', measure: '' }] }),
    removeObjective: (index: number) => set({ objectives: draft.objectives.filter((_, i) => i !== index) }),
    setActivity,
    addActivity: () =>
      set({ activities: [...draft.activities, { text: '', weekFrom: lastWeek + 1, weekTo: lastWeek + 1 }] }),
    removeActivity: (index: number) => set({ activities: draft.activities.filter((_, i) => i !== index) }),
    toggle<K extends 'collaborationTypes' | 'workingLanguages'>(field: K, value: LearningDraft[K][number]) {
      const list = draft[field] as string[];
      set({
        [field]: list.includes(value) ? list.filter((v) => v !== value) : [...list, value],
      });
    },
    save,
  };
}
export type LearningProjectEditorState = ReturnType<typeof useLearningProjectEditor>;
