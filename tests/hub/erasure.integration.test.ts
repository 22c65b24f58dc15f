/**
 * GDPR erasure at the hub (issue 9, item 8): once a person's erasure is synced, none of their
 * values is left in anything the hub keeps (records, change log, stored answers), on SQLite and
 * PostgreSQL, and replaying earlier batches neither fails nor brings anything back.
 */
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { erasePerson, savePerson } from '../../src-renderer/data/registry/company-writes';
import { nextBatch } from '../../src-renderer/data/sync/push';
import type { PersonFields } from '../../src-renderer/domain/registry/company-record';
import { pushResponseSchema } from '../../src-shared/protocol';
import { formatHlc } from '../../src-shared/protocol/hlc';
import {
  freshStorage,
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

/** Every row of every table of the hub's database, each value as text. */
async function everyValue(storage: StorageChoice): Promise<{ table: string; text: string }[]> {
  if (storage.kind === 'sqlite') {
    const db = new BetterSqlite3(storage.file, { readonly: true });
    try {
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
      return tables.flatMap(({ name }) =>
        (db.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[]).flatMap((row) =>
          Object.values(row).map((v) => ({ table: name, text: String(v) })),
        ),
      );
    } finally {
      db.close();
    }
  }
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: storage.url });
  await client.connect();
  try {
    const tables = (
      await client.query<{ table_name: string }>(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'",
      )
    ).rows;
    const out: { table: string; text: string }[] = [];
    for (const { table_name: name } of tables) {
      for (const row of (await client.query<Record<string, unknown>>(`SELECT * FROM "${name}"`)).rows)
        for (const v of Object.values(row)) out.push({ table: name, text: String(v) });
    }
    return out;
  } finally {
    await client.end();
  }
}

async function hits(storage: StorageChoice, needles: string[]): Promise<Record<string, string[]>> {
  const values = await everyValue(storage);
  return Object.fromEntries(
    needles.map((needle) => [needle, values.filter((v) => v.text.includes(needle)).map((v) => v.table)]),
  );
}

const PERSON: PersonFields = {
  firstName: 'Zorana',
  lastName: 'Quistelbaum',
  email: 'zorana.quistelbaum@example.org',
  role: 'employee',
  languages: [{ code: 'sl', level: 'B2' }],
  candidate: true,
  consent: { storeGivenAt: '2026-03-01' },
};
const NEEDLES = ['Zorana', 'Quistelbaum', 'Ferrante', 'zorana.quistelbaum@example.org', 'Officeversion'];

for (const engine of ENGINES) {
  describe.skipIf(Boolean(engine.skip))(
    `GDPR erasure at the hub (${engine.kind}${engine.skip ? `: skipped, ${engine.skip}` : ''})`,
    { timeout: 90_000 },
    () => {
      let hub: RunningHub | undefined;
      afterEach(async () => {
        await hub?.stop();
        hub = undefined;
      });

      it('scrubs every value of an erased person from records, change log and stored answers; replays change nothing', async () => {
        const storage = await freshStorage(engine.kind);
        const [tokenA, tokenOffice] = [registerLcp(storage, 'Kranj'), registerLcp(storage, 'Central office', true)];
        hub = await startHub(storage);
        const url = hub.url;
        const transport = httpTransport(() => url, tokenA);
        const a = await newClient(transport);
        const centre = await newClient(httpTransport(() => url, tokenOffice));
        const company = await addCompany(a.db, 'Alpine Tools d.o.o.', true);
        const person = await savePerson(a.db, company.id, null, PERSON);
        const firstBatch = (await nextBatch(a.db))!;
        await a.sync();
        await centre.sync();
        expect(await centre.db.people.get(person.id)).toBeTruthy();

        // A renames offline; the central office edits the same field later, so A's answer carries a conflict with both values.
        await savePerson(
          a.db,
          company.id,
          person.id,
          { ...PERSON, lastName: 'Quistelbaum-Ferrante' },
          () => new Date(Date.now() + 1000),
        );
        await savePerson(
          centre.db,
          company.id,
          person.id,
          { ...PERSON, lastName: 'Officeversion' },
          () => new Date(Date.now() + 60_000),
        );
        await centre.sync();
        const renameBatch = (await nextBatch(a.db))!;
        await a.sync();

        // Positive control: the values are at the hub, in the records, the change log and a stored answer.
        const before = await hits(storage, NEEDLES);
        for (const needle of NEEDLES) expect(before[needle], needle).not.toEqual([]);
        expect(before['Ferrante']).toContain('batches');

        await erasePerson(a.db, person.id);
        await a.sync();
        await centre.sync();
        expect(await hits(storage, NEEDLES)).toEqual(Object.fromEntries(NEEDLES.map((n) => [n, []])));

        // Replays of the earlier batches: the same answers' shape, nothing brought back.
        for (const batch of [firstBatch, renameBatch]) {
          const replay = await transport({ method: 'POST', path: '/v1/batches', body: JSON.stringify(batch) });
          expect(replay.status).toBe(200);
          expect(pushResponseSchema.safeParse(JSON.parse(replay.body)).success, replay.body).toBe(true);
          const again = await transport({
            method: 'POST',
            path: '/v1/batches',
            body: JSON.stringify({ ...batch, batchId: `${batch.batchId}-again` }),
          });
          expect(again.status).toBe(200);
          expect(JSON.parse(again.body)).toMatchObject({ applied: 0 });
        }
        // A create of the erased person under a new change id (an old copy of the app, say) stays erased.
        const wall = Date.now() + 120_000;
        const resurrect = {
          protocol: 1,
          batchId: 'resurrect-1',
          changes: [
            {
              changeId: crypto.randomUUID(),
              seq: 10_000,
              entity: 'person',
              entityId: person.id,
              op: 'create',
              fields: { ...PERSON, companyId: company.id },
              at: new Date(wall).toISOString(),
              hlc: formatHlc({ wallMs: wall, counter: 0 }, 'oldcopy1'),
              lcpId: a.lcpId,
            },
          ],
        };
        const revived = await transport({ method: 'POST', path: '/v1/batches', body: JSON.stringify(resurrect) });
        expect(revived.status).toBe(200);
        expect(pushResponseSchema.safeParse(JSON.parse(revived.body)).success, revived.body).toBe(true);
        expect(await hits(storage, NEEDLES)).toEqual(Object.fromEntries(NEEDLES.map((n) => [n, []])));
        const replayed = await transport({ method: 'POST', path: '/v1/batches', body: JSON.stringify(resurrect) });
        expect(replayed.body).toBe(revived.body);

        // The record stays erased for everyone, with its id and tombstone.
        await centre.sync();
        expect(await centre.db.people.get(person.id)).toBeUndefined();
        expect((await centre.db.tombstones.get(['person', person.id]))?.reason).toBe('erased');
        const values = await everyValue(storage);
        expect(values.some((v) => v.table === 'records' && v.text === person.id)).toBe(true);
      });
    },
  );
}
