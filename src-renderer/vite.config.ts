import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type ProxyOptions, type UserConfig } from 'vite';
import { developmentCsp, productionCsp } from '../src-main/csp.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const { version } = JSON.parse(readFileSync(path.join(here, '../package.json'), 'utf8')) as { version: string };

const CSP_META = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)("\s*\/?>)/;

/**
 * index.html carries the production policy literally (so a security scanner reads it). Builds
 * check it still equals src-main/csp.ts; the dev server swaps in the development policy.
 */
function cspMetaTag(): Plugin {
  let isServe = false;
  let origin = 'http://localhost:5173';
  return {
    name: 'lcp-csp-meta',
    configResolved(config) {
      isServe = config.command === 'serve' && !config.isProduction;
      origin = `http://localhost:${config.server.port ?? 5173}`;
    },
    transformIndexHtml(html) {
      const match = CSP_META.exec(html);
      if (!match) throw new Error('index.html lost its Content-Security-Policy meta tag');
      if (!isServe) {
        if (match[2] !== productionCsp())
          throw new Error('index.html CSP differs from src-main/csp.ts productionCsp()');
        return html;
      }
      return html.replace(CSP_META, `$1${developmentCsp(origin)}$3`);
    },
  };
}

/**
 * Browser mode reaches the central office's hub through the same origin (`/hub/*`), so the CSP's
 * `connect-src 'self'` stays as it is. Set LCP_HUB_URL (for example http://127.0.0.1:8787).
 */
function hubProxy(): Record<string, ProxyOptions> {
  const target = process.env['LCP_HUB_URL'];
  if (!target) return {};
  return { '/hub': { target, changeOrigin: true, rewrite: (p) => p.replace(/^\/hub/, '') } };
}

/** The renderer's Vite config, used by electron-vite and by the browser mode alike. */
export function rendererConfig(outDir: string): UserConfig {
  return {
    root: here,
    base: './',
    plugins: [react(), cspMetaTag()],
    define: { __APP_VERSION__: JSON.stringify(version) },
    resolve: { alias: { '@locales': path.resolve(here, '../locales') } },
    server: { port: 5173, strictPort: false, fs: { allow: [path.resolve(here, '..')] }, proxy: hubProxy() },
    preview: { port: 4173, strictPort: true, proxy: hubProxy() },
    build: { outDir, emptyOutDir: true, target: 'chrome130', sourcemap: true, chunkSizeWarningLimit: 2000 },
  };
}

export default defineConfig(rendererConfig(path.resolve(here, '../out/web')));
