import BetterSqlite3 from 'better-sqlite3';
import { EXISTING_COLUMNS_SQL, schemaStatements, type Database, type Sql, type SqlValue } from './types';

/** The embedded default: one SQLite file in WAL mode, durable on commit. */
export function openSqlite(file: string): Database {
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  const existing = new Set(
    (db.prepare(EXISTING_COLUMNS_SQL.sqlite).all() as { name: string }[]).map((row) => row.name),
  );
  for (const statement of schemaStatements('INTEGER PRIMARY KEY AUTOINCREMENT', existing)) db.exec(statement);

  const statements = new Map<string, BetterSqlite3.Statement>();
  const prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  const sql: Sql = {
    get: async <T>(text: string, params: SqlValue[] = []) => prepare(text).get(...params) as T | undefined,
    all: async <T>(text: string, params: SqlValue[] = []) => prepare(text).all(...params) as T[],
    run: async (text: string, params: SqlValue[] = []) => {
      prepare(text).run(...params);
    },
  };

  // One connection: transactions must not interleave, so they queue. A killed process leaves no
  // lock behind: SQLite rolls an unfinished transaction back when the file is next opened.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    kind: 'sqlite',
    transaction<T>(work: (s: Sql) => Promise<T>): Promise<T> {
      const run = async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await work(sql);
          db.exec('COMMIT');
          return result;
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw error;
        }
      };
      const next = queue.then(run, run);
      queue = next.catch(() => undefined);
      return next;
    },
    read<T>(work: (s: Sql) => Promise<T>): Promise<T> {
      // A deferred transaction: in WAL mode its first read fixes the snapshot, so a write by another
      // process (`hub import`) between two statements stays invisible to this read.
      const run = async () => {
        db.exec('BEGIN');
        try {
          return await work(sql);
        } finally {
          if (db.inTransaction) db.exec('COMMIT');
        }
      };
      const next = queue.then(run, run);
      queue = next.catch(() => undefined);
      return next;
    },
    close: async () => {
      await queue;
      db.close();
    },
  };
}
