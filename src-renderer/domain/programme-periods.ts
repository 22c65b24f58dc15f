/**
 * The programme's periods as one dated table: each period's rules apply to what starts (a
 * secondment) or happens (an interview) on a day inside it. The 2016–17 pilot allowed 2 weeks to
 * 2 months, the 2020–22 programme 1 to 6 months; the next period is one more row, not new code.
 * The questionnaire (duration asked in months) and the agreements (exact dates) both read it.
 */

import { EU_MEMBER_STATES, OTHER_ELIGIBLE_COUNTRIES } from './countries';

/** A length in calendar months plus days (2 weeks is `{ days: 14 }`). */
export type Span = { months?: number; days?: number };

export type ProgrammePeriod = {
  id: string;
  /** First day the rules apply (ISO date). */
  validFrom: string;
  /** Last day they apply (ISO date), open-ended when absent. */
  validTo?: string;
  /** Shortest and longest secondment. */
  min: Span;
  max: Span;
  /** Countries whose SMEs may send or host (ISO 3166-1 alpha-2). */
  eligibleCountries: readonly string[];
  /** False while the central office has not confirmed the row (shown as such). */
  confirmed: boolean;
};

export const PROGRAMME_PERIODS: readonly ProgrammePeriod[] = [
  // The pilot's countries: the EU of the time (with the United Kingdom) and Turkey, a pilot partner.
  {
    id: 'pilot-2016',
    validFrom: '2016-01-01',
    validTo: '2019-12-31',
    min: { days: 14 },
    max: { months: 2 },
    eligibleCountries: [...EU_MEMBER_STATES, 'GB', 'TR'],
    confirmed: false,
  },
  {
    id: 'programme-2020',
    validFrom: '2020-01-01',
    min: { months: 1 },
    max: { months: 6 },
    eligibleCountries: [...EU_MEMBER_STATES, ...OTHER_ELIGIBLE_COUNTRIES],
    confirmed: true,
  },
];

/** The period whose rules apply on a day (`YYYY-MM-DD…`), if any. */
export function periodAt(
  dateIso: string,
  periods: readonly ProgrammePeriod[] = PROGRAMME_PERIODS,
): ProgrammePeriod | undefined {
  const day = dateIso.slice(0, 10);
  return periods.find((period) => day >= period.validFrom && (!period.validTo || day <= period.validTo));
}

const DAYS_PER_MONTH = 365.25 / 12;

/** A span in months, to the half month (2 weeks → 0.5): how the interview asks for a duration. */
export function spanInMonths(span: Span): number {
  return Math.round(((span.months ?? 0) + (span.days ?? 0) / DAYS_PER_MONTH) * 2) / 2;
}
