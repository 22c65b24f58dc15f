import { describe, expect, it } from 'vitest';
import { companyNameMatches } from '../../../src-renderer/domain/company-search';

describe('companyNameMatches', () => {
  const company = { legalName: 'Međimurje Tech d.o.o.', tradeName: 'MT Solutions' };
  it('matches the start of the name or of any word, in any case, legal or trade name', () => {
    for (const text of ['Međ', 'međimurje', 'tech', 'SOLU', 'mt', '  tec ', '']) expect(companyNameMatches(company, text), text).toBe(true);
  });
  it('does not match the middle of a word', () => {
    for (const text of ['imurje', 'ech', 'olutions', 'Tech Međ']) expect(companyNameMatches(company, text), text).toBe(false);
    expect(companyNameMatches({ legalName: 'Alpine Timber' }, 'timber')).toBe(true);
  });
});
