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

/** Columns added after a table was first released: `ALTER TABLE ... ADD COLUMN` for databases made before. */
const ADDED_COLUMNS: { table: string; column: string; definition: string }[] = [
  { table: 'refusals', column: 'source', definition: 'TEXT' },
  { table: 'refusals', column: 'count', definition: 'INTEGER NOT NULL DEFAULT 1' },
];

/** The query that lists `table.column` of every existing table, per engine. */
export const EXISTING_COLUMNS_SQL = {
  sqlite:
    "SELECT m.name || '.' || p.name AS name FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table'",
  postgres:
    "SELECT table_name || '.' || column_name AS name FROM information_schema.columns WHERE table_schema = current_schema()",
};

/**
 * The schema, written once; `AUTOINCREMENT_PK` differs between the two engines. `existing` lists
 * the database's columns before (EXISTING_COLUMNS_SQL): tables made by an earlier release get the
 * columns added since, so every statement is safe on a new and on an existing database.
 */
export function schemaStatements(autoincrementPk: string, existing: ReadonlySet<string> = new Set()): string[] {
  const tables = new Set([...existing].map((name) => name.split('.')[0]));
  const migrations = ADDED_COLUMNS.filter(
    ({ table, column }) => tables.has(table) && !existing.has(`${table}.${column}`),
  ).map(({ table, column, definition }) => `ALTER TABLE ${table} ADD COLUMN ${column} ${definition}`);
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
    // An erasure finds the record's changes to scrub them.
    `CREATE INDEX IF NOT EXISTS changes_record ON changes (entity, entity_id)`,
    `CREATE TABLE IF NOT EXISTS refusals (
      at TEXT NOT NULL,
      status INTEGER NOT NULL,
      account TEXT,
      reason TEXT NOT NULL,
      source TEXT,
      count INTEGER NOT NULL DEFAULT 1
    )`,
    ...migrations,
    `CREATE INDEX IF NOT EXISTS refusals_source ON refusals (source, at)`,
  ];
}
