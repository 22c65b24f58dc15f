/**
 * The eligibility of a secondment as it stands (its parties and its period), through the one
 * engine (`domain/eligibility.ts`), and what a failing verdict still allows (an override).
 */
import { secondmentEligibility, type CompanyFacts, type EligibilityVerdict } from '../eligibility';
import type { Company, Person } from '../model';
import type { Secondment } from './record';

export type SecondmentParties = { sending?: Company; host?: Company; participant?: Person };

function facts(company: Company | undefined): CompanyFacts | undefined {
  if (!company) return undefined;
  return {
    id: company.id,
    country: company.country,
    vatNumber: company.vatNumber,
    legalName: company.legalName,
    headcount: company.headcount,
    turnoverEur: company.turnoverEur,
    balanceSheetEur: company.balanceSheetEur,
  };
}

/** The verdict on the planned period (an extension moves `plannedEnd`, so it is checked too). */
export function secondmentVerdict(
  secondment: Pick<Secondment, 'plannedStart' | 'plannedEnd' | 'participantId'>,
  parties: SecondmentParties,
  today: string,
): EligibilityVerdict {
  return secondmentEligibility({
    sending: facts(parties.sending),
    host: facts(parties.host),
    participantCompanyId: parties.participant?.companyId ?? (secondment.participantId ? '' : undefined),
    startDate: secondment.plannedStart,
    endDate: secondment.plannedEnd,
    asOf: today,
  });
}

export function failedChecks(verdict: EligibilityVerdict) {
  return verdict.checks.filter((check) => check.outcome === 'fail').map((check) => check.id);
}
