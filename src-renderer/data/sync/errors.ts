import type { SyncErrorCode } from './types';

export class SyncError extends Error {
  constructor(
    readonly code: SyncErrorCode,
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
  }
}

function messageOf(body: string): string {
  try {
    const json = JSON.parse(body) as { message?: unknown };
    return typeof json.message === 'string' ? json.message : body.slice(0, 200);
  } catch {
    return body.slice(0, 200);
  }
}

/** The hub's (or the proxy's) answer as one of the errors the sync screen explains. */
export function errorForStatus(status: number, body: string): SyncError {
  const detail = `${status} ${messageOf(body)}`.trim();
  if (status === 0 || status === 502 || status === 503 || status === 504) return new SyncError('offline', detail);
  if (status === 401) return new SyncError('unauthorized', detail);
  if (status === 403) return new SyncError('forbidden', detail);
  if (status === 422) return new SyncError('batchRejected', detail);
  if (status === 413) return new SyncError('tooLarge', detail);
  if (status >= 400 && status < 500) return new SyncError('invalid', detail);
  return new SyncError('server', detail);
}

/** Reads a hub reply: an error for any status but 200, else the body checked against the schema. */
export function parseReply<T>(reply: { status: number; body: string }, schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } }): T {
  if (reply.status !== 200) throw errorForStatus(reply.status, reply.body);
  let json: unknown;
  try {
    json = JSON.parse(reply.body);
  } catch {
    throw new SyncError('protocol', 'the hub answered something that is not JSON');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new SyncError('protocol', 'the hub answered with an unexpected body');
  return parsed.data;
}
