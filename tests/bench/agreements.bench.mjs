// Agreement PDF generation: median time of a bilingual (hr + el) agreement of about 5 pages with
// embedded, subset Noto Sans, beside pdf-lib drawing the same layout of text (en + fr) with
// Helvetica in the same run. The ratio is the figure (target: at most 8x, file at most 150 KB).
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { build } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = path.join(root, 'test-results/bench-build');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
await build({
  configFile: false,
  root,
  logLevel: 'silent',
  build: {
    ssr: path.join(root, 'tests/bench/agreement-pdf-entry.ts'),
    outDir,
    emptyOutDir: true,
    minify: false,
    rollupOptions: { output: { entryFileNames: 'entry.mjs' } },
  },
});
const bench = await import(pathToFileURL(path.join(outDir, 'entry.mjs')).href);

const RUNS = 15;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
async function measure(fn) {
  const coldStart = performance.now();
  await fn(); // first run: parses the fonts (kept for later runs, as in the app), warms the JIT
  const coldMs = performance.now() - coldStart;
  const times = [];
  let bytes;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    bytes = await fn();
    times.push(performance.now() - start);
  }
  return { ms: median(times), coldMs, bytes };
}

const embedded = await measure(() => bench.generateEmbedded(root, ['hr', 'el']));
const standard = await measure(() => bench.generateStandard(root, ['en', 'fr']));
const line = (metric, value, unit) => console.log(JSON.stringify({ bench: 'agreement-pdf', metric, value, unit }));
line('embeddedMedianMs', Number(embedded.ms.toFixed(1)), 'ms');
line('embeddedFirstRunMs', Number(embedded.coldMs.toFixed(1)), 'ms');
line('standardMedianMs', Number(standard.ms.toFixed(1)), 'ms');
line('ratio', Number((embedded.ms / standard.ms).toFixed(2)), 'x');
line('embeddedBytes', embedded.bytes.length, 'bytes');
line('embeddedPages', await bench.pageCount(embedded.bytes), 'pages');
line('standardPages', await bench.pageCount(standard.bytes), 'pages');
