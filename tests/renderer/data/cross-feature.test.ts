import { afterEach, describe, expect, it } from 'vitest';
import type { LcpDatabase } from '../../../src-renderer/data/db';
import { createEvent, setCurrentEvent } from '../../../src-renderer/data/events';
import { createCandidate, createQuickCompany } from '../../../src-renderer/data/interviews';
import { createCompany } from '../../../src-renderer/data/registry/company-writes';
import { searchCompanyIds } from '../../../src-renderer/data/registry/company-search';
import { applyPage } from '../../../src-renderer/data/sync/pull';
import { freshDatabase } from './test-db';

/** Where features meet: interviews and sync write companies the registry must still find. */
let db: LcpDatabase;
afterEach(async () => {
  await db?.delete();
});

const search = async (text: string) => (await searchCompanyIds(db, { text, filters: {}, sort: 'name' })).ids;

describe('records written by other features stay searchable', () => {
  it('a quick company from an interview is found by its name and its contact, tagged with the current event', async () => {
    db = await freshDatabase();
    const event = await createEvent(db, { name: 'Agrotica 2026', date: '2026-02-05', place: 'Θεσσαλονίκη' });
    await setCurrentEvent(db, event.id);
    const { company, contact } = await createQuickCompany(db, {
      legalName: 'Ελαιουργία Θεσσαλίας',
      country: 'GR',
      contactFirstName: 'Νίκος',
      contactLastName: 'Γεωργίου',
    });
    expect(company.eventId).toBe(event.id);
    expect(contact.eventId).toBe(event.id);
    expect(await search('θεσσαλια')).toEqual([company.id]);
    expect(await search('γεωργιου')).toEqual([company.id]);
    await createCandidate(db, company.id, {
      firstName: 'Eleni',
      lastName: 'Papadaki',
      languages: [],
      role: 'employee',
    });
    expect(await search('papadaki')).toEqual([company.id]);
  });

  it('a company renamed by the central office is found by its new name only', async () => {
    db = await freshDatabase();
    const company = await createCompany(db, {
      legalName: 'Old Name d.o.o.',
      country: 'HR',
      city: 'Čakovec',
      languages: [],
      role: 'send',
      status: 'lead',
      consent: {},
      tags: [],
    });
    expect(await search('old')).toEqual([company.id]);
    await applyPage(
      db,
      {
        items: [
          {
            kind: 'record',
            entity: 'company',
            entityId: company.id,
            owner: company.lcpId,
            editedBy: 'central-office',
            data: { legalName: 'Međimurje Presses d.o.o.' },
            clocks: { legalName: '2099-01-01T00:00:00.000Z-00000-office' },
          },
        ],
        cursor: 1,
        more: false,
      },
      new Date('2026-03-01T00:00:00Z'),
    );
    expect((await db.companies.get(company.id))?.legalName).toBe('Međimurje Presses d.o.o.');
    expect(await search('medimurje')).toEqual([company.id]);
    expect(await search('old')).toEqual([]);
    expect(await search('cakovec')).toEqual([company.id]);
  });
});
