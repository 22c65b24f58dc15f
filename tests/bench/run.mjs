// `npm run bench`: runs every tests/bench/*.bench.mjs in turn. Each prints one JSON line per figure
// ({"bench": "...", "metric": "...", "value": n, "unit": "..."}). Figures, never assertions.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => !only || f.includes(only))
  .sort();
if (files.length === 0) console.log(JSON.stringify({ bench: 'none', note: 'no benchmark files' }));
let failed = false;
for (const file of files) {
  const result = spawnSync(process.execPath, [path.join(here, file)], { stdio: 'inherit' });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
