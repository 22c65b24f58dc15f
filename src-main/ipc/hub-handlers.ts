/**
 * The hub seen from the main process: its address and access token (encrypted with Electron's
 * safeStorage, never given to the page), and the HTTP requests the page's sync asks for.
 * Plain functions over injected dependencies, so they are unit tested without Electron.
 */
import {
  normalizeHubUrl,
  type HubConfig,
  type HubReplyResult,
  type HubRequestArgs,
  type HubSetConfigArgs,
  type TokenProtection,
} from './contract';

export type HubHandlerDeps = {
  readConfig: () => Promise<string | null>;
  writeConfig: (text: string) => Promise<void>;
  isEncryptionAvailable: () => Promise<boolean>;
  encrypt: (plain: string) => Promise<Uint8Array>;
  decrypt: (encrypted: Uint8Array) => Promise<string>;
  /** Linux only: safeStorage.getSelectedStorageBackend(); undefined elsewhere. */
  storageBackend: () => string | undefined;
  fetch: typeof fetch;
  gzip: (text: string) => Uint8Array;
  timeoutMs?: number;
};

type StoredConfig = { url: string; token?: string };

function parseStored(text: string | null): StoredConfig {
  if (!text) return { url: '' };
  try {
    const value = JSON.parse(text) as Partial<StoredConfig>;
    return {
      url: typeof value.url === 'string' ? value.url : '',
      ...(typeof value.token === 'string' ? { token: value.token } : {}),
    };
  } catch {
    return { url: '' };
  }
}

export async function tokenProtection(deps: HubHandlerDeps): Promise<TokenProtection> {
  if (!(await deps.isEncryptionAvailable())) return 'unavailable';
  // On Linux without a keyring (GNOME libsecret, KWallet) Electron encrypts with a fixed key.
  return deps.storageBackend() === 'basic_text' ? 'fixedKey' : 'os';
}

async function describe(deps: HubHandlerDeps, stored: StoredConfig): Promise<HubConfig> {
  const backend = deps.storageBackend();
  return {
    url: stored.url,
    hasToken: Boolean(stored.token),
    tokenProtection: await tokenProtection(deps),
    ...(backend ? { backend } : {}),
  };
}

/**
 * Node's (undici's) codes for a server that did not answer although the network works: the port
 * refused or reset the connection, or the connection timed out. Anything else (no DNS, no route)
 * is treated as no network.
 */
const HUB_DOWN_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CLOSED',
]);

function unreachableReason(error: unknown): 'hubDown' | 'offline' {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return 'hubDown';
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  return typeof cause?.code === 'string' && HUB_DOWN_CODES.has(cause.code) ? 'hubDown' : 'offline';
}

/** Gzip request bodies above this size. */
const GZIP_FROM = 8 * 1024;

export function createHubHandlers(deps: HubHandlerDeps) {
  return {
    getConfig: async (): Promise<HubConfig> => describe(deps, parseStored(await deps.readConfig())),

    setConfig: async ({ url, token }: HubSetConfigArgs): Promise<HubConfig> => {
      const stored = parseStored(await deps.readConfig());
      const next: StoredConfig = { url: normalizeHubUrl(url) };
      // The token belongs to the address it was given for: a page that changed the address must
      // not make main send it elsewhere, so a new address needs the token again.
      if (token === undefined && stored.token && next.url === normalizeHubUrl(stored.url)) next.token = stored.token;
      if (token) {
        if ((await tokenProtection(deps)) === 'unavailable')
          throw new Error('this computer offers no way to encrypt the token');
        next.token = Buffer.from(await deps.encrypt(token)).toString('base64');
      }
      await deps.writeConfig(JSON.stringify(next));
      return describe(deps, next);
    },

    request: async ({ method, path, body }: HubRequestArgs): Promise<HubReplyResult> => {
      const stored = parseStored(await deps.readConfig());
      if (!stored.url || !stored.token)
        return { status: 0, body: JSON.stringify({ error: 'notConfigured', message: 'hub address or token missing' }) };
      const token = await deps.decrypt(Buffer.from(stored.token, 'base64'));
      const headers: Record<string, string> = { Authorization: `Bearer ${token}`, 'Accept-Encoding': 'gzip' };
      let payload: string | Uint8Array | undefined = body;
      if (body !== undefined) {
        headers['Content-Type'] = 'application/json';
        if (body.length > GZIP_FROM) {
          payload = deps.gzip(body);
          headers['Content-Encoding'] = 'gzip';
        }
      }
      try {
        const response = await deps.fetch(`${stored.url}${path}`, {
          method,
          headers,
          body: payload as BodyInit | undefined,
          redirect: 'error',
          signal: AbortSignal.timeout(deps.timeoutMs ?? 60_000),
        });
        return { status: response.status, body: await response.text() };
      } catch (error) {
        const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
        const message = error instanceof Error ? `${error.message}${cause}` : String(error);
        return { status: 0, body: JSON.stringify({ error: 'unreachable', reason: unreachableReason(error), message }) };
      }
    },
  };
}
