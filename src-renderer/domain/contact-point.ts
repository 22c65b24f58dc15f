import { z } from 'zod';
import {
  countryCode,
  emailAddress,
  message,
  optionalPhone,
  optionalText,
  optionalWebsite,
  requiredText,
} from './validation';

export const LOGO_MIME_TYPES = ['image/png', 'image/jpeg'] as const;
export const LOGO_MAX_BYTES = 1024 * 1024;

/** The contact point's own profile, as filled in Settings. */
export const contactPointProfileSchema = z.object({
  organisationName: requiredText(200),
  country: countryCode(),
  address: optionalText(500),
  contactPerson: requiredText(200),
  email: emailAddress(),
  phone: optionalPhone(),
  website: optionalWebsite(),
});

export type ContactPointProfileInput = z.input<typeof contactPointProfileSchema>;
export type ContactPointProfile = z.output<typeof contactPointProfileSchema>;

export type LogoCheck = { ok: true } | { ok: false; error: string };

/** PNG or JPEG (what the PDF agreements can embed), at most 1 MB. */
export function checkLogo(file: { type: string; size: number }): LogoCheck {
  if (!(LOGO_MIME_TYPES as readonly string[]).includes(file.type)) return { ok: false, error: message('logoType') };
  if (file.size > LOGO_MAX_BYTES)
    return { ok: false, error: message('logoSize', { maxMb: LOGO_MAX_BYTES / (1024 * 1024) }) };
  if (file.size === 0) return { ok: false, error: message('logoEmpty') };
  return { ok: true };
}
