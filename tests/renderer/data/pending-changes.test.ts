import { afterEach, describe, expect, it } from 'vitest';
import type { LcpDatabase } from '../../../src-renderer/data/db';
import { pendingChanges, SYNC_CURSOR_KEY } from '../../../src-renderer/data/usePendingChanges';
import { saveSetting } from '../../../src-renderer/data/writes';
import { freshDatabase } from './test-db';

let db: LcpDatabase;
afterEach(async () => {
  await db?.delete();
});

describe('pendingChanges', () => {
  it('counts the changes above the sync cursor', async () => {
    db = await freshDatabase();
    expect(await pendingChanges(db)).toBe(0);
    for (let i = 0; i < 5; i++) await saveSetting(db, `k${i}`, i);
    expect(await pendingChanges(db)).toBe(5);
    await db.meta.put({ key: SYNC_CURSOR_KEY, value: 3 });
    expect(await pendingChanges(db)).toBe(2);
  });

  it('reads a large backlog from the sequence numbers', async () => {
    db = await freshDatabase();
    const entries = Array.from({ length: 6000 }, (_, i) => ({
      changeId: `c${i}`,
      entity: 'settings' as const,
      entityId: `k${i}`,
      op: 'create' as const,
      fields: {},
      at: '',
      hlc: '',
      lcpId: '',
    }));
    await db.outbox.bulkAdd(entries);
    expect(await pendingChanges(db)).toBe(6000);
    await db.meta.put({ key: SYNC_CURSOR_KEY, value: 5990 });
    expect(await pendingChanges(db)).toBe(10);
  });
});
