/**
 * SME size class per EU Recommendation 2003/361 (Annex, article 2): staff headcount is always
 * required under the ceiling; then either the annual turnover or the balance sheet total.
 */
export type SizeClass = 'micro' | 'small' | 'medium' | 'large';
export type SizeInputs = { headcount?: number; turnoverEur?: number; balanceSheetEur?: number };

/** Ceilings: headcount strictly below, turnover or balance sheet at most. */
export const SIZE_CEILINGS = [
  { size: 'micro', staff: 10, turnover: 2_000_000, balance: 2_000_000 },
  { size: 'small', staff: 50, turnover: 10_000_000, balance: 10_000_000 },
  { size: 'medium', staff: 250, turnover: 50_000_000, balance: 43_000_000 },
] as const;

export type SizeReason =
  | { key: 'unknown' }
  | { key: 'headcountOnly'; headcount: number; staffMax: number }
  | {
      key: 'within';
      headcount: number;
      staffMax: number;
      by: 'turnover' | 'balanceSheet';
      amount: number;
      limit: number;
    }
  | { key: 'staffTooHigh'; headcount: number }
  | { key: 'financialTooHigh'; headcount: number; turnover?: number; balance?: number };

export type SizeResult = { size: SizeClass | null; reason: SizeReason };

/**
 * The smallest class whose ceilings hold. With only a headcount, the class is provisional (the
 * reason says so). Without a headcount nothing can be said.
 */
export function sizeClass({ headcount, turnoverEur, balanceSheetEur }: SizeInputs): SizeResult {
  if (headcount === undefined) return { size: null, reason: { key: 'unknown' } };
  const hasMoney = turnoverEur !== undefined || balanceSheetEur !== undefined;
  for (const ceiling of SIZE_CEILINGS) {
    if (headcount >= ceiling.staff) continue;
    if (!hasMoney)
      return { size: ceiling.size, reason: { key: 'headcountOnly', headcount, staffMax: ceiling.staff - 1 } };
    if (turnoverEur !== undefined && turnoverEur <= ceiling.turnover) {
      return {
        size: ceiling.size,
        reason: {
          key: 'within',
          headcount,
          staffMax: ceiling.staff - 1,
          by: 'turnover',
          amount: turnoverEur,
          limit: ceiling.turnover,
        },
      };
    }
    if (balanceSheetEur !== undefined && balanceSheetEur <= ceiling.balance) {
      return {
        size: ceiling.size,
        reason: {
          key: 'within',
          headcount,
          staffMax: ceiling.staff - 1,
          by: 'balanceSheet',
          amount: balanceSheetEur,
          limit: ceiling.balance,
        },
      };
    }
  }
  if (headcount >= 250) return { size: 'large', reason: { key: 'staffTooHigh', headcount } };
  return {
    size: 'large',
    reason: { key: 'financialTooHigh', headcount, turnover: turnoverEur, balance: balanceSheetEur },
  };
}
