import { describe, expect, it } from 'vitest';
import { checkPeriod } from '../../../src-renderer/domain/agreements/period-rules';
import {
  periodAt,
  PROGRAMME_PERIODS,
  spanInMonths,
  type ProgrammePeriod,
} from '../../../src-renderer/domain/programme-periods';
import { durationRuleAt } from '../../../src-renderer/domain/questionnaire';

describe('programme periods: one dated table for the interview and the agreement', () => {
  it('finds the period in force on a day, and none outside every period', () => {
    expect(periodAt('2017-05-01')?.id).toBe('pilot-2016');
    expect(periodAt('2019-12-31T23:00:00Z')?.id).toBe('pilot-2016');
    expect(periodAt('2020-01-01')?.id).toBe('programme-2020');
    expect(periodAt('2015-12-31')).toBeUndefined();
  });

  it('expresses the limits in months for the interview (2 weeks is half a month)', () => {
    expect(spanInMonths({ days: 14 })).toBe(0.5);
    expect(spanInMonths({ months: 6 })).toBe(6);
    expect(durationRuleAt('2017-05-01')).toEqual({ periodId: 'pilot-2016', minMonths: 0.5, maxMonths: 2 });
    expect(durationRuleAt('2026-12-02')).toEqual({ periodId: 'programme-2020', minMonths: 1, maxMonths: 6 });
  });

  it('a new period is one row, read by both the questionnaire and the agreement check', () => {
    const next: ProgrammePeriod[] = [
      ...PROGRAMME_PERIODS.slice(0, 1),
      { ...PROGRAMME_PERIODS[1]!, validTo: '2026-12-31' },
      {
        id: 'programme-2027',
        validFrom: '2027-01-01',
        min: { months: 2 },
        max: { months: 12 },
        eligibleCountries: ['DE', 'FR'],
        confirmed: false,
      },
    ];
    expect(durationRuleAt('2027-03-01', next)).toEqual({ periodId: 'programme-2027', minMonths: 2, maxMonths: 12 });
    expect(checkPeriod('2027-03-01', '2027-12-31', next)).toMatchObject({ ok: true, rule: { id: 'programme-2027' } });
    expect(checkPeriod('2027-03-01', '2027-03-31', next)).toMatchObject({ ok: false, error: 'periodTooShort' });
    expect(checkPeriod('2026-03-01', '2026-03-31', next)).toMatchObject({ ok: true, rule: { id: 'programme-2020' } });
  });
});
