import type { LcpDatabase } from '../db';

/** Someone looked at the conflict: it leaves the list (it stays stored, acknowledged). */
export async function acknowledgeConflict(db: LcpDatabase, id: string, now: Date): Promise<void> {
  await db.transaction('rw', db.syncConflicts, async () => {
    const conflict = await db.syncConflicts.get(id);
    if (!conflict || conflict.open === 0) return;
    await db.syncConflicts.put({ ...conflict, open: 0, acknowledgedAt: now.toISOString() });
  });
}

export async function acknowledgeAllConflicts(db: LcpDatabase, now: Date): Promise<void> {
  await db.transaction('rw', db.syncConflicts, async () => {
    const open = await db.syncConflicts.where('open').equals(1).toArray();
    await db.syncConflicts.bulkPut(open.map((c) => ({ ...c, open: 0 as const, acknowledgedAt: now.toISOString() })));
  });
}
