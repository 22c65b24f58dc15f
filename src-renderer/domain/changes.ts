/** What changed between two versions of a record, as the outbox records it. */
import { bytesToBase64 } from './bytes';

const BOOKKEEPING_FIELDS = new Set(['id', 'lcpId', 'createdAt', 'updatedAt']);

/** Values JSON turns into something else than their own structure (bytes, files, dates...). */
function special(value: object): boolean {
  return (
    value instanceof Uint8Array ||
    (typeof Blob !== 'undefined' && value instanceof Blob) ||
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  );
}

function jsonReplacer(_key: string, v: unknown): unknown {
  if (v instanceof Uint8Array) return { $base64: bytesToBase64(v) };
  if (typeof Blob !== 'undefined' && v instanceof Blob) return { $blob: v.type, size: v.size };
  return v;
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (key, v: unknown) => {
    const out = jsonReplacer(key, v);
    if (out && typeof out === 'object' && !Array.isArray(out)) {
      // Code-unit order: deterministic, and far cheaper than localeCompare on every key of a document.
      return Object.fromEntries(
        Object.entries(out as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      );
    }
    return out;
  });
}

/**
 * Whether two values are the same once written as JSON (key order ignored), compared in place:
 * an autosave of a 50 KB rich-text document compares it without serialising it twice.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object' || special(a) || special(b))
    return canonical(a) === canonical(b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) return false;
    // JSON writes a missing array item as null.
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i] ?? null, other[i] ?? null)) return false;
    return true;
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let count = 0;
  for (const key in left) {
    if (!Object.hasOwn(left, key) || !jsonPresent(left[key])) continue;
    count++;
    if (!Object.hasOwn(right, key) || !sameValue(left[key], right[key])) return false;
  }
  for (const key in right) if (Object.hasOwn(right, key) && jsonPresent(right[key])) count--;
  return count === 0;
}

/** JSON leaves out object members whose value is undefined, a function or a symbol. */
function jsonPresent(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
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

/** The record's synced fields as the hub stores them, without bookkeeping fields. */
export function syncedFields(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record))
    if (!BOOKKEEPING_FIELDS.has(key) && jsonPresent(record[key])) out[key] = record[key];
  return out;
}

/** Bytes of `value` as UTF-8 JSON, in its outbox form (bytes as base64). */
export function jsonBytes(value: unknown): number {
  // Bytes count as their base64 text, whose length is known without encoding them.
  const text =
    JSON.stringify(value, (key, v: unknown) =>
      v instanceof Uint8Array ? { $base64: 'A'.repeat(Math.ceil(v.length / 3) * 4) } : jsonReplacer(key, v),
    ) ?? '';
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) bytes += code >= 0x800 && (code < 0xd800 || code > 0xdfff) ? 2 : 1;
  }
  return bytes;
}
