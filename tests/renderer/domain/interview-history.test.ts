import { describe, expect, it } from 'vitest';
import { interviewHistory } from '../../../src-renderer/domain/interview-history';

const at = (minute: number) => new Date(Date.UTC(2026, 2, 10, 9, minute)).toISOString();

describe('interviewHistory', () => {
  it('groups quick autosaves, names changed answers, and tells amendments from edits', () => {
    const steps = interviewHistory([
      { seq: 1, op: 'create', at: at(0), fields: { status: 'inProgress', answers: {} } },
      { seq: 2, op: 'update', at: at(1), fields: { answers: { roleWanted: 'send' } } },
      { seq: 3, op: 'update', at: at(2), fields: { answers: { roleWanted: 'send', motivation: 'Markets' } } },
      { seq: 4, op: 'update', at: at(3), fields: { notes: { type: 'doc' } } },
      { seq: 5, op: 'update', at: at(20), fields: { status: 'completed', completedAt: at(20) } },
      { seq: 6, op: 'update', at: at(40), fields: { answers: { roleWanted: 'both', motivation: 'Markets' } } },
    ]);
    expect(steps).toEqual([
      { kind: 'started', from: at(0), to: at(0), questionIds: [], notesChanged: false, changes: 1 },
      {
        kind: 'edited',
        from: at(1),
        to: at(3),
        questionIds: ['roleWanted', 'motivation'],
        notesChanged: true,
        changes: 3,
      },
      { kind: 'completed', from: at(20), to: at(20), questionIds: [], notesChanged: false, changes: 1 },
      { kind: 'amended', from: at(40), to: at(40), questionIds: ['roleWanted'], notesChanged: false, changes: 1 },
    ]);
  });

  it('orders by sequence number and starts a new step after a pause', () => {
    const steps = interviewHistory([
      { seq: 3, op: 'update', at: at(30), fields: { answers: { a: 1, b: 2 } } },
      { seq: 2, op: 'update', at: at(1), fields: { answers: { a: 1 } } },
    ]);
    expect(steps.map((s) => [s.kind, s.questionIds])).toEqual([
      ['edited', ['a']],
      ['edited', ['b']],
    ]);
  });
});
