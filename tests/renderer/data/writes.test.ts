import { afterEach, describe, expect, it } from 'vitest';
import type { LcpDatabase } from '../../../src-renderer/data/db';
import {
  createRecord,
  deleteRecord,
  RecordNotFoundError,
  saveSetting,
  updateRecord,
} from '../../../src-renderer/data/writes';
import type { Company } from '../../../src-renderer/domain/model';
import { parseHlc } from '../../../src-shared/protocol';
import { freshDatabase } from './test-db';

let db: LcpDatabase;
afterEach(async () => {
  await db?.delete();
});

const company = (legalName: string): Omit<Company, 'id' | 'lcpId' | 'createdAt' | 'updatedAt'> => ({
  legalName,
  country: 'HR',
  city: 'Čakovec',
  languages: ['hr', 'en'],
  role: 'send',
  status: 'lead',
  consent: {},
  tags: [],
});

const fixedClock = (iso: string) => () => new Date(iso);

describe('createRecord', () => {
  it('stores the record and its outbox entry together', async () => {
    db = await freshDatabase();
    const lcpId = (await db.meta.get('lcpId'))?.value;
    const created = await createRecord(
      db,
      'company',
      company('Međimurje Tech d.o.o.'),
      fixedClock('2026-03-01T10:00:00Z'),
    );
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created).toMatchObject({
      lcpId,
      createdAt: '2026-03-01T10:00:00.000Z',
      updatedAt: '2026-03-01T10:00:00.000Z',
    });
    expect(await db.companies.get(created.id)).toEqual(created);
    const entries = await db.outbox.toArray();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ entity: 'company', entityId: created.id, op: 'create', seq: 1, lcpId });
    expect(entries[0]!.fields).toMatchObject({ legalName: 'Međimurje Tech d.o.o.', country: 'HR', city: 'Čakovec' });
    expect(entries[0]!.fields).not.toHaveProperty('updatedAt');
    expect(parseHlc(entries[0]!.hlc)?.wallMs).toBe(Date.parse('2026-03-01T10:00:00Z'));
  });

  it('leaves neither record nor outbox entry when the write fails', async () => {
    db = await freshDatabase();
    const first = await createRecord(db, 'company', company('First'));
    await expect(createRecord(db, 'company', { ...company('Clash'), id: first.id })).rejects.toThrow();
    expect(await db.companies.count()).toBe(1);
    expect(await db.outbox.count()).toBe(1);
    expect((await db.companies.get(first.id))?.legalName).toBe('First');
  });

  it('numbers changes with a monotonic sequence and ordered clock even if the wall clock goes back', async () => {
    db = await freshDatabase();
    await createRecord(db, 'company', company('A'), fixedClock('2026-03-01T10:00:00Z'));
    await createRecord(db, 'company', company('B'), fixedClock('2026-03-01T09:00:00Z'));
    await createRecord(db, 'company', company('C'), fixedClock('2026-03-01T09:30:00Z'));
    const entries = await db.outbox.orderBy('seq').toArray();
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3]);
    const clocks = entries.map((e) => e.hlc);
    expect([...clocks].sort()).toEqual(clocks);
    expect(new Set(entries.map((e) => e.changeId)).size).toBe(3);
  });
});

describe('updateRecord', () => {
  it('records only the fields that changed', async () => {
    db = await freshDatabase();
    const created = await createRecord(db, 'company', company('Old name'), fixedClock('2026-03-01T10:00:00Z'));
    const { record, changed } = await updateRecord(
      db,
      'company',
      created.id,
      { legalName: 'New name', city: 'Čakovec', tags: [] },
      fixedClock('2026-03-02T10:00:00Z'),
    );
    expect(changed).toBe(true);
    expect(record.updatedAt).toBe('2026-03-02T10:00:00.000Z');
    const last = await db.outbox.orderBy('seq').last();
    expect(last).toMatchObject({ op: 'update', fields: { legalName: 'New name' } });
    expect(Object.keys(last!.fields)).toEqual(['legalName']);
  });

  it('writes nothing when nothing changed', async () => {
    db = await freshDatabase();
    const created = await createRecord(db, 'company', company('Same'));
    const { changed, record } = await updateRecord(db, 'company', created.id, {
      legalName: 'Same',
      languages: ['hr', 'en'],
    });
    expect(changed).toBe(false);
    expect(record.updatedAt).toBe(created.updatedAt);
    expect(await db.outbox.count()).toBe(1);
  });

  it('records a removed optional field as null', async () => {
    db = await freshDatabase();
    const created = await createRecord(db, 'company', company('With city'));
    await updateRecord(db, 'company', created.id, { city: undefined });
    expect((await db.companies.get(created.id))?.city).toBeUndefined();
    expect((await db.outbox.orderBy('seq').last())?.fields).toEqual({ city: null });
  });

  it('refuses an unknown record without writing', async () => {
    db = await freshDatabase();
    await expect(updateRecord(db, 'company', 'missing', { legalName: 'x' })).rejects.toBeInstanceOf(
      RecordNotFoundError,
    );
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('deleteRecord', () => {
  it('removes the record, leaves a tombstone and queues the deletion', async () => {
    db = await freshDatabase();
    const created = await createRecord(db, 'company', company('Gone'));
    await deleteRecord(db, 'company', created.id, 'erased');
    expect(await db.companies.get(created.id)).toBeUndefined();
    expect(await db.tombstones.get(['company', created.id])).toMatchObject({ reason: 'erased' });
    expect(await db.outbox.orderBy('seq').last()).toMatchObject({ op: 'erase', entityId: created.id, fields: {} });
  });
});

describe('saveSetting', () => {
  it('stores a setting with its change, and skips unchanged values', async () => {
    db = await freshDatabase();
    expect(await saveSetting(db, 'contactPoint.profile', { organisationName: 'BSC Kranj' })).toBe(true);
    expect(await saveSetting(db, 'contactPoint.profile', { organisationName: 'BSC Kranj' })).toBe(false);
    expect(await db.outbox.count()).toBe(1);
    expect(await saveSetting(db, 'ui.language', 'sl', { sync: false })).toBe(true);
    expect(await db.outbox.count()).toBe(1);
    expect((await db.settings.get('ui.language'))?.value).toBe('sl');
  });

  it('carries bytes as base64 so the outbox stays JSON', async () => {
    db = await freshDatabase();
    await saveSetting(db, 'contactPoint.logo', { mimeType: 'image/png', bytes: new Uint8Array([1, 2, 3]) });
    const entry = await db.outbox.orderBy('seq').last();
    expect(entry?.fields).toEqual({ value: { bytes: { $base64: 'AQID' }, mimeType: 'image/png' } });
    expect((await db.settings.get('contactPoint.logo'))?.value).toMatchObject({ bytes: new Uint8Array([1, 2, 3]) });
  });
});
