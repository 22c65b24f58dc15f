import { describe, expect, it } from 'vitest';
import { EMPTY_LEARNING_PROJECT } from '../../../../src-renderer/domain/secondments/learning-project';
import { overdueList, overdueSteps } from '../../../../src-renderer/domain/secondments/overdue';
import type { Secondment } from '../../../../src-renderer/domain/secondments/record';

const base: Secondment = {
  id: 's1',
  lcpId: 'lcp',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...EMPTY_LEARNING_PROJECT,
  sendingCompanyId: 'a',
  participantId: 'p',
  hostCompanyId: 'b',
  sendingCountry: 'HR',
  hostCountry: 'GR',
  mentorName: 'Eleni',
  sendingLcpId: 'lcp',
  plannedStart: '2026-03-15',
  plannedEnd: '2026-05-31',
  status: 'planned',
  disability: false,
  checkIns: [],
};
const checkIn = (date: string) => ({ id: date, date, who: 'Ana', notes: 'Fine', problems: '', recordedAt: date });

describe('overdue secondment steps', () => {
  it('flags a Learning Project not agreed from two weeks before the start', () => {
    expect(overdueSteps(base, '2026-02-28')).toEqual([]);
    expect(overdueSteps(base, '2026-03-01')).toEqual([
      { secondmentId: 's1', kind: 'learningProjectNotAgreed', since: '2026-03-01' },
    ]);
    expect(overdueSteps({ ...base, status: 'learningProjectAgreed' }, '2026-03-10')).toEqual([]);
  });

  it('flags a stay that ended without a check-in, and not one with a check-in during the stay', () => {
    const completed = { ...base, status: 'completed' as const, actualStart: '2026-03-15', actualEnd: '2026-05-31' };
    expect(overdueSteps(completed, '2026-06-02')).toEqual([
      { secondmentId: 's1', kind: 'noCheckIn', since: '2026-05-31' },
    ]);
    expect(overdueSteps({ ...completed, checkIns: [checkIn('2026-04-01')] }, '2026-06-02')).toEqual([]);
    // A check-in before the stay does not count.
    expect(overdueSteps({ ...completed, checkIns: [checkIn('2026-02-01')] }, '2026-06-02')).toHaveLength(1);
    const terminated = { ...completed, status: 'terminated' as const, actualEnd: '2026-04-02' };
    expect(overdueSteps(terminated, '2026-04-03')).toEqual([
      { secondmentId: 's1', kind: 'noCheckIn', since: '2026-04-02' },
    ]);
  });

  it('flags a stay still marked under way after its planned end', () => {
    const underWay = { ...base, status: 'underWay' as const, actualStart: '2026-03-15' };
    expect(overdueSteps(underWay, '2026-05-31')).toEqual([]);
    expect(overdueSteps(underWay, '2026-06-01')).toEqual([
      { secondmentId: 's1', kind: 'noCheckIn', since: '2026-05-31' },
    ]);
  });

  it('lists the longest overdue first; cancelled secondments never', () => {
    const late = { ...base, id: 's2', plannedStart: '2026-03-05' };
    const cancelled = { ...base, id: 's3', status: 'cancelled' as const };
    expect(overdueList([base, late, cancelled], '2026-03-10').map((s) => s.secondmentId)).toEqual(['s2', 's1']);
  });
});
