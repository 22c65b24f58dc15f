/** The two small forms of an interview: a "quick company" met at a fair, and candidate participants. */
import { z } from 'zod';
import { isSpokenLanguage } from './language-skills';
import { CEFR_LEVELS, PERSON_ROLES } from './model';
import { countryCode, message, optionalEmail, optionalPhone, requiredText } from './validation';

export const quickCompanySchema = z
  .object({
    legalName: requiredText(200),
    country: countryCode(),
    contactFirstName: requiredText(100),
    contactLastName: requiredText(100),
    contactEmail: optionalEmail(),
    contactPhone: optionalPhone(),
  })
  .superRefine((value, ctx) => {
    if (!value.contactEmail && !value.contactPhone)
      ctx.addIssue({ code: 'custom', path: ['contactEmail'], message: message('interviews:errors.contactReach') });
  });

export type QuickCompanyInput = z.input<typeof quickCompanySchema>;
export type QuickCompany = z.output<typeof quickCompanySchema>;

export const CANDIDATE_ROLES = PERSON_ROLES.filter((role) => role !== 'contact');

const languageSkill = z.object({
  code: z.string().refine(isSpokenLanguage, message('interviews:errors.language')),
  level: z.enum(CEFR_LEVELS, { error: message('interviews:errors.cefr') }),
});

export const candidateSchema = z.object({
  firstName: requiredText(100),
  lastName: requiredText(100),
  role: z.enum(CANDIDATE_ROLES as [string, ...string[]], { error: message('interviews:errors.chooseOne') }),
  jobTitle: z
    .string()
    .trim()
    .max(200, message('tooLong', { max: 200 }))
    .transform((value) => (value === '' ? undefined : value))
    .optional(),
  email: optionalEmail(),
  languages: z
    .array(languageSkill)
    .min(1, message('interviews:errors.languageRequired'))
    .refine(
      (list) => new Set(list.map((l) => l.code)).size === list.length,
      message('interviews:errors.languageTwice'),
    ),
});

export type CandidateInput = z.input<typeof candidateSchema>;
export type Candidate = z.output<typeof candidateSchema>;
