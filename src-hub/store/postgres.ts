import pg from 'pg';
import { EXISTING_COLUMNS_SQL, schemaStatements, type Database, type Sql, type SqlValue } from './types';

/** `?` placeholders (written once for both engines) become `$1, $2, ...`. */
export function toPostgresPlaceholders(text: string): string {
  let index = 0;
  return text.replace(/\?/g, () => `$${++index}`);
}

function sqlOn(client: pg.PoolClient | pg.Pool): Sql {
  return {
    get: async <T>(text: string, params: SqlValue[] = []) =>
      (await client.query(toPostgresPlaceholders(text), params)).rows[0] as T | undefined,
    all: async <T>(text: string, params: SqlValue[] = []) =>
      (await client.query(toPostgresPlaceholders(text), params)).rows as T[],
    run: async (text: string, params: SqlValue[] = []) => {
      await client.query(toPostgresPlaceholders(text), params);
    },
  };
}

/**
 * Lock key of the hub's writers: held for one transaction, released by commit, rollback or disconnect.
 * Every write to the feed takes it before its first sequence number, and PostgreSQL releases it only
 * after the commit is visible, so feed rows become visible in sequence order (with gaps where a
 * transaction rolled back). `Hub.pull` relies on this.
 */
export const WRITER_LOCK = 7_202_606;

/** PostgreSQL through a connection URL, for a central office that outgrows one file. */
export async function openPostgres(connectionString: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max: 4 });
  // BIGINT columns come back as strings by default; every number here is a safe integer.
  pg.types.setTypeParser(20, (value) => Number(value));
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [WRITER_LOCK]);
    const existing = new Set(
      (await client.query<{ name: string }>(EXISTING_COLUMNS_SQL.postgres)).rows.map((row) => row.name),
    );
    for (const statement of schemaStatements('BIGSERIAL PRIMARY KEY', existing)) await client.query(statement);
    await client.query('SELECT pg_advisory_unlock($1)', [WRITER_LOCK]);
  } finally {
    client.release();
  }
  return {
    kind: 'postgres',
    async transaction<T>(work: (s: Sql) => Promise<T>): Promise<T> {
      const connection = await pool.connect();
      try {
        await connection.query('BEGIN');
        // Writers go one at a time, so feed sequence numbers become visible in order.
        await connection.query('SELECT pg_advisory_xact_lock($1)', [WRITER_LOCK]);
        const result = await work(sqlOn(connection));
        await connection.query('COMMIT');
        return result;
      } catch (error) {
        await connection.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        connection.release();
      }
    },
    async read<T>(work: (s: Sql) => Promise<T>): Promise<T> {
      // One connection, one snapshot (taken by the first statement). Read-only REPEATABLE READ
      // never fails with a serialization error; it only stops seeing later commits.
      const connection = await pool.connect();
      try {
        await connection.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
        const result = await work(sqlOn(connection));
        await connection.query('COMMIT');
        return result;
      } catch (error) {
        await connection.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        connection.release();
      }
    },
    close: () => pool.end(),
  };
}
