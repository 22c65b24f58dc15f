// Interviews benchmark, in Debian's Chromium against the built web app (out/web, `npm run build:web`):
//  - one autosave write (the real path: updateRecord + outbox entry, strict durability) with
//    10,000 interviews stored; median and p95 over typed changes in the notes and in an answer;
//  - opening an interview whose notes hold about 50 KB of text, until the last paragraph shows.
// Prints one JSON line per figure. Figures, never assertions.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../support/chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// Resolved before any server starts: without a Chromium this stops with one line saying what to install.
const CHROMIUM = chromiumPath();
const PORT = Number(process.env.BENCH_PORT ?? 4373);
const BASE = `http://127.0.0.1:${PORT}/`;
const INTERVIEWS = 10_000;
const WRITES = 40;
const OPENS = 10;

function report(metric, value, unit, extra = {}) {
  console.log(JSON.stringify({ bench: 'interviews', metric, value: Math.round(value * 100) / 100, unit, ...extra }));
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const p95 = (values) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.95))];

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`preview server did not start on ${BASE}`);
}

/** Seeds the app's own IndexedDB (created by the app at start) with companies, interviews and one long-notes interview. */
async function seed(page, count) {
  return page.evaluate(async (total) => {
    const open = () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('lcp-desk');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const db = await open();
    const lcpId = await new Promise((resolve) => {
      const r = db.transaction('meta').objectStore('meta').get('lcpId');
      r.onsuccess = () => resolve(r.result?.value ?? 'lcp');
    });
    const now = new Date().toISOString();
    const companies = [];
    for (let i = 0; i < 2000; i++)
      companies.push({
        id: `bench-company-${i}`,
        lcpId,
        createdAt: now,
        updatedAt: now,
        legalName: `Bench Company ${i} d.o.o.`,
        country: ['SI', 'HR', 'GR', 'IT'][i % 4],
        languages: [],
        role: 'both',
        status: 'lead',
        consent: {},
        tags: [],
      });
    const paragraph = (i) => ({
      type: 'paragraph',
      content: [
        {
          type: 'text',
          text: `Paragraph ${i}: the company explained its export plans, its distributors in the region and the training its staff would need abroad. `,
        },
        { type: 'text', marks: [{ type: 'bold' }], text: 'Follow up next week. ' },
        { type: 'text', text: 'They asked about insurance and the monthly support for the host country.' },
      ],
    });
    const content = [];
    let i = 0;
    while (JSON.stringify(content).length < 50 * 1024 * 1.6 || content.length < 10) content.push(paragraph(i++));
    content.push({
      type: 'taskList',
      content: [
        {
          type: 'taskItem',
          attrs: { checked: false },
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Last task of the long notes' }] }],
        },
      ],
    });
    const longNotes = { type: 'doc', content };
    const textBytes = new TextEncoder().encode(
      content.flatMap((p) => (p.content ?? []).map((c) => c.text ?? '')).join(''),
    ).length;
    const interviews = [];
    for (let n = 0; n < total; n++)
      interviews.push({
        id: `bench-interview-${n}`,
        lcpId,
        createdAt: now,
        updatedAt: now,
        companyId: `bench-company-${n % 2000}`,
        interviewer: ['Ana', 'Marko', 'Eleni'][n % 3],
        startedAt: new Date(Date.now() - n * 60000).toISOString(),
        status: n % 2 ? 'completed' : 'inProgress',
        answers: {
          roleWanted: 'send',
          objectives: ['markets'],
          motivation: `Interview ${n}: looking for a partner abroad.`,
          preferredCountries: ['AT'],
        },
        notes: n === 0 ? longNotes : { type: 'doc', content: [paragraph(n)] },
      });
    await new Promise((resolve, reject) => {
      const tx = db.transaction(['companies', 'interviews'], 'readwrite');
      for (const c of companies) tx.objectStore('companies').put(c);
      for (const iv of interviews) tx.objectStore('interviews').put(iv);
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    return { notesJsonBytes: JSON.stringify(longNotes).length, notesTextBytes: textBytes };
  }, count);
}

async function main() {
  if (!existsSync(path.join(root, 'out/web/index.html'))) {
    const build = spawnSync('npm', ['run', 'build:web'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('build failed');
  }
  const server = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--config',
      'src-renderer/vite.config.ts',
      '--host',
      '127.0.0.1',
      '--port',
      String(PORT),
      '--strictPort',
    ],
    {
      cwd: root,
      stdio: 'ignore',
      detached: true,
    },
  );
  // A profile on disk, as the app has: an incognito context keeps IndexedDB in memory and would
  // hide what strict durability costs.
  const profile = await mkdtemp(path.join(tmpdir(), 'lcp-desk-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    baseURL: BASE,
    locale: 'en-GB',
    viewport: { width: 1280, height: 820 },
  });
  try {
    await waitForServer();
    const page = await context.newPage();
    await page.goto('./#/interviews');
    await page.getByRole('navigation').waitFor();
    const sizes = await seed(page, INTERVIEWS);
    report('storedInterviews', INTERVIEWS, 'interviews');
    report('longNotesSize', sizes.notesTextBytes / 1024, 'KB', {
      note: 'text; the stored JSON is larger',
      jsonKB: Math.round(sizes.notesJsonBytes / 102.4) / 10,
    });

    // Autosave: each change waits for its write (state "saved"), whose duration the page reports.
    await page.goto('./#/interviews/bench-interview-1');
    const status = page.getByTestId('autosave-state');
    await page.locator('.notes-editor__content').waitFor();
    const measureWrites = async (count, targets) => {
      const out = [];
      for (let n = 0; n < count; n++) {
        const before = await status.getAttribute('data-last-write-ms');
        await targets[n % targets.length].click();
        await page.keyboard.press('End');
        await page.keyboard.type('x');
        // Wait until this change's write has landed: saved, with a new duration. (Waiting for the
        // state to leave "saved" first raced a write that had already landed on a loaded machine.)
        await page.waitForFunction((previous) => {
          const element = document.querySelector('[data-testid="autosave-state"]');
          return (
            element?.getAttribute('data-state') === 'saved' && element.getAttribute('data-last-write-ms') !== previous
          );
        }, before);
        out.push(Number(await status.getAttribute('data-last-write-ms')));
      }
      return out;
    };
    const durations = await measureWrites(WRITES, [
      page.locator('.notes-editor__content'),
      page.locator('[name="motivation"]'),
    ]);
    report('autosaveWriteMedian', median(durations), 'ms', { writes: durations.length, target: '<= 5 ms' });
    report('autosaveWriteP95', p95(durations), 'ms');

    // The same in the interview with 50 KB of notes (each save compares and stores the whole document).
    await page.goto('./#/interviews/bench-interview-0');
    await page.locator('.notes-editor__content p').getByText('Last task of the long notes', { exact: true }).waitFor();
    const longDurations = await measureWrites(WRITES / 2, [page.locator('.notes-editor__content p').last()]);
    report('autosaveWriteLongNotesMedian', median(longDurations), 'ms', { writes: longDurations.length });

    // The floor under it: a bare IndexedDB commit of one small row on this machine, strict and relaxed.
    const floor = await page.evaluate(async (runs) => {
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open('lcp-desk');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const time = async (durability) => {
        const out = [];
        for (let i = 0; i < runs; i++) {
          const started = performance.now();
          await new Promise((resolve, reject) => {
            const tx = db.transaction('meta', 'readwrite', { durability });
            tx.objectStore('meta').put({ key: 'bench.floor', value: i });
            tx.oncomplete = resolve;
            tx.onerror = () => reject(tx.error);
          });
          out.push(performance.now() - started);
        }
        return out;
      };
      // The same requests as updateRecord + its outbox entry, one after the other as Dexie awaits them.
      const sequence = async () => {
        const out = [];
        const step = (request) =>
          new Promise((resolve, reject) => {
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          });
        for (let i = 0; i < runs; i++) {
          // Idle between writes, as between autosaves (the storage backend goes quiet in between).
          await new Promise((resolve) => setTimeout(resolve, 350));
          const started = performance.now();
          const tx = db.transaction(['interviews', 'meta', 'outbox'], 'readwrite', { durability: 'strict' });
          const done = new Promise((resolve) => (tx.oncomplete = resolve));
          const record = await step(tx.objectStore('interviews').get('bench-interview-2'));
          await step(tx.objectStore('meta').get('lcpId'));
          await step(tx.objectStore('interviews').put({ ...record, updatedAt: new Date().toISOString() }));
          await step(tx.objectStore('meta').get('nodeId'));
          await step(tx.objectStore('meta').put({ key: 'bench.hlc', value: i }));
          await step(
            tx.objectStore('outbox').add({
              changeId: crypto.randomUUID(),
              entity: 'interview',
              entityId: 'bench',
              op: 'update',
              fields: {},
              at: '',
              hlc: '',
              lcpId: '',
            }),
          );
          await done;
          out.push(performance.now() - started);
        }
        return out;
      };
      const result = { strict: await time('strict'), relaxed: await time('relaxed'), sequence: await sequence() };
      db.close();
      return result;
    }, WRITES);
    report('bareCommitStrictMedian', median(floor.strict), 'ms', { note: 'one put, no Dexie, durability strict' });
    report('bareCommitRelaxedMedian', median(floor.relaxed), 'ms', { note: 'one put, no Dexie, durability relaxed' });
    report('bareUpdateSequenceMedian', median(floor.sequence), 'ms', {
      note: 'the six requests of updateRecord, awaited in turn, no Dexie, 350 ms apart',
    });

    // Opening the long-notes interview from the list, until its last line is on screen.
    const opens = [];
    for (let n = 0; n < OPENS; n++) {
      await page.goto('./#/interviews');
      await page.getByTestId('interview-table').waitFor();
      const started = await page.evaluate(() => performance.now());
      await page.evaluate(() => {
        location.hash = '#/interviews/bench-interview-0';
      });
      await page
        .locator('.notes-editor__content p')
        .getByText('Last task of the long notes', { exact: true })
        .waitFor();
      opens.push((await page.evaluate(() => performance.now())) - started);
    }
    report('openLongNotesMedian', median(opens), 'ms', { opens: OPENS });
    report('openLongNotesMax', Math.max(...opens), 'ms');
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
    process.kill(-server.pid);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
