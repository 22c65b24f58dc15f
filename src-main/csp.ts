/**
 * Content-Security-Policy of the renderer. Shared by the Electron protocol handler (response header)
 * and the Vite build (meta tag), so the page runs under the same policy in Electron and in a browser.
 * No imports: the Vite config loads this file too.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'lcp-desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

const productionDirectives: Record<string, string[]> = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'frame-src': ['blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

function serialize(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

export function productionCsp(): string {
  return serialize(productionDirectives);
}

/**
 * Development server policy: React refresh injects an inline preamble and Vite's HMR talks over a
 * websocket to the dev server, so those two are allowed here and nowhere else.
 */
export function developmentCsp(devServerOrigin: string): string {
  const ws = devServerOrigin.replace(/^http/, 'ws');
  return serialize({
    ...productionDirectives,
    'script-src': ["'self'", "'unsafe-inline'", devServerOrigin],
    'style-src': ["'self'", "'unsafe-inline'"],
    'connect-src': ["'self'", devServerOrigin, ws],
  });
}
