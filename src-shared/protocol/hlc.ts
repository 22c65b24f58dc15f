/**
 * Hybrid logical clock: physical time in ms plus a counter, so that timestamps stay ordered even
 * when a laptop's clock goes backwards, and a clock far ahead cannot win forever once others
 * observe it. Pure: the caller passes the wall clock in.
 */
export type HlcState = { wallMs: number; counter: number };

export function tick(state: HlcState, nowMs: number): HlcState {
  if (nowMs > state.wallMs) return { wallMs: nowMs, counter: 0 };
  return { wallMs: state.wallMs, counter: state.counter + 1 };
}

/** Merges a timestamp received from elsewhere. */
export function receive(state: HlcState, remote: HlcState, nowMs: number): HlcState {
  const wallMs = Math.max(state.wallMs, remote.wallMs, nowMs);
  if (wallMs === state.wallMs && wallMs === remote.wallMs) {
    return { wallMs, counter: Math.max(state.counter, remote.counter) + 1 };
  }
  if (wallMs === state.wallMs) return { wallMs, counter: state.counter + 1 };
  if (wallMs === remote.wallMs) return { wallMs, counter: remote.counter + 1 };
  return { wallMs, counter: 0 };
}

/** Sortable string form: ISO-like time, counter, node id. Lexical order is causal order. */
export function formatHlc(state: HlcState, nodeId: string): string {
  return `${new Date(state.wallMs).toISOString()}-${state.counter.toString(36).padStart(5, '0')}-${nodeId}`;
}

export function parseHlc(value: string): (HlcState & { nodeId: string }) | null {
  const match = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)-([0-9a-z]{5,})-(.+)$/.exec(value);
  if (!match) return null;
  const wallMs = Date.parse(match[1]!);
  if (Number.isNaN(wallMs)) return null;
  return { wallMs, counter: parseInt(match[2]!, 36), nodeId: match[3]! };
}
