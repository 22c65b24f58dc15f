import { describe, expect, it } from 'vitest';
import { validateAgreementDraft, type AgreementDraft } from '../../../../src-renderer/domain/agreements/validation';
import { EMPTY_TERMS } from '../../../../src-renderer/domain/agreements/terms';

const draft = (patch: Partial<AgreementDraft> = {}): AgreementDraft => ({
  sendingCompanyId: 's',
  participantId: 'p',
  hostCompanyId: 'h',
  startDate: '2026-03-02',
  endDate: '2026-06-30',
  terms: {
    ...EMPTY_TERMS,
    placeOfWork: 'Larissa',
    mentor: 'Eleni',
    objectives: 'Export market',
    tasks: 'Distributor contacts',
    expectedResults: 'A plan',
    workingTime: '40 h',
    insurance: 'EHIC',
    sendingPartner: 'Tera Tehnopolis',
    hostPartner: 'SBTS',
  },
  languages: ['hr', 'el'],
  includeEnglish: false,
  layout: 'sideBySide',
  ...patch,
});
const parties = {
  sending: { id: 's', country: 'HR' },
  host: { id: 'h', country: 'GR' },
  participant: { id: 'p', companyId: 's' },
};

describe('agreement validation', () => {
  it('accepts a complete draft', () => {
    expect(validateAgreementDraft(draft(), parties)).toEqual({});
  });

  it('requires companies in different countries', () => {
    expect(validateAgreementDraft(draft(), { ...parties, host: { id: 'h', country: 'HR' } })).toEqual({
      hostCompanyId: 'agreements:errors.sameCountry',
    });
  });

  it('requires the participant to belong to the sending company', () => {
    expect(validateAgreementDraft(draft(), { ...parties, participant: { id: 'p', companyId: 'h' } })).toEqual({
      participantId: 'agreements:errors.participantNotOfSending',
    });
  });

  it('reports a period outside the rules with the limit as a count', () => {
    expect(validateAgreementDraft(draft({ endDate: '2026-03-20' }), parties)).toEqual({
      endDate: 'agreements:errors.periodTooShortMonths|{"count":1}',
    });
    expect(validateAgreementDraft(draft({ endDate: '2026-12-20' }), parties)).toEqual({
      endDate: 'agreements:errors.periodTooLongMonths|{"count":6}',
    });
  });

  it('requires parties, dates and the required terms, but not the optional ones', () => {
    const errors = validateAgreementDraft(
      draft({ sendingCompanyId: '', participantId: '', hostCompanyId: '', startDate: '', terms: { ...EMPTY_TERMS } }),
      {},
    );
    expect(Object.keys(errors).sort()).toEqual(
      [
        'sendingCompanyId',
        'participantId',
        'hostCompanyId',
        'startDate',
        'terms.placeOfWork',
        'terms.mentor',
        'terms.objectives',
        'terms.tasks',
        'terms.expectedResults',
        'terms.workingTime',
        'terms.insurance',
        'terms.sendingPartner',
        'terms.hostPartner',
      ].sort(),
    );
  });

  it('allows one or two languages only', () => {
    expect(validateAgreementDraft(draft({ languages: [] }), parties)).toEqual({
      languages: 'agreements:errors.languages',
    });
    expect(validateAgreementDraft(draft({ languages: ['hr', 'el', 'en'] }), parties)).toEqual({
      languages: 'agreements:errors.languages',
    });
    expect(validateAgreementDraft(draft({ languages: ['hr'] }), parties)).toEqual({});
  });
});
