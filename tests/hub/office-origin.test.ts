/**
 * The central office's own edits are recorded with its origin (`office:<account name>`) and its
 * pulls leave them out, as a contact point's pulls leave out its own. Real hub process, both engines.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { freshStorage, PG_SKIP_REASON, startHub, type RunningHub } from './hub-process';
import { companyFields, pullAll, RawPusher, registerAccounts } from './raw-hub';

const ENGINES = [
  { kind: 'sqlite' as const, skip: '' },
  { kind: 'postgres' as const, skip: PG_SKIP_REASON },
];

for (const engine of ENGINES) {
  describe.skipIf(Boolean(engine.skip))(
    `the office's own edits (${engine.kind}${engine.skip ? `: skipped, ${engine.skip}` : ''})`,
    { timeout: 120_000 },
    () => {
      let hub: RunningHub | undefined;
      afterEach(async () => {
        await hub?.stop();
        hub = undefined;
      });

      it('never come back to the office in its pulls, and reach the contact point that owns the record', async () => {
        const storage = await freshStorage(engine.kind);
        const [kranjToken, officeToken] = await registerAccounts(storage, [
          { name: 'Kranj' },
          { name: 'Central office', role: 'office' },
        ]);
        hub = await startHub(storage);
        const kranj = new RawPusher(hub.url, kranjToken!, 'lcp-kranj');
        const office = new RawPusher(hub.url, officeToken!, 'lcp-office-desk');
        expect(
          (await kranj.push([kranj.change('company', 'alpine', companyFields('Alpine Tools', true))])).status,
        ).toBe(200);
        const first = await pullAll(hub.url, officeToken!, 0);
        expect(first.items.map((i) => i.entityId)).toEqual(['alpine']);
        const kranjCursor = (await pullAll(hub.url, kranjToken!, 0)).cursor;

        // The office edits Kranj's company and creates a record for Kranj.
        const edit = office.change('company', 'alpine', { city: 'Kranj (Gorenjska)' }, 'update');
        edit.lcpId = 'lcp-kranj';
        const created = office.change('event', 'fair-2026', { name: 'Fair 2026' });
        created.lcpId = 'lcp-kranj';
        expect((await office.push([edit, created])).status).toBe(200);

        const again = await pullAll(hub.url, officeToken!, first.cursor);
        expect(again.items).toEqual([]);
        expect(again.cursor).toBeGreaterThan(first.cursor);

        const atKranj = await pullAll(hub.url, kranjToken!, kranjCursor);
        expect(atKranj.items.map((i) => [i.entityId, i.kind, 'editedBy' in i ? i.editedBy : null])).toEqual([
          ['alpine', 'record', 'office:Central office'],
          ['fair-2026', 'record', 'office:Central office'],
        ]);

        // Kranj's next edit reaches the office again.
        expect((await kranj.push([kranj.change('company', 'alpine', { city: 'Kranj' }, 'update')])).status).toBe(200);
        expect((await pullAll(hub.url, officeToken!, again.cursor)).items.map((i) => i.entityId)).toEqual(['alpine']);
      });
    },
  );
}
