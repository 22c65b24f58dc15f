/** The hub's HTTP API (version 1). Plain node:http: small, no framework to keep up to date. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { gunzip, gzipSync } from 'node:zlib';
import { promisify } from 'node:util';
import {
  API_PREFIX,
  MAX_BODY_BYTES,
  PROTOCOL_VERSION,
  pullQuerySchema,
  pushRequestSchema,
} from '../src-shared/protocol';
import { bearerToken } from './auth';
import type { Account, Hub } from './hub';

const gunzipAsync = promisify(gunzip);

export type HubLogger = {
  info: (message: string) => void;
  warn: (message: string) => void;
  error: (message: string) => void;
};

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) throw new HttpError(413, 'tooLarge', `body larger than ${limit} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new HttpError(413, 'tooLarge', `body larger than ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  const raw = Buffer.concat(chunks);
  const encoding = (request.headers['content-encoding'] ?? 'identity').toLowerCase();
  if (encoding === 'identity') return raw;
  if (encoding !== 'gzip') throw new HttpError(415, 'unsupportedEncoding', 'only gzip or no content encoding');
  try {
    return await gunzipAsync(raw, { maxOutputLength: limit });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
      throw new HttpError(413, 'tooLarge', `body larger than ${limit} bytes once unzipped`);
    throw new HttpError(400, 'badGzip', 'the body is not valid gzip');
  }
}

function send(request: IncomingMessage, response: ServerResponse, status: number, body: unknown): void {
  let payload = Buffer.from(JSON.stringify(body), 'utf8');
  const headers: Record<string, string> = {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    Vary: 'Accept-Encoding',
  };
  if (payload.length > 1024 && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
    payload = gzipSync(payload);
    headers['Content-Encoding'] = 'gzip';
  }
  headers['Content-Length'] = String(payload.length);
  response.writeHead(status, headers);
  response.end(payload);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function parseJson(bytes: Buffer): unknown {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new HttpError(400, 'badUtf8', 'the body is not valid UTF-8');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'badJson', 'the body is not valid JSON');
  }
}

/** `application/json`, optionally with parameters (`; charset=utf-8`); not `application/json-patch+json`. */
const JSON_MEDIA_TYPE = /^application\/json[ \t]*(;.*)?$/i;

/** Error responses by the status a push was refused with. */
const REFUSAL_CODES: Record<number, string> = {
  403: 'forbidden',
  409: 'changeIdTaken',
  413: 'recordTooLarge',
  422: 'batchIdReused',
};

/**
 * At most `perMinute` lines a minute (a flood of wrong tokens must not flood stderr); the lines
 * left out are counted and reported in one line when the minute ends.
 */
function rateLimited(write: (message: string) => void, perMinute: number, what: string): (message: string) => void {
  let minute = -1;
  let written = 0;
  let skipped = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const report = () => {
    if (skipped > 0)
      write(
        `${skipped} more ${what} in the minute from ${new Date(minute * 60_000).toISOString().slice(11, 16)} UTC, not logged one by one`,
      );
    skipped = 0;
    timer = undefined;
  };
  return (message) => {
    const now = Math.floor(Date.now() / 60_000);
    if (now !== minute) {
      if (timer) clearTimeout(timer);
      report();
      minute = now;
      written = 0;
    }
    if (written < perMinute) {
      written += 1;
      write(message);
      return;
    }
    skipped += 1;
    if (!timer) {
      timer = setTimeout(report, (minute + 1) * 60_000 - Date.now());
      timer.unref();
    }
  };
}

export type HubServerOptions = { maxBodyBytes?: number };

export function createHubServer(hub: Hub, logger: HubLogger, options: HubServerOptions = {}): Server {
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const warnUnauthorized = rateLimited((message) => logger.warn(message), 10, '401 refusals');

  async function authenticate(request: IncomingMessage): Promise<Account> {
    const token = bearerToken(request.headers.authorization);
    const account = token ? await hub.accountByToken(token) : undefined;
    if (!account) {
      const reason = token ? 'unknown token' : 'no token';
      const source = request.socket.remoteAddress ?? 'unknown';
      warnUnauthorized(`401 ${request.method} ${request.url} from ${source}: ${reason}`);
      await hub.logRefusal(401, null, reason, source);
      throw new HttpError(401, 'unauthorized', 'missing or unknown access token');
    }
    return account;
  }

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://hub');
    const path = url.pathname;
    if (path === `${API_PREFIX}/health`) {
      if (request.method !== 'GET') throw new HttpError(405, 'methodNotAllowed', 'use GET');
      send(request, response, 200, { ok: true, protocol: PROTOCOL_VERSION, storage: hub.db.kind });
      return;
    }
    if (path === `${API_PREFIX}/batches`) {
      if (request.method !== 'POST') throw new HttpError(405, 'methodNotAllowed', 'use POST');
      const account = await authenticate(request);
      const type = String(request.headers['content-type'] ?? '');
      if (!JSON_MEDIA_TYPE.test(type)) throw new HttpError(415, 'unsupportedMediaType', 'send application/json');
      const started = performance.now();
      const parsed = pushRequestSchema.safeParse(parseJson(await readBody(request, maxBodyBytes)));
      if (!parsed.success)
        throw new HttpError(
          400,
          'invalidBatch',
          parsed.error.issues
            .slice(0, 5)
            .map((i) => `${i.path.join('.')}: ${i.message}`)
            .join('; '),
        );
      const outcome = await hub.push(account, parsed.data);
      if (outcome.status !== 200) {
        logger.warn(`${outcome.status} push ${parsed.data.batchId} by ${account.name}: ${outcome.reason}`);
        await hub.logRefusal(outcome.status, account.name, outcome.reason);
        throw new HttpError(outcome.status, REFUSAL_CODES[outcome.status] ?? 'refused', outcome.reason);
      }
      const ms = Math.round(performance.now() - started);
      logger.info(
        `push ${parsed.data.batchId} by ${account.name}: ${outcome.body.applied} applied, ${outcome.body.duplicates} known${outcome.replay ? ' (replay)' : ''} in ${ms} ms`,
      );
      send(request, response, 200, outcome.body);
      return;
    }
    if (path === `${API_PREFIX}/changes`) {
      if (request.method !== 'GET') throw new HttpError(405, 'methodNotAllowed', 'use GET');
      const account = await authenticate(request);
      const query = pullQuerySchema.safeParse(Object.fromEntries(url.searchParams));
      if (!query.success)
        throw new HttpError(
          400,
          'invalidQuery',
          query.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
        );
      send(request, response, 200, await hub.pull(account, query.data.since, query.data.limit));
      return;
    }
    throw new HttpError(404, 'notFound', `no route ${path}`);
  }

  return createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      if (response.headersSent) {
        response.destroy();
        return;
      }
      if (error instanceof HttpError) {
        // Drain what is left of a refused body so the client reads the answer.
        request.resume();
        send(request, response, error.status, { error: error.code, message: error.message });
        return;
      }
      logger.error(`500 ${request.method} ${request.url}: ${error instanceof Error ? error.stack : String(error)}`);
      send(request, response, 500, { error: 'internal', message: 'the hub failed; try again later' });
    });
  });
}
