import { describe, expect, it } from 'vitest';
import { sizeClass } from '../../../../src-renderer/domain/registry/size-class';

describe('size class per Recommendation 2003/361', () => {
  it.each([
    [{ headcount: 9, turnoverEur: 2_000_000 }, 'micro'],
    [{ headcount: 10, turnoverEur: 1_000_000 }, 'small'],
    [{ headcount: 5, turnoverEur: 3_000_000, balanceSheetEur: 1_500_000 }, 'micro'],
    [{ headcount: 5, turnoverEur: 3_000_000, balanceSheetEur: 2_500_000 }, 'small'],
    [{ headcount: 49, turnoverEur: 10_000_000 }, 'small'],
    [{ headcount: 49, turnoverEur: 10_000_001 }, 'medium'],
    [{ headcount: 249, turnoverEur: 60_000_000, balanceSheetEur: 43_000_000 }, 'medium'],
    [{ headcount: 249, turnoverEur: 60_000_000, balanceSheetEur: 43_000_001 }, 'large'],
    [{ headcount: 250, turnoverEur: 1 }, 'large'],
  ])('%o is %s', (inputs, size) => {
    expect(sizeClass(inputs).size).toBe(size);
  });

  it('gives its reason', () => {
    expect(sizeClass({ headcount: 5, turnoverEur: 3_000_000, balanceSheetEur: 1_500_000 }).reason).toEqual({
      key: 'within',
      headcount: 5,
      staffMax: 9,
      by: 'balanceSheet',
      amount: 1_500_000,
      limit: 2_000_000,
    });
    expect(sizeClass({ headcount: 300 }).reason).toEqual({ key: 'staffTooHigh', headcount: 300 });
    expect(sizeClass({ headcount: 12 }).reason).toEqual({ key: 'headcountOnly', headcount: 12, staffMax: 49 });
    expect(sizeClass({ turnoverEur: 5 })).toEqual({ size: null, reason: { key: 'unknown' } });
    expect(sizeClass({ headcount: 100, turnoverEur: 60_000_000, balanceSheetEur: 50_000_000 }).reason.key).toBe(
      'financialTooHigh',
    );
  });
});
