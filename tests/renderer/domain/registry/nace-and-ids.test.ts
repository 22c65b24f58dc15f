import { describe, expect, it } from 'vitest';
import { checkNationalId, checkVatNumber } from '../../../../src-renderer/domain/registry/company-ids';
import {
  NACE_DIVISIONS,
  NACE_SECTIONS,
  naceDivisions,
  sectionOfDivision,
} from '../../../../src-renderer/domain/registry/nace';

describe('NACE Rev. 2', () => {
  it('has 21 sections and 88 divisions', () => {
    expect(NACE_SECTIONS).toHaveLength(21);
    expect(NACE_DIVISIONS).toHaveLength(88);
    expect(naceDivisions('C')).toHaveLength(24);
    expect(sectionOfDivision('62')).toBe('J');
    expect(sectionOfDivision('04')).toBeUndefined();
  });
});

describe('company ids', () => {
  it.each([
    ['DE', 'DE136695976'],
    ['DE', '136695976'],
    ['GR', 'EL094259216'],
    ['HR', 'HR33392005961'],
    ['SI', 'SI 5022 3054'],
    ['IT', 'IT00743110157'],
    ['FR', 'FR40303265045'],
    ['ES', 'ESA13585625'],
    ['AT', 'ATU13585627'],
    ['NO', 'NO974760673MVA'],
  ])('accepts the VAT number of %s %s', (country, value) => {
    expect(checkVatNumber(country, value).ok).toBe(true);
  });

  it('refuses a bad checksum and a bad format with different messages', () => {
    expect(checkVatNumber('DE', 'DE136695977')).toEqual({
      ok: false,
      error: 'companies:errors.vatChecksum|{"country":"DE"}',
    });
    const format = checkVatNumber('DE', 'DE12');
    expect(format.ok).toBe(false);
    expect(!format.ok && format.error).toMatch(/^companies:errors\.vatInvalid\|/);
  });

  it('checks Serbian and Montenegrin PIBs as national ids, not VAT numbers', () => {
    expect(checkNationalId('RS', '101134702').ok).toBe(true);
    expect(checkNationalId('RS', '101134703').ok).toBe(false);
    expect(checkNationalId('ME', '02655284').ok).toBe(true);
    expect(checkNationalId('ME', '02655285').ok).toBe(false);
    // No VAT validator for RS: only a generic format check.
    expect(checkVatNumber('RS', '101134702').ok).toBe(true);
    expect(checkVatNumber('RS', '=cmd|x').ok).toBe(false);
  });

  it('keeps lenient countries to a format check', () => {
    expect(checkNationalId('DE', 'HRB 12345').ok).toBe(true);
    expect(checkNationalId('DE', '!').ok).toBe(false);
    expect(checkNationalId('HR', '94577403194').ok).toBe(true);
    expect(checkNationalId('HR', '94577403195').ok).toBe(false);
  });
});
