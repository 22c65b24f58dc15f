/**
 * Steps of a secondment that are late, for the Overview: a Learning Project not agreed two weeks
 * before the start, and a stay that ended without a check-in. Pure: the day is passed in.
 */
import type { Secondment } from './record';

export const LEARNING_PROJECT_LEAD_DAYS = 14;

export type OverdueKind = 'learningProjectNotAgreed' | 'noCheckIn';
export type OverdueStep = { secondmentId: string; kind: OverdueKind; since: string };

const DAY = 86_400_000;

function addDays(iso: string, days: number): string {
  return new Date(new Date(`${iso}T00:00:00Z`).getTime() + days * DAY).toISOString().slice(0, 10);
}

/** The overdue steps of one secondment on `today` (ISO date). */
export function overdueSteps(secondment: Secondment, today: string): OverdueStep[] {
  const steps: OverdueStep[] = [];
  const deadline = addDays(secondment.plannedStart, -LEARNING_PROJECT_LEAD_DAYS);
  if (secondment.status === 'planned' && today >= deadline)
    steps.push({ secondmentId: secondment.id, kind: 'learningProjectNotAgreed', since: deadline });
  const ended =
    secondment.status === 'completed' || secondment.status === 'terminated'
      ? (secondment.actualEnd ?? secondment.plannedEnd)
      : secondment.status === 'underWay' && secondment.plannedEnd < today
        ? secondment.plannedEnd
        : undefined;
  if (ended && ended <= today) {
    const start = secondment.actualStart ?? secondment.plannedStart;
    const checkedIn = secondment.checkIns.some((c) => c.date >= start);
    if (!checkedIn) steps.push({ secondmentId: secondment.id, kind: 'noCheckIn', since: ended });
  }
  return steps;
}

/** Every overdue step of a list, the longest overdue first. */
export function overdueList(secondments: readonly Secondment[], today: string): OverdueStep[] {
  return secondments.flatMap((s) => overdueSteps(s, today)).sort((a, b) => a.since.localeCompare(b.since));
}
