import { createContext, useContext, type ReactNode } from 'react';
import type { LcpDatabase } from './db';

const DatabaseContext = createContext<LcpDatabase | null>(null);

export function DatabaseProvider({ db, children }: { db: LcpDatabase; children: ReactNode }) {
  return <DatabaseContext.Provider value={db}>{children}</DatabaseContext.Provider>;
}

export function useDatabase(): LcpDatabase {
  const db = useContext(DatabaseContext);
  if (!db) throw new Error('useDatabase outside DatabaseProvider');
  return db;
}
