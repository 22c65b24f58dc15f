/** Between form drafts (strings) and company/person fields, and the search fields derived from them. */
import type { Company, Person } from '../model';
import type { CompanyDraft, CompanyDraftParsed, PersonDraft, PersonDraftParsed } from './company-schema';
import { checkNationalId, checkVatNumber } from './company-ids';
import { compactId, nameKey, wordSet } from './search-normalize';

export type CompanyFields = Omit<
  Company,
  'id' | 'lcpId' | 'createdAt' | 'updatedAt' | 'searchWords' | 'nameKey' | 'archived'
>;
export type PersonFields = Omit<Person, 'id' | 'lcpId' | 'createdAt' | 'updatedAt' | 'companyId'>;

export function companyFieldsFromDraft(draft: CompanyDraftParsed): CompanyFields {
  const vat = draft.vatNumber ? checkVatNumber(draft.country, draft.vatNumber) : null;
  const national = draft.nationalId ? checkNationalId(draft.country, draft.nationalId) : null;
  const fields: CompanyFields = {
    legalName: draft.legalName,
    tradeName: draft.tradeName,
    country: draft.country,
    region: draft.region,
    city: draft.city,
    address: draft.address,
    nationalId: national?.ok ? national.compact : draft.nationalId,
    vatNumber: vat?.ok ? vat.compact : draft.vatNumber,
    website: draft.website,
    email: draft.email,
    phone: draft.phone,
    naceSection: draft.naceSection,
    naceDivision: draft.naceDivision,
    foundingYear: draft.foundingYear,
    headcount: draft.headcount,
    turnoverEur: draft.turnoverEur,
    balanceSheetEur: draft.balanceSheetEur,
    languages: draft.languages,
    role: draft.role,
    status: draft.status,
    consent: { storeGivenAt: draft.consentStore, shareGivenAt: draft.consentShare, scope: draft.consentScope },
    eventName: draft.eventName,
    tags: draft.tags,
  };
  return dropUndefined(fields);
}

/**
 * An existing company updated from an imported row: the row's non-empty cells (`provided`) replace
 * the values, languages and tags are added to the existing ones, consent dates given replace theirs.
 * The registered name and country stay: they are what matched.
 */
export function mergeImportedFields(
  existing: Company,
  incoming: CompanyFields,
  provided: readonly (keyof CompanyFields)[],
): CompanyFields {
  const {
    id: _id,
    lcpId: _lcp,
    createdAt: _created,
    updatedAt: _updated,
    searchWords: _words,
    nameKey: _key,
    archived: _archived,
    ...fields
  } = existing;
  const merged: Record<string, unknown> = { ...fields };
  for (const key of provided) {
    if (key === 'legalName' || key === 'country') continue;
    if (key === 'languages' || key === 'tags') merged[key] = [...new Set([...existing[key], ...incoming[key]])];
    else if (key === 'consent') merged[key] = { ...existing.consent, ...incoming.consent };
    else if (incoming[key] !== undefined) merged[key] = incoming[key];
  }
  return dropUndefined(merged) as CompanyFields;
}

function dropUndefined<T extends Record<string, unknown>>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue;
    out[key] =
      item && typeof item === 'object' && !Array.isArray(item) ? dropUndefined(item as Record<string, unknown>) : item;
  }
  return out as T;
}

const str = (value: string | number | undefined) => (value === undefined ? '' : String(value));

export function draftFromCompany(company: Company): CompanyDraft {
  return {
    legalName: company.legalName,
    tradeName: str(company.tradeName),
    country: company.country,
    region: str(company.region),
    city: str(company.city),
    address: str(company.address),
    nationalId: str(company.nationalId),
    vatNumber: str(company.vatNumber),
    website: str(company.website),
    email: str(company.email),
    phone: str(company.phone),
    naceSection: str(company.naceSection),
    naceDivision: str(company.naceDivision),
    foundingYear: str(company.foundingYear),
    headcount: str(company.headcount),
    turnoverEur: str(company.turnoverEur),
    balanceSheetEur: str(company.balanceSheetEur),
    languages: company.languages.join(', '),
    role: company.role,
    status: company.status,
    consentStore: str(company.consent.storeGivenAt),
    consentShare: str(company.consent.shareGivenAt),
    consentScope: str(company.consent.scope),
    eventName: str(company.eventName),
    tags: company.tags.join(', '),
  };
}

export function personFieldsFromDraft(draft: PersonDraftParsed): PersonFields {
  return dropUndefined({
    firstName: draft.firstName,
    lastName: draft.lastName,
    role: draft.role,
    jobTitle: draft.jobTitle,
    email: draft.email,
    phone: draft.phone,
    languages: draft.languages,
    candidate: draft.candidate,
    consent: { storeGivenAt: draft.consentStore, shareGivenAt: draft.consentShare },
  });
}

export function draftFromPerson(person: Person): PersonDraft {
  return {
    firstName: person.firstName,
    lastName: person.lastName,
    role: person.role,
    jobTitle: str(person.jobTitle),
    email: str(person.email),
    phone: str(person.phone),
    languages: person.languages.map((l) => `${l.code}:${l.level}`).join(', '),
    candidate: person.candidate,
    consentStore: str(person.consent.storeGivenAt),
    consentShare: str(person.consent.shareGivenAt),
  };
}

/** Derived, local-only fields that make the list fast: never sent to the central office. */
export type CompanySearchFields = { searchWords: string[]; nameKey: string; archived: 0 | 1 };
export const DERIVED_COMPANY_FIELDS = ['searchWords', 'nameKey', 'archived'] as const;

export function companySearchFields(
  company: Pick<Company, 'legalName' | 'tradeName' | 'city' | 'region' | 'vatNumber' | 'nationalId' | 'archivedAt'>,
  people: Pick<Person, 'firstName' | 'lastName'>[],
): CompanySearchFields {
  const words = new Set(
    wordSet([
      company.legalName,
      company.tradeName,
      company.city,
      company.region,
      ...people.flatMap((p) => [p.firstName, p.lastName]),
    ]),
  );
  for (const id of [company.vatNumber, company.nationalId]) {
    const compact = compactId(id);
    if (compact) {
      words.add(compact);
      // VAT numbers are searched with or without their country prefix.
      const bare = compact.replace(/^[a-z]{2}(?=\d)/, '');
      if (bare) words.add(bare);
    }
  }
  return { searchWords: [...words], nameKey: nameKey(company.legalName), archived: company.archivedAt ? 1 : 0 };
}
