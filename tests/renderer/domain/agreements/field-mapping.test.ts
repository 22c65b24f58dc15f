import { describe, expect, it } from 'vitest';
import {
  agreementFieldValues,
  applyMapping,
  MAPPABLE_FIELDS,
  suggestMapping,
} from '../../../../src-renderer/domain/agreements/field-mapping';
import { EMPTY_TERMS } from '../../../../src-renderer/domain/agreements/terms';

const input = {
  reference: 'HR-2026-0001',
  startDate: '2026-03-02',
  endDate: '2026-06-30',
  terms: { ...EMPTY_TERMS, mentor: 'Ελένη Παπαδοπούλου', placeOfWork: 'Λάρισα' },
  participant: { firstName: 'Željka', lastName: 'Šimić' },
  sending: { legalName: 'Čokolada d.o.o.', country: 'HR', city: 'Osijek' },
  host: { legalName: 'Ελαιουργία Α.Ε.', country: 'GR' },
};

describe('PDF form field mapping', () => {
  it('suggests agreement fields for usual form field names, each at most once', () => {
    expect(suggestMapping(['Participant_Name', 'start-date', 'HOST COMPANY', 'name', 'Signature1'])).toEqual({
      Participant_Name: 'participantName',
      'start-date': 'startDate',
      'HOST COMPANY': 'hostName',
      name: '',
      Signature1: '',
    });
  });

  it('gives a value for every mappable field, dates and countries in the chosen language', () => {
    const values = agreementFieldValues(input, 'el');
    expect(Object.keys(values).sort()).toEqual([...MAPPABLE_FIELDS].sort());
    expect(values.participantName).toBe('Željka Šimić');
    expect(values.hostCountry).toBe('Ελλάδα');
    expect(values.startDate).toBe('2 Μαρτίου 2026');
    expect(agreementFieldValues(input, 'hr').sendingCountry).toBe('Hrvatska');
  });

  it('fills mapped fields only', () => {
    const values = agreementFieldValues(input, 'en');
    expect(applyMapping({ a: 'mentor', b: '', c: 'reference' }, values)).toEqual({
      a: 'Ελένη Παπαδοπούλου',
      c: 'HR-2026-0001',
    });
  });
});
