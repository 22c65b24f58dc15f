import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { LcpDatabase } from '../../../src-renderer/data/db';
import { keyId, prefixKeys, wordKeys } from '../../../src-renderer/data/registry/company-index';
import { LATEST_VERSION, SCHEMA_VERSIONS } from '../../../src-renderer/data/schema';

/** A record for each table, as a database of that version could hold it. */
function seedFor(table: string, index: number): Record<string, unknown> {
  const id = `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
  switch (table) {
    case 'outbox':
      return {
        changeId: id,
        entity: 'company',
        entityId: id,
        op: 'create',
        fields: { legalName: 'x' },
        at: '2026-01-01T00:00:00.000Z',
        hlc: '',
        lcpId: 'lcp',
      };
    case 'tombstones':
      return { entity: 'person', entityId: id, deletedAt: '2026-01-01T00:00:00.000Z', reason: 'erased', lcpId: 'lcp' };
    case 'recordClocks':
      return {
        entity: 'company',
        entityId: id,
        clocks: { legalName: '2026-01-01T00:00:00.000Z-00000-n' },
        editedBy: 'office',
        editedAt: '2026-01-01T00:00:00.000Z',
      };
    case 'syncConflicts':
      return {
        id,
        entity: 'company',
        entityId: id,
        field: 'city',
        mine: 'a',
        theirs: 'b',
        theirHlc: '',
        reason: 'newerEdit',
        source: 'pull',
        detectedAt: '2026-01-01T00:00:00.000Z',
        open: 1,
      };
    case 'consortiumCompanies':
      return {
        id,
        owner: 'other-lcp',
        country: 'IE',
        data: { legalName: `Shared ${index}` },
        hlc: '',
        receivedAt: '2026-01-01T00:00:00.000Z',
      };
    case 'settings':
    case 'meta':
      return { key: `key-${index}`, value: { n: index } };
    default:
      return {
        id,
        lcpId: 'lcp',
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
        legalName: `Company ${index}`,
        country: 'SI',
        status: 'lead',
        companyId: id,
        agreementId: id,
        reference: `REF-${index}`,
        date: '2026-05-01',
        sendingCompanyId: id,
        hostCompanyId: id,
        participantId: id,
        sendingCountry: 'SI',
        hostCountry: 'HR',
        startDate: '2026-05-01',
        languages: [],
        tags: [],
        consent: {},
        name: `Event ${index}`,
        eventId: 'event-1',
        interviewer: 'Ana Horvat',
        startedAt: '2026-01-01T00:00:00.000Z',
        answers: {},
      };
  }
}

describe('schema migrations', () => {
  it('declares versions in increasing order', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
    expect(new Set(versions).size).toBe(versions.length);
  });

  for (const step of SCHEMA_VERSIONS) {
    it(`opens a database created at version ${step.version} at version ${LATEST_VERSION} without losing a record`, async () => {
      const name = `migration-${step.version}-${crypto.randomUUID()}`;
      const old = new LcpDatabase(name, step.version);
      await old.open();
      const seeded: Record<string, number> = {};
      let index = 1;
      for (const table of old.tables) {
        const rows = [seedFor(table.name, index++), seedFor(table.name, index++)];
        if (table.name === 'companyWords')
          await table.bulkAdd([0, 0], [`0\u0001word${index}\u0001a\u0001x`, `0\u0001word${index}\u0001b\u0001y`]);
        else await table.bulkAdd(rows);
        seeded[table.name] = rows.length;
      }
      old.close();

      const upgraded = new LcpDatabase(name);
      await upgraded.open();
      expect(upgraded.verno).toBe(LATEST_VERSION);
      for (const [table, count] of Object.entries(seeded)) {
        // A table dropped by a later version would have to say so here. The word index is derived:
        // version 6 builds it again from the companies, version 8 adds their prefix rows.
        const companies = await upgraded.companies.toArray();
        const expected =
          table !== 'companyWords'
            ? count
            : step.version < 6
              ? companies.flatMap((c) => wordKeys(c)).length
              : step.version < 8
                ? count + companies.flatMap((c) => prefixKeys(c)).length
                : count;
        expect(await upgraded.table(table).count(), table).toBe(expected);
      }
      // Rows seeded before version 3 are reachable through its indexes.
      expect(await upgraded.interviews.where('interviewer').equals('Ana Horvat').count()).toBe(seeded['interviews']);
      expect(await upgraded.interviews.where('[eventId+status]').equals(['event-1', 'lead']).count()).toBe(
        seeded['interviews'],
      );
      upgraded.close();
      await Dexie.delete(name);
    });
  }
});

describe('version 2 (registry search index)', () => {
  it('fills the search words of companies that existed before, with their people', async () => {
    const name = `migration-v2-${crypto.randomUUID()}`;
    const old = new LcpDatabase(name, 1);
    await old.open();
    await old.table('companies').add({ ...seedFor('companies', 1), legalName: 'Нови Сад Софтвер', city: 'Нови Сад' });
    await old.table('people').add({
      ...seedFor('people', 2),
      companyId: seedFor('companies', 1)['id'],
      firstName: 'Đorđe',
      lastName: 'Šarić',
    });
    old.close();
    const upgraded = new LcpDatabase(name);
    await upgraded.open();
    const [key] = await upgraded.companyWords.where(':id').between('0\u0001saric', '0\u0001saric\uffff').primaryKeys();
    const company = await upgraded.companies.get(keyId(key!));
    expect(company).toMatchObject({ nameKey: 'novi sad softver', archived: 0 });
    expect(company!.searchWords).toEqual(expect.arrayContaining(['novi', 'sad', 'softver', 'dorde', 'saric']));
    upgraded.close();
    await Dexie.delete(name);
  });
});

describe('version 7 (secondments)', () => {
  it('adds the secondments table to a version 6 database, its records kept, the list indexes usable', async () => {
    const name = `migration-v7-${crypto.randomUUID()}`;
    const old = new LcpDatabase(name, 6);
    await old.open();
    expect(old.tables.map((t) => t.name)).not.toContain('secondments');
    await old.table('companies').add({ ...seedFor('companies', 1), legalName: 'Čokolada d.o.o.' });
    await old.table('agreements').add(seedFor('agreements', 2));
    old.close();

    const upgraded = new LcpDatabase(name);
    await upgraded.open();
    expect(upgraded.verno).toBe(LATEST_VERSION);
    expect(await upgraded.companies.count()).toBe(1);
    expect(await upgraded.agreements.count()).toBe(1);
    expect(await upgraded.secondments.count()).toBe(0);
    await upgraded.table('secondments').add({
      ...seedFor('secondments', 3),
      status: 'planned',
      plannedStart: '2026-03-01',
      plannedEnd: '2026-05-31',
    });
    expect(await upgraded.secondments.where('[sendingCountry+hostCountry]').equals(['SI', 'HR']).count()).toBe(1);
    expect(await upgraded.secondments.where('status').equals('planned').count()).toBe(1);
    expect(await upgraded.secondments.where('plannedStart').equals('2026-03-01').count()).toBe(1);
    upgraded.close();
    await Dexie.delete(name);
  });
});
