import { formatAgreementDate } from './document';
import type { AgreementLanguage } from './languages';
import { TERM_FIELDS, type AgreementTerms } from './terms';

/**
 * Filling a PDF form that someone else made (the central office's own agreement form): each of
 * its fields is mapped once to one of these agreement fields, and the mapping is kept per form.
 */
export const MAPPABLE_FIELDS = [
  'reference',
  'participantName',
  'participantJobTitle',
  'sendingName',
  'sendingAddress',
  'sendingCountry',
  'hostName',
  'hostAddress',
  'hostCountry',
  'startDate',
  'endDate',
  ...TERM_FIELDS,
] as const;
export type MappableField = (typeof MAPPABLE_FIELDS)[number];

/** PDF field name → agreement field; '' leaves the PDF field empty. */
export type FieldMapping = Record<string, MappableField | ''>;

/** Alternative names people give these fields on forms, normalised (lower case, letters and digits only). */
const SYNONYMS: Record<MappableField, string[]> = {
  reference: ['reference', 'ref', 'agreementnumber', 'number'],
  participantName: ['participantname', 'participant', 'name', 'employeename', 'secondee'],
  participantJobTitle: ['participantjobtitle', 'jobtitle', 'position', 'participantposition'],
  sendingName: ['sendingname', 'sendingcompany', 'sendingsme', 'sender', 'sendingorganisation'],
  sendingAddress: ['sendingaddress', 'sendingcompanyaddress'],
  sendingCountry: ['sendingcountry'],
  hostName: ['hostname', 'hostcompany', 'hostsme', 'host'],
  hostAddress: ['hostaddress', 'hostcompanyaddress'],
  hostCountry: ['hostcountry'],
  startDate: ['startdate', 'start', 'from', 'datefrom'],
  endDate: ['enddate', 'end', 'to', 'dateto', 'until'],
  placeOfWork: ['placeofwork', 'workplace', 'location'],
  mentor: ['mentor', 'tutor', 'supervisor'],
  objectives: ['objectives', 'goals', 'aims'],
  tasks: ['tasks', 'activities', 'workplan'],
  expectedResults: ['expectedresults', 'results', 'outcomes'],
  workingTime: ['workingtime', 'workinghours', 'hours'],
  insurance: ['insurance'],
  financialSupport: ['financialsupport', 'grant', 'support', 'funding'],
  specialTerms: ['specialterms', 'otherterms', 'remarks'],
  sendingPartner: ['sendingpartner', 'sendinglcp', 'sendingcontactpoint'],
  hostPartner: ['hostpartner', 'hostlcp', 'hostcontactpoint'],
};

const normalise = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** A first guess for a newly imported form: exact synonym matches only, each agreement field once. */
export function suggestMapping(pdfFieldNames: readonly string[]): FieldMapping {
  const mapping: FieldMapping = {};
  const used = new Set<MappableField>();
  for (const name of pdfFieldNames) {
    const key = normalise(name);
    const match = MAPPABLE_FIELDS.find((field) => !used.has(field) && SYNONYMS[field].includes(key));
    mapping[name] = match ?? '';
    if (match) used.add(match);
  }
  return mapping;
}

export type FieldValueInput = {
  reference: string;
  startDate?: string;
  endDate?: string;
  terms: AgreementTerms;
  participant: { firstName: string; lastName: string; jobTitle?: string };
  sending: { legalName: string; country: string; address?: string; city?: string };
  host: { legalName: string; country: string; address?: string; city?: string };
};

/** Every mappable field's text for one agreement, dates and country names in the given language. */
export function agreementFieldValues(
  input: FieldValueInput,
  language: AgreementLanguage,
): Record<MappableField, string> {
  const countries = new Intl.DisplayNames([language === 'cnr' ? 'sr-Latn-ME' : language, 'en'], { type: 'region' });
  const address = (c: FieldValueInput['sending']) => [c.address, c.city].filter(Boolean).join(', ');
  const { terms } = input;
  return {
    reference: input.reference,
    participantName: `${input.participant.firstName} ${input.participant.lastName}`.trim(),
    participantJobTitle: input.participant.jobTitle ?? '',
    sendingName: input.sending.legalName,
    sendingAddress: address(input.sending),
    sendingCountry: countries.of(input.sending.country) ?? input.sending.country,
    hostName: input.host.legalName,
    hostAddress: address(input.host),
    hostCountry: countries.of(input.host.country) ?? input.host.country,
    startDate: formatAgreementDate(input.startDate, language),
    endDate: formatAgreementDate(input.endDate, language),
    placeOfWork: terms.placeOfWork,
    mentor: terms.mentor,
    objectives: terms.objectives,
    tasks: terms.tasks,
    expectedResults: terms.expectedResults,
    workingTime: terms.workingTime,
    insurance: terms.insurance,
    financialSupport: terms.financialSupport,
    specialTerms: terms.specialTerms,
    sendingPartner: terms.sendingPartner,
    hostPartner: terms.hostPartner,
  };
}

/** The text for each mapped PDF field. Unmapped fields are left out (the form keeps them as they are). */
export function applyMapping(mapping: FieldMapping, values: Record<MappableField, string>): Record<string, string> {
  const filled: Record<string, string> = {};
  for (const [pdfField, field] of Object.entries(mapping)) if (field) filled[pdfField] = values[field];
  return filled;
}
