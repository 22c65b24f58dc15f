/**
 * The hub's command line.
 *   npm run hub -- serve --port 8787 [--host 127.0.0.1] [--db hub.sqlite | --database-url postgres://...]
 *   npm run hub -- register --name "Dublin Chamber" [--office] [--lcp-id <id>]   (prints the token once)
 *   npm run hub -- import --name "Dublin Chamber" --file batches.json
 *   npm run hub -- stats                            (row counts, JSON)
 * DATABASE_URL in the environment selects PostgreSQL as --database-url does.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { exportFileSchema } from '../src-shared/protocol';
import { Hub, type Role } from './hub';
import { createHubServer, type HubLogger } from './server';
import { openPostgres } from './store/postgres';
import { openSqlite } from './store/sqlite';
import type { Database } from './store/types';

const logger: HubLogger = {
  info: (message) => console.log(`${new Date().toISOString()} ${message}`),
  warn: (message) => console.warn(`${new Date().toISOString()} WARN ${message}`),
  error: (message) => console.error(`${new Date().toISOString()} ERROR ${message}`),
};

async function openDatabase(values: { db?: string; 'database-url'?: string }): Promise<Database> {
  const url = values['database-url'] ?? process.env['DATABASE_URL'];
  if (url) return openPostgres(url);
  return openSqlite(values.db ?? process.env['LCP_HUB_DB'] ?? 'hub.sqlite');
}

async function main(argv: string[]): Promise<number> {
  const command = argv[0] && !argv[0].startsWith('-') ? argv[0] : 'serve';
  const rest = argv[0] === command ? argv.slice(1) : argv;
  const { values } = parseArgs({
    args: rest,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      db: { type: 'string' },
      'database-url': { type: 'string' },
      name: { type: 'string' },
      office: { type: 'boolean' },
      'lcp-id': { type: 'string' },
      file: { type: 'string' },
    },
  });
  const db = await openDatabase(values);
  const hub = new Hub(db);

  if (command === 'register') {
    if (!values.name) throw new Error('register needs --name');
    const role: Role = values.office ? 'office' : 'lcp';
    const { token } = await hub.registerAccount(values.name, role, values['lcp-id']);
    console.log(token);
    await db.close();
    return 0;
  }

  if (command === 'stats') {
    console.log(JSON.stringify(await hub.counts()));
    await db.close();
    return 0;
  }

  if (command === 'import') {
    if (!values.name || !values.file) throw new Error('import needs --name and --file');
    const account = await hub.accountByName(values.name);
    if (!account) throw new Error(`no account named ${values.name}`);
    const file = exportFileSchema.parse(JSON.parse(await readFile(values.file, 'utf8')));
    let failed = false;
    for (const batch of file.batches) {
      const outcome = await hub.push(account, batch);
      if (outcome.status === 200) {
        console.log(
          `${batch.batchId}: ${outcome.body.applied} applied, ${outcome.body.duplicates} already known${outcome.replay ? ' (imported before)' : ''}`,
        );
      } else {
        failed = true;
        console.error(`${batch.batchId}: refused (${outcome.status}): ${outcome.reason}`);
      }
    }
    await db.close();
    return failed ? 1 : 0;
  }

  if (command === 'serve') {
    const port = Number(values.port ?? process.env['PORT'] ?? 8787);
    const host = values.host ?? '127.0.0.1';
    const server = createHubServer(hub, logger);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      console.log(`LCP hub listening on http://${host}:${actual} (storage: ${db.kind})`);
    });
    const stop = () => {
      server.close(() => void db.close().then(() => process.exit(0)));
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
    return -1;
  }
  throw new Error(`unknown command ${command}: use serve, register or import`);
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
