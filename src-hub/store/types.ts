/** The hub's storage seam: one tiny SQL interface that SQLite and PostgreSQL both implement. */
export type SqlValue = string | number | null;

export type Sql = {
  get<T>(sql: string, params?: SqlValue[]): Promise<T | undefined>;
  all<T>(sql: string, params?: SqlValue[]): Promise<T[]>;
  run(sql: string, params?: SqlValue[]): Promise<void>;
};

export type Database = {
  kind: 'sqlite' | 'postgres';
  /** Runs `work` in one transaction that writers take one at a time. Rolled back on error. */
  transaction<T>(work: (sql: Sql) => Promise<T>): Promise<T>;
  /**
   * Runs `work` in one read-only transaction: every statement sees the same snapshot of committed
   * data, whatever commits meanwhile. A pull's page, its cursor and its records must agree.
   */
  read<T>(work: (sql: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

/** The schema, written once; `AUTOINCREMENT_PK` differs between the two engines. */
export function schemaStatements(autoincrementPk: string): string[] {
  return [
    `CREATE TABLE IF NOT EXISTS accounts (
      name TEXT PRIMARY KEY,
      role TEXT NOT NULL,
      token_hash TEXT NOT NULL UNIQUE,
      lcp_id TEXT UNIQUE,
      created_at TEXT NOT NULL
    )`,
    `CREATE TABLE IF NOT EXISTS batches (
      account TEXT NOT NULL,
      batch_id TEXT NOT NULL,
      body_hash TEXT NOT NULL,
      response TEXT NOT NULL,
      received_at TEXT NOT NULL,
      PRIMARY KEY (account, batch_id)
    )`,
    `CREATE TABLE IF NOT EXISTS changes (
      change_id TEXT PRIMARY KEY,
      account TEXT NOT NULL,
      batch_id TEXT NOT NULL,
      seq BIGINT NOT NULL,
      entity TEXT NOT NULL,
      entity_id TEXT NOT NULL,
      op TEXT NOT NULL,
      fields TEXT NOT NULL,
      hlc TEXT NOT NULL,
      lcp_id TEXT NOT NULL,
      at TEXT NOT NULL,
      received_at TEXT NOT NULL
    )`,
    `CREATE TABLE IF NOT EXISTS records (
      entity TEXT NOT NULL,
      entity_id TEXT NOT NULL,
      owner TEXT NOT NULL,
      data TEXT NOT NULL,
      clocks TEXT NOT NULL,
      tombstone TEXT,
      last_origin TEXT NOT NULL,
      PRIMARY KEY (entity, entity_id)
    )`,
    `CREATE TABLE IF NOT EXISTS feed (
      seq ${autoincrementPk},
      entity TEXT NOT NULL,
      entity_id TEXT NOT NULL,
      owner TEXT NOT NULL,
      origin TEXT NOT NULL
    )`,
    `CREATE INDEX IF NOT EXISTS feed_owner ON feed (owner, seq)`,
    `CREATE TABLE IF NOT EXISTS refusals (
      at TEXT NOT NULL,
      status INTEGER NOT NULL,
      account TEXT,
      reason TEXT NOT NULL
    )`,
  ];
}
