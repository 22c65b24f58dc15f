/** Builds the app plus the registry benchmark page into out/bench (never into the app's outputs). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { rendererConfig } from '../../src-renderer/vite.config.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const base = rendererConfig(path.join(root, 'out/bench'));

export default defineConfig({
  ...base,
  root,
  build: {
    ...base.build,
    sourcemap: false,
    rollupOptions: {
      input: {
        app: path.join(root, 'src-renderer/index.html'),
        bench: path.join(root, 'tests/bench/registry-bench.html'),
      },
    },
  },
});
