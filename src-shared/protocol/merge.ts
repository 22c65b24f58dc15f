/**
 * The sync merge: field-level last-writer-wins on hybrid logical clock timestamps, with
 * deletions and erasures as tombstones that always win. Pure: no clock, no ids, no I/O.
 * The hub applies pushed changes with `applyChange`; the app merges pulled records with
 * `mergeStates`. Both are the same rule, so every replica converges whatever the order.
 */

export type Tombstone = { reason: 'deleted' | 'erased'; hlc: string };

/** A record as a replica holds it: its fields, each field's clock, and its tombstone if any. */
export type RecordState = {
  data: Record<string, unknown>;
  clocks: Record<string, string>;
  tombstone?: Tombstone;
};

export type ChangeLike = {
  op: 'create' | 'update' | 'delete' | 'erase';
  fields: Record<string, unknown>;
  hlc: string;
};

/** A field whose incoming value lost, or whose existing value was overwritten. */
export type FieldLoss = {
  field: string;
  /** The value that lost. */
  lost: unknown;
  /** The value that stays. */
  kept: unknown;
  keptHlc: string;
  reason: 'newerEdit' | 'deleted' | 'erased';
};

export type MergeResult = {
  state: RecordState;
  /** Incoming fields that lost to newer values (or to a tombstone). */
  incomingLost: FieldLoss[];
  /** Existing fields replaced by incoming values that differ. */
  overwritten: FieldLoss[];
  /** Whether anything changed. */
  changed: boolean;
};

export const EMPTY_STATE: RecordState = { data: {}, clocks: {} };

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Erasure outranks deletion; among equals the later clock wins. */
function strongerTombstone(a: Tombstone | undefined, b: Tombstone | undefined): Tombstone | undefined {
  if (!a) return b;
  if (!b) return a;
  if (a.reason !== b.reason) return a.reason === 'erased' ? a : b;
  return a.hlc >= b.hlc ? a : b;
}

/** Merges `incoming` into `base`. Commutative, associative and idempotent in its resulting state. */
export function mergeStates(base: RecordState, incoming: RecordState): MergeResult {
  const tombstone = strongerTombstone(base.tombstone, incoming.tombstone);
  if (tombstone) {
    const incomingLost: FieldLoss[] = incoming.tombstone
      ? []
      : Object.keys(incoming.clocks).map((field) => ({
          field,
          lost: incoming.data[field] ?? null,
          kept: null,
          keptHlc: tombstone.hlc,
          reason: tombstone.reason,
        }));
    const state: RecordState =
      tombstone.reason === 'erased'
        ? { data: {}, clocks: {}, tombstone }
        : { ...mergeFields(base, incoming).state, tombstone };
    const changed = !same(base.tombstone, tombstone) || !same(base.data, state.data);
    return { state, incomingLost, overwritten: [], changed };
  }
  return mergeFields(base, incoming);
}

/**
 * Two different values under one clock (a replayed or hand-edited change; a correct replica never
 * reuses a clock): the larger JSON wins, so every replica keeps the same one whatever the order.
 */
function breaksTie(incoming: unknown, current: unknown): boolean {
  return JSON.stringify(incoming) > JSON.stringify(current);
}

function mergeFields(base: RecordState, incoming: RecordState): MergeResult {
  const data = { ...base.data };
  const clocks = { ...base.clocks };
  const incomingLost: FieldLoss[] = [];
  const overwritten: FieldLoss[] = [];
  let changed = false;
  for (const [field, clock] of Object.entries(incoming.clocks)) {
    const value = field in incoming.data ? incoming.data[field] : null;
    const current = clocks[field];
    if (current === undefined || clock > current || (clock === current && breaksTie(value, data[field] ?? null))) {
      if (current !== undefined && !same(data[field] ?? null, value)) {
        overwritten.push({ field, lost: data[field] ?? null, kept: value, keptHlc: clock, reason: 'newerEdit' });
      }
      if (!same(data[field] ?? null, value) || current !== clock) changed = true;
      data[field] = value;
      clocks[field] = clock;
    } else if (!same(data[field] ?? null, value)) {
      incomingLost.push({ field, lost: value, kept: data[field] ?? null, keptHlc: current, reason: 'newerEdit' });
    }
  }
  return { state: { data, clocks }, incomingLost, overwritten, changed };
}

/** The state a single change describes. */
export function changeToState(change: ChangeLike): RecordState {
  if (change.op === 'delete' || change.op === 'erase') {
    return {
      data: {},
      clocks: {},
      tombstone: { reason: change.op === 'erase' ? 'erased' : 'deleted', hlc: change.hlc },
    };
  }
  const clocks: Record<string, string> = {};
  for (const field of Object.keys(change.fields)) clocks[field] = change.hlc;
  return { data: { ...change.fields }, clocks };
}

/** Applies one change to a record (undefined: the record is new). */
export function applyChange(state: RecordState | undefined, change: ChangeLike): MergeResult {
  return mergeStates(state ?? EMPTY_STATE, changeToState(change));
}

/** The latest clock in a state (for advancing a replica's own clock after receiving it). */
export function latestClock(state: RecordState): string | undefined {
  let latest = state.tombstone?.hlc;
  for (const clock of Object.values(state.clocks)) if (latest === undefined || clock > latest) latest = clock;
  return latest;
}
