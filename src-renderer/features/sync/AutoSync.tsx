import { useEffect } from 'react';
import { useDatabase } from '../../data/DatabaseContext';
import { startAutoSync } from './sync-controller';

/** Mounted once in the app: automatic sync every few minutes while online, backing off after failures. */
export function AutoSync() {
  const db = useDatabase();
  useEffect(() => startAutoSync(db), [db]);
  return null;
}
