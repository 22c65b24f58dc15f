/**
 * Fault injection over many seeded runs: two contact points sync through a misbehaving proxy while
 * the hub is killed and restarted. The hub must end with exactly the union of their changes.
 * A failing seed is printed; rerun it with LCP_FAULT_SEED=<seed>.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pendingCount } from '../../src-renderer/data/sync/engine';
import { updateRecord } from '../../src-renderer/data/writes';
import { startFaultProxy, mulberry32, type Fault } from './fault-proxy';
import {
  freshSqlite,
  freePort,
  hubCommand,
  httpTransport,
  registerLcp,
  startHub,
  type RunningHub,
} from './hub-process';
import { addCompany, newClient, type TestClient } from './sync-client';

const SEEDS = process.env['LCP_FAULT_SEED']
  ? [Number(process.env['LCP_FAULT_SEED'])]
  : Array.from({ length: 12 }, (_, i) => 1000 + i * 7919);

describe('sync through injected faults', () => {
  const storage = freshSqlite();
  let hub: RunningHub | undefined;
  let port = 0;
  let restarting: Promise<void> | undefined;
  const tokens: string[] = [];
  const seen = new Map<Fault, number>();

  async function killAndRestart(): Promise<void> {
    restarting ??= (async () => {
      await hub?.kill();
      hub = await startHub(storage, port);
    })().finally(() => {
      restarting = undefined;
    });
    await restarting;
  }

  beforeAll(async () => {
    for (let i = 0; i < SEEDS.length * 2; i++) tokens.push(registerLcp(storage, `lcp-${i}`));
    port = await freePort();
    hub = await startHub(storage, port);
  }, 240_000);

  afterAll(async () => {
    await restarting;
    await hub?.stop();
    console.log(`fault runs: ${SEEDS.length} seeds, faults injected: ${JSON.stringify(Object.fromEntries(seen))}`);
  });

  let expectedTotal = 0;

  for (const [index, seed] of SEEDS.entries()) {
    it(`seed ${seed}: nothing lost, nothing doubled`, async () => {
      const random = mulberry32(seed);
      const proxy = await startFaultProxy({ target: () => port, random, killHub: killAndRestart });
      try {
        const clients: TestClient[] = [];
        for (const token of tokens.slice(index * 2, index * 2 + 2))
          clients.push(await newClient(httpTransport(() => `http://127.0.0.1:${proxy.port}`, token)));
        let written = 0;
        // Sync until it goes through: every failure must be recoverable by simply trying again.
        const syncUntilDone = async (client: TestClient, limits: { maxChanges: number; maxBytes: number }) => {
          for (let attempt = 0; ; attempt++) {
            if (attempt > 60) throw new Error(`seed ${seed}: no successful sync after 60 attempts`);
            try {
              await restarting;
              await client.sync({ limits, pullLimit: 1 + Math.floor(random() * 20) });
              return;
            } catch (error) {
              expect((error as { code?: string }).code, String(error)).toBe('offline');
            }
          }
        };
        const limits = { maxChanges: 1 + Math.floor(random() * 8), maxBytes: 64 * 1024 };
        for (let round = 0; round < 4; round++) {
          for (const client of clients) {
            const count = 1 + Math.floor(random() * 6);
            for (let i = 0; i < count; i++) {
              const company = await addCompany(client.db, `Seed ${seed} r${round} #${i}`, random() < 0.5);
              written++;
              if (random() < 0.4) {
                await updateRecord(client.db, 'company', company.id, { city: `City ${round}` });
                written++;
              }
            }
            await syncUntilDone(client, limits);
          }
        }
        for (const client of clients) expect(await pendingCount(client.db)).toBe(0);
        expectedTotal += written;
        await restarting;
        const stats = JSON.parse(hubCommand(storage, ['stats']).stdout) as { changes: number };
        expect(stats.changes, `seed ${seed}`).toBe(expectedTotal);
        // Each client received every shared company of the other exactly as the hub holds it.
        const [a, b] = clients as [TestClient, TestClient];
        const sharedByA = (await a.db.companies.toArray())
          .filter((c) => c.status === 'seekingMatch')
          .map((c) => c.id)
          .sort();
        await syncUntilDone(b, limits);
        expect(
          (await b.db.consortiumCompanies.where('owner').equals(a.lcpId).toArray()).map((c) => c.id).sort(),
        ).toEqual(sharedByA);
        for (const fault of proxy.faults) seen.set(fault, (seen.get(fault) ?? 0) + 1);
      } finally {
        await proxy.close();
      }
    }, 60_000);
  }
});
