import { z } from 'zod';
import { message, optionalText, requiredText } from './validation';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A fair, info day or company visit where the contact point meets SMEs. */
export const eventSchema = z.object({
  name: requiredText(200),
  date: z
    .string()
    .trim()
    .min(1, message('required'))
    .refine((value) => value === '' || isIsoDay(value), message('events:errors.date')),
  place: optionalText(200),
});

export type EventInput = z.input<typeof eventSchema>;
export type EventFields = z.output<typeof eventSchema>;
