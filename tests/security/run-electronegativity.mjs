// Runs @doyensec/electronegativity over the app's sources and fails on any HIGH or MEDIUM finding.
// A finding is accepted only when disabled in place (`// eng-disable CHECK_ID -- reason`).
// AvailableSecurityFixesGlobalCheck is excluded: it downloads Electron's release list.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';

const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const cli = require.resolve('@doyensec/electronegativity/dist/index.js');
const sources = ['src-main', 'src-renderer'];
const tmp = mkdtempSync(path.join(os.tmpdir(), 'eneg-'));
// One run over main and renderer together, so the global checks see the whole app.
const input = path.join(tmp, 'app');
for (const source of sources) cpSync(source, path.join(input, source), { recursive: true });
const blocking = [];
let total = 0;

try {
  {
    const out = path.join(tmp, 'findings.csv');
    execFileSync(
      process.execPath,
      [cli, '-i', input, '-x', 'AvailableSecurityFixesGlobalCheck', '-e', electronVersion, '-r', '-o', out],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    const { data } = Papa.parse(readFileSync(out, 'utf8').trim(), { header: true, transformHeader: (h) => h.trim() });
    for (const row of data) {
      if (!row.issue) continue;
      total++;
      const [severity, confidence] = [String(row.severity ?? ''), String(row.confidence ?? '')];
      const line = `${severity.padEnd(13)} ${confidence.padEnd(10)} ${row.issue.padEnd(34)} ${row.filename}:${row.location}  ${row.description}`;
      console.log(line);
      if (severity === 'HIGH' || severity === 'MEDIUM') blocking.push(line);
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

console.log(`electronegativity: ${total} finding(s), ${blocking.length} HIGH or MEDIUM`);
if (blocking.length > 0) {
  console.error('Fix these, or disable them in place with a written reason:');
  for (const line of blocking) console.error(`  ${line}`);
  process.exit(1);
}
