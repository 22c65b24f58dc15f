import type { HubConfig } from '../../src-main/ipc/contract';
import type { HubAccess } from './types';

/**
 * Browser mode (and the end-to-end tests) reach the hub through the same origin: the Vite server
 * proxies `/hub/*` to LCP_HUB_URL, so the page's `connect-src 'self'` holds. The token lives in
 * this tab's sessionStorage only (gone when the tab closes); the desktop app keeps it in the main
 * process, encrypted with the OS keyring.
 */
export const BROWSER_HUB_PREFIX = '/hub';
const TOKEN_KEY = 'lcp.hub.token';

function config(): HubConfig {
  return {
    url: BROWSER_HUB_PREFIX,
    hasToken: Boolean(sessionStorage.getItem(TOKEN_KEY)),
    tokenProtection: 'browserSession',
  };
}

/** Bodies above this are gzipped (the browser's native CompressionStream): a 2,000-change batch shrinks ten times. */
const GZIP_FROM = 8 * 1024;

async function gzip(text: string): Promise<ArrayBuffer> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Response(stream).arrayBuffer();
}

export const browserHub: HubAccess = {
  getConfig: async () => config(),
  setConfig: async ({ token }) => {
    if (token === null) sessionStorage.removeItem(TOKEN_KEY);
    else if (token) sessionStorage.setItem(TOKEN_KEY, token);
    return config();
  },
  request: async ({ method, path, body }) => {
    const token = sessionStorage.getItem(TOKEN_KEY);
    if (!token) return { status: 0, body: JSON.stringify({ error: 'notConfigured', message: 'no access token' }) };
    try {
      const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
      let payload: string | ArrayBuffer | undefined = body;
      if (body !== undefined) {
        headers['Content-Type'] = 'application/json';
        if (body.length > GZIP_FROM && typeof CompressionStream !== 'undefined') {
          payload = await gzip(body);
          headers['Content-Encoding'] = 'gzip';
        }
      }
      const response = await fetch(`${BROWSER_HUB_PREFIX}${path}`, {
        method,
        headers,
        body: payload,
        cache: 'no-store',
      });
      return { status: response.status, body: await response.text() };
    } catch (error) {
      return {
        status: 0,
        body: JSON.stringify({ error: 'unreachable', message: error instanceof Error ? error.message : String(error) }),
      };
    }
  },
};
