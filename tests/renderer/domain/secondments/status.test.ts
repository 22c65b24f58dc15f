import { describe, expect, it } from 'vitest';
import { EMPTY_LEARNING_PROJECT } from '../../../../src-renderer/domain/secondments/learning-project';
import { SECONDMENT_STATUSES, type Secondment } from '../../../../src-renderer/domain/secondments/record';
import {
  canMove,
  moveProblems,
  nextPipelineStatus,
  nextStatuses,
  pipelineStatusFor,
} from '../../../../src-renderer/domain/secondments/status';
import { parseMessage } from '../../../../src-renderer/domain/validation';

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
  plannedStart: '2026-03-01',
  plannedEnd: '2026-05-31',
  status: 'planned',
  disability: false,
  checkIns: [],
};

const agreedProject = {
  objectives: [{ text: 'Map olive oil importers in Croatia', measure: 'A list of 20 importers' }],
  activities: [{ text: 'Visit the bottling line', weekFrom: 1, weekTo: 2 }],
  resultsSending: 'A distributor',
  resultsHost: 'A Croatian partner',
  resultsParticipant: 'Export skills',
  collaborationTypes: ['marketResearch' as const],
};

const keys = (problems: string[]) => problems.map((p) => parseMessage(p).key);

describe('secondment status transitions', () => {
  it.each([
    ['planned', 'learningProjectAgreed', true],
    ['planned', 'cancelled', true],
    ['planned', 'agreementSigned', false],
    ['planned', 'underWay', false],
    ['learningProjectAgreed', 'planned', true],
    ['learningProjectAgreed', 'agreementSigned', true],
    ['agreementSigned', 'underWay', true],
    ['agreementSigned', 'cancelled', true],
    ['agreementSigned', 'terminated', false],
    ['underWay', 'completed', true],
    ['underWay', 'terminated', true],
    ['underWay', 'cancelled', false],
    ['completed', 'underWay', false],
    ['terminated', 'completed', false],
    ['cancelled', 'planned', false],
  ] as const)('%s → %s: %s', (from, to, allowed) => {
    expect(canMove(from, to)).toBe(allowed);
  });

  it('ends in completed, terminated and cancelled', () => {
    for (const status of ['completed', 'terminated', 'cancelled'] as const) expect(nextStatuses(status)).toEqual([]);
    for (const status of SECONDMENT_STATUSES) for (const to of nextStatuses(status)) expect(to).not.toBe(status);
  });

  it('agrees a Learning Project only when it has objectives, activities, results and a collaboration type', () => {
    expect(keys(moveProblems(base, 'learningProjectAgreed', { eligible: true }))).toEqual([
      'secondments:learning.gaps.objectives',
      'secondments:learning.gaps.activities',
      'secondments:learning.gaps.results',
      'secondments:learning.gaps.collaboration',
    ]);
    expect(moveProblems({ ...base, ...agreedProject }, 'learningProjectAgreed', { eligible: true })).toEqual([]);
  });

  it('signs only an eligible secondment, or one whose failing checks were overridden with a reason', () => {
    const agreed = { ...base, ...agreedProject, status: 'learningProjectAgreed' as const };
    expect(keys(moveProblems(agreed, 'agreementSigned', { eligible: false }))).toEqual([
      'secondments:errors.notEligible',
    ]);
    expect(moveProblems(agreed, 'agreementSigned', { eligible: true })).toEqual([]);
    const overridden = {
      ...agreed,
      eligibilityOverride: { reason: 'Central office agreed', by: 'Ana', at: '2026-01-02T00:00:00Z', failedChecks: [] },
    };
    expect(moveProblems(overridden, 'agreementSigned', { eligible: false })).toEqual([]);
  });

  it('refuses a move the life cycle does not allow, naming both statuses', () => {
    expect(moveProblems(base, 'completed', { eligible: true }).map(parseMessage)).toEqual([
      { key: 'secondments:errors.move', params: { from: 'planned', to: 'completed' } },
    ]);
  });
});

describe('companies’ pipeline statuses follow the secondment', () => {
  it.each([
    ['planned', 'matched'],
    ['learningProjectAgreed', 'matched'],
    ['agreementSigned', 'agreementSigned'],
    ['underWay', 'inSecondment'],
    ['completed', 'completed'],
    ['terminated', 'completed'],
    ['cancelled', undefined],
  ] as const)('%s → %s', (status, pipeline) => {
    expect(pipelineStatusFor(status)).toBe(pipeline);
  });

  it('rolls back to the status before the secondment when it is cancelled', () => {
    expect(nextPipelineStatus('agreementSigned', 'cancelled', 'seekingMatch')).toBe('seekingMatch');
    expect(nextPipelineStatus('matched', 'cancelled', 'interviewed')).toBe('interviewed');
    // Moved on by something else since: left alone.
    expect(nextPipelineStatus('evaluated', 'cancelled', 'seekingMatch')).toBe('evaluated');
    expect(nextPipelineStatus('matched', 'cancelled', undefined)).toBe('matched');
  });

  it('leaves a withdrawn company withdrawn', () => {
    expect(nextPipelineStatus('withdrawn', 'underWay', 'seekingMatch')).toBe('withdrawn');
    expect(nextPipelineStatus('withdrawn', 'cancelled', 'seekingMatch')).toBe('withdrawn');
  });
});
