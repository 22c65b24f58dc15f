import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from './DatabaseContext';

export type WorkSummary = {
  interviewsInProgress: number;
  agreementsAwaitingSignature: number;
  inSecondment: number;
};

/**
 * Counts for the overview, each a small index range. No count of all companies: counting 100,000
 * index keys takes a second on disk and would hold up the next screen's reads (the registry's list
 * shows its own count).
 */
export function useWorkSummary(): WorkSummary | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const [interviewsInProgress, agreementsAwaitingSignature, inSecondment] = await Promise.all([
      db.interviews.where('status').equals('inProgress').count(),
      db.agreements.where('status').anyOf('generated', 'sentForSignature').count(),
      db.agreements.where('status').equals('inSecondment').count(),
    ]);
    return { interviewsInProgress, agreementsAwaitingSignature, inSecondment };
  }, [db]);
}
