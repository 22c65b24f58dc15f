// Sync of 10,000 changes end to end: read from the IndexedDB outbox in Chromium (the built app in
// browser mode), pushed through the same-origin /hub proxy to the real hub process (SQLite,
// synchronous=FULL), acknowledged, marked synced (one cursor write per batch). Beside it: the bare
// HTTP round trips of the same batches to a server that does nothing. Prints JSON lines, no assertions.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../support/chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// Resolved before any server starts: without a Chromium this stops with one line saying what to install.
const CHROMIUM = chromiumPath();
const CHANGES = 10_000;
const BATCH = 2000;
const print = (metric, value, unit, extra = {}) =>
  console.log(JSON.stringify({ bench: 'sync', metric, value, unit, ...extra }));

function freePort() {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function waitFor(child, text) {
  return new Promise((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => reject(new Error(`timeout waiting for "${text}": ${log}`)), 60_000);
    const on = (chunk) => {
      log += chunk.toString();
      if (log.includes(text)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', on);
    child.stderr.on('data', on);
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${log}`)));
  });
}

function stop(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Outbox entries as the app writes them. */
function makeEntries(lcpId, nodeId) {
  const base = Date.UTC(2026, 2, 1);
  return Array.from({ length: CHANGES }, (_, i) => {
    const entityId = crypto.randomUUID();
    return {
      changeId: crypto.randomUUID(),
      entity: 'company',
      entityId,
      op: 'create',
      fields: {
        legalName: `Bench Company ${i}`,
        country: 'SI',
        languages: ['sl', 'en'],
        role: 'both',
        status: 'registered',
        consent: { storeGivenAt: '2026-03-01' },
        tags: [],
        city: 'Kranj',
      },
      at: new Date(base + i).toISOString(),
      hlc: `${new Date(base + i).toISOString()}-00000-${nodeId}`,
      lcpId,
    };
  });
}

async function bareRoundTrips(entries) {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/v1/batches`;
  const bodies = [];
  for (let i = 0; i < entries.length; i += BATCH) {
    const changes = entries.slice(i, i + BATCH).map((e, j) => ({ ...e, seq: i + j + 1 }));
    bodies.push(JSON.stringify({ protocol: 1, batchId: `b-${i}`, changes }));
  }
  await fetch(url, { method: 'POST', body: '{}' }).then((r) => r.text()); // warm up the connection
  const started = performance.now();
  for (const body of bodies)
    await (await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body })).text();
  const elapsed = performance.now() - started;
  server.close();
  return { elapsed, batches: bodies.length, bytes: bodies.reduce((n, b) => n + b.length, 0) };
}

async function main() {
  if (!existsSync(path.join(root, 'out/web/index.html'))) {
    const build = spawnSync('npm', ['run', 'build:web'], { cwd: root, stdio: 'ignore' });
    if (build.status !== 0) throw new Error('npm run build:web failed');
  }
  const dbFile = path.join(mkdtempSync(path.join(tmpdir(), 'lcp-bench-')), 'hub.sqlite');
  const hubArgs = ['--import', 'tsx', 'src-hub/main.ts'];
  const token = spawnSync(process.execPath, [...hubArgs, 'register', '--name', 'bench', '--db', dbFile], {
    cwd: root,
    encoding: 'utf8',
  }).stdout.trim();
  const [hubPort, webPort] = [await freePort(), await freePort()];
  const hub = spawn(process.execPath, [...hubArgs, 'serve', '--port', String(hubPort), '--db', dbFile], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DATABASE_URL: '' },
  });
  await waitFor(hub, 'listening');
  let hubMs = 0;
  hub.stdout.on('data', (chunk) => {
    for (const match of chunk.toString().matchAll(/ in (\d+) ms/g)) hubMs += Number(match[1]);
  });
  const web = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--config',
      'src-renderer/vite.config.ts',
      '--host',
      '127.0.0.1',
      '--port',
      String(webPort),
      '--strictPort',
    ],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LCP_HUB_URL: `http://127.0.0.1:${hubPort}` },
    },
  );
  await waitFor(web, String(webPort));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.addInitScript((t) => sessionStorage.setItem('lcp.hub.token', t), token);
    await page.goto(`http://127.0.0.1:${webPort}/#/sync`);
    await page.getByTestId('sync-facts').waitFor();
    // Seed the outbox directly in IndexedDB, as 10,000 app writes would have left it.
    const ids = await page.evaluate(async () => {
      const db = await new Promise((resolve) => {
        const request = indexedDB.open('lcp-desk');
        request.onsuccess = () => resolve(request.result);
      });
      const get = (key) =>
        new Promise((resolve) => {
          const r = db.transaction('meta').objectStore('meta').get(key);
          r.onsuccess = () => resolve(r.result?.value);
        });
      const result = { lcpId: await get('lcpId'), nodeId: await get('nodeId') };
      db.close();
      return result;
    });
    const entries = makeEntries(ids.lcpId, ids.nodeId);
    await page.evaluate(async (rows) => {
      const db = await new Promise((resolve) => {
        const request = indexedDB.open('lcp-desk');
        request.onsuccess = () => resolve(request.result);
      });
      await new Promise((resolve, reject) => {
        const tx = db.transaction('outbox', 'readwrite');
        const store = tx.objectStore('outbox');
        for (const row of rows) store.add(row);
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }, entries);
    await page.reload();
    await page
      .getByTestId('sync-pending')
      .filter({ hasText: /10.?000/ })
      .waitFor();
    // Timed in the page: from the click to the screen showing the finished sync.
    const elapsed = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const started = performance.now();
          const observer = new MutationObserver(() => {
            const pending = document.querySelector('[data-testid="sync-pending"]')?.textContent;
            if (document.querySelector('[data-testid="sync-result"]') && pending === '0') {
              observer.disconnect();
              resolve(performance.now() - started);
            }
          });
          observer.observe(document.body, { subtree: true, childList: true, characterData: true });
          document.querySelector('[data-testid="sync-now"]').click();
        }),
    );
    const stats = JSON.parse(
      spawnSync(process.execPath, [...hubArgs, 'stats', '--db', dbFile], { cwd: root, encoding: 'utf8' }).stdout,
    );
    print('end_to_end_10000_changes', Math.round(elapsed), 'ms', {
      batches: stats.batches,
      storedAtHub: stats.changes,
      target: '<= 1000 ms',
    });
    const bare = await bareRoundTrips(entries);
    print('bare_http_round_trips_same_batches', Math.round(bare.elapsed), 'ms', {
      batches: bare.batches,
      bytes: bare.bytes,
    });
    print('sync_overhead_over_bare_http', Math.round(elapsed - bare.elapsed), 'ms');
    print('hub_time_validate_and_store', hubMs, 'ms', {
      note: 'inside the hub: reading, validating and committing every batch',
    });
    print('load_average_during_bench', Number((await import('node:os')).loadavg()[0].toFixed(2)), '', {
      note: '2 cores shared with other work inflate every figure',
    });
  } finally {
    await browser.close();
    await stop(web);
    await stop(hub);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
