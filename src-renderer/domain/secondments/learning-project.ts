/**
 * The Learning Project: the secondment's main working document (objectives with how each is
 * measured, activities by week, expected results for each of the three parties, collaboration
 * types, working languages; the mentor is a field of the secondment). Its parts are top-level
 * fields of the secondment record, so the sync's field-level merge keeps two contact points'
 * edits to different parts.
 */
import { z } from 'zod';
import { message } from '../validation';
import { vaguePhrasesIn } from './vague-phrases';

export const COLLABORATION_TYPES = [
  'marketResearch',
  'researchAndDevelopment',
  'internationalisation',
  'training',
  'jointResearch',
  'existingCollaboration',
] as const;
export type CollaborationType = (typeof COLLABORATION_TYPES)[number];

export type Objective = { text: string; measure: string };
export type Activity = { text: string; weekFrom: number; weekTo: number };

export type LearningProject = {
  objectives: Objective[];
  activities: Activity[];
  resultsSending: string;
  resultsHost: string;
  resultsParticipant: string;
  collaborationTypes: CollaborationType[];
  /** Working languages of the stay (ISO 639-1 codes). */
  workingLanguages: string[];
};

export const LEARNING_PROJECT_FIELDS = [
  'objectives',
  'activities',
  'resultsSending',
  'resultsHost',
  'resultsParticipant',
  'collaborationTypes',
  'workingLanguages',
] as const satisfies readonly (keyof LearningProject)[];

export const EMPTY_LEARNING_PROJECT: LearningProject = {
  objectives: [],
  activities: [],
  resultsSending: '',
  resultsHost: '',
  resultsParticipant: '',
  collaborationTypes: [],
  workingLanguages: [],
};

/** Languages a stay may be worked in (ISO 639): the EU's official languages and the programme's others. */
export const WORKING_LANGUAGES = [
  'en',
  'de',
  'fr',
  'es',
  'it',
  'nl',
  'el',
  'pt',
  'pl',
  'cs',
  'sk',
  'sl',
  'hr',
  'sr',
  'cnr',
  'bs',
  'hu',
  'ro',
  'bg',
  'sv',
  'da',
  'fi',
  'et',
  'lv',
  'lt',
  'ga',
  'mt',
  'tr',
  'mk',
  'sq',
  'is',
  'no',
] as const;

/** Weeks of a stay: 6 months are at most 27 weeks; a little room for an extension's plan. */
export const MAX_WEEK = 30;

const text = (max: number) => z.string().trim().max(max, message('tooLong', { max }));
const required = (max: number) => text(max).min(1, message('required'));
const week = z
  .number({ message: message('secondments:errors.week', { max: MAX_WEEK }) })
  .int(message('secondments:errors.week', { max: MAX_WEEK }))
  .min(1, message('secondments:errors.week', { max: MAX_WEEK }))
  .max(MAX_WEEK, message('secondments:errors.week', { max: MAX_WEEK }));

export const learningProjectSchema = z.object({
  objectives: z.array(z.object({ text: required(500), measure: required(500) })).max(20),
  activities: z
    .array(
      z
        .object({ text: required(500), weekFrom: week, weekTo: week })
        .refine((a) => a.weekTo >= a.weekFrom, { message: message('secondments:errors.weekOrder'), path: ['weekTo'] }),
    )
    .max(40),
  resultsSending: text(2000),
  resultsHost: text(2000),
  resultsParticipant: text(2000),
  collaborationTypes: z.array(z.enum(COLLABORATION_TYPES)).max(COLLABORATION_TYPES.length),
  workingLanguages: z.array(z.string().regex(/^[a-z]{2,3}$/, message('secondments:errors.language'))).max(10),
});

/** What still keeps the Learning Project from being agreed (message keys); empty when it can be. */
export function learningProjectGaps(project: LearningProject): string[] {
  const gaps: string[] = [];
  if (project.objectives.length === 0) gaps.push(message('secondments:learning.gaps.objectives'));
  if (project.activities.length === 0) gaps.push(message('secondments:learning.gaps.activities'));
  if (!project.resultsSending.trim() || !project.resultsHost.trim() || !project.resultsParticipant.trim())
    gaps.push(message('secondments:learning.gaps.results'));
  if (project.collaborationTypes.length === 0) gaps.push(message('secondments:learning.gaps.collaboration'));
  return gaps;
}

/** Objectives that read as generic ("learn about new markets"): index and the phrase found. */
export function vagueObjectives(project: Pick<LearningProject, 'objectives'>): { index: number; phrase: string }[] {
  return project.objectives.flatMap((objective, index) => {
    const [phrase] = vaguePhrasesIn(objective.text);
    return phrase ? [{ index, phrase }] : [];
  });
}
