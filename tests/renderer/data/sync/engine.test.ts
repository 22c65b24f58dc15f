/** The sync engine against a scripted transport: cursor moves in one write; pulled records merge; conflicts are kept. */
import { describe, expect, it } from 'vitest';
import { takeBatch, type PushRequest } from '../../../../src-shared/protocol';
import { pendingCount, runSync } from '../../../../src-renderer/data/sync/engine';
import { nextBatch } from '../../../../src-renderer/data/sync/push';
import type { HubTransport } from '../../../../src-renderer/data/sync/types';
import { createRecord, updateRecord } from '../../../../src-renderer/data/writes';
import { freshDatabase } from '../test-db';

const company = {
  legalName: 'Alpine Tools',
  country: 'SI',
  languages: [],
  role: 'both' as const,
  status: 'registered' as const,
  consent: {},
  tags: [],
};

describe('sync engine', () => {
  it('cuts batches by count and by bytes', async () => {
    const db = await freshDatabase();
    for (let i = 0; i < 7; i++) await createRecord(db, 'company', { ...company, legalName: `C${i}` });
    expect((await nextBatch(db, { maxChanges: 3, maxBytes: 1e6 }))!.changes.map((c) => c.seq)).toEqual([1, 2, 3]);
    const all = (await nextBatch(db, { maxChanges: 100, maxBytes: 1e6 }))!.changes;
    expect(takeBatch('n', all, { maxChanges: 100, maxBytes: 1000 })!.changes.length).toBeLessThan(7);
    expect(takeBatch('n', all, { maxChanges: 100, maxBytes: 1 })!.changes).toHaveLength(1);
  });

  it('acknowledges a whole batch with one cursor write, and stores the conflicts the hub reports', async () => {
    const db = await freshDatabase();
    const created = await createRecord(db, 'company', company);
    await updateRecord(db, 'company', created.id, { city: 'Kranj' });
    const sent: PushRequest[] = [];
    const transport: HubTransport = async (request) => {
      if (request.method === 'GET') return { status: 200, body: JSON.stringify({ items: [], cursor: 0, more: false }) };
      const batch = JSON.parse(request.body!) as PushRequest;
      sent.push(batch);
      const conflicts = [
        {
          changeId: batch.changes[1]!.changeId,
          entity: 'company',
          entityId: created.id,
          field: 'city',
          mine: 'Kranj',
          theirs: 'Bled',
          theirHlc: 'x',
          reason: 'newerEdit',
        },
      ];
      return {
        status: 200,
        body: JSON.stringify({ batchId: batch.batchId, applied: 2, duplicates: 0, ackedSeq: 2, conflicts }),
      };
    };
    await runSync(db, transport);
    expect(sent).toHaveLength(1);
    expect(await pendingCount(db)).toBe(0);
    expect(await db.outbox.count()).toBe(2);
    expect(await db.syncConflicts.where('open').equals(1).toArray()).toMatchObject([
      { field: 'city', mine: 'Kranj', theirs: 'Bled', source: 'push' },
    ]);
  });

  it('keeps the cursor and records the error in plain terms when the hub refuses', async () => {
    const db = await freshDatabase();
    await createRecord(db, 'company', company);
    await expect(
      runSync(db, async () => ({ status: 401, body: '{"error":"unauthorized","message":"no"}' })),
    ).rejects.toMatchObject({ code: 'unauthorized' });
    expect(await pendingCount(db)).toBe(1);
    expect((await db.meta.get('sync.lastError'))?.value).toMatchObject({ code: 'unauthorized' });
    await expect(runSync(db, async () => ({ status: 200, body: 'not json' }))).rejects.toMatchObject({
      code: 'protocol',
    });
    await expect(runSync(db, async () => ({ status: 0, body: '' }))).rejects.toMatchObject({ code: 'offline' });
    await expect(runSync(db, async () => Promise.reject(new TypeError('Failed to fetch')))).rejects.toMatchObject({
      code: 'offline',
    });
  });

  it('tells a hub that does not answer (refused, timed out, 502/503/504) apart from having no network', async () => {
    const db = await freshDatabase();
    await createRecord(db, 'company', company);
    const refused = JSON.stringify({
      error: 'unreachable',
      reason: 'hubDown',
      message: 'connect ECONNREFUSED 10.0.0.5:443',
    });
    await expect(runSync(db, async () => ({ status: 0, body: refused }))).rejects.toMatchObject({ code: 'hubDown' });
    for (const status of [502, 503, 504])
      await expect(runSync(db, async () => ({ status, body: '' }))).rejects.toMatchObject({ code: 'hubDown' });
    expect((await db.meta.get('sync.lastError'))?.value).toMatchObject({ code: 'hubDown' });
    const noNetwork = JSON.stringify({
      error: 'unreachable',
      reason: 'offline',
      message: 'getaddrinfo EAI_AGAIN hub.example.eu',
    });
    await expect(runSync(db, async () => ({ status: 0, body: noNetwork }))).rejects.toMatchObject({ code: 'offline' });
    expect(await pendingCount(db)).toBe(1);
  });

  it('remembers the last run that sent something; a run with nothing to send leaves it', async () => {
    const db = await freshDatabase();
    for (let i = 0; i < 3; i++) await createRecord(db, 'company', { ...company, legalName: `C${i}` });
    const transport: HubTransport = async (request) => {
      if (request.method === 'GET') return { status: 200, body: JSON.stringify({ items: [], cursor: 0, more: false }) };
      const batch = JSON.parse(request.body!) as PushRequest;
      return {
        status: 200,
        body: JSON.stringify({
          batchId: batch.batchId,
          applied: batch.changes.length,
          duplicates: 0,
          ackedSeq: batch.changes.at(-1)!.seq,
          conflicts: [],
        }),
      };
    };
    expect(await runSync(db, transport, { now: () => new Date('2026-05-04T10:00:00Z') })).toMatchObject({ pushed: 3 });
    expect(await runSync(db, transport, { now: () => new Date('2026-05-04T10:05:00Z') })).toMatchObject({
      pushed: 0,
      batches: 0,
    });
    expect((await db.meta.get('sync.lastPush'))?.value).toEqual({ sent: 3, at: '2026-05-04T10:00:00.000Z' });
  });

  it('merges a record edited by the central office, lists the overwritten pending edit, and keeps received data out of the outbox', async () => {
    const db = await freshDatabase();
    const created = await createRecord(db, 'company', company, () => new Date('2026-01-01T00:00:00Z'));
    const lcpId = created.lcpId;
    await runSync(db, async (request) =>
      request.method === 'POST'
        ? {
            status: 200,
            body: JSON.stringify({
              batchId: (JSON.parse(request.body!) as PushRequest).batchId,
              applied: 1,
              duplicates: 0,
              ackedSeq: 1,
              conflicts: [],
            }),
          }
        : { status: 200, body: JSON.stringify({ items: [], cursor: 0, more: false }) },
    );
    await updateRecord(db, 'company', created.id, { city: 'Kranj' }, () => new Date('2026-01-02T00:00:00Z'));
    const item = {
      kind: 'record',
      entity: 'company',
      entityId: created.id,
      owner: lcpId,
      editedBy: 'office:central',
      data: { city: 'Bled', website: 'https://alpine.si' },
      clocks: { city: '2026-01-03T00:00:00.000Z-00000-office', website: '2026-01-03T00:00:00.000Z-00000-office' },
    };
    const pull: HubTransport = async (request) =>
      request.method === 'GET'
        ? { status: 200, body: JSON.stringify({ items: [item], cursor: 9, more: false }) }
        : { status: 503, body: '' };
    // The pending local edit cannot be pushed (hub refuses), but pulling alone is tested through the page applier:
    const { applyPage } = await import('../../../../src-renderer/data/sync/pull');
    await applyPage(
      db,
      JSON.parse((await pull({ method: 'GET', path: '/v1/changes?since=0&limit=1' })).body) as never,
      new Date('2026-01-04T00:00:00Z'),
    );
    expect(await db.companies.get(created.id)).toMatchObject({
      city: 'Bled',
      website: 'https://alpine.si',
      legalName: 'Alpine Tools',
    });
    expect(await db.syncConflicts.toArray()).toMatchObject([
      { field: 'city', mine: 'Kranj', theirs: 'Bled', source: 'pull' },
    ]);
    expect(await db.outbox.count()).toBe(2);
    expect((await db.meta.get('sync.pullCursor'))?.value).toBe(9);
    // The local clock moved past the office's, so the next local edit wins over it.
    const next = await updateRecord(
      db,
      'company',
      created.id,
      { city: 'Kranj again' },
      () => new Date('2026-01-01T00:00:00Z'),
    );
    const entry = await db.outbox.orderBy('seq').last();
    expect(next.changed).toBe(true);
    expect(entry!.hlc > item.clocks.city).toBe(true);
  });
});
