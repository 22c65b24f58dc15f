import { describe, expect, it } from 'vitest';
import {
  addMonths,
  checkPeriod,
  PERIOD_RULES,
  ruleFor,
  type PeriodRule,
} from '../../../../src-renderer/domain/agreements/period-rules';

describe('period rules', () => {
  it('picks the rule in force on the start date', () => {
    expect(ruleFor('2017-05-01')?.id).toBe('pilot-2016');
    expect(ruleFor('2021-05-01')?.id).toBe('programme-2020');
    expect(ruleFor('2015-12-31')).toBeUndefined();
  });

  it('accepts exactly one month and exactly six months (both days count)', () => {
    expect(checkPeriod('2026-03-01', '2026-03-31')).toMatchObject({ ok: true, days: 31 });
    expect(checkPeriod('2026-03-01', '2026-08-31')).toMatchObject({ ok: true });
  });

  it('refuses one day short of a month and one day past six months', () => {
    expect(checkPeriod('2026-03-01', '2026-03-30')).toMatchObject({
      ok: false,
      field: 'endDate',
      error: 'periodTooShort',
    });
    expect(checkPeriod('2026-03-01', '2026-09-01')).toMatchObject({
      ok: false,
      field: 'endDate',
      error: 'periodTooLong',
    });
  });

  it('clamps month ends: 31 January plus one month is the end of February', () => {
    expect(addMonths(new Date('2026-01-31T00:00:00Z'), 1).toISOString().slice(0, 10)).toBe('2026-02-28');
    expect(addMonths(new Date('2028-01-31T00:00:00Z'), 1).toISOString().slice(0, 10)).toBe('2028-02-29');
    expect(checkPeriod('2026-01-31', '2026-02-27')).toMatchObject({ ok: true });
  });

  it('applies the 2016–17 pilot limits of two weeks to two months', () => {
    expect(checkPeriod('2017-03-01', '2017-03-14')).toMatchObject({ ok: true, rule: { id: 'pilot-2016' } });
    expect(checkPeriod('2017-03-01', '2017-03-13')).toMatchObject({ ok: false, error: 'periodTooShort' });
    expect(checkPeriod('2017-03-01', '2017-04-30')).toMatchObject({ ok: true });
    expect(checkPeriod('2017-03-01', '2017-05-01')).toMatchObject({ ok: false, error: 'periodTooLong' });
  });

  it('reports bad, reversed and uncovered dates', () => {
    expect(checkPeriod('', '2026-03-31')).toMatchObject({ ok: false, field: 'startDate', error: 'periodInvalidDate' });
    expect(checkPeriod('2026-02-30', '2026-03-31')).toMatchObject({
      ok: false,
      field: 'startDate',
      error: 'periodInvalidDate',
    });
    expect(checkPeriod('2026-03-31', '2026-03-01')).toMatchObject({
      ok: false,
      field: 'endDate',
      error: 'periodEndBeforeStart',
    });
    expect(checkPeriod('2010-01-01', '2010-02-15')).toMatchObject({
      ok: false,
      field: 'startDate',
      error: 'periodNoRule',
    });
  });

  it('uses the table it is given, so a new programme period needs no code change', () => {
    const rules: PeriodRule[] = [
      ...PERIOD_RULES.slice(0, 1),
      {
        id: 'next',
        validFrom: '2020-01-01',
        min: { months: 2 },
        max: { months: 12 },
        eligibleCountries: [],
        confirmed: false,
      },
    ];
    expect(checkPeriod('2026-03-01', '2026-03-31', rules)).toMatchObject({ ok: false, error: 'periodTooShort' });
    expect(checkPeriod('2026-03-01', '2026-12-31', rules)).toMatchObject({ ok: true });
  });
});
