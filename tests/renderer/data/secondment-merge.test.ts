/**
 * Two contact points edit one secondment's Learning Project offline: their outbox changes, merged by
 * the protocol's field-level rule in either order, keep both edits to different parts, and a
 * same-part edit is reported as a loss (the Sync screen lists those), never dropped in silence.
 */
import { describe, expect, it } from 'vitest';
import { applyChange, EMPTY_STATE, type ChangeLike } from '../../../src-shared/protocol';
import type { LcpDatabase } from '../../../src-renderer/data/db';
import { createSecondment, saveLearningProject } from '../../../src-renderer/data/secondments';
import { createRecord } from '../../../src-renderer/data/writes';
import { freshDatabase } from './test-db';

const base = { languages: [], role: 'both' as const, status: 'seekingMatch' as const, consent: {}, tags: [] };

async function lastChange(db: LcpDatabase, id: string): Promise<ChangeLike> {
  const entries = await db.outbox.where('[entity+entityId]').equals(['secondment', id]).toArray();
  return entries.at(-1)!;
}

describe('a Learning Project edited on two laptops', () => {
  it('keeps both contact points’ edits to different parts, and reports the same part edited twice', async () => {
    const sendingSide = await freshDatabase();
    const hostSide = await freshDatabase();
    const sending = await createRecord(sendingSide, 'company', {
      ...base,
      legalName: 'Čokolada d.o.o.',
      country: 'HR',
    });
    const host = await createRecord(sendingSide, 'company', { ...base, legalName: 'Ελαιουργία Α.Ε.', country: 'GR' });
    const person = await createRecord(sendingSide, 'person', {
      companyId: sending.id,
      firstName: 'Željka',
      lastName: 'Šimić',
      role: 'employee',
      languages: [],
      candidate: true,
      consent: {},
    });
    const created = await createSecondment(sendingSide, {
      sendingCompanyId: sending.id,
      participantId: person.id,
      hostCompanyId: host.id,
      plannedStart: '2026-03-01',
      plannedEnd: '2026-05-31',
      mentorName: 'Eleni',
      disability: false,
    });
    const create = await lastChange(sendingSide, created.id);
    // The host's contact point holds the same record (as a sync pull leaves it).
    await hostSide.secondments.put({ ...created });

    // Offline, each side edits: the objectives on one laptop, the host's results on the other, the mentor on both.
    await saveLearningProject(sendingSide, created.id, {
      objectives: [{ text: 'Map 20 olive oil importers in Croatia', measure: 'A list of 20' }],
      mentorName: 'Eleni Papadopoulou',
    });
    const fromSending = await lastChange(sendingSide, created.id);
    await saveLearningProject(hostSide, created.id, {
      resultsHost: 'A first Croatian distributor',
      mentorName: 'Nikos Georgiou',
    });
    const fromHost = await lastChange(hostSide, created.id);
    expect(Object.keys(fromSending.fields).sort()).toEqual(['mentorName', 'objectives']);
    expect(Object.keys(fromHost.fields).sort()).toEqual(['mentorName', 'resultsHost']);

    const start = applyChange(EMPTY_STATE, create).state;
    const oneWay = applyChange(applyChange(start, fromSending).state, fromHost);
    const start2 = applyChange(EMPTY_STATE, create).state;
    const first = applyChange(start2, fromHost);
    const otherWay = applyChange(first.state, fromSending);

    for (const result of [oneWay, otherWay]) {
      expect(result.state.data['objectives']).toEqual([
        { text: 'Map 20 olive oil importers in Croatia', measure: 'A list of 20' },
      ]);
      expect(result.state.data['resultsHost']).toBe('A first Croatian distributor');
    }
    // The same field: one value wins, the same on every replica, and the other is reported.
    expect(oneWay.state.data['mentorName']).toBe(otherWay.state.data['mentorName']);
    // (Losses also list plain replacements of the created empty values; the edits themselves are what matter.)
    const losses = [...oneWay.incomingLost, ...oneWay.overwritten, ...otherWay.incomingLost, ...otherWay.overwritten];
    const names = ['Eleni Papadopoulou', 'Nikos Georgiou'];
    expect(
      losses.some(
        (loss) =>
          loss.field === 'mentorName' && names.includes(loss.lost as string) && names.includes(loss.kept as string),
      ),
    ).toBe(true);
    const editedValues = [fromSending.fields['objectives'], fromHost.fields['resultsHost']];
    expect(
      losses.filter((loss) => editedValues.some((value) => JSON.stringify(value) === JSON.stringify(loss.lost))),
    ).toEqual([]);
    sendingSide.close();
    hostSide.close();
  });
});
