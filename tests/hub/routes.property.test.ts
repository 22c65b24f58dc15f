/**
 * Property tests on every route of the hub: thousands of generated and mutated requests. Never a
 * 5xx, never an invalid row stored; oversized bodies get 413, malformed ones 400.
 */
import fc from 'fast-check';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Hub } from '../../src-hub/hub';
import {
  changeSchema,
  CHANGE_OPS,
  errorResponseSchema,
  pullResponseSchema,
  pushResponseSchema,
  SYNC_ENTITIES,
} from '../../src-shared/protocol';
import { createHubServer } from '../../src-hub/server';
import { openSqlite } from '../../src-hub/store/sqlite';
import { formatHlc } from '../../src-shared/protocol/hlc';
import { freshSqlite } from './hub-process';

const silent = { info: () => undefined, warn: () => undefined, error: (m: string) => console.error(m) };
const MAX_BODY = 64 * 1024;

const validChange = fc.record({
  changeId: fc.uuid({ version: 4 }),
  seq: fc.integer({ min: 1, max: 1_000_000 }),
  entity: fc.constantFrom(...SYNC_ENTITIES),
  entityId: fc.stringMatching(/^[A-Za-z0-9._:-]{1,40}$/),
  op: fc.constantFrom(...CHANGE_OPS),
  fields: fc.dictionary(fc.stringMatching(/^[a-z][A-Za-z0-9]{0,12}$/), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 }),
  at: fc
    .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  hlc: fc
    .tuple(
      fc.integer({ min: 1_577_836_800_000, max: 1_893_456_000_000 }),
      fc.nat(1000),
      fc.stringMatching(/^[a-f0-9]{8}$/),
    )
    .map(([ms, c, n]) => formatHlc({ wallMs: ms, counter: c }, n)),
  lcpId: fc.constant('lcp-under-test'),
});
const validBatch = fc.record({
  protocol: fc.constant(1),
  batchId: fc.stringMatching(/^[A-Za-z0-9-]{1,30}$/),
  changes: fc.uniqueArray(validChange, { minLength: 1, maxLength: 6, selector: (c) => c.changeId }),
});

/** A valid batch, then broken in one of many ways. */
const mutatedBody = fc.oneof(
  validBatch.map((b) => JSON.stringify(b)),
  fc
    .tuple(validBatch, fc.constantFrom('protocol', 'batchId', 'changes'), fc.jsonValue())
    .map(([b, key, value]) => JSON.stringify({ ...b, [key]: value })),
  fc
    .tuple(
      validBatch,
      fc.constantFrom('changeId', 'seq', 'entity', 'entityId', 'op', 'fields', 'at', 'hlc', 'lcpId', 'extra'),
      fc.jsonValue(),
    )
    .map(([b, key, value]) =>
      JSON.stringify({ ...b, changes: b.changes.map((c, i) => (i === 0 ? { ...c, [key]: value } : c)) }),
    ),
  fc.tuple(validBatch, fc.constantFrom('changeId', 'entity', 'hlc', 'fields')).map(([b, key]) =>
    JSON.stringify({
      ...b,
      changes: b.changes.map((c) => Object.fromEntries(Object.entries(c).filter(([k]) => k !== key))),
    }),
  ),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.string(),
  validBatch.map((b) => JSON.stringify(b).slice(0, -3)),
);

describe('hub routes under generated input', () => {
  let base = '';
  let hub: Hub;
  let token = '';
  const server: { close: () => void } = { close: () => undefined };
  const statuses = new Map<number, number>();

  beforeAll(async () => {
    const storage = freshSqlite();
    if (storage.kind !== 'sqlite') throw new Error('unreachable');
    hub = new Hub(openSqlite(storage.file));
    ({ token } = await hub.registerAccount('lcp', 'lcp', 'lcp-under-test'));
    const http = createHubServer(hub, silent, { maxBodyBytes: MAX_BODY });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    server.close = () => void http.close();
  });
  afterAll(() => {
    server.close();
    console.log(`route property runs, statuses: ${JSON.stringify(Object.fromEntries(statuses))}`);
  });

  async function call(path: string, init: RequestInit): Promise<number> {
    const response = await fetch(`${base}${path}`, init);
    await response.arrayBuffer();
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    return response.status;
  }

  it('POST /v1/batches: no 5xx; invalid bodies 400; valid ones 200 (or 403/422 by rule)', async () => {
    await fc.assert(
      fc.asyncProperty(
        mutatedBody,
        fc.boolean(),
        fc.constantFrom('valid', 'none', 'wrong'),
        async (body, gzip, auth) => {
          const headers: Record<string, string> = { 'Content-Type': 'application/json' };
          if (auth === 'valid') headers['Authorization'] = `Bearer ${token}`;
          if (auth === 'wrong') headers['Authorization'] = 'Bearer lcp_wrong_token_123456';
          if (gzip) headers['Content-Encoding'] = 'gzip';
          const status = await call('/v1/batches', { method: 'POST', headers, body: gzip ? gzipSync(body) : body });
          expect(status).toBeLessThan(500);
          if (auth !== 'valid') expect(status).toBe(401);
          else {
            let valid: boolean;
            try {
              const parsed = JSON.parse(body) as { changes?: unknown[] };
              valid =
                Array.isArray(parsed.changes) &&
                parsed.changes.every((c) => changeSchema.safeParse(c).success) &&
                (await import('../../src-shared/protocol')).pushRequestSchema.safeParse(parsed).success;
            } catch {
              valid = false;
            }
            if (!valid) expect(status).toBe(400);
            else expect([200, 403, 422]).toContain(status);
          }
        },
      ),
      { numRuns: 1500 },
    );
  }, 120_000);

  it('refuses oversized bodies with 413, plain or gzip-bombed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: MAX_BODY + 1, max: MAX_BODY * 4 }), fc.boolean(), async (size, gzip) => {
        const raw = Buffer.alloc(size, 0x20);
        const status = await call('/v1/batches', {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            Authorization: `Bearer ${token}`,
            ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
          },
          body: gzip ? gzipSync(raw) : raw,
        });
        expect(status).toBe(413);
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('GET /v1/changes and /v1/health, and unknown routes: no 5xx, bad queries 400', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/v1/changes', '/v1/health', '/v1/batches', '/v2/changes', '/', '/v1/changes/x'),
        fc.dictionary(
          fc.constantFrom('since', 'limit', 'x'),
          fc.oneof(fc.nat().map(String), fc.string(), fc.integer().map(String)),
        ),
        fc.constantFrom('GET', 'POST', 'PUT', 'DELETE'),
        async (path, query, method) => {
          const search = new URLSearchParams(query).toString();
          const status = await call(`${path}${search ? `?${search}` : ''}`, {
            method,
            headers: { Authorization: `Bearer ${token}` },
          });
          expect(status).toBeLessThan(500);
          if (path === '/v1/health' && method === 'GET') expect(status).toBe(200);
        },
      ),
      { numRuns: 600 },
    );
  }, 60_000);

  it('stored only valid rows', async () => {
    const rows = await hub.db.read((sql) => sql.all<Record<string, string | number>>('SELECT * FROM changes'));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const change = {
        changeId: row['change_id'],
        seq: Number(row['seq']),
        entity: row['entity'],
        entityId: row['entity_id'],
        op: row['op'],
        fields: JSON.parse(String(row['fields'])) as unknown,
        at: row['at'],
        hlc: row['hlc'],
        lcpId: row['lcp_id'],
      };
      expect(changeSchema.safeParse(change).success, JSON.stringify(change)).toBe(true);
    }
    const records = await hub.db.read((sql) => sql.all<Record<string, string>>('SELECT * FROM records'));
    for (const record of records) {
      expect(SYNC_ENTITIES).toContain(record['entity']);
      expect(typeof JSON.parse(record['data']!)).toBe('object');
      expect(record['owner']).toBe('lcp-under-test');
    }
  });
});

/** Names a client may send, ordinary ones and those every JavaScript object inherits. */
const FIELD_NAMES = [
  'legalName',
  'city',
  'status',
  'notes',
  '__proto__',
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
  'isPrototypeOf',
];
const fieldsText = fc
  .uniqueArray(fc.tuple(fc.constantFrom(...FIELD_NAMES), fc.jsonValue({ maxDepth: 3 })), {
    maxLength: 5,
    selector: ([name]) => name,
  })
  // Written as text: an object literal would turn `__proto__` into a prototype instead of a key.
  .map((pairs) => `{${pairs.map(([name, value]) => `${JSON.stringify(name)}:${JSON.stringify(value)}`).join(',')}}`);
const contestedChange = fc.record({
  seq: fc.integer({ min: 1, max: 1_000_000 }),
  entity: fc.constantFrom('company', 'person', 'settings'),
  entityId: fc.constantFrom('rec-1', 'rec-2', 'rec-3'),
  op: fc.constantFrom('create', 'update', 'update', 'delete', 'erase'),
  wallMs: fc.integer({ min: 1_767_225_600_000, max: 1_767_225_600_000 + 10_000 }),
  fields: fieldsText,
});

describe('every answer of the hub parses with the protocol schemas', () => {
  let base = '';
  const tokens: Record<string, string> = {};
  const server: { close: () => void } = { close: () => undefined };
  const cursors: Record<string, number> = { lcp: 0, office: 0 };

  beforeAll(async () => {
    const storage = freshSqlite();
    if (storage.kind !== 'sqlite') throw new Error('unreachable');
    const hub = new Hub(openSqlite(storage.file));
    tokens['lcp'] = (await hub.registerAccount('lcp', 'lcp', 'lcp-under-test')).token;
    tokens['office'] = (await hub.registerAccount('office', 'office')).token;
    const http = createHubServer(hub, silent);
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    server.close = () => void http.close();
  });
  afterAll(() => server.close());

  async function answer(path: string, who: string, body?: string): Promise<{ status: number; json: unknown }> {
    const response = await fetch(`${base}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        Authorization: `Bearer ${tokens[who]}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body,
    });
    return { status: response.status, json: (await response.json()) as unknown };
  }

  it('push answers (first time and replayed) and pull answers, whatever the field names and conflicts', async () => {
    let node = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('lcp', 'office'),
        fc.array(contestedChange, { minLength: 1, maxLength: 6 }),
        async (who, changes) => {
          node += 1;
          const items = changes.map((c, i) => {
            const head = JSON.stringify({
              changeId: crypto.randomUUID(),
              seq: c.seq + i,
              entity: c.entity,
              entityId: c.entityId,
              op: c.op,
              at: new Date(c.wallMs).toISOString(),
              hlc: formatHlc({ wallMs: c.wallMs, counter: i }, `n${node}`.padEnd(8, '0')),
              lcpId: 'lcp-under-test',
            });
            return `${head.slice(0, -1)},"fields":${c.fields}}`;
          });
          const body = `{"protocol":1,"batchId":"p-${node}","changes":[${items.join(',')}]}`;
          for (const attempt of [1, 2]) {
            const { status, json } = await answer('/v1/batches', who, body);
            expect(status, `attempt ${attempt}: ${JSON.stringify(json)}`).toBeLessThan(500);
            if (status === 200)
              expect(pushResponseSchema.safeParse(json).error?.issues ?? [], JSON.stringify(json)).toEqual([]);
            else expect(errorResponseSchema.safeParse(json).success, JSON.stringify(json)).toBe(true);
          }
          for (const reader of ['lcp', 'office']) {
            const { status, json } = await answer(`/v1/changes?since=${cursors[reader]}&limit=1000`, reader);
            expect(status).toBe(200);
            const parsed = pullResponseSchema.safeParse(json);
            expect(parsed.error?.issues ?? [], JSON.stringify(json)).toEqual([]);
            cursors[reader] = parsed.data!.cursor;
          }
        },
      ),
      { numRuns: 300 },
    );
  }, 120_000);
});
