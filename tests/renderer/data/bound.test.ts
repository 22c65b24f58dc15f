import { describe, expect, it } from 'vitest';
import { bindDatabase } from '../../../src-renderer/data/bound';
import { createRecord } from '../../../src-renderer/data/writes';
import { freshDatabase } from './test-db';

describe('bindDatabase', () => {
  it('gives data functions their database, so callers never hold it', async () => {
    const db = await freshDatabase();
    const writers = bindDatabase(db, {
      createEvent: (d: typeof db, name: string) => createRecord(d, 'event', { name, date: '2026-05-01' }),
    });
    const event = await writers.createEvent('Agrotica');
    expect((await db.events.get(event.id))?.name).toBe('Agrotica');
    await db.delete();
  });
});
