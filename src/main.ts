/**
 * The process entry point and the only module with side effects at run time:
 * parse the command line, load configuration, start the database, the HTTP
 * server and the worker, handle signals.
 */
import { parseArgs } from 'node:util';
import { startBanner } from './cli/banner.js';
import type { DemoFile } from './cli/demo.js';
import { cliConfigDir } from './config/cli.js';
import { ConfigError, loadConfig, type Config, type Flags } from './config/index.js';
import { DataDirError } from './storage/data-dir-lock.js';

const USAGE = `Usage: tessera <command> [options]

Commands:
  serve      Run the server (HTTP API and background worker)
  migrate    Apply database migrations and exit
  backup     Back up the database while it serves: tessera backup [--data-dir DIR] --out FILE
  restore    Restore a backup into a new data directory: tessera restore --data-dir NEWDIR FILE
             (with DATABASE_URL: pg_dump/pg_restore from the PATH, into an empty database)
             A backup holds the database only: keep <data-dir>/secret (or TESSERA_SECRET) apart, and
             copy it to the new data directory (or set the same TESSERA_SECRET) before serving it.

Options for serve:
  --demo            Create demo organizations, keys and data (idempotent); writes <data-dir>/demo.json
  --port N          Port to listen on (default: PORT or 8080)
  --host H          Address to bind (default: HOST or 127.0.0.1)
  --data-dir DIR    Data directory (default: TESSERA_DATA_DIR or ./data)
  --role R          api | worker | all (default: all)

Examples:
  tessera serve --demo
  DATABASE_URL=postgres://localhost/tessera TESSERA_SECRET=... tessera migrate
  tessera backup --data-dir ./data --out tessera-backup.tar.gz
  tessera restore --data-dir ./restored tessera-backup.tar.gz && cp ./data/secret ./restored/secret
`;

/** The full help: the server commands, then the remote ones (loaded only when asked for). */
async function usage(): Promise<string> {
  const { remoteUsage } = await import('./cli/remote/index.js');
  return `${USAGE}
Remote commands (talk to a running Tessera through the SDK; run "tessera <command> --help"):
${remoteUsage()}

Remote options: --url URL, --api-key KEY (Connect), --token TOKEN (/v3 session or tpat_…),
  --profile NAME (a saved login, see "tessera login --help"; flags win over it), --json.
  Profiles are saved in TESSERA_CONFIG_DIR (default ~/.config/tessera)/profiles.json, mode 0600.

Exit codes:
  0    success
  1    the API answered an error ("tessera: <status> <code>: <detail> (request req_…)" on stderr)
       or none ("tessera: cannot reach Tessera at <URL> (<reason>)")
  2    usage error: unknown command or option, missing argument, an invalid value
  130  interrupted (Ctrl-C)
`;
}

/** `tessera share-tokens …`, `tessera login …`: the remote commands, with Ctrl-C as an abort signal. */
async function runRemoteCommand(argv: string[]): Promise<number | null> {
  const remote = await import('./cli/remote/index.js');
  if (!remote.isRemoteCommand(argv[0])) return null;
  const { promptHidden } = await import('./cli/remote/prompt.js');
  const interrupt = new AbortController();
  // The first Ctrl-C stops waiting and polling cleanly; a second one exits at once.
  const onSigint = () => (interrupt.signal.aborted ? process.exit(130) : interrupt.abort());
  process.on('SIGINT', onSigint);
  try {
    return await remote.runRemote(argv, {
      streams: { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s), stderrIsTTY: process.stderr.isTTY === true },
      configDir: cliConfigDir(),
      interrupted: interrupt.signal,
      // Only at a terminal: a pipe or a script without --password gets a usage error, never a hang.
      readSecret: process.stdin.isTTY ? (question) => promptHidden({ input: process.stdin, output: process.stderr, question }) : undefined,
    });
  } finally {
    process.off('SIGINT', onSigint);
  }
}

/** The entry point: a data directory Tessera cannot use is one line on stderr and exit code 1. */
export async function main(argv: string[]): Promise<number> {
  try {
    return await run(argv);
  } catch (e) {
    // A data directory in use, a backup that cannot be made or restored: one line, no stack.
    if (!(e instanceof DataDirError) && (e as Error | null)?.name !== 'BackupError') throw e;
    process.stderr.write(`tessera: ${(e as Error).message}\n`);
    return 1;
  }
}

const SERVER_COMMANDS = ['serve', 'migrate', 'backup', 'restore'];

async function run(argv: string[]): Promise<number> {
  if (argv[0] && !argv[0].startsWith('-') && !SERVER_COMMANDS.includes(argv[0])) {
    const code = await runRemoteCommand(argv);
    if (code !== null) return code;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        demo: { type: 'boolean' },
        port: { type: 'string' },
        host: { type: 'string' },
        'data-dir': { type: 'string' },
        role: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    // An unknown or malformed option is a usage error (exit code 2), like an unknown command.
    process.stderr.write(`tessera: ${(e as Error).message}\nRun "tessera --help" for usage.\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const command = positionals[0];
  if (values.help || !command) {
    process.stdout.write(await usage());
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
    // Loaded on demand (here and for serve), so the remote commands start without the server's modules.
    const { closeDatabase, createLogger, openDatabase } = await import('./server.js');
    const { migrateToLatest } = await import('./storage/migrate.js');
    const logger = createLogger(config);
    const database = await openDatabase(config, logger);
    try {
      const { applied } = await migrateToLatest(database.db);
      process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'Database is up to date.\n');
    } finally {
      await closeDatabase(database);
    }
    return 0;
  }
  if (command === 'backup' || command === 'restore') return backupOrRestore(command, config, values.out, positionals[1]);
  if (command !== 'serve') {
    process.stderr.write(`tessera: unknown command "${command}"\n\n${await usage()}`);
    return 2;
  }

  const { startTessera } = await import('./server.js');
  // Only with --demo: the seeding code loads while the server starts.
  const demo = config.demo ? import('./cli/demo.js') : null;
  const tessera = await startTessera(config);
  const { app, deps } = tessera;
  const address = await app.listen({ port: config.port, host: config.host });
  // Ready from here (/readyz answers 200); the phases say where a slow start went.
  const startupMs = { ...tessera.startupMs, listening: Math.round(performance.now()) };
  // From here a signal stops gracefully, even while the demo data is being seeded.
  let stopping = false;
  const stopped = new Promise<number>((resolve) => {
    const shutdown = (signal: string) => {
      stopping = true;
      deps.logger.info({ signal, graceMs: config.shutdownGraceMs }, 'shutting down');
      // Every step of stop() is bounded by the grace period; this is the last resort should one not be.
      const backstop = setTimeout(() => {
        deps.logger.error({ graceMs: config.shutdownGraceMs }, 'graceful stop overran the grace period; exiting now');
        resolve(1);
      }, config.shutdownGraceMs + 1_000);
      backstop.unref();
      tessera.stop().then(
        () => resolve(0),
        (err: unknown) => {
          deps.logger.error({ err }, 'graceful stop failed');
          resolve(1);
        },
      );
    };
    process.once('SIGINT', () => shutdown('SIGINT'));
    process.once('SIGTERM', () => shutdown('SIGTERM'));
  });
  let seeded: DemoFile | null = null;
  if (demo) {
    const { seedDemo } = await demo;
    seeded = await seedDemo({ deps, baseUrl: address, print: (s) => process.stdout.write(s) }).catch((err: unknown) => {
      // Seeding cut short by a shutdown is not an error.
      if (!stopping) throw err;
      return null;
    });
  }
  deps.logger.info({ address, role: config.role, database: config.databaseUrl ? 'external' : 'embedded', startupMs }, 'tessera listening');
  // Last, so the dashboard, /docs and the demo login are what the terminal shows.
  if (!stopping) process.stdout.write(startBanner({ address, demo: seeded, demoFile: `${config.dataDir}/demo.json` }));
  return await stopped;
}

/** `tessera backup --out FILE` and `tessera restore FILE` (see src/backup/). */
async function backupOrRestore(command: 'backup' | 'restore', config: Readonly<Config>, out: string | undefined, file: string | undefined): Promise<number> {
  const target = command === 'backup' ? out : file;
  if (!target) {
    process.stderr.write(`tessera: ${command === 'backup' ? 'backup needs --out FILE' : 'restore needs the backup FILE'}\nRun "tessera --help" for usage.\n`);
    return 2;
  }
  const { createLogger } = await import('./server.js');
  const ctx = { config, logger: createLogger(config), env: process.env };
  const secret = config.secret ? 'TESSERA_SECRET' : `${config.dataDir}/secret`;
  if (command === 'backup') {
    const { createBackup } = await import('./backup/create-backup.js');
    const r = await createBackup({ ctx, input: { out: target } });
    process.stdout.write(
      `Backed up ${config.databaseUrl ? 'the DATABASE_URL database' : config.dataDir} to ${r.file} (${r.kind}, ${(r.bytes / 1048576).toFixed(1)} MB).\n` +
        `It holds the database only. Keep ${secret} safe and apart from it: a restore needs it, and the two together are every credential.\n`,
    );
    return 0;
  }
  const { restoreBackup } = await import('./backup/restore-backup.js');
  const r = await restoreBackup({ ctx, input: { file: target } });
  process.stdout.write(
    `Restored ${target} (${r.manifest.kind} of ${r.manifest.createdAt}, migration ${r.migration ?? 'none'}) into ${r.target}.\n` +
      `Before serving it, copy the old data directory's secret to ${config.dataDir}/secret (mode 0600) or set the same TESSERA_SECRET.\n`,
  );
  return 0;
}
