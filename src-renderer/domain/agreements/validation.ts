import type { Company, Person } from '../model';
import { message } from '../validation';
import { isAgreementLanguage, type AgreementLanguage } from './languages';
import { checkPeriod, PERIOD_RULES, type PeriodRule } from './period-rules';
import { TERM_FIELDS, type AgreementTerms, type DocumentLayout } from './terms';

/** What the agreement form edits. */
export type AgreementDraft = {
  sendingCompanyId: string;
  participantId: string;
  hostCompanyId: string;
  startDate: string;
  endDate: string;
  terms: AgreementTerms;
  /** One or two languages; English is added on request. */
  languages: AgreementLanguage[];
  includeEnglish: boolean;
  layout: DocumentLayout;
};

export type AgreementParties = {
  sending?: Pick<Company, 'id' | 'country'>;
  host?: Pick<Company, 'id' | 'country'>;
  participant?: Pick<Person, 'id' | 'companyId'>;
};

const OPTIONAL_TERMS: ReadonlySet<keyof AgreementTerms> = new Set(['financialSupport', 'specialTerms']);
const LONG_TERMS: ReadonlySet<keyof AgreementTerms> = new Set([
  'objectives',
  'tasks',
  'expectedResults',
  'specialTerms',
  'insurance',
  'financialSupport',
]);

/**
 * Checks a draft against the programme's rules. Returns error messages by field path
 * (`terms.mentor`, `endDate`...); empty when the draft can be saved.
 */
export function validateAgreementDraft(
  draft: AgreementDraft,
  parties: AgreementParties,
  rules: readonly PeriodRule[] = PERIOD_RULES,
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!draft.sendingCompanyId) errors['sendingCompanyId'] = message('required');
  if (!draft.hostCompanyId) errors['hostCompanyId'] = message('required');
  if (!draft.participantId) errors['participantId'] = message('required');
  if (parties.sending && parties.host) {
    if (parties.sending.id === parties.host.id) errors['hostCompanyId'] = message('agreements:errors.sameCompany');
    else if (parties.sending.country === parties.host.country)
      errors['hostCompanyId'] = message('agreements:errors.sameCountry');
  }
  if (parties.participant && parties.sending && parties.participant.companyId !== parties.sending.id) {
    errors['participantId'] = message('agreements:errors.participantNotOfSending');
  }

  const period = checkPeriod(draft.startDate, draft.endDate, rules);
  if (!period.ok) {
    const rule = period.rule;
    if (period.error === 'periodTooShort' && rule) {
      errors[period.field] = rule.min.months
        ? message('agreements:errors.periodTooShortMonths', { count: rule.min.months })
        : message('agreements:errors.periodTooShortDays', { count: rule.min.days ?? 0 });
    } else if (period.error === 'periodTooLong' && rule) {
      errors[period.field] = rule.max.months
        ? message('agreements:errors.periodTooLongMonths', { count: rule.max.months })
        : message('agreements:errors.periodTooLongDays', { count: rule.max.days ?? 0 });
    } else if (
      period.error === 'periodInvalidDate' &&
      !(period.field === 'startDate' ? draft.startDate : draft.endDate)
    ) {
      errors[period.field] = message('required');
    } else {
      errors[period.field] = message(`agreements:errors.${period.error}`);
    }
  }

  for (const field of TERM_FIELDS) {
    const value = draft.terms[field].trim();
    const max = LONG_TERMS.has(field) ? 5000 : 300;
    if (!value && !OPTIONAL_TERMS.has(field)) errors[`terms.${field}`] = message('required');
    else if (value.length > max) errors[`terms.${field}`] = message('tooLong', { max });
  }

  if (draft.languages.length < 1 || draft.languages.length > 2 || !draft.languages.every(isAgreementLanguage)) {
    errors['languages'] = message('agreements:errors.languages');
  }
  return errors;
}
