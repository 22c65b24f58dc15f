import { useMemo } from 'react';
import type { LcpDatabase } from './db';
import { useDatabase } from './DatabaseContext';

/** A data function whose first argument is the database. */
type DbFunction = (db: LcpDatabase, ...args: never[]) => unknown;

/** The same functions with the database already given. */
export type Bound<T extends Record<string, DbFunction>> = {
  [K in keyof T]: T[K] extends (db: LcpDatabase, ...args: infer A) => infer R ? (...args: A) => R : never;
};

/** Binds data functions to a database: components call writers without ever holding the database. */
export function bindDatabase<T extends Record<string, DbFunction>>(db: LcpDatabase, functions: T): Bound<T> {
  const bound: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(functions)) bound[name] = (...args: never[]) => fn(db, ...args);
  return bound as Bound<T>;
}

/**
 * A hook factory for a feature's writers: `export const useCompanyWriters = writersHook({ createCompany, updateCompany })`.
 * The object is stable for the lifetime of the database (safe in effect dependencies).
 */
export function writersHook<T extends Record<string, DbFunction>>(functions: T): () => Bound<T> {
  return function useWriters() {
    const db = useDatabase();
    return useMemo(() => bindDatabase(db, functions), [db]);
  };
}
