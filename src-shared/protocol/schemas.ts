/**
 * The wire protocol between LCP Desk and the central office's hub, version 1: types and zod
 * schemas. The ONE module both sides import (the hub never imports renderer code).
 */
import { z } from 'zod';

export const PROTOCOL_VERSION = 1;
export const API_PREFIX = '/v1';

/** Bounds of one pushed batch: by count and by bytes of its JSON body. */
export const MAX_BATCH_CHANGES = 2000;
export const MAX_BATCH_BYTES = 4 * 1024 * 1024;
/** The hub refuses bodies above this (after gunzip) with 413. */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;
/**
 * Bounds of what one record may hold and of one pull page, in bytes of JSON (UTF-8).
 * A record (its fields and their clocks) holds at most MAX_RECORD_BYTES: a push whose merged record
 * would be larger gets 413 with the reason, so a record always fits one batch (MAX_BATCH_BYTES) and
 * one request body (MAX_BODY_BYTES). A pull page holds at most MAX_PULL_LIMIT feed entries and stops
 * adding items before MAX_PULL_BYTES; it always holds at least one item, so a page of a single
 * item may pass MAX_PULL_BYTES by that item's ids, or by more for a record stored before the
 * record limit existed.
 */
export const MAX_RECORD_BYTES = 4 * 1024 * 1024;
export const MAX_PULL_BYTES = 4 * 1024 * 1024;
export const MAX_PULL_LIMIT = 1000;

export const SYNC_ENTITIES = [
  'company',
  'person',
  'event',
  'interview',
  'match',
  'agreement',
  'secondment',
  'settings',
] as const;
export type SyncEntityName = (typeof SYNC_ENTITIES)[number];
export const CHANGE_OPS = ['create', 'update', 'delete', 'erase'] as const;

const id = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9._:-]+$/, 'plain id expected');
/** formatHlc()'s shape: UTC time to the millisecond, base-36 counter, node id (see hlc.ts). */
const HLC_PATTERN =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z-[0-9a-z]{5,}-[A-Za-z0-9._:-]{1,64}$/;
const hlc = z.string().max(200).regex(HLC_PATTERN, 'hybrid logical clock timestamp expected');
/**
 * Field values are any JSON. Bodies reach the schemas through JSON.parse, so every value already is
 * JSON: checking it again value by value (z.json()) would cost a third of a 10,000-change sync.
 */
const FIELD_NAME = /^[A-Za-z_$][A-Za-z0-9_$]{0,99}$/;
/** Names every plain object inherits (`__proto__`, `constructor`, `toString`...): a field must not shadow them. */
const RESERVED_FIELD_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));
/** Arrays and objects nested inside one field value; deeper values are refused (a rich-text document needs far fewer). */
export const MAX_FIELD_DEPTH = 128;

/** How deep `value` nests, counted without recursion (so no value can overflow the stack); stops past `limit`. */
export function nestingDepth(value: unknown, limit = MAX_FIELD_DEPTH): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    const level = depth + 1;
    if (level > deepest) deepest = level;
    if (level > limit) return level;
    for (const child of Array.isArray(current) ? current : Object.values(current)) {
      if (child !== null && typeof child === 'object') stack.push([child, level]);
    }
  }
  return deepest;
}

// Field names are identifiers; checked in one pass over the keys (a schema per key costs ten times more).
// Reads the parsed JSON's own keys (zod's record copy would already have lost a `__proto__` key).
const fields = z
  .custom<Record<string, unknown>>(
    (value) => value !== null && typeof value === 'object' && !Array.isArray(value),
    'an object of fields expected',
  )
  .superRefine((value, ctx) => {
    const keys = Object.keys(value);
    if (keys.length > 200) ctx.addIssue({ code: 'custom', message: 'at most 200 fields' });
    for (const key of keys) {
      if (!FIELD_NAME.test(key))
        ctx.addIssue({ code: 'custom', path: [key], message: 'field names must be identifiers' });
      else if (RESERVED_FIELD_NAMES.has(key))
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `field name ${key} is reserved (a member of every JavaScript object)`,
        });
      else if (nestingDepth(value[key]) > MAX_FIELD_DEPTH)
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `the value nests deeper than ${MAX_FIELD_DEPTH} levels of arrays and objects`,
        });
    }
  });

const NIL_OR_MAX_UUID = /^(0{8}-0{4}-0{4}-0{4}-0{12}|f{8}-f{4}-f{4}-f{4}-f{12})$/i;

export const changeSchema = z.strictObject({
  changeId: z.uuid().refine((value) => !NIL_OR_MAX_UUID.test(value), 'the nil and max UUIDs are not change ids'),
  seq: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  entity: z.enum(SYNC_ENTITIES),
  entityId: id,
  op: z.enum(CHANGE_OPS),
  fields,
  at: z.iso.datetime(),
  hlc,
  lcpId: id,
});
export type Change = z.infer<typeof changeSchema>;

export const batchIdSchema = id;

export const pushRequestSchema = z
  .strictObject({
    protocol: z.literal(PROTOCOL_VERSION),
    batchId: batchIdSchema,
    changes: z.array(changeSchema).min(1).max(MAX_BATCH_CHANGES),
  })
  .refine(
    (body) => new Set(body.changes.map((c) => c.changeId)).size === body.changes.length,
    'a change id appears twice in the batch',
  );
export type PushRequest = z.infer<typeof pushRequestSchema>;

/** A field of a pushed change that lost to a newer value already at the hub (or to a deletion). */
export const conflictSchema = z.strictObject({
  changeId: z.string(),
  entity: z.enum(SYNC_ENTITIES),
  entityId: z.string(),
  field: z.string(),
  mine: z.json(),
  theirs: z.json(),
  theirHlc: z.string(),
  reason: z.enum(['newerEdit', 'deleted', 'erased']),
});
export type SyncConflict = z.infer<typeof conflictSchema>;

export const pushResponseSchema = z.strictObject({
  batchId: z.string(),
  /** Changes stored for the first time by this batch. */
  applied: z.number().int().nonnegative(),
  /** Changes the hub already had (sent before in another batch). */
  duplicates: z.number().int().nonnegative(),
  /** The client's sequence number up to which everything is now at the hub. */
  ackedSeq: z.number().int().nonnegative(),
  conflicts: z.array(conflictSchema),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

const recordData = z.record(z.string(), z.json());
const clocks = z.record(z.string(), z.string());
const tombstone = z.strictObject({ reason: z.enum(['deleted', 'erased']), hlc: z.string() });

/** What a pull returns, one item per record (its current state at the hub, not each change). */
export const remoteItemSchema = z.discriminatedUnion('kind', [
  /** One of this contact point's own records, as changed by someone else (the central office). */
  z.strictObject({
    kind: z.literal('record'),
    entity: z.enum(SYNC_ENTITIES),
    entityId: z.string(),
    owner: z.string(),
    editedBy: z.string(),
    data: recordData,
    clocks,
    tombstone: tombstone.optional(),
  }),
  /** Another contact point's company that consented to sharing and seeks a partner. */
  z.strictObject({
    kind: z.literal('shared'),
    entity: z.literal('company'),
    entityId: z.string(),
    owner: z.string(),
    data: recordData,
    hlc: z.string(),
  }),
  /** A company that is no longer shared (consent withdrawn, no longer seeking, deleted). */
  z.strictObject({ kind: z.literal('unshared'), entity: z.literal('company'), entityId: z.string() }),
  /** A deletion or GDPR erasure that must reach every contact point. */
  z.strictObject({
    kind: z.literal('tombstone'),
    entity: z.enum(SYNC_ENTITIES),
    entityId: z.string(),
    reason: z.enum(['deleted', 'erased']),
    hlc: z.string(),
  }),
]);
export type RemoteItem = z.infer<typeof remoteItemSchema>;

export const pullResponseSchema = z.strictObject({
  items: z.array(remoteItemSchema),
  cursor: z.number().int().nonnegative(),
  more: z.boolean(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

export const pullQuerySchema = z.strictObject({
  since: z.coerce.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).default(0),
  limit: z.coerce.number().int().positive().max(MAX_PULL_LIMIT).default(500),
});

export const healthResponseSchema = z.strictObject({ ok: z.literal(true), protocol: z.number(), storage: z.string() });
export type HealthResponse = z.infer<typeof healthResponseSchema>;

export const errorResponseSchema = z.strictObject({ error: z.string(), message: z.string() });
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

/** A file of exported batches, for contact points whose network blocks the hub. */
export const exportFileSchema = z.strictObject({
  format: z.literal('lcp-desk-batches'),
  protocol: z.literal(PROTOCOL_VERSION),
  lcpId: z.string(),
  exportedAt: z.iso.datetime(),
  batches: z.array(pushRequestSchema).min(1),
});
export type ExportFile = z.infer<typeof exportFileSchema>;
