import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../DatabaseContext';
import { companyFootprint, type CompanyFootprint } from './company-removal';

/** What an erasure or deletion of the company would remove; `undefined` while loading. */
export function useCompanyFootprint(companyId: string): CompanyFootprint | undefined {
  const db = useDatabase();
  // A company removed meanwhile has nothing left to count.
  return useLiveQuery(() => companyFootprint(db, companyId).catch(() => undefined), [db, companyId]);
}
