import { describe, expect, it } from 'vitest';
import {
  companyDraftSchema,
  EMPTY_COMPANY_DRAFT,
  EMPTY_PERSON_DRAFT,
  parseCompanyDraft,
  personDraftSchema,
} from '../../../../src-renderer/domain/registry/company-schema';
import {
  companyFieldsFromDraft,
  companySearchFields,
  draftFromCompany,
} from '../../../../src-renderer/domain/registry/company-record';
import { findDuplicates, nameCore, similarNames } from '../../../../src-renderer/domain/registry/duplicates';
import { fieldErrors } from '../../../../src-renderer/domain/validation';

const base = { ...EMPTY_COMPANY_DRAFT, legalName: 'Tera Tehnopolis d.o.o.', country: 'HR', city: 'Osijek' };

function errorsOf(draft: typeof base) {
  const result = companyDraftSchema.safeParse(draft);
  return result.success ? {} : fieldErrors(result.error);
}

describe('company schema', () => {
  it('accepts a minimal company and converts numbers and lists', () => {
    const result = companyDraftSchema.parse({
      ...base,
      role: 'host',
      headcount: '1 200',
      languages: 'hr, en',
      tags: 'ict; fair 2026',
      vatNumber: 'HR33392005961',
    });
    expect(result.headcount).toBe(1200);
    expect(result.languages).toEqual(['hr', 'en']);
    expect(result.tags).toEqual(['ict', 'fair 2026']);
    const fields = companyFieldsFromDraft(result);
    expect(fields.vatNumber).toBe('33392005961');
    expect(fields).not.toHaveProperty('tradeName');
    expect(
      companyDraftSchema.parse(draftFromCompany({ ...fields, id: 'x', lcpId: 'l', createdAt: '', updatedAt: '' }))
        .legalName,
    ).toBe(base.legalName);
  });

  it('puts a translated error on each bad field', () => {
    expect(
      errorsOf({
        ...base,
        legalName: ' ',
        country: 'XX',
        foundingYear: '1700',
        headcount: 'many',
        website: 'not a site',
        email: 'a@',
        naceSection: 'Z',
        vatNumber: 'HR33392005962',
        consentShare: '2026-01-01',
        languages: 'english',
      }),
    ).toEqual({
      legalName: 'required',
      country: 'country',
      foundingYear: 'companies:errors.foundingYear|{"min":1800,"max":' + String(new Date().getFullYear()) + '}',
      headcount: 'companies:errors.wholeNumber',
      website: 'website',
      email: 'email',
      naceSection: 'companies:errors.naceSection',
      languages: 'companies:errors.languageCode|{"value":"english"}',
    });
    expect(
      errorsOf({
        ...base,
        vatNumber: 'HR33392005962',
        consentShare: '2026-01-01',
        naceSection: 'C',
        naceDivision: '62',
      }),
    ).toEqual({
      vatNumber: 'companies:errors.vatChecksum|{"country":"HR"}',
      naceDivision: 'companies:errors.naceMismatch|{"section":"C"}',
      consentStore: 'companies:errors.shareNeedsStore',
    });
  });

  it('validates people with CEFR levels', () => {
    const ok = personDraftSchema.parse({
      ...EMPTY_PERSON_DRAFT,
      firstName: 'Ana',
      lastName: 'Horvat',
      languages: 'hr:C2, en B2',
    });
    expect(ok.languages).toEqual([
      { code: 'hr', level: 'C2' },
      { code: 'en', level: 'B2' },
    ]);
    const bad = personDraftSchema.safeParse({
      ...EMPTY_PERSON_DRAFT,
      firstName: 'Ana',
      lastName: '',
      languages: 'en:D1',
    });
    expect(bad.success ? {} : fieldErrors(bad.error)).toEqual({
      lastName: 'required',
      languages: 'companies:errors.cefr|{"value":"en:D1"}',
    });
  });
});

describe('search fields and duplicates', () => {
  it('derives words from names, city, ids and people', () => {
    const fields = companySearchFields({ legalName: 'Šumarija Đakovo', city: 'Нови Сад', vatNumber: 'HR33392005961' }, [
      { firstName: 'Ђорђе', lastName: 'Петровић' },
    ]);
    expect(fields.searchWords).toEqual(
      expect.arrayContaining([
        'sumarija',
        'dakovo',
        'novi',
        'sad',
        'dorde',
        'petrovic',
        'hr33392005961',
        '33392005961',
      ]),
    );
    expect(fields.nameKey).toBe('sumarija dakovo');
    expect(fields.archived).toBe(0);
  });

  it('refuses the same id in the same country and warns on a similar name in the same city', () => {
    const existing = {
      id: 'a',
      legalName: 'TERA TEHNOPOLIS DOO',
      country: 'HR',
      city: 'Osijek',
      vatNumber: '33392005961',
    };
    expect(nameCore('Tera Tehnopolis d.o.o.')).toBe('tera tehnopolis');
    expect(similarNames('Tera Tehnopolis d.o.o.', 'Tera Tehnopolys')).toBe(true);
    expect(findDuplicates({ ...base, vatNumber: 'HR 33392005961' }, [existing])).toMatchObject({
      kind: 'sameId',
      field: 'vatNumber',
    });
    expect(findDuplicates({ ...base, vatNumber: '33392005961', country: 'SI' }, [existing]).kind).toBe('none');
    expect(findDuplicates({ ...base }, [existing])).toMatchObject({ kind: 'similarName' });
    expect(findDuplicates({ ...base, legalName: 'Tera Tehnopolys', city: 'Zagreb' }, [existing]).kind).toBe('none');
    expect(findDuplicates({ ...base, id: 'a' }, [existing]).kind).toBe('none');
  });
});

describe('exact duplicates without an id', () => {
  it('warns on the same name in the same country, whatever the city or without one', () => {
    const existing = { id: 'a', legalName: 'TERA TEHNOPOLIS DOO', country: 'HR', city: 'Osijek' };
    expect(findDuplicates({ ...base, city: 'Zagreb' }, [existing])).toMatchObject({
      kind: 'similarName',
      existing: [existing],
    });
    expect(findDuplicates({ ...base, city: undefined }, [existing])).toMatchObject({ kind: 'similarName' });
    expect(findDuplicates({ ...base, country: 'SI' }, [existing]).kind).toBe('none');
  });
});

describe('large companies', () => {
  it('may only host: send or both is refused with a clear message', () => {
    for (const role of ['send', 'both'] as const) {
      expect(parseCompanyDraft({ ...base, role, headcount: '12000' })).toEqual({
        ok: false,
        errors: { role: 'companies:errors.largeHostOnly' },
      });
      expect(
        parseCompanyDraft({ ...base, role, headcount: '100', turnoverEur: '60000000', balanceSheetEur: '50000000' }),
      ).toMatchObject({ ok: false });
    }
    expect(parseCompanyDraft({ ...base, role: 'host', headcount: '12000' }).ok).toBe(true);
    expect(parseCompanyDraft({ ...base, role: 'both', headcount: '249' }).ok).toBe(true);
  });
});

describe('parseCompanyDraft', () => {
  it('reports id errors together with the other field errors', () => {
    const result = parseCompanyDraft({ ...base, vatNumber: 'HR33392005962', headcount: 'twelve' });
    expect(result).toEqual({
      ok: false,
      errors: { headcount: 'companies:errors.wholeNumber', vatNumber: 'companies:errors.vatChecksum|{"country":"HR"}' },
    });
  });
});
