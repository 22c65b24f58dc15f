import { describe, expect, it } from 'vitest';
import { eventSchema } from '../../../src-renderer/domain/event';
import { candidateSchema, quickCompanySchema } from '../../../src-renderer/domain/interview-people';
import { languageOptions } from '../../../src-renderer/domain/language-skills';
import { fieldErrors, parseMessage } from '../../../src-renderer/domain/validation';

const errorKeys = (result: { success: boolean; error?: unknown }) =>
  result.success
    ? {}
    : Object.fromEntries(Object.entries(fieldErrors(result.error as never)).map(([k, v]) => [k, parseMessage(v).key]));

describe('quick company', () => {
  it('asks for a name, a country and a reachable contact', () => {
    expect(
      errorKeys(
        quickCompanySchema.safeParse({ legalName: ' ', country: '', contactFirstName: '', contactLastName: '' }),
      ),
    ).toEqual({
      legalName: 'required',
      country: 'required',
      contactFirstName: 'required',
      contactLastName: 'required',
      contactEmail: 'interviews:errors.contactReach',
    });
    const ok = quickCompanySchema.parse({
      legalName: ' Kranjska Pekarna d.o.o. ',
      country: 'SI',
      contactFirstName: 'Maja',
      contactLastName: 'Novak',
      contactEmail: '',
      contactPhone: '+386 4 123 4567',
    });
    expect(ok).toEqual({
      legalName: 'Kranjska Pekarna d.o.o.',
      country: 'SI',
      contactFirstName: 'Maja',
      contactLastName: 'Novak',
      contactPhone: '+386 4 123 4567',
    });
  });
});

describe('candidate participant', () => {
  it('needs at least one known language with a CEFR level, each once', () => {
    const base = { firstName: 'Ana', lastName: 'Kovač', role: 'employee', email: '' };
    expect(errorKeys(candidateSchema.safeParse({ ...base, languages: [] }))).toEqual({
      languages: 'interviews:errors.languageRequired',
    });
    expect(errorKeys(candidateSchema.safeParse({ ...base, languages: [{ code: 'xx', level: 'B2' }] }))).toEqual({
      'languages.0.code': 'interviews:errors.language',
    });
    expect(errorKeys(candidateSchema.safeParse({ ...base, languages: [{ code: 'en', level: 'D1' }] }))).toEqual({
      'languages.0.level': 'interviews:errors.cefr',
    });
    expect(
      errorKeys(
        candidateSchema.safeParse({
          ...base,
          languages: [
            { code: 'en', level: 'B2' },
            { code: 'en', level: 'C1' },
          ],
        }),
      ),
    ).toEqual({ languages: 'interviews:errors.languageTwice' });
    expect(
      errorKeys(candidateSchema.safeParse({ ...base, role: 'contact', languages: [{ code: 'en', level: 'B2' }] })),
    ).toEqual({
      role: 'interviews:errors.chooseOne',
    });
    expect(candidateSchema.parse({ ...base, languages: [{ code: 'hr', level: 'C2' }] })).toEqual({
      firstName: 'Ana',
      lastName: 'Kovač',
      role: 'employee',
      languages: [{ code: 'hr', level: 'C2' }],
    });
  });

  it('names languages in the UI language', () => {
    expect(languageOptions('de').find((l) => l.code === 'el')?.name).toBe('Griechisch');
  });
});

describe('event', () => {
  it('needs a name and a real date', () => {
    expect(errorKeys(eventSchema.safeParse({ name: '', date: '2026-02-30' }))).toEqual({
      name: 'required',
      date: 'events:errors.date',
    });
    expect(eventSchema.parse({ name: 'Agrotica Fair', date: '2026-02-05', place: ' ' })).toEqual({
      name: 'Agrotica Fair',
      date: '2026-02-05',
    });
  });
});
