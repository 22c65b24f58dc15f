/** What the sync keeps in the local database (schema version 5). */
import type { SyncedEntity } from '../../domain/model';

/** A local edit the consortium overwrote (or that lost at the hub), until someone looks at it. */
export type StoredConflict = {
  id: string;
  entity: SyncedEntity | 'settings';
  entityId: string;
  field: string;
  /** The local value that lost. */
  mine: unknown;
  /** The value that stays. */
  theirs: unknown;
  theirHlc: string;
  reason: 'newerEdit' | 'deleted' | 'erased';
  /** Where it was seen: the hub's answer to a push, or a pulled record. */
  source: 'push' | 'pull';
  detectedAt: string;
  /** 1 while not yet acknowledged, 0 after. */
  open: 0 | 1;
  acknowledgedAt?: string;
};

/**
 * Another contact point's company, shared by the consortium's hub (it consented to sharing and
 * seeks a partner). Read-only here: never in the outbox, never in the local registry.
 */
export type ConsortiumCompany = {
  id: string;
  /** The contact point that owns the record. */
  owner: string;
  country: string;
  data: Record<string, unknown>;
  hlc: string;
  receivedAt: string;
};

/** Per-field clocks of values received from the hub, and who edited the record there last. */
export type RecordClocks = {
  entity: SyncedEntity;
  entityId: string;
  clocks: Record<string, string>;
  editedBy: string;
  editedAt: string;
};

export const SYNC_META = {
  ackedSeq: 'sync.ackedSeq',
  pullCursor: 'sync.pullCursor',
  lastSuccessAt: 'sync.lastSuccessAt',
  lastAttemptAt: 'sync.lastAttemptAt',
  lastError: 'sync.lastError',
  /** The last run that sent anything: { sent, at }. A later run with nothing to send leaves it. */
  lastPush: 'sync.lastPush',
} as const;

export type LastPush = { sent: number; at: string };

export type SyncErrorCode =
  | 'notConfigured'
  | 'offline'
  | 'hubDown'
  | 'unauthorized'
  | 'forbidden'
  | 'batchRejected'
  | 'tooLarge'
  | 'invalid'
  | 'server'
  | 'protocol';

export type StoredSyncError = { code: SyncErrorCode; detail: string; at: string };

/** How the app reaches the hub: raw HTTP through the platform (main process, or the same-origin proxy). */
export type HubRequest = { method: 'GET' | 'POST'; path: string; body?: string };
export type HubReply = { status: number; body: string };
export type HubTransport = (request: HubRequest) => Promise<HubReply>;
