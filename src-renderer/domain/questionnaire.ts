/**
 * The intake interview's questionnaire as plain data, with its validation. An interview stores a
 * draft (what was typed, possibly incomplete); `validateAnswers` says what is wrong or missing and
 * `sectionProgress` how far each section is. Messages are i18n keys (see validation.ts).
 */
import { z } from 'zod';
import { isCountryCode } from './countries';
import { COMPANY_ROLES, type CompanyRole } from './model';
import { periodAt, PROGRAMME_PERIODS, spanInMonths, type ProgrammePeriod } from './programme-periods';
import { NACE_SECTIONS } from './registry/nace';
import { message } from './validation';

export const OBJECTIVES = [
  'markets',
  'technologies',
  'methods',
  'products',
  'skills',
  'languages',
  'partners',
  'internationalisation',
] as const;
export const WORKSPACES = ['desk', 'deskAndEquipment', 'workshopOrLab', 'onTheRoad'] as const;
export const PRACTICAL_NEEDS = [
  'accommodation',
  'travel',
  'languageCourse',
  'insurance',
  'visa',
  'accessibility',
] as const;
/** Secondment length in months allowed by the programme period in force on a day (the dated table). */
export type DurationRule = { periodId: string; minMonths: number; maxMonths: number };

export function durationRuleAt(dateIso: string, periods: readonly ProgrammePeriod[] = PROGRAMME_PERIODS): DurationRule {
  // Before the first period (a mistyped date), the earliest rules; after the last, the latest's.
  const period =
    periodAt(dateIso, periods) ?? (dateIso < periods[0]!.validFrom ? periods[0]! : periods[periods.length - 1]!);
  return { periodId: period.id, minMonths: spanInMonths(period.min), maxMonths: spanInMonths(period.max) };
}

export type QuestionKind =
  'text' | 'longText' | 'choice' | 'multiChoice' | 'countries' | 'number' | 'month' | 'boolean' | 'people';

/** What an interview stores while it is filled in: strings as typed, lists, ticks. */
export type AnswerDraft = {
  roleWanted?: string;
  objectives?: string[];
  motivation?: string;
  mentorName?: string;
  mentorRole?: string;
  hostTasks?: string;
  workspace?: string;
  preferredCountries?: string[];
  preferredSectors?: string[];
  durationMonths?: string;
  earliestStart?: string;
  timing?: string;
  candidateIds?: string[];
  practicalNeeds?: string[];
  practicalDetails?: string;
  consentStore?: boolean;
  consentShare?: boolean;
};
export type QuestionId = keyof AnswerDraft;

export type Question = {
  id: QuestionId;
  kind: QuestionKind;
  options?: readonly string[];
  /** Required always, or only for some answers (the host offer only matters to hosts). */
  required: boolean | ((answers: AnswerDraft) => boolean);
  max?: number;
};

export type Section = { id: string; questions: Question[] };

const hosts = (answers: AnswerDraft) => answers.roleWanted === 'host' || answers.roleWanted === 'both';
const sends = (answers: AnswerDraft) => answers.roleWanted === 'send' || answers.roleWanted === 'both';

export const SECTIONS: Section[] = [
  {
    id: 'motivation',
    questions: [
      { id: 'roleWanted', kind: 'choice', options: COMPANY_ROLES, required: true },
      { id: 'objectives', kind: 'multiChoice', options: OBJECTIVES, required: true },
      { id: 'motivation', kind: 'longText', required: true, max: 4000 },
    ],
  },
  {
    id: 'hostOffer',
    questions: [
      { id: 'mentorName', kind: 'text', required: hosts, max: 200 },
      { id: 'mentorRole', kind: 'text', required: false, max: 200 },
      { id: 'hostTasks', kind: 'longText', required: hosts, max: 4000 },
      { id: 'workspace', kind: 'choice', options: WORKSPACES, required: hosts },
    ],
  },
  {
    id: 'preferences',
    questions: [
      { id: 'preferredCountries', kind: 'countries', required: true },
      { id: 'preferredSectors', kind: 'multiChoice', options: NACE_SECTIONS, required: false },
    ],
  },
  {
    id: 'duration',
    questions: [
      { id: 'durationMonths', kind: 'number', required: true },
      { id: 'earliestStart', kind: 'month', required: true },
      { id: 'timing', kind: 'longText', required: false, max: 2000 },
    ],
  },
  {
    id: 'participants',
    questions: [{ id: 'candidateIds', kind: 'people', required: sends }],
  },
  {
    id: 'practical',
    questions: [
      { id: 'practicalNeeds', kind: 'multiChoice', options: PRACTICAL_NEEDS, required: false },
      { id: 'practicalDetails', kind: 'longText', required: false, max: 4000 },
    ],
  },
  {
    id: 'consent',
    questions: [
      { id: 'consentStore', kind: 'boolean', required: true },
      { id: 'consentShare', kind: 'boolean', required: false },
    ],
  },
];

export function isRequired(question: Question, answers: AnswerDraft): boolean {
  return typeof question.required === 'function' ? question.required(answers) : question.required;
}

/** Whether a question has an answer at all (not whether it is valid). */
export function isAnswered(question: Question, answers: AnswerDraft): boolean {
  const value = answers[question.id];
  if (question.kind === 'boolean') return value === true;
  if (Array.isArray(value)) return value.length > 0;
  return typeof value === 'string' && value.trim() !== '';
}

/** Things the checks need to know about the interview. */
export type AnswerContext = { companyCountry?: string; interviewDate: string; knownPersonIds?: readonly string[] };

const text = z.string().optional();
const list = z.array(z.string()).optional();

const draftSchema = z.object({
  roleWanted: z.string().optional(),
  objectives: list,
  motivation: text,
  mentorName: text,
  mentorRole: text,
  hostTasks: text,
  workspace: z.string().optional(),
  preferredCountries: list,
  preferredSectors: list,
  durationMonths: z.string().optional(),
  earliestStart: z.string().optional(),
  timing: text,
  candidateIds: list,
  practicalNeeds: list,
  practicalDetails: text,
  consentStore: z.boolean().optional(),
  consentShare: z.boolean().optional(),
});

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

function answerSchema(context: AnswerContext) {
  const rule = durationRuleAt(context.interviewDate);
  return draftSchema.superRefine((answers, ctx) => {
    const issue = (path: QuestionId, text: string) => ctx.addIssue({ code: 'custom', path: [path], message: text });
    for (const section of SECTIONS) {
      for (const question of section.questions) {
        const value = answers[question.id];
        if (question.max !== undefined && typeof value === 'string' && value.trim().length > question.max)
          issue(question.id, message('tooLong', { max: question.max }));
        if (question.options && value !== undefined && value !== '') {
          const values = Array.isArray(value) ? value : [value];
          if (values.some((v) => typeof v !== 'string' || !question.options!.includes(v)))
            issue(question.id, message('interviews:errors.unknownOption'));
        }
        if (isRequired(question, answers) && !isAnswered(question, answers)) {
          const key =
            question.kind === 'boolean'
              ? 'interviews:errors.consentRequired'
              : question.kind === 'multiChoice' || question.kind === 'countries' || question.kind === 'people'
                ? 'interviews:errors.chooseAtLeastOne'
                : question.kind === 'choice'
                  ? 'interviews:errors.chooseOne'
                  : 'required';
          issue(question.id, message(key));
        }
      }
    }
    if (answers.motivation && answers.motivation.trim().length > 0 && answers.motivation.trim().length < 20)
      issue('motivation', message('interviews:errors.tooVague', { min: 20 }));
    for (const code of answers.preferredCountries ?? []) {
      if (!isCountryCode(code)) issue('preferredCountries', message('country'));
      else if (code === context.companyCountry) issue('preferredCountries', message('interviews:errors.ownCountry'));
    }
    const duration = answers.durationMonths?.trim().replace(',', '.');
    if (duration) {
      const months = Number(duration);
      if (!Number.isFinite(months) || months < rule.minMonths || months > rule.maxMonths || (months * 2) % 1 !== 0)
        issue('durationMonths', message('interviews:errors.duration', { min: rule.minMonths, max: rule.maxMonths }));
    }
    const start = answers.earliestStart?.trim();
    if (start) {
      if (!MONTH.test(start)) issue('earliestStart', message('interviews:errors.month'));
      else if (start < context.interviewDate.slice(0, 7))
        issue('earliestStart', message('interviews:errors.monthPast'));
    }
    if (context.knownPersonIds) {
      const known = new Set(context.knownPersonIds);
      if ((answers.candidateIds ?? []).some((id) => !known.has(id)))
        issue('candidateIds', message('interviews:errors.unknownPerson'));
    }
  });
}

/** Errors by question id (first per question). Empty when the interview can be completed. */
export function validateAnswers(draft: AnswerDraft, context: AnswerContext): Record<string, string> {
  const parsed = answerSchema(context).safeParse(draft);
  if (parsed.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.length > 0 ? String(issue.path[0]) : '_form';
    errors[path] ??= issue.message;
  }
  return errors;
}

/** Errors worth showing while typing: wrong values, not missing ones. */
export function formatErrors(draft: AnswerDraft, context: AnswerContext): Record<string, string> {
  const all = validateAnswers(draft, context);
  const shown: Record<string, string> = {};
  for (const section of SECTIONS) {
    for (const question of section.questions) {
      const error = all[question.id];
      if (error && isAnswered(question, draft)) shown[question.id] = error;
    }
  }
  return shown;
}

export type SectionProgress = {
  id: string;
  /** Required questions that apply, and how many of them have a valid answer. */
  required: number;
  answered: number;
  errors: number;
  /** Answers given but wrong (missing ones are not counted). */
  wrong: number;
  complete: boolean;
};

export function sectionProgress(draft: AnswerDraft, context: AnswerContext): SectionProgress[] {
  const errors = validateAnswers(draft, context);
  return SECTIONS.map((section) => {
    const required = section.questions.filter((q) => isRequired(q, draft));
    const answered = required.filter((q) => isAnswered(q, draft) && !errors[q.id]).length;
    const errorCount = section.questions.filter((q) => errors[q.id]).length;
    const wrong = section.questions.filter((q) => errors[q.id] && isAnswered(q, draft)).length;
    return {
      id: section.id,
      required: required.length,
      answered,
      errors: errorCount,
      wrong,
      complete: errorCount === 0,
    };
  });
}

export type CompletionProblem = { sectionId: string; questionId: QuestionId; message: string };

/** Why an interview cannot be completed yet, in questionnaire order. */
export function completionProblems(draft: AnswerDraft, context: AnswerContext): CompletionProblem[] {
  const errors = validateAnswers(draft, context);
  const problems: CompletionProblem[] = [];
  for (const section of SECTIONS)
    for (const question of section.questions) {
      const error = errors[question.id];
      if (error) problems.push({ sectionId: section.id, questionId: question.id, message: error });
    }
  return problems;
}

/** Reads a stored answers object defensively (older or synced drafts may hold anything). */
export function toDraft(stored: Record<string, unknown> | undefined): AnswerDraft {
  const parsed = draftSchema.partial().safeParse(stored ?? {});
  if (parsed.success) return stripUndefined(parsed.data);
  const draft: AnswerDraft = {};
  for (const [key, value] of Object.entries(stored ?? {})) {
    const field = draftSchema.shape[key as QuestionId];
    if (field && field.safeParse(value).success) (draft as Record<string, unknown>)[key] = value;
  }
  return draft;
}

function stripUndefined<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function sectionOf(questionId: QuestionId): Section {
  return SECTIONS.find((section) => section.questions.some((q) => q.id === questionId))!;
}

export type { CompanyRole };
