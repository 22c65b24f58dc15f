/**
 * What the hub refuses at its door (issue 9, items 3 to 6): deep nesting, reserved field names,
 * change ids of other contact points, nil and max UUIDs, header and encoding details, and a
 * flood of wrong tokens. The real server and SQLite, in process.
 */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Hub } from '../../src-hub/hub';
import { createHubServer } from '../../src-hub/server';
import { openSqlite } from '../../src-hub/store/sqlite';
import { pushResponseSchema } from '../../src-shared/protocol';
import { formatHlc } from '../../src-shared/protocol/hlc';
import { freshSqlite } from './hub-process';

type Warned = { warn: string[] };

async function startInProcess(): Promise<{
  base: string;
  hub: Hub;
  tokenA: string;
  tokenB: string;
  logged: Warned;
  close: () => void;
}> {
  const storage = freshSqlite();
  if (storage.kind !== 'sqlite') throw new Error('unreachable');
  const hub = new Hub(openSqlite(storage.file));
  const { token: tokenA } = await hub.registerAccount('Kranj', 'lcp', 'lcp-a');
  const { token: tokenB } = await hub.registerAccount('Dublin', 'lcp', 'lcp-b');
  const logged: Warned = { warn: [] };
  const logger = {
    info: () => undefined,
    warn: (m: string) => void logged.warn.push(m),
    error: (m: string) => console.error(m),
  };
  const http = createHubServer(hub, logger);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(http.address() as AddressInfo).port}`,
    hub,
    tokenA,
    tokenB,
    logged,
    close: () => void http.close(),
  };
}

let seq = 0;
function change(lcpId: string, fields: string, extra: Record<string, unknown> = {}): string {
  seq += 1;
  const head = JSON.stringify({
    changeId: crypto.randomUUID(),
    seq,
    entity: 'company',
    entityId: `company-${crypto.randomUUID()}`,
    op: 'create',
    at: '2026-03-01T10:00:00.000Z',
    hlc: formatHlc({ wallMs: Date.parse('2026-03-01T10:00:00.000Z') + seq, counter: 0 }, 'node0001'),
    lcpId,
    ...extra,
  });
  // Fields written as text, so names such as __proto__ reach the hub as they would from any client.
  return `${head.slice(0, -1)},"fields":${fields}}`;
}

const batch = (changes: string[], batchId = `b-${crypto.randomUUID()}`) =>
  `{"protocol":1,"batchId":"${batchId}","changes":[${changes.join(',')}]}`;

describe('the hub validates what it is sent', { timeout: 60_000 }, () => {
  let ctx: Awaited<ReturnType<typeof startInProcess>>;
  beforeAll(async () => {
    ctx = await startInProcess();
  });
  afterAll(() => ctx.close());

  async function post(
    body: RequestInit['body'],
    headers: Record<string, string> = {},
    token = ctx.tokenA,
  ): Promise<{ status: number; json: Record<string, unknown> }> {
    const response = await fetch(`${ctx.base}/v1/batches`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, ...headers },
      body,
    });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  }
  const storedChanges = async () =>
    Number((await ctx.hub.db.read((sql) => sql.get<{ n: number }>('SELECT COUNT(*) AS n FROM changes')))?.n ?? 0);

  describe('item 3: nesting depth', () => {
    const nested = (depth: number) => `{"notes":${'['.repeat(depth)}1${']'.repeat(depth)}}`;

    it('accepts field values nested up to the bound', async () => {
      const { status } = await post(batch([change('lcp-a', nested(128))]));
      expect(status).toBe(200);
    });

    it.each([129, 1_000, 5_000, 200_000])(
      'refuses a field value nested %i levels deep with 400 and the reason',
      async (depth) => {
        const before = await storedChanges();
        const { status, json } = await post(batch([change('lcp-a', nested(depth))]));
        expect(status).toBe(400);
        expect(json['message']).toMatch(/nest/i);
        expect(await storedChanges()).toBe(before);
      },
    );

    it('counts objects as well as arrays', async () => {
      const deep = `${'{"a":'.repeat(300)}1${'}'.repeat(300)}`;
      const { status, json } = await post(batch([change('lcp-a', `{"notes":${deep}}`)]));
      expect(status).toBe(400);
      expect(json['message']).toMatch(/nest/i);
    });
  });

  describe('item 4: field names that are Object.prototype members', () => {
    it.each([
      '__proto__',
      'constructor',
      'toString',
      'valueOf',
      'hasOwnProperty',
      '__defineGetter__',
      'isPrototypeOf',
      'toLocaleString',
    ])('refuses a field named %s with 400', async (name) => {
      const before = await storedChanges();
      const { status, json } = await post(batch([change('lcp-a', `{"legalName":"Alpine","${name}":"x"}`)]));
      expect(status).toBe(400);
      expect(String(json['message'])).toContain(name);
      expect(await storedChanges()).toBe(before);
    });

    it('still accepts ordinary names that merely contain such words', async () => {
      const { status, json } = await post(
        batch([change('lcp-a', '{"constructorName":"x","myToString":"y","proto":"z"}')]),
      );
      expect(status).toBe(200);
      expect(pushResponseSchema.safeParse(json).success).toBe(true);
    });
  });

  describe('item 5: change ids', () => {
    it("refuses (409) a change id another contact point's change already has, and stores nothing of it", async () => {
      const id = crypto.randomUUID();
      const first = await post(batch([change('lcp-a', '{"legalName":"Alpine"}', { changeId: id })]));
      expect(first.status).toBe(200);
      const before = await storedChanges();
      const reused = await post(
        batch([change('lcp-b', '{"legalName":"Liffey"}', { changeId: id, entityId: 'company-liffey' })]),
        {},
        ctx.tokenB,
      );
      expect(reused.status).toBe(409);
      expect(String(reused.json['message'])).toContain(id);
      expect(await storedChanges()).toBe(before);
      const record = await ctx.hub.db.read((sql) =>
        sql.get('SELECT * FROM records WHERE entity_id = ?', ['company-liffey']),
      );
      expect(record).toBeUndefined();
      // Its own change id again is still the ordinary duplicate.
      const own = await post(batch([change('lcp-a', '{"legalName":"Alpine"}', { changeId: id })]));
      expect(own).toMatchObject({ status: 200, json: { applied: 0, duplicates: 1 } });
    });

    it.each([
      '00000000-0000-0000-0000-000000000000',
      'ffffffff-ffff-ffff-ffff-ffffffffffff',
      'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF',
    ])('refuses the change id %s with 400', async (id) => {
      const { status, json } = await post(batch([change('lcp-a', '{"legalName":"Alpine"}', { changeId: id })]));
      expect(status).toBe(400);
      expect(String(json['message'])).toMatch(/changeId/);
    });
  });

  describe('item 6: headers, encoding, refusals', () => {
    it.each(['bearer', 'BEARER', 'BeArEr'])('accepts the %s scheme (schemes are case-insensitive)', async (scheme) => {
      const response = await fetch(`${ctx.base}/v1/changes`, { headers: { Authorization: `${scheme} ${ctx.tokenA}` } });
      expect(response.status).toBe(200);
    });

    it.each([
      'application/json',
      'application/json; charset=utf-8',
      'Application/JSON;charset=UTF-8',
      'application/json ; charset="utf-8"',
    ])('accepts Content-Type %s', async (type) => {
      const { status } = await post(batch([change('lcp-a', '{"legalName":"Alpine"}')]), { 'Content-Type': type });
      expect(status).toBe(200);
    });

    it.each([
      'application/json-patch+json',
      'application/jsonx',
      'application/json+ld',
      'text/plain',
      'application/jsonl; charset=utf-8',
      '',
    ])('refuses Content-Type "%s" with 415', async (type) => {
      const { status } = await post(batch([change('lcp-a', '{"legalName":"Alpine"}')]), { 'Content-Type': type });
      expect(status).toBe(415);
    });

    it('refuses invalid UTF-8 with 400 instead of storing U+FFFD', async () => {
      const entityId = `company-${crypto.randomUUID()}`;
      const text = batch([change('lcp-a', '{"legalName":"Alpine XX"}', { entityId })]);
      const bytes = Buffer.from(text, 'utf8');
      const at = bytes.indexOf('XX');
      bytes[at] = 0xff;
      bytes[at + 1] = 0xfe;
      const { status, json } = await post(bytes);
      expect(status).toBe(400);
      expect(String(json['message'])).toMatch(/UTF-8/);
      expect(
        await ctx.hub.db.read((sql) => sql.get('SELECT * FROM records WHERE entity_id = ?', [entityId])),
      ).toBeUndefined();
    });

    it('keeps 2,000 wrong-token requests to a few refusal rows with their count, and a few log lines', async () => {
      const rows = async () =>
        ctx.hub.db.read((sql) =>
          sql.all<{ status: number; count: number }>('SELECT * FROM refusals WHERE status = 401'),
        );
      const before = await rows();
      const warnedBefore = ctx.logged.warn.length;
      const started = performance.now();
      for (let round = 0; round < 100; round++) {
        await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            fetch(`${ctx.base}/v1/changes`, {
              headers: { Authorization: `Bearer lcp_wrong-token-${round}-${i}` },
            }).then(async (r) => {
              expect(r.status).toBe(401);
              await r.arrayBuffer();
            }),
          ),
        );
      }
      const ms = Math.round(performance.now() - started);
      await ctx.hub.flushRefusals();
      const after = await rows();
      const added = after.length - before.length;
      console.log(
        `2,000 wrong-token requests in ${ms} ms: ${added} refusal rows, ${ctx.logged.warn.length - warnedBefore} log lines`,
      );
      // One row per source and minute (the run may straddle a minute boundary).
      expect(added).toBeLessThanOrEqual(2);
      const counted =
        after.reduce((sum, row) => sum + Number(row.count), 0) -
        before.reduce((sum, row) => sum + Number(row.count), 0);
      expect(counted).toBe(2000);
      expect(ctx.logged.warn.length - warnedBefore).toBeLessThanOrEqual(25);
    });
  });
});

describe('the refusals migration', () => {
  it('adds source and count to a database made before, keeping its rows', async () => {
    const storage = freshSqlite();
    if (storage.kind !== 'sqlite') throw new Error('unreachable');
    const { default: BetterSqlite3 } = await import('better-sqlite3');
    const old = new BetterSqlite3(storage.file);
    old.exec('CREATE TABLE refusals (at TEXT NOT NULL, status INTEGER NOT NULL, account TEXT, reason TEXT NOT NULL)');
    old
      .prepare('INSERT INTO refusals VALUES (?, ?, ?, ?)')
      .run('2026-01-01T00:00:00.000Z', 401, null, 'unknown token (127.0.0.1)');
    old.close();
    for (let open = 0; open < 2; open++) {
      const hub = new Hub(openSqlite(storage.file));
      await hub.logRefusal(401, null, 'unknown token', '10.0.0.1');
      await hub.logRefusal(401, null, 'unknown token', '10.0.0.1');
      await hub.flushRefusals();
      const rows = await hub.db.read((sql) =>
        sql.all<{ reason: string; source: string | null; count: number }>(
          'SELECT reason, source, count FROM refusals ORDER BY at',
        ),
      );
      expect(rows[0]).toEqual({ reason: 'unknown token (127.0.0.1)', source: null, count: 1 });
      expect(rows.slice(1).reduce((sum, r) => sum + r.count, 0)).toBe(2 * (open + 1));
      await hub.db.close();
    }
  });
});
