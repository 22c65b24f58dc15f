/**
 * The secondment record: a sending company and its participant at a host company for a period,
 * with its status, eligibility override, funding snapshot, check-ins and Learning Project. Plain
 * types and zod schemas for each user input (messages are i18n keys, see validation.ts).
 */
import { z } from 'zod';
import type { RecordMeta } from '../model';
import type { CheckId } from '../eligibility';
import type { FundingSnapshot } from '../funding';
import { message } from '../validation';
import type { LearningProject } from './learning-project';

export const SECONDMENT_STATUSES = [
  'planned',
  'learningProjectAgreed',
  'agreementSigned',
  'underWay',
  'completed',
  'terminated',
  'cancelled',
] as const;
export type SecondmentStatus = (typeof SECONDMENT_STATUSES)[number];

export type CheckIn = {
  id: string;
  /** The day of the check-in (ISO date). */
  date: string;
  /** Who spoke with whom: the contact point's staff member. */
  who: string;
  notes: string;
  /** Problems raised, empty when none. */
  problems: string;
  recordedAt: string;
};

export type EligibilityOverride = {
  reason: string;
  by: string;
  at: string;
  /** The checks that failed when the override was given. */
  failedChecks: CheckId[];
};

/** How a stay ended early (terminated) or why it never started (cancelled). */
export type SecondmentEnding = { date: string; reason: string; recordedAt: string };

export type Secondment = RecordMeta &
  LearningProject & {
    sendingCompanyId: string;
    participantId: string;
    hostCompanyId: string;
    /** The companies' countries when the secondment was created: the list filters by country pair. */
    sendingCountry: string;
    hostCountry: string;
    matchId?: string;
    mentorName: string;
    mentorRole?: string;
    /** The contact points of the two sides (their lcpIds; the host's is unknown until it is registered). */
    sendingLcpId: string;
    hostLcpId?: string;
    plannedStart: string;
    plannedEnd: string;
    actualStart?: string;
    actualEnd?: string;
    status: SecondmentStatus;
    /** The participant has a disability (the higher monthly rate applies). */
    disability: boolean;
    ending?: SecondmentEnding;
    eligibilityOverride?: EligibilityOverride;
    /** Fixed at signature; an early termination or an extension computes it again at the same rate. */
    funding?: FundingSnapshot;
    checkIns: CheckIn[];
    /** The companies' pipeline statuses before the secondment moved them (restored when it is cancelled). */
    pipelineBefore?: { sending?: string; host?: string };
  };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDay(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const day = () =>
  z
    .string()
    .trim()
    .min(1, message('required'))
    .refine((value) => value === '' || isIsoDay(value), message('secondments:errors.date'));
const requiredText = (max: number) =>
  z.string().trim().min(1, message('required')).max(max, message('tooLong', { max }));
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, message('tooLong', { max }))
    .transform((value) => (value === '' ? undefined : value))
    .optional();

export const newSecondmentSchema = z
  .object({
    sendingCompanyId: z.string().min(1, message('secondments:errors.sendingCompany')),
    participantId: z.string().min(1, message('secondments:errors.participant')),
    hostCompanyId: z.string().min(1, message('secondments:errors.hostCompany')),
    plannedStart: day(),
    plannedEnd: day(),
    mentorName: requiredText(200),
    mentorRole: optionalText(200),
    disability: z.boolean(),
  })
  .refine((s) => s.sendingCompanyId !== s.hostCompanyId, {
    message: message('secondments:errors.sameCompany'),
    path: ['hostCompanyId'],
  })
  .refine((s) => !isIsoDay(s.plannedStart) || !isIsoDay(s.plannedEnd) || s.plannedEnd >= s.plannedStart, {
    message: message('secondments:errors.endBeforeStart'),
    path: ['plannedEnd'],
  });
export type NewSecondmentInput = z.input<typeof newSecondmentSchema>;
export type NewSecondment = z.output<typeof newSecondmentSchema>;

export const checkInSchema = z.object({
  date: day(),
  who: requiredText(200),
  notes: requiredText(4000),
  problems: z
    .string()
    .trim()
    .max(4000, message('tooLong', { max: 4000 })),
});
export type CheckInInput = z.input<typeof checkInSchema>;

export const endingSchema = z.object({ date: day(), reason: requiredText(2000) });
export type EndingInput = z.input<typeof endingSchema>;

export const overrideSchema = z.object({ reason: requiredText(2000), by: requiredText(200) });
export type OverrideInput = z.input<typeof overrideSchema>;

export const extensionSchema = z.object({ plannedEnd: day() });
