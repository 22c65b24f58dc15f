import { describe, expect, it } from 'vitest';
import { formatHlc, parseHlc, receive, tick } from '../../../src-shared/protocol';

describe('hybrid logical clock', () => {
  it('advances with the wall clock and counts when it stalls or goes back', () => {
    let state = tick({ wallMs: 0, counter: 0 }, 1000);
    expect(state).toEqual({ wallMs: 1000, counter: 0 });
    state = tick(state, 1000);
    expect(state).toEqual({ wallMs: 1000, counter: 1 });
    state = tick(state, 500);
    expect(state).toEqual({ wallMs: 1000, counter: 2 });
    expect(tick(state, 2000)).toEqual({ wallMs: 2000, counter: 0 });
  });

  it('moves past a timestamp received from a clock ahead of ours', () => {
    expect(receive({ wallMs: 1000, counter: 3 }, { wallMs: 5000, counter: 7 }, 1200)).toEqual({
      wallMs: 5000,
      counter: 8,
    });
    expect(receive({ wallMs: 5000, counter: 9 }, { wallMs: 5000, counter: 7 }, 1200)).toEqual({
      wallMs: 5000,
      counter: 10,
    });
    expect(receive({ wallMs: 1000, counter: 3 }, { wallMs: 900, counter: 7 }, 6000)).toEqual({
      wallMs: 6000,
      counter: 0,
    });
  });

  it('formats to strings whose order is the clock order, and parses them back', () => {
    const a = formatHlc({ wallMs: Date.parse('2026-01-01T00:00:00Z'), counter: 35 }, 'node-a');
    const b = formatHlc({ wallMs: Date.parse('2026-01-01T00:00:00Z'), counter: 36 }, 'node-a');
    const c = formatHlc({ wallMs: Date.parse('2026-01-01T00:00:00.001Z'), counter: 0 }, 'node-a');
    expect([c, b, a].sort()).toEqual([a, b, c]);
    expect(parseHlc(a)).toEqual({ wallMs: Date.parse('2026-01-01T00:00:00Z'), counter: 35, nodeId: 'node-a' });
    expect(parseHlc('garbage')).toBeNull();
  });
});
