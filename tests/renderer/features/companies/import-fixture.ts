import { Blob as NodeBlob, File as NodeFile } from 'node:buffer';
import { vi } from 'vitest';
import type { LcpDatabase } from '../../../../src-renderer/data/db';
import { createCompany } from '../../../../src-renderer/data/registry/company-writes';

/** A picked file as the page gets it (Node's File under jsdom: the one fake-indexeddb and TextDecoder take). */
export function csvFile(text: string, name = 'companies.csv'): File {
  vi.stubGlobal('Blob', NodeBlob);
  vi.stubGlobal('File', NodeFile);
  return new NodeFile([text], name, { type: 'text/csv' }) as unknown as File;
}

/** A registered company the file names again (a likely duplicate). */
export function registerOlivePresses(db: LcpDatabase) {
  return createCompany(db, {
    legalName: 'Larisa Olive Presses S.A.',
    country: 'GR',
    city: 'Larisa',
    role: 'send',
    status: 'lead',
    languages: [],
    tags: [],
    consent: {},
  });
}

/**
 * Rows as a spreadsheet numbers them (the header is row 1): row 2 new, row 3 names the registered
 * company, row 4 has no valid country, row 5 repeats row 2. Headers are the UI's English field labels.
 */
export const CSV = [
  'Legal name;Country;City;Staff headcount',
  'Čokolada d.o.o.;HR;Zagreb;12',
  'Larisa Olive Presses S.A.;GR;Volos;40',
  'Nowhere Ltd;XX;;3',
  'Čokolada d.o.o.;HR;Split;8',
].join('\n');
