import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);

/**
 * Path of the Electron binary, or null where none was downloaded. Read from electron's path.txt:
 * `require('electron')` itself would try to download the binary.
 */
function electronBinary(): string | null {
  const dir = path.dirname(require.resolve('electron/package.json'));
  const pathFile = path.join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
const SKIP_REASON =
  'No Electron binary: it was installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1 (this machine cannot download it). Runs wherever `npm install` fetched it.';
if (binary === null) console.log(`[electron smoke test] skipped: ${SKIP_REASON}`);

test('the desktop app starts with a sandboxed, isolated window', async () => {
  test.skip(binary === null, SKIP_REASON);
  const app = await electron.launch({ executablePath: binary!, args: [root], cwd: root });
  const window = await app.firstWindow();
  await expect(window.getByRole('navigation')).toBeVisible();
  expect(window.url()).toMatch(/^app:\/\/lcp-desk\//);
  // The page has the preload API and no Node.
  expect(await window.evaluate(() => typeof (window as unknown as { lcp?: unknown }).lcp)).toBe('object');
  expect(await window.evaluate(() => typeof (globalThis as unknown as { require?: unknown }).require)).toBe(
    'undefined',
  );
  const info = await window.evaluate(() =>
    (window as unknown as { lcp: { getAppInfo(): Promise<{ name: string }> } }).lcp.getAppInfo(),
  );
  expect(info.name).toBeTruthy();
  await app.close();
});
