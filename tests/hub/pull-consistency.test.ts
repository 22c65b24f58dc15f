/**
 * Incremental pulls while others push, against the real hub process on both engines: two contact
 * points push batches concurrently, a third writer opens transactions on the hub's database and
 * throws them away (sequence gaps), and three accounts page through the feed with random limits.
 * Every record must reach every incremental puller exactly once, as a pull from 0 lists it.
 * Concurrency makes the interleaving differ between runs even for one seed; rerun a seed with
 * LCP_PULL_SEED=<seed>.
 */
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WRITER_LOCK } from '../../src-hub/store/postgres';
import { mulberry32 } from './fault-proxy';
import { freshStorage, PG_SKIP_REASON, startHub, type RunningHub, type StorageChoice } from './hub-process';
import { companyFields, itemKey, pullAll, pullPage, RawPusher, registerAccounts } from './raw-hub';

const ENGINES = [
  { kind: 'sqlite' as const, skip: '' },
  { kind: 'postgres' as const, skip: PG_SKIP_REASON },
];
const SEEDS = process.env['LCP_PULL_SEED']
  ? [Number(process.env['LCP_PULL_SEED'])]
  : Array.from({ length: 6 }, (_, i) => 4242 + i * 7919);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Puller = { name: string; token: string; cursor: number };

/** A writer that is not the hub: takes the hub's writer lock, inserts into the feed, never commits. */
async function gapWriter(
  storage: StorageChoice,
): Promise<{ once: (holdMs: number) => Promise<void>; close: () => Promise<void> }> {
  if (storage.kind === 'postgres') {
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: storage.url });
    await client.connect();
    return {
      once: async (holdMs) => {
        await client.query('BEGIN');
        await client.query('SELECT pg_advisory_xact_lock($1)', [WRITER_LOCK]);
        await client.query(
          `INSERT INTO feed (entity, entity_id, owner, origin) VALUES ('event', 'gap', 'nobody', 'gap')`,
        );
        await sleep(holdMs);
        await client.query('ROLLBACK');
      },
      close: () => client.end(),
    };
  }
  // SQLite gives a rolled-back AUTOINCREMENT value out again, so a gap here is a row inserted and
  // deleted in one committed transaction (another process's write, as `hub import` makes).
  // No busy timeout: a synchronous wait for the hub's lock would stop this whole test process.
  const db = new BetterSqlite3(storage.file);
  db.pragma('busy_timeout = 0');
  return {
    once: async (holdMs) => {
      for (;;) {
        try {
          db.exec('BEGIN IMMEDIATE');
          break;
        } catch (error) {
          if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error;
          await sleep(1);
        }
      }
      const { lastInsertRowid } = db
        .prepare(`INSERT INTO feed (entity, entity_id, owner, origin) VALUES ('event', 'gap', 'nobody', 'gap')`)
        .run();
      await sleep(holdMs);
      db.prepare('DELETE FROM feed WHERE seq = ?').run(lastInsertRowid);
      db.exec('COMMIT');
    },
    close: async () => {
      db.close();
    },
  };
}

for (const engine of ENGINES) {
  describe.skipIf(Boolean(engine.skip))(
    `pulls while others push (${engine.kind}${engine.skip ? `: skipped, ${engine.skip}` : ''})`,
    () => {
      let hub: RunningHub | undefined;
      let storage: StorageChoice;
      let pushers: RawPusher[] = [];
      let pullers: Puller[] = [];
      let gaps: Awaited<ReturnType<typeof gapWriter>>;
      const totals = { records: 0, pulls: 0, lastPages: 0, gaps: 0 };

      beforeAll(async () => {
        storage = await freshStorage(engine.kind);
        const [kranj, dublin, office, reader1, reader2] = await registerAccounts(storage, [
          { name: 'Kranj' },
          { name: 'Dublin' },
          { name: 'Central office', role: 'office' },
          { name: 'Reader 1' },
          { name: 'Reader 2' },
        ]);
        const tokens = [kranj!, dublin!];
        pullers = [
          { name: 'Central office', token: office!, cursor: 0 },
          { name: 'Reader 1', token: reader1!, cursor: 0 },
          { name: 'Reader 2', token: reader2!, cursor: 0 },
        ];
        hub = await startHub(storage);
        const url = hub.url;
        pushers = tokens.map((token, i) => new RawPusher(url, token, `lcp-pusher-${i}`));
        gaps = await gapWriter(storage);
      }, 60_000);

      afterAll(async () => {
        await gaps?.close();
        await hub?.stop();
        console.log(`pull consistency (${engine.kind}): ${SEEDS.length} seeds, ${JSON.stringify(totals)}`);
      });

      for (const seed of SEEDS) {
        it(`seed ${seed}: every record reaches every incremental puller exactly once`, async () => {
          const random = mulberry32(seed);
          const url = hub!.url;
          let pushing = true;
          const pushing$ = pushers.map(async (pusher, p) => {
            const batches = 6 + Math.floor(random() * 6);
            for (let b = 0; b < batches; b++) {
              const changes = [];
              for (let i = 0, n = 1 + Math.floor(random() * 12); i < n; i++) {
                const id = `s${seed}-${p}-${b}-${i}`;
                changes.push(
                  random() < 0.25
                    ? pusher.change('event', id, { name: id })
                    : pusher.change('company', id, companyFields(id, random() < 0.6)),
                );
              }
              const reply = await pusher.push(changes);
              expect(reply.status, reply.body).toBe(200);
              totals.records += changes.length;
              await sleep(Math.floor(random() * 3));
            }
          });
          const gapping$ = (async () => {
            while (pushing) {
              await gaps.once(Math.floor(random() * 3));
              totals.gaps++;
              await sleep(2 + Math.floor(random() * 6));
            }
          })();
          const seen = new Map<string, string[]>(pullers.map((p) => [p.name, []]));
          const pulling$ = pullers.map(async (puller) => {
            for (;;) {
              const last = !pushing;
              const page = await pullPage(url, puller.token, puller.cursor, 1 + Math.floor(random() * 40));
              totals.pulls++;
              if (!page.more) totals.lastPages++;
              expect(page.cursor).toBeGreaterThanOrEqual(puller.cursor);
              seen.get(puller.name)!.push(...page.items.map(itemKey));
              puller.cursor = page.cursor;
              if (last && !page.more) return;
              await sleep(Math.floor(random() * 2));
            }
          });
          await Promise.all(pushing$);
          pushing = false;
          await Promise.all([gapping$, ...pulling$]);

          for (const puller of pullers) {
            const fromZero = await pullAll(url, puller.token, 0, 1000);
            const expected = fromZero.items
              .map(itemKey)
              .filter((key) => key.includes(`/s${seed}-`))
              .sort();
            const got = seen.get(puller.name)!;
            const twice = got.filter((key, i) => got.indexOf(key) !== i);
            const missing = expected.filter((key) => !got.includes(key));
            expect({ puller: puller.name, twice, missing }).toEqual({ puller: puller.name, twice: [], missing: [] });
            expect([...got].sort()).toEqual(expected);
            expect(puller.cursor).toBe(fromZero.cursor);
          }
          // The readers see only companies; the central office sees events too.
          expect(seen.get('Central office')!.length).toBeGreaterThan(seen.get('Reader 1')!.length);
        }, 60_000);
      }
    },
  );
}
