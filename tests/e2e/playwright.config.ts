import { defineConfig } from '@playwright/test';
import { chromiumPath } from '../support/chromium.mjs';

// CHROMIUM_PATH, else Debian's Chromium, else Playwright's own; none: one line naming the install command.
const CHROMIUM = chromiumPath();
const PORT = Number(process.env['E2E_PORT'] ?? 4173);
// The hub the sync tests start; the preview server proxies /hub to it (browser mode's same-origin path).
export const E2E_HUB_PORT = Number(process.env['E2E_HUB_PORT'] ?? PORT + 127);
process.env['E2E_HUB_PORT'] = String(E2E_HUB_PORT);

export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    browserName: 'chromium',
    viewport: { width: 1280, height: 820 },
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    locale: 'en-GB',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'web', testMatch: /.*\.e2e\.ts$/ },
    { name: 'electron', testDir: '../electron', testMatch: /.*\.e2e\.ts$/ },
  ],
  webServer: {
    command: `npx vite preview --config src-renderer/vite.config.ts --host 127.0.0.1 --port ${PORT} --strictPort`,
    cwd: '../..',
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env['CI'],
    env: { ...(process.env as Record<string, string>), LCP_HUB_URL: `http://127.0.0.1:${E2E_HUB_PORT}` },
    timeout: 60_000,
  },
});
