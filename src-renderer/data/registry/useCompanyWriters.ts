/** The registry's writers and one-off reads, with the database bound (components never hold it). */
import type { Company } from '../../domain/model';
import { writersHook } from '../bound';
import type { LcpDatabase } from '../db';
import { importCompanies, importDuplicates } from './company-import';
import { deleteCompany, eraseCompany } from './company-removal';
import { companiesByIds, searchCompanyIds, type CompanyQuery } from './company-search';
import {
  checkDuplicates,
  createCompany,
  erasePerson,
  removePerson,
  savePerson,
  setCompanyArchived,
  updateCompany,
} from './company-writes';

/** Every company the query matches, in the list's order (the export of the filtered list). */
export async function readCompaniesForExport(db: LcpDatabase, query: CompanyQuery): Promise<Company[]> {
  const { ids } = await searchCompanyIds(db, query);
  return companiesByIds(db, ids);
}

export const useCompanyWriters = writersHook({
  checkDuplicates,
  createCompany,
  updateCompany,
  setCompanyArchived,
  readCompaniesForExport,
});

export const usePersonWriters = writersHook({ savePerson, removePerson, erasePerson });

export const useCompanyRemovalWriters = writersHook({ deleteCompany, eraseCompany });

export const useCompanyImportWriters = writersHook({ importDuplicates, importCompanies });
