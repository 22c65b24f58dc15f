import type { SyncErrorCode } from './types';

export class SyncError extends Error {
  constructor(
    readonly code: SyncErrorCode,
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
  }
}

function parsed(body: string): { message: string; reason?: unknown } {
  try {
    const json = JSON.parse(body) as { message?: unknown; reason?: unknown };
    return { message: typeof json.message === 'string' ? json.message : body.slice(0, 200), reason: json.reason };
  } catch {
    return { message: body.slice(0, 200) };
  }
}

/**
 * The hub's (or the proxy's) answer as one of the errors the sync screen explains. Status 0 is no
 * answer at all: the platform says whether the network failed (`offline`) or the hub's server did
 * not answer while the network works (`reason: 'hubDown'`: refused, reset, timed out). A gateway's
 * 502/503/504 also means the network works and the hub behind it does not answer.
 */
export function errorForStatus(status: number, body: string): SyncError {
  const { message, reason } = parsed(body);
  const detail = `${status} ${message}`.trim();
  if (status === 0) return new SyncError(reason === 'hubDown' ? 'hubDown' : 'offline', detail);
  if (status === 502 || status === 503 || status === 504) return new SyncError('hubDown', detail);
  if (status === 401) return new SyncError('unauthorized', detail);
  if (status === 403) return new SyncError('forbidden', detail);
  if (status === 422) return new SyncError('batchRejected', detail);
  if (status === 413) return new SyncError('tooLarge', detail);
  if (status >= 400 && status < 500) return new SyncError('invalid', detail);
  return new SyncError('server', detail);
}

/** Reads a hub reply: an error for any status but 200, else the body checked against the schema. */
export function parseReply<T>(
  reply: { status: number; body: string },
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } },
): T {
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
