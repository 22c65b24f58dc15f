/** Starts the real hub process (`node --import tsx src-hub/main.ts`) on a free localhost port. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HubTransport } from '../../src-renderer/data/sync/types';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MAIN = path.join(ROOT, 'src-hub/main.ts');

export type StorageChoice = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

export function freshSqlite(): StorageChoice {
  return { kind: 'sqlite', file: path.join(mkdtempSync(path.join(tmpdir(), 'lcp-hub-')), 'hub.sqlite') };
}

function storageArgs(storage: StorageChoice): string[] {
  return storage.kind === 'sqlite' ? ['--db', storage.file] : ['--database-url', storage.url];
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Runs an admin command of the hub and returns its standard output. */
export function hubCommand(storage: StorageChoice, args: string[]): { status: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args, ...storageArgs(storage)], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '' },
  });
  return { status: result.status ?? -1, stdout: result.stdout.trim(), stderr: result.stderr };
}

export function registerLcp(storage: StorageChoice, name: string, office = false): string {
  const result = hubCommand(storage, ['register', '--name', name, ...(office ? ['--office'] : [])]);
  if (result.status !== 0) throw new Error(`register failed: ${result.stderr}`);
  return result.stdout;
}

export type RunningHub = {
  url: string;
  port: number;
  process: ChildProcess;
  log: string[];
  stop: () => Promise<void>;
  kill: () => Promise<void>;
};

export async function startHub(storage: StorageChoice, port?: number): Promise<RunningHub> {
  const chosen = port ?? (await freePort());
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', MAIN, 'serve', '--port', String(chosen), ...storageArgs(storage)],
    {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const log: string[] = [];
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`hub did not start: ${log.join('')}`)), 20_000);
    child.stdout.on('data', (chunk: Buffer) => {
      log.push(chunk.toString());
      if (chunk.toString().includes('listening')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr.on('data', (chunk: Buffer) => log.push(chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`hub exited with ${code}: ${log.join('')}`));
    });
  });
  return {
    url: `http://127.0.0.1:${chosen}`,
    port: chosen,
    process: child,
    log,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
    kill: async () => {
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

/** The app's transport as the main process runs it: plain HTTP with the bearer token. */
export function httpTransport(baseUrl: () => string, token: string): HubTransport {
  return async (request) => {
    const response = await fetch(`${baseUrl()}${request.path}`, {
      method: request.method,
      headers: { Authorization: `Bearer ${token}`, ...(request.body ? { 'Content-Type': 'application/json' } : {}) },
      body: request.body,
    });
    return { status: response.status, body: await response.text() };
  };
}

/** PostgreSQL for the same suite: DATABASE_URL (set by .ci/run), or skipped with the reason. */
export const PG_ADMIN_URL = process.env['LCP_TEST_DATABASE_URL'] ?? process.env['DATABASE_URL'] ?? '';
export const PG_SKIP_REASON = PG_ADMIN_URL
  ? ''
  : 'no PostgreSQL: set LCP_TEST_DATABASE_URL or DATABASE_URL (.ci/run starts one and sets it)';

/** A fresh PostgreSQL database for one hub, so runs never see each other's rows. */
export async function freshPostgres(): Promise<StorageChoice> {
  const { default: pg } = await import('pg');
  const name = `lcp_hub_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return { kind: 'postgres', url: url.toString() };
}

export async function freshStorage(kind: 'sqlite' | 'postgres'): Promise<StorageChoice> {
  return kind === 'sqlite' ? freshSqlite() : freshPostgres();
}
