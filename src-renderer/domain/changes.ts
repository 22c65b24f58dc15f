/** What changed between two versions of a record, as the outbox records it. */
import { bytesToBase64 } from './bytes';

const BOOKKEEPING_FIELDS = new Set(['id', 'lcpId', 'createdAt', 'updatedAt']);

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Uint8Array) return { $base64: bytesToBase64(v) };
    if (typeof Blob !== 'undefined' && v instanceof Blob) return { $blob: v.type, size: v.size };
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)));
    }
    return v;
  });
}

export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/**
 * The fields whose value differs, with their new value (undefined when removed).
 * Bookkeeping fields are left out: they change on every write.
 */
export function changedFields(
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown>,
): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  for (const key of keys) {
    if (BOOKKEEPING_FIELDS.has(key)) continue;
    const next = after[key];
    if (!before || !sameValue(before[key], next)) changes[key] = next === undefined ? null : toOutboxValue(next);
  }
  return changes;
}

/** Outbox entries are JSON: bytes travel as base64; Blobs (large files) stay local, described. */
export function toOutboxValue(value: unknown): unknown {
  return JSON.parse(canonical(value)) as unknown;
}
