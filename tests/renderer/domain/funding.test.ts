import { describe, expect, it } from 'vitest';
import {
  computeSupport,
  DEFAULT_RATE_TABLE,
  monthsAndDays,
  RATE_COUNTRIES_2020,
  rateTableFor,
  recomputeSnapshot,
  snapshotTable,
  type RateTable,
} from '../../../src-renderer/domain/funding';
import { parseMessage } from '../../../src-renderer/domain/validation';

const TABLE: RateTable = {
  id: 'test-rates',
  version: 1,
  validFrom: '2020-01-01',
  confirmed: true,
  currency: 'EUR',
  monthlyRateCents: { DE: 90_000, GR: 80_000, RS: 53_000 },
  disabilityRateCents: 110_000,
};

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('the default rate table', () => {
  it('has a rate for every country of the 2020–22 programme, each within €530 to €1,100', () => {
    for (const country of RATE_COUNTRIES_2020) {
      const rate = DEFAULT_RATE_TABLE.monthlyRateCents[country];
      expect(rate, country).toBeDefined();
      expect(rate!, country).toBeGreaterThanOrEqual(53_000);
      expect(rate!, country).toBeLessThanOrEqual(110_000);
    }
    expect(DEFAULT_RATE_TABLE.disabilityRateCents).toBe(110_000);
  });

  it('is marked unconfirmed until the central office confirms it, and applies from 2020 until a next table', () => {
    expect(DEFAULT_RATE_TABLE.confirmed).toBe(false);
    expect(rateTableFor('2021-05-01')).toBe(DEFAULT_RATE_TABLE);
    expect(rateTableFor('2019-12-31')).toBeUndefined();
    const next: RateTable = { ...TABLE, id: 'rates-2027', validFrom: '2027-01-01' };
    const dated: RateTable[] = [{ ...DEFAULT_RATE_TABLE, validTo: '2026-12-31' }, next];
    expect(rateTableFor('2026-12-31', dated)!.id).toBe('rates-2020');
    expect(rateTableFor('2027-01-01', dated)).toBe(next);
    // The open-ended default gives way to the newer table where both apply.
    expect(rateTableFor('2027-03-01', [DEFAULT_RATE_TABLE, next])).toBe(next);
  });

  it('picks the latest version of a table', () => {
    const v2 = { ...TABLE, version: 2 };
    expect(rateTableFor('2021-01-01', [TABLE, v2])).toBe(v2);
  });
});

describe('whole months and leftover days (both ends count)', () => {
  it.each([
    ['2026-03-01', '2026-03-31', 1, 0],
    ['2026-03-01', '2026-04-15', 1, 15],
    ['2026-03-02', '2026-06-30', 3, 29],
    ['2026-03-01', '2026-08-31', 6, 0],
    ['2026-03-10', '2026-03-19', 0, 10],
    // Month end clamped: 31 January + 1 month = 28 February, so 31 January to 27 February is one month.
    ['2026-01-31', '2026-02-27', 1, 0],
    ['2026-01-31', '2026-03-30', 2, 0],
    // Leap year: 31 January 2024 + 1 month = 29 February 2024.
    ['2024-01-31', '2024-02-28', 1, 0],
    ['2024-01-31', '2024-02-29', 1, 1],
    ['2024-02-29', '2024-03-28', 1, 0],
  ])('%s to %s: %i months and %i days', (start, end, months, days) => {
    expect(monthsAndDays(day(start), day(end))).toEqual({ wholeMonths: months, extraDays: days });
  });
});

describe('computeSupport', () => {
  it.each([
    // [host, start, end, disability, amount in cents]
    ['DE', '2026-03-01', '2026-05-31', false, 3 * 90_000],
    ['DE', '2026-03-01', '2026-04-15', false, 90_000 + Math.round((15 * 90_000) / 30)],
    ['GR', '2026-03-02', '2026-06-30', false, 3 * 80_000 + Math.round((29 * 80_000) / 30)],
    ['RS', '2026-03-01', '2026-03-31', false, 53_000],
    // Pro rata to the cent: 7 days of €530 = €123.666… → €123.67.
    ['RS', '2026-03-01', '2026-04-07', false, 53_000 + 12_367],
    // Disability: the higher rate.
    ['RS', '2026-03-01', '2026-04-30', true, 2 * 110_000],
    ['DE', '2026-03-01', '2026-03-31', true, 110_000],
    // Leap year: 29 February 2024 to 28 March 2024 is one whole month.
    ['DE', '2024-02-29', '2024-03-28', false, 90_000],
    ['DE', '2024-01-31', '2024-02-29', false, 90_000 + 3_000],
  ] as const)('%s %s → %s (disability %s): %i cents', (host, start, end, disability, amount) => {
    const result = computeSupport(TABLE, host, start, end, { disability });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.amountCents).toBe(amount);
      expect(Number.isInteger(result.amountCents)).toBe(true);
      expect(result).toMatchObject({ rateTableId: 'test-rates', rateTableVersion: 1 });
    }
  });

  it.each([
    [undefined, '2026-04-01', 'secondments:funding.errors.invalidDates'],
    ['2026-02-30', '2026-04-01', 'secondments:funding.errors.invalidDates'],
    ['2026-03-01', '1 April', 'secondments:funding.errors.invalidDates'],
    ['2026-04-01', '2026-03-01', 'secondments:funding.errors.endBeforeStart'],
  ])('refuses %s to %s with %s', (start, end, key) => {
    const result = computeSupport(TABLE, 'DE', start, end, { disability: false });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(parseMessage(result.error).key).toBe(key);
  });

  it('says which host country has no rate', () => {
    const result = computeSupport(TABLE, 'GB', '2026-03-01', '2026-04-30', { disability: false });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(parseMessage(result.error)).toEqual({
        key: 'secondments:funding.errors.noRate',
        params: { country: 'GB' },
      });
  });

  it('early termination: the amount is computed again with the actual end', () => {
    const planned = computeSupport(TABLE, 'DE', '2026-03-01', '2026-08-31', { disability: false });
    const terminated = computeSupport(TABLE, 'DE', '2026-03-01', '2026-04-10', { disability: false });
    expect(planned.ok && planned.amountCents).toBe(6 * 90_000);
    expect(terminated.ok && terminated.amountCents).toBe(90_000 + 30_000);
  });

  it('a table version published after signature does not change the signed amount', () => {
    const signed = computeSupport(TABLE, 'DE', '2026-03-01', '2026-05-31', { disability: false });
    if (!signed.ok) throw new Error('expected an amount');
    const snapshot = {
      amountCents: signed.amountCents,
      rateTableId: signed.rateTableId,
      rateTableVersion: signed.rateTableVersion,
    };
    const v2: RateTable = { ...TABLE, version: 2, monthlyRateCents: { ...TABLE.monthlyRateCents, DE: 95_000 } };
    const tables = [TABLE, v2];
    // A new computation uses the new version…
    const recomputed = computeSupport(rateTableFor('2026-03-01', tables)!, 'DE', '2026-03-01', '2026-05-31', {
      disability: false,
    });
    expect(recomputed.ok && recomputed.amountCents).toBe(3 * 95_000);
    // …while the signed snapshot still names its own version, which still gives its amount.
    expect(snapshot.amountCents).toBe(3 * 90_000);
    const original = snapshotTable(snapshot, tables)!;
    expect(original.version).toBe(1);
    const again = computeSupport(original, 'DE', '2026-03-01', '2026-05-31', { disability: false });
    expect(again.ok && again.amountCents).toBe(snapshot.amountCents);
  });

  it('an early termination after signature recomputes at the signed rate, not a newer table’s', () => {
    const snapshot = {
      amountCents: 6 * 90_000,
      rateTableId: 'test-rates',
      rateTableVersion: 1,
      monthlyRateCents: 90_000,
      disability: false,
      periodStart: '2026-03-01',
      periodEnd: '2026-08-31',
      computedAt: '2026-02-01T10:00:00.000Z',
    };
    const result = recomputeSnapshot(snapshot, '2026-03-01', '2026-04-10', '2026-04-10T12:00:00.000Z');
    expect(result).toEqual({
      ok: true,
      snapshot: {
        ...snapshot,
        amountCents: 90_000 + 30_000,
        periodEnd: '2026-04-10',
        computedAt: '2026-04-10T12:00:00.000Z',
      },
    });
    const bad = recomputeSnapshot(snapshot, '2026-03-01', '2026-02-10', '2026-04-10T12:00:00.000Z');
    expect(bad.ok).toBe(false);
  });
});
