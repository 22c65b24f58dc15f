import { LcpDatabase } from '../../../src-renderer/data/db';
import { ensureIdentity } from '../../../src-renderer/data/identity';

/** Every test gets its own database (fake-indexeddb, in memory). */
export async function freshDatabase(upToVersion?: number): Promise<LcpDatabase> {
  const db = new LcpDatabase(`test-${crypto.randomUUID()}`, upToVersion);
  await db.open();
  await ensureIdentity(db);
  return db;
}
