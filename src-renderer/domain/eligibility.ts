/**
 * Eligibility of a secondment, or of one company before it is paired: one engine over the dated
 * programme periods (`programme-periods.ts`). Every check says pass, fail or warning with a
 * message key of the `eligibility` namespace, so the intake badge, the matching filter and the
 * agreement explain the same verdict in the same words. Pure: the caller passes every fact in.
 */
import { checkPeriod } from './agreements/period-rules';
import { periodAt, PROGRAMME_PERIODS, spanInMonths, type ProgrammePeriod } from './programme-periods';
import { sizeClass, type SizeInputs } from './registry/size-class';
import { message } from './validation';

export type CheckOutcome = 'pass' | 'fail' | 'warning';
export type CheckId =
  | 'programmePeriod'
  | 'sendingCountry'
  | 'hostCountry'
  | 'differentCountries'
  | 'largeHostOnly'
  | 'sizeKnown'
  | 'soleTraderVat'
  | 'duration'
  | 'insidePeriod'
  | 'participantOfSender';

export type EligibilityCheck = { id: CheckId; outcome: CheckOutcome; message: string };

export type CompanyFacts = SizeInputs & { id: string; country: string; vatNumber?: string; legalName?: string };

export type SecondmentFacts = {
  sending?: CompanyFacts;
  host?: CompanyFacts;
  /** The participant's company (they must belong to the sending company). */
  participantCompanyId?: string;
  startDate?: string;
  endDate?: string;
  /** The day whose programme period applies when no start date is known yet (today, the interview). */
  asOf: string;
};

export type EligibilityVerdict = {
  period: ProgrammePeriod | undefined;
  checks: EligibilityCheck[];
  /** No check failed (warnings allowed). */
  eligible: boolean;
};

const check = (id: CheckId, outcome: CheckOutcome, params?: Record<string, string | number>): EligibilityCheck => ({
  id,
  outcome,
  message: message(`eligibility:checks.${id}.${outcome}`, params),
});

function countryCheck(
  id: 'sendingCountry' | 'hostCountry',
  company: CompanyFacts,
  period: ProgrammePeriod,
): EligibilityCheck {
  return check(id, period.eligibleCountries.includes(company.country) ? 'pass' : 'fail', {
    country: company.country,
    period: period.id,
  });
}

/** A company alone (the intake badge): its country in the period, its size for the sending side, the VAT of a one-person firm. */
export function companyChecks(
  company: CompanyFacts,
  role: 'send' | 'host' | 'both',
  period: ProgrammePeriod,
): EligibilityCheck[] {
  const checks: EligibilityCheck[] = [
    countryCheck(role === 'host' ? 'hostCountry' : 'sendingCountry', company, period),
  ];
  const size = sizeClass(company).size;
  if (size === null && role !== 'host') checks.push(check('sizeKnown', 'warning'));
  else
    checks.push(
      check('largeHostOnly', size !== 'large' || role === 'host' ? 'pass' : role === 'both' ? 'warning' : 'fail'),
    );
  if (company.headcount === 1) checks.push(check('soleTraderVat', company.vatNumber?.trim() ? 'pass' : 'fail'));
  return checks;
}

/** A secondment: both companies, the pair, the period and the participant, against the period in force on its start. */
export function secondmentEligibility(
  facts: SecondmentFacts,
  periods: readonly ProgrammePeriod[] = PROGRAMME_PERIODS,
): EligibilityVerdict {
  const day = facts.startDate || facts.asOf;
  const period = periodAt(day, periods);
  const checks: EligibilityCheck[] = [];
  if (!period) {
    checks.push(check('programmePeriod', 'fail', { date: day.slice(0, 10) }));
    return { period, checks, eligible: false };
  }
  checks.push(check('programmePeriod', period.confirmed ? 'pass' : 'warning', { period: period.id }));
  const { sending, host } = facts;
  if (sending) {
    checks.push(countryCheck('sendingCountry', sending, period));
    const size = sizeClass(sending).size;
    checks.push(
      size === null ? check('sizeKnown', 'warning') : check('largeHostOnly', size === 'large' ? 'fail' : 'pass'),
    );
    if (sending.headcount === 1) checks.push(check('soleTraderVat', sending.vatNumber?.trim() ? 'pass' : 'fail'));
  }
  if (host) {
    checks.push(countryCheck('hostCountry', host, period));
    if (host.headcount === 1) checks.push(check('soleTraderVat', host.vatNumber?.trim() ? 'pass' : 'fail'));
  }
  if (sending && host)
    checks.push(
      check('differentCountries', sending.country !== host.country ? 'pass' : 'fail', { country: sending.country }),
    );
  if (facts.startDate || facts.endDate) {
    const result = checkPeriod(facts.startDate, facts.endDate, periods);
    const limits = { min: spanInMonths(period.min), max: spanInMonths(period.max) };
    checks.push(
      result.ok ? check('duration', 'pass', { ...limits, days: result.days }) : check('duration', 'fail', limits),
    );
    if (result.ok && period.validTo) {
      checks.push(
        check('insidePeriod', facts.endDate! <= period.validTo ? 'pass' : 'fail', { validTo: period.validTo }),
      );
    }
  }
  if (sending && facts.participantCompanyId !== undefined) {
    checks.push(check('participantOfSender', facts.participantCompanyId === sending.id ? 'pass' : 'fail'));
  }
  return { period, checks, eligible: checks.every((c) => c.outcome !== 'fail') };
}
