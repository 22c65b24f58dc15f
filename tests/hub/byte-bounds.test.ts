/**
 * Byte bounds, against the real hub process on both engines: a pull page stops before
 * MAX_PULL_BYTES (always one item at least, `more` and `cursor` exact), and a push whose merged
 * record would hold more than MAX_RECORD_BYTES gets 413 with the reason and stores nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, MAX_PULL_BYTES, MAX_RECORD_BYTES, type RemoteItem } from '../../src-shared/protocol';
import { freshStorage, PG_SKIP_REASON, startHub, type RunningHub, type StorageChoice } from './hub-process';
import { companyFields, hubCall, itemKey, pullAll, RawPusher, registerAccounts, withDatabase } from './raw-hub';

const ENGINES = [
  { kind: 'sqlite' as const, skip: '' },
  { kind: 'postgres' as const, skip: PG_SKIP_REASON },
];
const MiB = 1024 * 1024;
/** Two bytes a character in UTF-8: a bound counted in characters would let twice as much through. */
const filler = (bytes: number) => 'ž'.repeat(Math.floor(bytes / 2));

/** A record as a hub stored it before records had a size limit. */
async function storeDirectly(
  storage: StorageChoice,
  owner: string,
  id: string,
  data: Record<string, unknown>,
): Promise<void> {
  const clocks = Object.fromEntries(
    Object.keys(data).map((field) => [field, `2026-03-01T10:00:00.000Z-00000-${owner}`]),
  );
  await withDatabase(storage, (hub) =>
    hub.db.transaction(async (sql) => {
      await sql.run(
        'INSERT INTO records (entity, entity_id, owner, data, clocks, tombstone, last_origin) VALUES (?, ?, ?, ?, ?, NULL, ?)',
        ['company', id, owner, JSON.stringify(data), JSON.stringify(clocks), owner],
      );
      await sql.run('INSERT INTO feed (entity, entity_id, owner, origin) VALUES (?, ?, ?, ?)', [
        'company',
        id,
        owner,
        owner,
      ]);
    }),
  );
}

function expectExactPages(
  pages: { items: RemoteItem[]; cursor: number; more: boolean; bytes: number }[],
  maxItemBytes: number,
) {
  for (const [index, page] of pages.entries()) {
    expect(page.items.length, `page ${index}`).toBeGreaterThan(0);
    if (page.items.length > 1) expect(page.bytes, `page ${index}`).toBeLessThanOrEqual(MAX_PULL_BYTES);
    else expect(page.bytes, `page ${index}`).toBeLessThanOrEqual(Math.max(MAX_PULL_BYTES, maxItemBytes));
    expect(page.more, `page ${index}`).toBe(index < pages.length - 1);
    if (index > 0) expect(page.cursor).toBeGreaterThan(pages[index - 1]!.cursor);
  }
}

for (const engine of ENGINES) {
  describe.skipIf(Boolean(engine.skip))(
    `byte bounds (${engine.kind}${engine.skip ? `: skipped, ${engine.skip}` : ''})`,
    { timeout: 120_000 },
    () => {
      let hub: RunningHub | undefined;
      afterEach(async () => {
        await hub?.stop();
        hub = undefined;
      });

      it('cuts pull pages by bytes: every record once, each page under the bound, more and cursor exact', async () => {
        const storage = await freshStorage(engine.kind);
        const [pusherToken, officeToken, readerToken] = await registerAccounts(storage, [
          { name: 'Kranj' },
          { name: 'Central office', role: 'office' },
          { name: 'Reader' },
        ]);
        hub = await startHub(storage);
        const pusher = new RawPusher(hub.url, pusherToken!, 'lcp-kranj');
        // 14 companies of 1 MiB among 30 small ones, three big ones a batch (a body well under 8 MiB).
        const ids: string[] = [];
        let batch = [];
        for (let i = 0; i < 44; i++) {
          const id = `big-${i}`;
          const big = i % 3 === 0;
          batch.push(pusher.change('company', id, companyFields(id, true, big ? { notes: filler(MiB) } : {})));
          ids.push(`company/${id}`);
          if (batch.filter((c) => 'notes' in c.fields).length === 3 || i === 43) {
            const reply = await pusher.push(batch);
            expect(reply.status, reply.body.slice(0, 200)).toBe(200);
            batch = [];
          }
        }
        for (const token of [officeToken!, readerToken!]) {
          const { pages, items, cursor } = await pullAll(hub.url, token, 0, 500);
          expect(items.map(itemKey).sort()).toEqual([...ids].sort());
          expect(pages.length).toBeGreaterThanOrEqual(4);
          expectExactPages(pages, MiB + 4096);
          // Nothing more after the last cursor, and it says so at once.
          const after = await pullAll(hub.url, token, cursor, 500);
          expect(after.pages).toHaveLength(1);
          expect(after.pages[0]).toMatchObject({ items: [], cursor, more: false });
        }
      });

      it('sends records stored above the limit before it existed one a page, so a stuck sync completes', async () => {
        const storage = await freshStorage(engine.kind);
        const [officeToken] = await registerAccounts(storage, [{ name: 'Central office', role: 'office' }]);
        for (let i = 0; i < 3; i++) {
          await storeDirectly(storage, 'lcp-old', `small-${i}`, companyFields(`small-${i}`, true));
          await storeDirectly(
            storage,
            'lcp-old',
            `huge-${i}`,
            companyFields(`huge-${i}`, true, { notes: filler(6 * MiB) }),
          );
        }
        hub = await startHub(storage);
        const { pages, items } = await pullAll(hub.url, officeToken!, 0, 500);
        expect(items).toHaveLength(6);
        expectExactPages(pages, 6 * MiB + 4096);
        for (const page of pages)
          if (page.items.some((item) => item.entityId.startsWith('huge-'))) expect(page.items).toHaveLength(1);
      });

      it('refuses a push whose merged record would exceed MAX_RECORD_BYTES (413, nothing stored), lets an old oversized record shrink or be deleted', async () => {
        expect(MAX_RECORD_BYTES + 64 * 1024).toBeLessThan(MAX_BODY_BYTES);
        const storage = await freshStorage(engine.kind);
        const [token] = await registerAccounts(storage, [{ name: 'Kranj' }]);
        await storeDirectly(storage, 'lcp-kranj', 'legacy', companyFields('legacy', false, { notes: filler(5 * MiB) }));
        hub = await startHub(storage);
        const pusher = new RawPusher(hub.url, token!, 'lcp-kranj');
        const counts = () => withDatabase(storage, async (h) => ({ ...(await h.counts()), refusals: 0 }));
        const before = await counts();

        // One change larger than a record may be.
        const tooBig = await pusher.push([
          pusher.change('company', 'one', companyFields('one', false, { notes: filler(MAX_RECORD_BYTES + 2) })),
        ]);
        expect(tooBig.status).toBe(413);
        const refusal = JSON.parse(tooBig.body) as { error: string; message: string };
        expect(refusal.error).toBe('recordTooLarge');
        expect(refusal.message).toMatch(
          /company one would hold \d+ bytes, more than the 4194304 bytes a record may hold/,
        );

        // Two changes under the limit each, in one batch, that together are over it: the whole batch goes.
        const small = pusher.change('company', 'fine', companyFields('fine', false));
        const pair = await pusher.push([
          small,
          pusher.change('company', 'two', { a: filler(2.5 * MiB) }),
          pusher.change('company', 'two', { b: filler(2.5 * MiB) }),
        ]);
        expect(pair.status).toBe(413);
        expect(await counts()).toEqual(before);

        // Across batches: the first is stored, the one that would grow the record past the limit is not.
        expect((await pusher.push([pusher.change('company', 'three', { a: filler(3 * MiB) })])).status).toBe(200);
        const grow = await pusher.push([pusher.change('company', 'three', { b: filler(1.5 * MiB) }, 'update')]);
        expect(grow.status).toBe(413);
        const stored = await withDatabase(storage, (h) =>
          h.db.read((sql) =>
            sql.get<{ data: string }>("SELECT data FROM records WHERE entity = 'company' AND entity_id = 'three'"),
          ),
        );
        expect(Object.keys(JSON.parse(stored!.data) as object)).toEqual(['a']);

        // The old oversized record: it may not grow, it may shrink, and it may be deleted.
        expect((await pusher.push([pusher.change('company', 'legacy', { city: 'Kranj' }, 'update')])).status).toBe(413);
        expect(
          (await pusher.push([pusher.change('company', 'legacy', { notes: filler(4.5 * MiB) }, 'update')])).status,
        ).toBe(200);
        expect((await pusher.push([pusher.change('company', 'legacy', {}, 'delete')])).status).toBe(200);

        // Each refusal is logged with its reason.
        const reasons = await withDatabase(storage, (h) =>
          h.db.read((sql) => sql.all<{ status: number; reason: string }>('SELECT status, reason FROM refusals')),
        );
        expect(reasons.filter((r) => r.status === 413)).toHaveLength(4);
        expect(hub.log.join('')).toMatch(/413 push .*company one/);
      });

      it('stores and pulls a record of exactly MAX_RECORD_BYTES, refuses one byte more; a page that ends at the limit says more: false', async () => {
        const storage = await freshStorage(engine.kind);
        const [token, officeToken] = await registerAccounts(storage, [
          { name: 'Kranj' },
          { name: 'Central office', role: 'office' },
        ]);
        hub = await startHub(storage);
        const pusher = new RawPusher(hub.url, token!, 'lcp-kranj');
        const sized = (id: string, bytes: number) => {
          const change = pusher.change('company', id, {});
          const overhead =
            Buffer.byteLength(JSON.stringify({ notes: '' })) + Buffer.byteLength(JSON.stringify({ notes: change.hlc }));
          change.fields = { notes: 'x'.repeat(bytes - overhead) };
          return change;
        };
        expect((await pusher.push([sized('over', MAX_RECORD_BYTES + 1)])).status).toBe(413);
        expect((await pusher.push([sized('edge', MAX_RECORD_BYTES)])).status).toBe(200);
        const reply = await hubCall(hub.url, officeToken!, 'GET', '/v1/changes?since=0&limit=1');
        const page = JSON.parse(reply.body) as { items: RemoteItem[]; more: boolean };
        expect(page.items.map(itemKey)).toEqual(['company/edge']);
        expect(page.more).toBe(false);
      });
    },
  );
}
