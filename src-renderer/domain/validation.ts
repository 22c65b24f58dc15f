import { z } from 'zod';
import { isCountryCode } from './countries';

/**
 * Validation messages are i18n keys of the `validation` namespace, with their parameters after a
 * `|` as JSON, so the UI translates them: `tooLong|{"max":200}`.
 */
export function message(key: string, params?: Record<string, string | number>): string {
  return params ? `${key}|${JSON.stringify(params)}` : key;
}

export function parseMessage(text: string): { key: string; params: Record<string, string | number> } {
  const bar = text.indexOf('|');
  if (bar < 0) return { key: text, params: {} };
  try {
    return { key: text.slice(0, bar), params: JSON.parse(text.slice(bar + 1)) as Record<string, string | number> };
  } catch {
    return { key: text.slice(0, bar), params: {} };
  }
}

const trimmed = () => z.string().trim();

export const requiredText = (max: number) =>
  trimmed().min(1, message('required')).max(max, message('tooLong', { max }));

export const optionalText = (max: number) =>
  trimmed()
    .max(max, message('tooLong', { max }))
    .transform((value) => (value === '' ? undefined : value))
    .optional();

export const emailAddress = () =>
  trimmed()
    .max(254, message('tooLong', { max: 254 }))
    .pipe(z.email(message('email')));

export const optionalEmail = () =>
  trimmed()
    .max(254, message('tooLong', { max: 254 }))
    .refine((value) => value === '' || z.email().safeParse(value).success, message('email'))
    .transform((value) => (value === '' ? undefined : value))
    .optional();

/** International or national phone numbers: digits with the usual separators, 6 to 15 digits. */
export function isPhoneNumber(value: string): boolean {
  if (!/^\+?[\d\s().\-/]+$/.test(value)) return false;
  const digits = value.replace(/\D/g, '').length;
  return digits >= 6 && digits <= 15;
}

export const optionalPhone = () =>
  trimmed()
    .max(40, message('tooLong', { max: 40 }))
    .refine((value) => value === '' || isPhoneNumber(value), message('phone'))
    .transform((value) => (value === '' ? undefined : value))
    .optional();

export function isWebsite(value: string): boolean {
  const candidate = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`;
  try {
    const url = new URL(candidate);
    return (url.protocol === 'http:' || url.protocol === 'https:') && /^[^.\s]+(\.[^.\s]+)+$/.test(url.hostname);
  } catch {
    return false;
  }
}

export const optionalWebsite = () =>
  trimmed()
    .max(500, message('tooLong', { max: 500 }))
    .refine((value) => value === '' || isWebsite(value), message('website'))
    .transform((value) => (value === '' ? undefined : value))
    .optional();

export const countryCode = () =>
  z
    .string()
    .min(1, message('required'))
    .refine((value) => value === '' || isCountryCode(value), message('country'));

/** Errors by field path (first message per field), ready for a form. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.join('.') || '_form';
    errors[path] ??= issue.message;
  }
  return errors;
}
