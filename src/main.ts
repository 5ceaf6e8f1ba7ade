/**
 * The process entry point and the only module with side effects at run time:
 * parse the command line, load configuration, start the database, the HTTP
 * server and the worker, handle signals.
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Flags } from './config/index.js';
import { seedDemo } from './cli/demo.js';
import { createLogger, openDatabase, startTessera } from './server.js';
import { migrateToLatest } from './storage/migrate.js';

const USAGE = `Usage: tessera <command> [options]

Commands:
  serve      Run the server (HTTP API and background worker)
  migrate    Apply database migrations and exit

Options for serve:
  --demo            Create demo organizations, keys and data (idempotent); writes <data-dir>/demo.json
  --port N          Port to listen on (default: PORT or 8080)
  --host H          Address to bind (default: HOST or 127.0.0.1)
  --data-dir DIR    Data directory (default: TESSERA_DATA_DIR or ./data)
  --role R          api | worker | all (default: all)

Examples:
  tessera serve --demo
  DATABASE_URL=postgres://localhost/tessera TESSERA_SECRET=... tessera migrate
`;

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      demo: { type: 'boolean' },
      port: { type: 'string' },
      host: { type: 'string' },
      'data-dir': { type: 'string' },
      role: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const command = positionals[0];
  if (values.help || !command) {
    process.stdout.write(USAGE);
    return command || values.help ? 0 : 2;
  }
  const flags: Flags = {};
  if (values.port !== undefined) flags.port = values.port;
  if (values.host !== undefined) flags.host = values.host;
  if (values['data-dir'] !== undefined) flags.dataDir = values['data-dir'];
  if (values.role !== undefined) flags.role = values.role;
  if (values.demo !== undefined) flags.demo = values.demo;

  let config;
  try {
    config = loadConfig(process.env, flags);
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`tessera: invalid configuration: ${e.message}\n`);
      return 2;
    }
    throw e;
  }

  if (command === 'migrate') {
    const logger = createLogger(config);
    const database = await openDatabase(config, logger);
    try {
      const { applied } = await migrateToLatest(database.db);
      process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'Database is up to date.\n');
    } finally {
      await database.db.destroy();
      await database.embedded?.stop();
    }
    return 0;
  }
  if (command !== 'serve') {
    process.stderr.write(`tessera: unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }

  const tessera = await startTessera(config);
  const { app, deps } = tessera;
  const address = await app.listen({ port: config.port, host: config.host });
  if (config.demo) {
    await seedDemo({ deps, baseUrl: address, print: (s) => process.stdout.write(s) });
  }
  deps.logger.info({ address, role: config.role, database: config.databaseUrl ? 'external' : 'embedded' }, 'tessera listening');

  await new Promise<void>((resolve) => {
    const shutdown = (signal: string) => {
      deps.logger.info({ signal }, 'shutting down');
      tessera.stop().then(resolve, resolve);
    };
    process.once('SIGINT', () => shutdown('SIGINT'));
    process.once('SIGTERM', () => shutdown('SIGTERM'));
  });
  return 0;
}
