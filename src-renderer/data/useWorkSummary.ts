import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from './DatabaseContext';

export type WorkSummary = {
  companies: number;
  interviewsInProgress: number;
  agreementsAwaitingSignature: number;
  inSecondment: number;
};

/** Counts for the overview, each from an index (no table scan, fine at 100,000 companies). */
export function useWorkSummary(): WorkSummary | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const [companies, interviewsInProgress, agreementsAwaitingSignature, inSecondment] = await Promise.all([
      db.companies.where('[archived+updatedAt]').between([0, Dexie.minKey], [0, Dexie.maxKey]).count(),
      db.interviews.where('status').equals('inProgress').count(),
      db.agreements.where('status').anyOf('generated', 'sentForSignature').count(),
      db.agreements.where('status').equals('inSecondment').count(),
    ]);
    return { companies, interviewsInProgress, agreementsAwaitingSignature, inSecondment };
  }, [db]);
}
