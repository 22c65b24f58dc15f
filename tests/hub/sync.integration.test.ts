/**
 * The real hub process on a free localhost port, two contact points syncing through HTTP.
 * Runs on SQLite always, and on PostgreSQL where one is available (.ci/run provides it).
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeTables } from '../../src-renderer/data/entity-rules';
import { exportPending } from '../../src-renderer/data/sync/export';
import { pendingCount, runSync } from '../../src-renderer/data/sync/engine';
import { nextBatch } from '../../src-renderer/data/sync/push';
import { deleteRecord, updateRecord } from '../../src-renderer/data/writes';
import {
  freshStorage,
  hubCommand,
  httpTransport,
  PG_SKIP_REASON,
  registerLcp,
  startHub,
  type RunningHub,
  type StorageChoice,
} from './hub-process';
import { addCompany, newClient } from './sync-client';

const ENGINES = [
  { kind: 'sqlite' as const, skip: '' },
  { kind: 'postgres' as const, skip: PG_SKIP_REASON },
];

function stats(storage: StorageChoice): { changes: number; records: number; batches: number; refusals: number } {
  const result = hubCommand(storage, ['stats']);
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as { changes: number; records: number; batches: number; refusals: number };
}

for (const engine of ENGINES) {
  describe.skipIf(Boolean(engine.skip))(
    `sync against the hub process (${engine.kind}${engine.skip ? `: skipped, ${engine.skip}` : ''})`,
    { timeout: 120_000 },
    () => {
      let hub: RunningHub | undefined;
      afterEach(async () => {
        await hub?.stop();
        hub = undefined;
      });

      it("lets two contact points see each other's shared companies, and only those", async () => {
        const storage = await freshStorage(engine.kind);
        const [tokenA, tokenB] = [registerLcp(storage, 'Kranj'), registerLcp(storage, 'Dublin')];
        hub = await startHub(storage);
        const url = hub.url;
        const a = await newClient(httpTransport(() => url, tokenA));
        const b = await newClient(httpTransport(() => url, tokenB));
        await addCompany(a.db, 'Alpine Tools d.o.o.', true);
        await addCompany(a.db, 'Private Kranj Ltd', false);
        await addCompany(b.db, 'Liffey Software Ltd', true, { country: 'IE' });
        await a.sync();
        await b.sync();
        await a.sync();
        expect((await a.db.consortiumCompanies.toArray()).map((c) => c.data['legalName'])).toEqual([
          'Liffey Software Ltd',
        ]);
        expect((await b.db.consortiumCompanies.toArray()).map((c) => c.data['legalName'])).toEqual([
          'Alpine Tools d.o.o.',
        ]);
        // Shared records stay out of the local registry and out of the outbox.
        expect(await b.db.companies.count()).toBe(1);
        expect(await pendingCount(b.db)).toBe(0);

        // Withdrawing consent removes the company from the other's directory.
        const [alpine] = await a.db.companies
          .where('legalName')
          .equals('Alpine Tools d.o.o.')
          .toArray()
          .catch(async () => (await a.db.companies.toArray()).filter((c) => c.legalName === 'Alpine Tools d.o.o.'));
        await updateRecord(a.db, 'company', alpine!.id, { consent: { storeGivenAt: '2026-03-01' } });
        await a.sync();
        await b.sync();
        expect(await b.db.consortiumCompanies.count()).toBe(0);
      });

      it('applies a replayed batch once, answers it the same, and refuses a reused id with another body (422)', async () => {
        const storage = await freshStorage(engine.kind);
        const token = registerLcp(storage, 'Kranj');
        hub = await startHub(storage);
        const transport = httpTransport(() => hub!.url, token);
        const client = await newClient(transport);
        for (let i = 0; i < 5; i++) await addCompany(client.db, `Company ${i}`, false);
        const batch = (await nextBatch(client.db))!;
        // Sent twice at the same moment (a retry racing the original): one applies, both get the same answer.
        const [first, concurrent] = await Promise.all([
          transport({ method: 'POST', path: '/v1/batches', body: JSON.stringify(batch) }),
          transport({ method: 'POST', path: '/v1/batches', body: JSON.stringify(batch) }),
        ]);
        const replay = await transport({ method: 'POST', path: '/v1/batches', body: JSON.stringify(batch) });
        expect(first.status).toBe(200);
        expect(concurrent.body).toBe(first.body);
        expect(replay.body).toBe(first.body);
        expect(JSON.parse(first.body)).toMatchObject({ applied: 5, duplicates: 0, ackedSeq: 5 });
        // The same changes inside another batch: applied once, reported as known.
        const other = await transport({
          method: 'POST',
          path: '/v1/batches',
          body: JSON.stringify({ ...batch, batchId: 'another-id' }),
        });
        expect(JSON.parse(other.body)).toMatchObject({ applied: 0, duplicates: 5 });
        const tampered = { ...batch, changes: batch.changes.slice(1) };
        const reused = await transport({ method: 'POST', path: '/v1/batches', body: JSON.stringify(tampered) });
        expect(reused.status).toBe(422);
        expect(stats(storage).changes).toBe(5);
        // The app's own sync sends the same range: a replay, answered as the first time; it only moves the cursor.
        const report = await client.sync();
        expect(report).toMatchObject({ batches: 1, pushed: 5, duplicates: 0 });
        expect(await pendingCount(client.db)).toBe(0);
        expect(stats(storage).changes).toBe(5);
      });

      it('survives the hub killed in the middle of a push: restarted, the sync completes, nothing lost or doubled', async () => {
        const storage = await freshStorage(engine.kind);
        const token = registerLcp(storage, 'Kranj');
        hub = await startHub(storage);
        const port = hub.port;
        const client = await newClient(httpTransport(() => `http://127.0.0.1:${port}`, token));
        await client.db.transaction('rw', writeTables(client.db, 'company'), async () => {
          for (let i = 0; i < 1200; i++) await addCompany(client.db, `Company ${i}`, false);
        });
        const limits = { maxChanges: 100, maxBytes: 1024 * 1024 };
        let killed: Promise<void> | undefined;
        await expect(
          client.sync({
            limits,
            onProgress: ({ sent }) => {
              if (sent >= 300 && !killed) killed = hub!.kill();
            },
          }),
        ).rejects.toMatchObject({ code: 'offline' });
        await killed;
        const pendingAfterKill = await pendingCount(client.db);
        expect(pendingAfterKill).toBeGreaterThan(0);
        expect(pendingAfterKill).toBeLessThan(1200);
        hub = await startHub(storage, port);
        await client.sync({ limits });
        expect(await pendingCount(client.db)).toBe(0);
        expect(stats(storage)).toMatchObject({ changes: 1200, records: 1200 });
      });

      it("refuses a wrong token (401) and another contact point's record (403), and logs both", async () => {
        const storage = await freshStorage(engine.kind);
        const [tokenA, tokenB] = [registerLcp(storage, 'Kranj'), registerLcp(storage, 'Dublin')];
        hub = await startHub(storage);
        const url = hub.url;
        const wrong = await newClient(httpTransport(() => url, 'lcp_not-a-real-token-at-all'));
        await addCompany(wrong.db, 'Nobody', false);
        await expect(wrong.sync()).rejects.toMatchObject({ code: 'unauthorized' });

        const a = await newClient(httpTransport(() => url, tokenA));
        const company = await addCompany(a.db, 'Alpine Tools d.o.o.', true);
        await a.sync();
        // B forges a change to A's record, signed as itself.
        const b = await newClient(httpTransport(() => url, tokenB));
        await addCompany(b.db, 'Liffey', false);
        await b.sync();
        const forged = await b.db.transaction('rw', [b.db.companies, b.db.outbox, b.db.meta], async () => {
          await b.db.companies.put({ ...company, lcpId: b.lcpId });
          return true;
        });
        expect(forged).toBe(true);
        await updateRecord(b.db, 'company', company.id, { legalName: 'Stolen' });
        await expect(b.sync()).rejects.toMatchObject({ code: 'forbidden' });
        // B signing as A is refused too.
        const transportB = httpTransport(() => url, tokenB);
        const batch = (await nextBatch(a.db)) ?? { protocol: 1, batchId: 'x', changes: [] };
        expect(batch.changes).toHaveLength(0);
        await updateRecord(a.db, 'company', company.id, { city: 'Kranj' });
        const fromA = (await nextBatch(a.db))!;
        expect((await transportB({ method: 'POST', path: '/v1/batches', body: JSON.stringify(fromA) })).status).toBe(
          403,
        );
        expect(hub.log.join('')).toMatch(/401 .*unknown token/);
        expect(hub.log.join('')).toMatch(/403 push/);
        expect(stats(storage).refusals).toBeGreaterThanOrEqual(3);
      });

      it('lists a local edit the central office overwrote, and carries an erasure to every contact point', async () => {
        const storage = await freshStorage(engine.kind);
        const [tokenA, tokenB, office] = [
          registerLcp(storage, 'Kranj'),
          registerLcp(storage, 'Dublin'),
          registerLcp(storage, 'Central office', true),
        ];
        hub = await startHub(storage);
        const url = hub.url;
        const a = await newClient(httpTransport(() => url, tokenA));
        const b = await newClient(httpTransport(() => url, tokenB));
        const centre = await newClient(httpTransport(() => url, office));
        const company = await addCompany(a.db, 'Alpine Tools d.o.o.', true);
        await a.sync();
        await b.sync();
        await centre.sync();
        expect(await centre.db.companies.get(company.id)).toBeTruthy();
        // A edits offline; the central office edits the same field later (later clock).
        await updateRecord(a.db, 'company', company.id, { city: 'Kranj' }, () => new Date(Date.now() + 1000));
        await updateRecord(
          centre.db,
          'company',
          company.id,
          { city: 'Kranj (Gorenjska)' },
          () => new Date(Date.now() + 60_000),
        );
        await centre.sync();
        await a.sync();
        expect((await a.db.companies.get(company.id))?.city).toBe('Kranj (Gorenjska)');
        const conflicts = await a.db.syncConflicts.where('open').equals(1).toArray();
        expect(conflicts).toHaveLength(1);
        expect(conflicts[0]).toMatchObject({ field: 'city', mine: 'Kranj', theirs: 'Kranj (Gorenjska)' });
        expect((await a.db.recordClocks.get(['company', company.id]))?.editedBy).toMatch(/^office:/);

        // The company is erased at its contact point: gone from the hub's data and every directory.
        expect(await b.db.consortiumCompanies.count()).toBe(1);
        await deleteRecord(a.db, 'company', company.id, 'erased');
        await a.sync();
        await b.sync();
        await centre.sync();
        expect(await b.db.consortiumCompanies.count()).toBe(0);
        expect(await centre.db.companies.get(company.id)).toBeUndefined();
        expect((await centre.db.tombstones.get(['company', company.id]))?.reason).toBe('erased');
      });

      it('imports an exported batch file at the hub with the same idempotency', async () => {
        const storage = await freshStorage(engine.kind);
        const token = registerLcp(storage, 'Kranj');
        const client = await newClient(httpTransport(() => 'http://127.0.0.1:9', token));
        for (let i = 0; i < 7; i++) await addCompany(client.db, `Company ${i}`, false);
        const file = path.join(tmpdir(), `export-${crypto.randomUUID()}.json`);
        writeFileSync(file, JSON.stringify(await exportPending(client.db, new Date())));
        const first = hubCommand(storage, ['import', '--name', 'Kranj', '--file', file]);
        expect(first.status, first.stderr).toBe(0);
        expect(first.stdout).toMatch(/7 applied/);
        const again = hubCommand(storage, ['import', '--name', 'Kranj', '--file', file]);
        expect(again.stdout).toMatch(/imported before/);
        hub = await startHub(storage);
        const url = hub.url;
        // Online later: the same batch is a replay, so the app's cursor moves and nothing doubles.
        const report = await runSync(
          client.db,
          httpTransport(() => url, token),
        );
        expect(report).toMatchObject({ batches: 1 });
        expect(await pendingCount(client.db)).toBe(0);
        expect(stats(storage).changes).toBe(7);
      });
    },
  );
}
