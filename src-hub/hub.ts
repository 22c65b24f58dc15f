/**
 * What the hub does, independent of HTTP: accounts, applying a pushed batch in one transaction,
 * answering a pull. Runs on either storage engine.
 */
import { createHash } from 'node:crypto';
import {
  MAX_PULL_BYTES,
  type Change,
  type PullResponse,
  type PushRequest,
  type PushResponse,
  type RecordState,
  type RemoteItem,
} from '../src-shared/protocol';
import { applyBatch, toState, type RecordRow } from './apply-batch';
import { cutPage, rowKey, type PageRow } from './pull-page';

export { recordKey } from './apply-batch';
import { hashToken, newToken } from './auth';
import { refusalLog, type RefusalLog } from './refusals';
import type { Database, Sql } from './store/types';

export type Role = 'lcp' | 'office';
export type Account = { name: string; role: Role; lcpId: string | null };

export type PushOutcome =
  | { status: 200; body: PushResponse; replay: boolean }
  | { status: 403; reason: string }
  | { status: 409; reason: string }
  | { status: 413; reason: string }
  | { status: 422; reason: string };

type AccountRow = { name: string; role: string; lcp_id: string | null };

export class HubError extends Error {}

/**
 * The origin an account's edits are recorded with, and so the one its pulls leave out: a contact
 * point's lcpId once bound (before that, a placeholder no change carries), the office's own name.
 */
export function originOf(account: Account): string {
  if (account.role === 'office') return account.lcpId ?? `office:${account.name}`;
  return account.lcpId ?? `unbound:${account.name}`;
}

/** A page's records, a few dozen keys per query. */
async function loadRecords(sql: Sql, rows: PageRow[]): Promise<Map<string, RecordRow>> {
  const byEntity = new Map<string, string[]>();
  for (const row of rows) {
    const ids = byEntity.get(row.entity) ?? [];
    ids.push(row.entity_id);
    byEntity.set(row.entity, ids);
  }
  const records = new Map<string, RecordRow>();
  for (const [entity, ids] of byEntity) {
    for (let i = 0; i < ids.length; i += 100) {
      const part = ids.slice(i, i + 100);
      const found = await sql.all<RecordRow>(
        `SELECT * FROM records WHERE entity = ? AND entity_id IN (${part.map(() => '?').join(', ')})`,
        [entity, ...part],
      );
      for (const record of found) records.set(rowKey(record), record);
    }
  }
  return records;
}

/**
 * The batch's identity for replays: its content after validation. zod rebuilds every object in
 * schema order, so only the content counts (and the order of the fields inside a change, which
 * the app never changes for a stored outbox entry).
 */
export function bodyHash(request: PushRequest): string {
  return createHash('sha256').update(JSON.stringify(request)).digest('hex');
}

/** A company goes to the matching directory when it consented to sharing and seeks a partner. */
export function isShared(entity: string, state: RecordState): boolean {
  if (entity !== 'company' || state.tombstone) return false;
  const consent = state.data['consent'] as { shareGivenAt?: unknown } | null | undefined;
  return (
    Boolean(consent && typeof consent === 'object' && consent.shareGivenAt) && state.data['status'] === 'seekingMatch'
  );
}

export class Hub {
  private refusals: RefusalLog | undefined;

  constructor(
    readonly db: Database,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async registerAccount(name: string, role: Role, lcpId?: string): Promise<{ token: string }> {
    const token = newToken();
    await this.db.transaction(async (sql) => {
      if (await sql.get('SELECT name FROM accounts WHERE name = ?', [name]))
        throw new HubError(`an account named ${name} exists`);
      await sql.run('INSERT INTO accounts (name, role, token_hash, lcp_id, created_at) VALUES (?, ?, ?, ?, ?)', [
        name,
        role,
        hashToken(token),
        lcpId ?? null,
        this.now().toISOString(),
      ]);
    });
    return { token };
  }

  async accountByToken(token: string): Promise<Account | undefined> {
    const row = await this.db.read((sql) =>
      sql.get<AccountRow>('SELECT name, role, lcp_id FROM accounts WHERE token_hash = ?', [hashToken(token)]),
    );
    return row ? { name: row.name, role: row.role === 'office' ? 'office' : 'lcp', lcpId: row.lcp_id } : undefined;
  }

  async accountByName(name: string): Promise<Account | undefined> {
    const row = await this.db.read((sql) =>
      sql.get<AccountRow>('SELECT name, role, lcp_id FROM accounts WHERE name = ?', [name]),
    );
    return row ? { name: row.name, role: row.role === 'office' ? 'office' : 'lcp', lcpId: row.lcp_id } : undefined;
  }

  /** Logs a refused request; with a `source` (401s) as one row per source, reason and minute with a count. */
  async logRefusal(status: number, account: string | null, reason: string, source?: string): Promise<void> {
    this.refusals ??= refusalLog(this.db, this.now);
    await this.refusals.record(status, account, reason, source);
  }

  /** Writes refusal counts still held in memory. */
  async flushRefusals(): Promise<void> {
    await this.refusals?.flush();
  }

  /** Applies a batch once. A replay gets the stored answer; a reused id with another body, 422. */
  async push(account: Account, request: PushRequest): Promise<PushOutcome> {
    const hash = bodyHash(request);
    return this.db
      .transaction(async (sql): Promise<PushOutcome> => {
        const previous = await sql.get<{ body_hash: string; response: string }>(
          'SELECT body_hash, response FROM batches WHERE account = ? AND batch_id = ?',
          [account.name, request.batchId],
        );
        if (previous) {
          if (previous.body_hash !== hash)
            return { status: 422, reason: `batch ${request.batchId} was received before with a different body` };
          return { status: 200, body: JSON.parse(previous.response) as PushResponse, replay: true };
        }
        const lcpId = await this.bindAccount(sql, account, request.changes);
        if (typeof lcpId === 'object') return lcpId;
        const receivedAt = this.now().toISOString();
        const result = await applyBatch(
          sql,
          { role: account.role, name: account.name, origin: lcpId },
          request.batchId,
          request.changes,
          receivedAt,
        );
        if ('refused' in result) throw new Refusal(result.status, result.refused);
        const { applied, duplicates, conflicts } = result;
        const body: PushResponse = {
          batchId: request.batchId,
          applied,
          duplicates,
          ackedSeq: Math.max(...request.changes.map((c) => c.seq)),
          conflicts,
        };
        await sql.run(
          'INSERT INTO batches (account, batch_id, body_hash, response, received_at) VALUES (?, ?, ?, ?, ?)',
          [account.name, request.batchId, hash, JSON.stringify(body), receivedAt],
        );
        return { status: 200, body, replay: false };
      })
      .catch((error: unknown): PushOutcome => {
        if (error instanceof Refusal) return { status: error.status, reason: error.message };
        throw error;
      });
  }

  /** A contact point's account is bound to the app's lcpId on its first push. */
  private async bindAccount(
    sql: Sql,
    account: Account,
    changes: Change[],
  ): Promise<string | { status: 403; reason: string }> {
    if (account.role === 'office') return originOf(account);
    const ids = new Set(changes.map((c) => c.lcpId));
    const [only] = ids;
    if (ids.size !== 1 || !only) return { status: 403, reason: 'a batch carries changes of several contact points' };
    if (account.lcpId && account.lcpId !== only)
      return { status: 403, reason: `changes signed as ${only}, account ${account.name} is ${account.lcpId}` };
    if (!account.lcpId) {
      if (await sql.get('SELECT name FROM accounts WHERE lcp_id = ?', [only]))
        return { status: 403, reason: `contact point ${only} belongs to another account` };
      await sql.run('UPDATE accounts SET lcp_id = ? WHERE name = ?', [only, account.name]);
      account.lcpId = only;
    }
    return only;
  }

  /**
   * What an account receives since its cursor: one item per record, its current state; at most
   * `limit` feed rows and MAX_PULL_BYTES of items (at least one item), `more` when rows remain.
   *
   * The cursor never passes a row the page did not consider. The rows, their records and the
   * feed's top come from ONE snapshot (`db.read`: a read transaction). Writers take the hub's
   * writer lock before their first sequence number and release it only once their commit is
   * visible (PostgreSQL's advisory lock; SQLite's single writer), so the rows visible in a snapshot
   * are every committed row up to its top, and a row committed after the snapshot has a higher
   * number than the top. A cut page ends at its last row considered; a last page ends at the top,
   * which passes only rows of others and gaps of rolled-back transactions (never refilled, so they
   * neither stall nor hide anything). The old code read the top in a second statement, possibly
   * on another connection, and skipped the rows committed in between.
   */
  async pull(account: Account, since: number, limit: number): Promise<PullResponse> {
    const me = originOf(account);
    const filter =
      account.role === 'office'
        ? { where: 'f.origin <> ?', params: [me] }
        : {
            where: `((f.owner = ? AND f.origin <> ?) OR (f.owner <> ? AND f.entity IN ('company', 'person')))`,
            params: [me, me, me],
          };
    return this.db.read(async (sql) => {
      const rows = await sql.all<PageRow>(
        `SELECT f.seq, f.entity, f.entity_id, octet_length(r.data) + octet_length(r.clocks) AS size
         FROM feed f LEFT JOIN records r ON r.entity = f.entity AND r.entity_id = f.entity_id
         WHERE f.seq > ? AND ${filter.where} ORDER BY f.seq LIMIT ?`,
        [since, ...filter.params, limit + 1],
      );
      const page = await cutPage(rows, since, limit, MAX_PULL_BYTES, {
        load: (planned) => loadRecords(sql, planned),
        item: (record) => this.itemFor(account, me, record),
        top: async () => Number((await sql.get<{ seq: number | null }>('SELECT MAX(seq) AS seq FROM feed'))?.seq ?? 0),
      });
      return { ...page, cursor: Number(page.cursor) };
    });
  }

  private itemFor(account: Account, me: string, row: RecordRow): RemoteItem | null {
    const state = toState(row);
    const entity = row.entity as RemoteItem['entity'];
    if (entity === 'settings') {
      // A contact point's own settings go back to it only (the office edits them, never holds them).
      if (row.owner !== me) return null;
      return {
        kind: 'record',
        entity,
        entityId: row.entity_id.slice(row.owner.length + 1),
        owner: row.owner,
        editedBy: row.last_origin,
        data: state.data as Record<string, never>,
        clocks: state.clocks,
      };
    }
    if (row.owner === me || account.role === 'office') {
      const item: RemoteItem = {
        kind: 'record',
        entity,
        entityId: row.entity_id,
        owner: row.owner,
        editedBy: row.last_origin,
        data: state.data as Record<string, never>,
        clocks: state.clocks,
      };
      if (state.tombstone) item.tombstone = state.tombstone;
      return item;
    }
    if (state.tombstone)
      return {
        kind: 'tombstone',
        entity,
        entityId: row.entity_id,
        reason: state.tombstone.reason,
        hlc: state.tombstone.hlc,
      };
    if (row.entity !== 'company') return null;
    if (isShared(row.entity, state)) {
      const hlc = Object.values(state.clocks).reduce((a, b) => (b > a ? b : a), '');
      return {
        kind: 'shared',
        entity: 'company',
        entityId: row.entity_id,
        owner: row.owner,
        data: state.data as Record<string, never>,
        hlc,
      };
    }
    return { kind: 'unshared', entity: 'company', entityId: row.entity_id };
  }

  /** Counts for health checks and tests. */
  async counts(): Promise<{ changes: number; records: number; batches: number; refusals: number }> {
    return this.db.read(async (sql) => {
      const count = async (table: string) =>
        Number((await sql.get<{ n: number | string }>(`SELECT COUNT(*) AS n FROM ${table}`))?.n ?? 0);
      return {
        changes: await count('changes'),
        records: await count('records'),
        batches: await count('batches'),
        refusals: await count('refusals'),
      };
    });
  }
}

/** Thrown to roll the push's transaction back (an account bound on the way included). */
class Refusal extends Error {
  constructor(
    readonly status: 403 | 409 | 413,
    message: string,
  ) {
    super(message);
  }
}
