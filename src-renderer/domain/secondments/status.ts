/**
 * The secondment life cycle as data: planned → learningProjectAgreed → agreementSigned → underWay
 * → completed; terminated (ended early, from underWay) or cancelled (before the stay began).
 * A reopened Learning Project goes back to planned. What a move needs is checked here; the
 * write path (data/secondments.ts) refuses a move this says no to.
 */
import type { PipelineStatus } from '../model';
import { message } from '../validation';
import { learningProjectGaps } from './learning-project';
import type { Secondment, SecondmentStatus } from './record';

export const SECONDMENT_TRANSITIONS: Record<SecondmentStatus, readonly SecondmentStatus[]> = {
  planned: ['learningProjectAgreed', 'cancelled'],
  learningProjectAgreed: ['agreementSigned', 'planned', 'cancelled'],
  agreementSigned: ['underWay', 'cancelled'],
  underWay: ['completed', 'terminated'],
  completed: [],
  terminated: [],
  cancelled: [],
};

/** Moves that need a form of their own (a date and a reason), not a plain button. */
export const ENDING_STATUSES: ReadonlySet<SecondmentStatus> = new Set(['terminated', 'cancelled']);

export function canMove(from: SecondmentStatus, to: SecondmentStatus): boolean {
  return SECONDMENT_TRANSITIONS[from].includes(to);
}

export function nextStatuses(status: SecondmentStatus): readonly SecondmentStatus[] {
  return SECONDMENT_TRANSITIONS[status];
}

/** The Learning Project is edited while planned; agreed, it is reopened first. */
export function isLearningProjectEditable(status: SecondmentStatus): boolean {
  return status === 'planned';
}

/** The planned end may move (an extension) until the stay is over. */
export function canExtend(status: SecondmentStatus): boolean {
  return (
    status === 'planned' || status === 'learningProjectAgreed' || status === 'agreementSigned' || status === 'underWay'
  );
}

export function hasStarted(status: SecondmentStatus): boolean {
  return status === 'underWay' || status === 'completed' || status === 'terminated';
}

export type MoveContext = {
  /** The eligibility verdict of the secondment as it stands: no failing check. */
  eligible: boolean;
};

/** Why the move cannot be made (message keys), empty when it can. */
export function moveProblems(secondment: Secondment, to: SecondmentStatus, context: MoveContext): string[] {
  if (!canMove(secondment.status, to)) return [message('secondments:errors.move', { from: secondment.status, to })];
  const problems: string[] = [];
  if (to === 'learningProjectAgreed') problems.push(...learningProjectGaps(secondment));
  if (to === 'agreementSigned' && !context.eligible && !secondment.eligibilityOverride)
    problems.push(message('secondments:errors.notEligible'));
  return problems;
}

/** The pipeline status both companies take when their secondment reaches a status, if any. */
export function pipelineStatusFor(status: SecondmentStatus): PipelineStatus | undefined {
  switch (status) {
    case 'planned':
    case 'learningProjectAgreed':
      return 'matched';
    case 'agreementSigned':
      return 'agreementSigned';
    case 'underWay':
      return 'inSecondment';
    case 'completed':
    case 'terminated':
      return 'completed';
    default:
      return undefined;
  }
}

const SET_BY_SECONDMENT: ReadonlySet<PipelineStatus> = new Set(['matched', 'agreementSigned', 'inSecondment']);

/**
 * A company's pipeline status after a move of its secondment: the status the move gives, or, when
 * the secondment is cancelled before it started, the status it had before the secondment (only if
 * the company still shows a status the secondment gave it). A withdrawn company stays withdrawn.
 */
export function nextPipelineStatus(
  current: PipelineStatus,
  to: SecondmentStatus,
  before: PipelineStatus | undefined,
): PipelineStatus {
  if (current === 'withdrawn') return current;
  if (to === 'cancelled') return before && SET_BY_SECONDMENT.has(current) ? before : current;
  return pipelineStatusFor(to) ?? current;
}
