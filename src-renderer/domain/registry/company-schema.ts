/**
 * Company and person input schemas. Forms and CSV rows are strings; the schemas trim, convert and
 * check them, and return the record fields. Messages are i18n keys (companies namespace for ours).
 */
import { z } from 'zod';
import { CEFR_LEVELS, COMPANY_ROLES, PERSON_ROLES, PIPELINE_STATUSES } from '../model';
import {
  countryCode,
  fieldErrors,
  message,
  optionalEmail,
  optionalPhone,
  optionalText,
  optionalWebsite,
  requiredText,
} from '../validation';
import { checkNationalId, checkVatNumber } from './company-ids';
import { isNaceSection, sectionOfDivision } from './nace';
import { sizeClass } from './size-class';

const optionalInteger = (min: number, max: number, key: string) =>
  z
    .string()
    .trim()
    .transform((value, ctx) => {
      if (value === '') return undefined;
      const normalised = value.replace(/[\s\u00a0\u202f'’]/g, '');
      if (!/^-?\d+$/.test(normalised)) {
        ctx.addIssue({ code: 'custom', message: message('companies:errors.wholeNumber') });
        return z.NEVER;
      }
      const number = Number(normalised);
      if (number < min || number > max) {
        ctx.addIssue({ code: 'custom', message: message(`companies:errors.${key}`, { min, max }) });
        return z.NEVER;
      }
      return number;
    });

const isoDate = () =>
  z
    .string()
    .trim()
    .refine(
      (value) => value === '' || (/^\d{4}-\d\d-\d\d$/.test(value) && !Number.isNaN(Date.parse(value))),
      message('companies:errors.date'),
    )
    .transform((value) => (value === '' ? undefined : value));

const codeList = (pattern: RegExp, key: string) =>
  z
    .string()
    .trim()
    .transform((value, ctx) => {
      const items = [
        ...new Set(
          value
            .split(/[,;]/)
            .map((item) => item.trim())
            .filter(Boolean),
        ),
      ];
      const bad = items.find((item) => !pattern.test(item));
      if (bad) {
        ctx.addIssue({ code: 'custom', message: message(`companies:errors.${key}`, { value: bad }) });
        return z.NEVER;
      }
      return items;
    });

export function currentYear(): number {
  return new Date().getFullYear();
}

export const companyDraftSchema = z
  .object({
    legalName: requiredText(200),
    tradeName: optionalText(200),
    country: countryCode(),
    region: optionalText(120),
    city: optionalText(120),
    address: optionalText(500),
    nationalId: optionalText(40),
    vatNumber: optionalText(40),
    website: optionalWebsite(),
    email: optionalEmail(),
    phone: optionalPhone(),
    naceSection: z
      .string()
      .trim()
      .refine((value) => value === '' || isNaceSection(value.toUpperCase()), message('companies:errors.naceSection'))
      .transform((value) => (value === '' ? undefined : value.toUpperCase())),
    naceDivision: z
      .string()
      .trim()
      .refine(
        (value) => value === '' || sectionOfDivision(value.padStart(2, '0')) !== undefined,
        message('companies:errors.naceDivision'),
      )
      .transform((value) => (value === '' ? undefined : value.padStart(2, '0'))),
    foundingYear: optionalInteger(1800, currentYear(), 'foundingYear'),
    headcount: optionalInteger(0, 1_000_000, 'headcount'),
    turnoverEur: optionalInteger(0, 1_000_000_000_000, 'amount'),
    balanceSheetEur: optionalInteger(0, 1_000_000_000_000, 'amount'),
    languages: codeList(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/, 'languageCode'),
    role: z.enum(COMPANY_ROLES, { error: message('companies:errors.role') }),
    status: z.enum(PIPELINE_STATUSES, { error: message('companies:errors.status') }),
    consentStore: isoDate(),
    consentShare: isoDate(),
    consentScope: optionalText(500),
    eventName: optionalText(200),
    tags: codeList(/^[^,;]{1,40}$/u, 'tag'),
  })
  .superRefine((draft, ctx) => {
    for (const issue of crossFieldIssues(draft))
      ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
  });

type Amount = string | number | undefined;
type CrossFieldInput = {
  country?: string;
  vatNumber?: string;
  nationalId?: string;
  naceSection?: string;
  naceDivision?: string;
  consentStore?: string;
  consentShare?: string;
  role?: string;
  headcount?: Amount;
  turnoverEur?: Amount;
  balanceSheetEur?: Amount;
};

/** Form strings before parsing, numbers after. */
function amount(value: Amount): number | undefined {
  if (typeof value === 'number') return value;
  const normalised = value?.replace(/[\s\u00a0\u202f'’]/g, '') ?? '';
  return /^\d+$/.test(normalised) ? Number(normalised) : undefined;
}

/** Checks that need several fields (ids depend on the country). Also run on drafts that failed elsewhere. */
function crossFieldIssues(draft: CrossFieldInput): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  const country = draft.country?.trim();
  const vat = draft.vatNumber?.trim();
  const national = draft.nationalId?.trim();
  if (vat && country) {
    const result = checkVatNumber(country, vat);
    if (!result.ok) issues.push({ path: 'vatNumber', message: result.error });
  }
  if (national && country) {
    const result = checkNationalId(country, national);
    if (!result.ok) issues.push({ path: 'nationalId', message: result.error });
  }
  const section = draft.naceSection?.trim().toUpperCase();
  const division = draft.naceDivision?.trim().padStart(2, '0');
  if (
    division &&
    section &&
    isNaceSection(section) &&
    sectionOfDivision(division) &&
    sectionOfDivision(division) !== section
  ) {
    issues.push({ path: 'naceDivision', message: message('companies:errors.naceMismatch', { section }) });
  }
  // The programme takes large companies as hosts only.
  if (
    (draft.role === 'send' || draft.role === 'both') &&
    sizeClass({
      headcount: amount(draft.headcount),
      turnoverEur: amount(draft.turnoverEur),
      balanceSheetEur: amount(draft.balanceSheetEur),
    }).size === 'large'
  ) {
    issues.push({ path: 'role', message: message('companies:errors.largeHostOnly') });
  }
  if (draft.consentShare?.trim() && !draft.consentStore?.trim())
    issues.push({ path: 'consentStore', message: message('companies:errors.shareNeedsStore') });
  return issues;
}

/** Parses a draft; on failure, every field's first error, including the cross-field ones. */
export function parseCompanyDraft(
  draft: CompanyDraft,
): { ok: true; data: CompanyDraftParsed } | { ok: false; errors: Record<string, string> } {
  const result = companyDraftSchema.safeParse(draft);
  if (result.success) return { ok: true, data: result.data };
  const errors = fieldErrors(result.error);
  for (const issue of crossFieldIssues(draft)) errors[issue.path] ??= issue.message;
  return { ok: false, errors };
}

export type CompanyDraft = z.input<typeof companyDraftSchema>;
export type CompanyDraftParsed = z.output<typeof companyDraftSchema>;

export const EMPTY_COMPANY_DRAFT: CompanyDraft = {
  legalName: '',
  tradeName: '',
  country: '',
  region: '',
  city: '',
  address: '',
  nationalId: '',
  vatNumber: '',
  website: '',
  email: '',
  phone: '',
  naceSection: '',
  naceDivision: '',
  foundingYear: '',
  headcount: '',
  turnoverEur: '',
  balanceSheetEur: '',
  languages: '',
  role: 'both',
  status: 'registered',
  consentStore: '',
  consentShare: '',
  consentScope: '',
  eventName: '',
  tags: '',
};

const CEFR = new Set<string>(CEFR_LEVELS);

export const personDraftSchema = z.object({
  firstName: requiredText(100),
  lastName: requiredText(100),
  role: z.enum(PERSON_ROLES, { error: message('companies:errors.personRole') }),
  jobTitle: optionalText(120),
  email: optionalEmail(),
  phone: optionalPhone(),
  /** `en:C1, de:B2` */
  languages: z
    .string()
    .trim()
    .transform((value, ctx) => {
      const items = value
        .split(/[,;]/)
        .map((item) => item.trim())
        .filter(Boolean);
      const result: { code: string; level: (typeof CEFR_LEVELS)[number] }[] = [];
      for (const item of items) {
        const match = /^([a-z]{2,3})\s*[: ]\s*([ABC][12])$/i.exec(item);
        if (!match || !CEFR.has(match[2]!.toUpperCase())) {
          ctx.addIssue({ code: 'custom', message: message('companies:errors.cefr', { value: item }) });
          return z.NEVER;
        }
        result.push({ code: match[1]!.toLowerCase(), level: match[2]!.toUpperCase() as (typeof CEFR_LEVELS)[number] });
      }
      return result;
    }),
  candidate: z.boolean(),
  consentStore: isoDate(),
  consentShare: isoDate(),
});

export type PersonDraft = z.input<typeof personDraftSchema>;
export type PersonDraftParsed = z.output<typeof personDraftSchema>;

export const EMPTY_PERSON_DRAFT: PersonDraft = {
  firstName: '',
  lastName: '',
  role: 'employee',
  jobTitle: '',
  email: '',
  phone: '',
  languages: '',
  candidate: true,
  consentStore: '',
  consentShare: '',
};
