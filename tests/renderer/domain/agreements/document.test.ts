import { describe, expect, it } from 'vitest';
import { buildAgreementDocument } from '../../../../src-renderer/domain/agreements/document';
import { sampleInput } from '../../pdf/pdf-helpers';

describe('agreement document model', () => {
  it('fills the clauses in each language, dates in that language', () => {
    const doc = buildAgreementDocument(sampleInput(['hr', 'el']));
    const period = doc.sections.find((s) => s.id === 'period')!;
    // Croatian dates end with a full stop: the sentence must not get a second one.
    expect(period.texts[0]).toBe(
      'Upućivanje počinje 2. ožujka 2026. i završava 30. lipnja 2026. Svaka promjena tih datuma zahtijeva pisanu izmjenu koju potpisuju sve strane.',
    );
    expect(period.texts[1]).toContain('στις 2 Μαρτίου 2026');
    const purpose = doc.sections.find((s) => s.id === 'purpose')!;
    expect(purpose.texts[0]).toContain('upućuje sudionika Željka Šimić-Horvat u Ελαιουργία Θεσσαλίας Α.Ε.');
  });

  it('puts list values on their own lines and names missing optional values', () => {
    const doc = buildAgreementDocument(sampleInput(['en']));
    const plan = doc.sections.find((s) => s.id === 'learningPlan')!.texts[0]!;
    expect(plan).toContain('Objectives:\n- Learn the Greek olive-oil export market');
    expect(doc.sections.find((s) => s.id === 'specialTerms')!.texts[0]).toBe(
      'The parties also agree on the following:\nNone',
    );
  });

  it('has five signatories and the document metadata', () => {
    const doc = buildAgreementDocument(sampleInput(['hr', 'el']));
    expect(doc.signatories.map((s) => s.roles[0])).toEqual([
      'Sudionik',
      'MSP pošiljatelj',
      'MSP domaćin',
      'Partnerska organizacija pošiljatelja',
      'Partnerska organizacija domaćina',
    ]);
    expect(doc.metadata).toMatchObject({
      title: 'Sporazum o upućivanju / Συμφωνία απόσπασης HR-2026-4F2A',
      author: 'Tera Tehnopolis',
      language: 'hr',
    });
  });

  it('titles an amendment with the agreement it amends', () => {
    const input = sampleInput(['en']);
    const doc = buildAgreementDocument({
      ...input,
      agreement: { ...input.agreement, reference: 'HR-2026-4F2A-A1', amendsAgreementId: 'x' },
      amendedReference: 'HR-2026-4F2A',
    });
    expect(doc.titles).toEqual(['Secondment Agreement — Amendment to agreement HR-2026-4F2A']);
  });
});
