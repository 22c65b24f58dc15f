/**
 * Checks a secondment's dates against the programme period in force on its start
 * (`domain/programme-periods.ts`, the one dated table).
 */
import { periodAt, PROGRAMME_PERIODS, type ProgrammePeriod, type Span } from '../programme-periods';

export type PeriodRule = ProgrammePeriod;
export const PERIOD_RULES = PROGRAMME_PERIODS;

export type PeriodCheck =
  | { ok: true; rule: PeriodRule; days: number }
  | {
      ok: false;
      field: 'startDate' | 'endDate';
      error: 'periodInvalidDate' | 'periodEndBeforeStart' | 'periodNoRule' | 'periodTooShort' | 'periodTooLong';
      rule?: PeriodRule;
    };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseDate(value: string | undefined): Date | null {
  if (!value || !ISO_DATE.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : date;
}

/** The date `months` calendar months after `date`, clamped to the month's last day (Jan 31 + 1 = Feb 28/29). */
export function addMonths(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)));
}

function addSpan(date: Date, span: Span): Date {
  const shifted = addMonths(date, span.months ?? 0);
  return new Date(shifted.getTime() + (span.days ?? 0) * 86_400_000);
}

export function ruleFor(start: string, rules: readonly PeriodRule[] = PERIOD_RULES): PeriodRule | undefined {
  return periodAt(start, rules);
}

/**
 * Checks a secondment period; both days count (1 March to 31 March is one month). The end may
 * fall no earlier than `start + min - 1 day` and no later than `start + max - 1 day`.
 */
export function checkPeriod(
  startDate: string | undefined,
  endDate: string | undefined,
  rules: readonly PeriodRule[] = PERIOD_RULES,
): PeriodCheck {
  const start = parseDate(startDate);
  if (!start) return { ok: false, field: 'startDate', error: 'periodInvalidDate' };
  const end = parseDate(endDate);
  if (!end) return { ok: false, field: 'endDate', error: 'periodInvalidDate' };
  if (end < start) return { ok: false, field: 'endDate', error: 'periodEndBeforeStart' };
  const rule = ruleFor(startDate!, rules);
  if (!rule) return { ok: false, field: 'startDate', error: 'periodNoRule' };
  const dayBefore = (date: Date) => new Date(date.getTime() - 86_400_000);
  if (end < dayBefore(addSpan(start, rule.min))) return { ok: false, field: 'endDate', error: 'periodTooShort', rule };
  if (end > dayBefore(addSpan(start, rule.max))) return { ok: false, field: 'endDate', error: 'periodTooLong', rule };
  return { ok: true, rule, days: Math.round((end.getTime() - start.getTime()) / 86_400_000) + 1 };
}
