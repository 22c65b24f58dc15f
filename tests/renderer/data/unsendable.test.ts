import { afterEach, describe, expect, it } from 'vitest';
import type { LcpDatabase } from '../../../src-renderer/data/db';
import { saveInterviewDraft, startInterview } from '../../../src-renderer/data/interviews';
import { createCompany } from '../../../src-renderer/data/registry/company-writes';
import * as writes from '../../../src-renderer/data/writes';
import { createRecord, saveSetting, updateRecord } from '../../../src-renderer/data/writes';
import { MAX_FIELD_DEPTH, MAX_RECORD_BYTES } from '../../../src-shared/protocol';
import { freshDatabase } from './test-db';

let db: LcpDatabase;
afterEach(async () => {
  await db?.delete();
});

const company = {
  legalName: 'Tera Tehnopolis d.o.o.',
  country: 'HR',
  languages: ['hr'],
  role: 'both' as const,
  status: 'lead' as const,
  consent: {},
  tags: [],
};

/** A rich-text document nesting `levels` lists inside each other: 4 × levels + 5 arrays and objects deep. */
function nestedNotes(levels: number): unknown {
  let node: unknown = { type: 'paragraph', content: [{ type: 'text', text: 'deep' }] };
  for (let i = 0; i < levels; i++) node = { type: 'bulletList', content: [{ type: 'listItem', content: [node] }] };
  return { type: 'doc', content: [node] };
}

const bigText = (bytes: number) => 'Ž'.repeat(Math.ceil(bytes / 2));

describe('a write the hub would refuse for ever is refused before it enters the outbox', () => {
  it('an interview autosave over the record limit (4 MiB of UTF-8 JSON): typed error, nothing stored', async () => {
    db = await freshDatabase();
    const registered = await createCompany(db, company);
    const interview = await startInterview(db, { companyId: registered.id, interviewer: 'Ana' });
    const outbox = await db.outbox.count();
    // 2.2 M characters, 4.4 MB as UTF-8: below the limit counted in UTF-16 units, above it in bytes.
    const notes = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: bigText(MAX_RECORD_BYTES + 100_000) }] }],
    };
    const error = await saveInterviewDraft(db, interview.id, { notes }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(writes.UnsendableRecordError);
    expect(error).toMatchObject({ reason: 'tooLarge', entity: 'interview', messageKey: 'status.recordTooLarge' });
    expect(await db.outbox.count()).toBe(outbox);
    expect((await db.interviews.get(interview.id))?.notes).toBeUndefined();
    // Just under the limit is saved.
    expect(
      await saveInterviewDraft(db, interview.id, {
        notes: {
          type: 'doc',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: bigText(MAX_RECORD_BYTES - 100_000) }] }],
        },
      }),
    ).toBe(true);
  }, 30_000);

  it('a value nesting deeper than MAX_FIELD_DEPTH', async () => {
    db = await freshDatabase();
    const registered = await createCompany(db, company);
    const interview = await startInterview(db, { companyId: registered.id, interviewer: 'Ana' });
    const outbox = await db.outbox.count();
    await expect(
      updateRecord(db, 'interview', interview.id, { notes: nestedNotes(MAX_FIELD_DEPTH / 4) }),
    ).rejects.toMatchObject({ reason: 'tooDeep', messageKey: 'status.recordTooDeep' });
    expect(await db.outbox.count()).toBe(outbox);
    expect(await saveInterviewDraft(db, interview.id, { notes: nestedNotes(MAX_FIELD_DEPTH / 4 - 2) })).toBe(true);
  }, 30_000);

  it('a new record and a synced setting (a logo) over the limit', async () => {
    db = await freshDatabase();
    await expect(
      createRecord(db, 'company', { ...company, tags: [bigText(MAX_RECORD_BYTES + 10)] }),
    ).rejects.toMatchObject({ reason: 'tooLarge' });
    await expect(
      saveSetting(db, 'contactPoint.logo', { bytes: new Uint8Array(3.2 * 1024 * 1024) }),
    ).rejects.toMatchObject({ reason: 'tooLarge', entity: 'settings' });
    expect(await db.companies.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    // A 1 MiB logo is fine: bytes count as their base64 text, not as JSON's numbered object.
    expect(await saveSetting(db, 'contactPoint.logo', { bytes: new Uint8Array(1024 * 1024) })).toBe(true);
  }, 30_000);
});
