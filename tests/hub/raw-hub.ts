/** Talking to a real hub process the way the app does, without an app database: batches and pages by hand. */
import { Hub, type Role } from '../../src-hub/hub';
import { openPostgres } from '../../src-hub/store/postgres';
import { openSqlite } from '../../src-hub/store/sqlite';
import {
  formatHlc,
  type Change,
  type PullResponse,
  type PushRequest,
  type RemoteItem,
} from '../../src-shared/protocol';
import type { StorageChoice } from './hub-process';

/** The hub's database opened in this process, beside the running hub (test set-up and checks). */
export async function withDatabase<T>(storage: StorageChoice, work: (hub: Hub) => Promise<T>): Promise<T> {
  const db = storage.kind === 'sqlite' ? openSqlite(storage.file) : await openPostgres(storage.url);
  try {
    return await work(new Hub(db));
  } finally {
    await db.close();
  }
}

/** Accounts registered in this process (a `hub register` process each costs seconds on a busy machine). */
export async function registerAccounts(
  storage: StorageChoice,
  accounts: { name: string; role?: Role }[],
): Promise<string[]> {
  return withDatabase(storage, async (hub) => {
    const tokens: string[] = [];
    for (const account of accounts) tokens.push((await hub.registerAccount(account.name, account.role ?? 'lcp')).token);
    return tokens;
  });
}

export type Reply = { status: number; body: string; bytes: number };

export async function hubCall(
  url: string,
  token: string,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<Reply> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text, bytes: Buffer.byteLength(text) };
}

/** One installation's outbox, by hand: consecutive sequence numbers, increasing clocks. */
export class RawPusher {
  private seq = 0;
  private counter = 0;
  constructor(
    readonly url: string,
    readonly token: string,
    readonly lcpId: string,
  ) {}

  change(
    entity: Change['entity'],
    entityId: string,
    fields: Record<string, unknown>,
    op: Change['op'] = 'create',
  ): Change {
    this.seq++;
    this.counter++;
    return {
      changeId: crypto.randomUUID(),
      seq: this.seq,
      entity,
      entityId,
      op,
      fields,
      at: new Date().toISOString(),
      hlc: formatHlc({ wallMs: Date.now(), counter: this.counter }, this.lcpId),
      lcpId: this.lcpId,
    };
  }

  push(changes: Change[]): Promise<Reply> {
    const request: PushRequest = {
      protocol: 1,
      batchId: `b-${this.lcpId}-${changes[0]!.seq}-${changes[changes.length - 1]!.seq}`,
      changes,
    };
    return hubCall(this.url, this.token, 'POST', '/v1/batches', request);
  }
}

export function companyFields(
  name: string,
  shared: boolean,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    legalName: name,
    country: 'SI',
    languages: ['sl'],
    role: 'both',
    status: shared ? 'seekingMatch' : 'registered',
    consent: shared ? { storeGivenAt: '2026-03-01', shareGivenAt: '2026-03-01' } : { storeGivenAt: '2026-03-01' },
    tags: [],
    ...extra,
  };
}

export const itemKey = (item: RemoteItem) => `${item.entity}/${item.entityId}`;

export async function pullPage(
  url: string,
  token: string,
  since: number,
  limit: number,
): Promise<PullResponse & { bytes: number }> {
  const reply = await hubCall(url, token, 'GET', `/v1/changes?since=${since}&limit=${limit}`);
  if (reply.status !== 200) throw new Error(`pull answered ${reply.status}: ${reply.body.slice(0, 300)}`);
  return { ...(JSON.parse(reply.body) as PullResponse), bytes: reply.bytes };
}

/** Pages until `more` is false; every page as answered. */
export async function pullAll(
  url: string,
  token: string,
  since = 0,
  limit = 1000,
): Promise<{ pages: (PullResponse & { bytes: number })[]; items: RemoteItem[]; cursor: number }> {
  const pages: (PullResponse & { bytes: number })[] = [];
  let cursor = since;
  for (;;) {
    const page = await pullPage(url, token, cursor, limit);
    pages.push(page);
    cursor = page.cursor;
    if (!page.more) break;
    if (pages.length > 100_000) throw new Error('the pull never ends');
  }
  return { pages, items: pages.flatMap((p) => p.items), cursor };
}
