import { describe, expect, it } from 'vitest';
import {
  amendmentReference,
  canAmend,
  canTransition,
  isEditable,
  newReference,
  pipelineStatusFor,
} from '../../../../src-renderer/domain/agreements/status';
import { defaultLanguages, documentLanguages } from '../../../../src-renderer/domain/agreements/languages';
import { fillTemplate, missingTexts } from '../../../../src-renderer/domain/agreements/clauses';

describe('agreement life cycle', () => {
  it('moves forward only along the life cycle', () => {
    expect(canTransition('draft', 'generated')).toBe(true);
    expect(canTransition('generated', 'sentForSignature')).toBe(true);
    expect(canTransition('sentForSignature', 'signed')).toBe(true);
    expect(canTransition('signed', 'inSecondment')).toBe(true);
    expect(canTransition('inSecondment', 'completed')).toBe(true);
    expect(canTransition('draft', 'signed')).toBe(false);
    expect(canTransition('signed', 'generated')).toBe(false);
    expect(canTransition('completed', 'cancelled')).toBe(false);
  });

  it('freezes signed agreements: they are amended, not edited', () => {
    expect(isEditable('draft')).toBe(true);
    expect(isEditable('signed')).toBe(false);
    expect(isEditable('inSecondment')).toBe(false);
    expect(canAmend('signed')).toBe(true);
    expect(canAmend('draft')).toBe(false);
  });

  it('moves the companies along their pipeline', () => {
    expect(pipelineStatusFor('signed')).toBe('agreementSigned');
    expect(pipelineStatusFor('inSecondment')).toBe('inSecondment');
    expect(pipelineStatusFor('completed')).toBe('completed');
    expect(pipelineStatusFor('generated')).toBeUndefined();
  });

  it('numbers agreements and their amendments', () => {
    expect(newReference('GR', 2026, () => 0.5)).toBe('GR-2026-8000');
    expect(amendmentReference('GR-2026-8000', 1)).toBe('GR-2026-8000-A1');
    expect(amendmentReference('GR-2026-8000-A1', 2)).toBe('GR-2026-8000-A2');
  });
});

describe('agreement languages', () => {
  it('defaults to the main languages of both countries', () => {
    expect(defaultLanguages('HR', 'GR')).toEqual(['hr', 'el']);
    expect(defaultLanguages('RS', 'ME')).toEqual(['sr-Cyrl', 'cnr']);
    expect(defaultLanguages('AT', 'DE')).toEqual(['de']);
    expect(defaultLanguages('SE', 'GR')).toEqual(['en', 'el']);
    expect(documentLanguages(['hr', 'el'], true)).toEqual(['hr', 'el', 'en']);
    expect(documentLanguages(['en', 'el'], true)).toEqual(['en', 'el']);
  });
});

describe('clause texts', () => {
  it('reports what a clause file lacks', () => {
    expect(missingTexts({})).toContain('clauses.final.text');
    const broken = {
      title: 'x',
      subject: 'y',
      labels: { page: 'Page {{page}}' },
      clauses: { period: { heading: 'P', text: 'From {{start}}' } },
    };
    const problems = missingTexts(broken);
    expect(problems).toContain('labels.page:placeholders');
    expect(problems).toContain('clauses.period:placeholders');
    expect(problems).toContain('clauses.purpose.heading');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fillTemplate('{{a}} and {{ b }} and {{c}}', { a: 1, b: 'two' })).toBe('1 and two and {{c}}');
  });
});
