/**
 * `tessera backup --data-dir DIR --out FILE`: one archive (tar.gz) of the
 * database, made while the server keeps serving.
 *
 * - Embedded database: PostgreSQL's base backup (base-backup.ts) of the server
 *   running on DIR, or of one started for the purpose if none runs, plus the
 *   embedded server's own password (it opens the copied database).
 * - DATABASE_URL: `pg_dump` from the PATH, whose major version must be at least
 *   the server's.
 *
 * The archive holds the database only, never `secret`/TESSERA_SECRET: the
 * stored credentials are keyed hashes, useless without the secret, and a file
 * holding both would be as good as every credential. Keep the secret apart.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type pg from 'pg';
import type { Logger } from 'pino';
import type { Config } from '../config/index.js';
import { DataDirInUseError, lockDataDir } from '../storage/data-dir-lock.js';
import { MIGRATION_TABLE } from '../storage/migrate.js';
import { embeddedUrl, startEmbedded } from '../storage/embedded.js';
import { writeBaseBackup } from './base-backup.js';
import { BackupError, connectClient as connect, runTool, toolMajor } from './pg-tools.js';
import { createTarWriter } from './tar.js';

export const MANIFEST = 'tessera-backup.json';

export interface BackupManifest {
  format: 'tessera-backup';
  version: 1;
  /** `base-backup`: the embedded server's files (restore needs its major version); `pg_dump`: a custom-format dump. */
  kind: 'base-backup' | 'pg_dump';
  postgresVersion: string;
  /** The newest migration applied when the backup was made. */
  migration: string | null;
  createdAt: string;
}

export interface BackupContext {
  config: Readonly<Config>;
  logger: Logger;
  /** The environment the PostgreSQL client tools run with (PATH, PG* variables). */
  env: NodeJS.ProcessEnv;
}

export interface BackupResult {
  file: string;
  kind: BackupManifest['kind'];
  bytes: number;
}


async function describe(client: pg.Client, kind: BackupManifest['kind']): Promise<BackupManifest> {
  const version = (await client.query<{ server_version: string }>('SHOW server_version')).rows[0]!.server_version;
  const migration = await client
    .query<{ name: string }>(`SELECT name FROM ${MIGRATION_TABLE} ORDER BY name DESC LIMIT 1`)
    .then((r) => r.rows[0]?.name ?? null)
    .catch(() => null);
  return { format: 'tessera-backup', version: 1, kind, postgresVersion: version, migration, createdAt: new Date().toISOString() };
}

/** The embedded server of the data directory: the running one if a Tessera serves it, else one started here. */
async function withEmbedded<T>(ctx: BackupContext, use: (url: string, dir: string) => Promise<T>): Promise<T> {
  const dir = path.join(ctx.config.dataDir, 'postgres');
  if (!(await fs.stat(path.join(dir, 'pgdata', 'PG_VERSION')).catch(() => null))) {
    throw new BackupError(`no database in ${ctx.config.dataDir} (nothing to back up)`);
  }
  const lock = await lockDataDir(ctx.config.dataDir).catch((e: unknown) => {
    if (e instanceof DataDirInUseError) return null; // a Tessera serves it: back up its running server
    throw e;
  });
  if (!lock) {
    const password = (await fs.readFile(path.join(dir, 'password'), 'utf8')).trim();
    return use(embeddedUrl(dir, password), dir);
  }
  try {
    const embedded = await startEmbedded({ dir, onLog: (line) => ctx.logger.debug({ postgres: line.trim() }, 'embedded postgres') });
    try {
      return await use(embedded.url('postgres'), dir);
    } finally {
      await embedded.stop();
    }
  } finally {
    await lock.release();
  }
}

async function writeArchive(out: string, fill: (tar: ReturnType<typeof createTarWriter>) => Promise<void>): Promise<number> {
  // Written beside the target and renamed at the end: FILE is a whole backup or absent.
  const tmp = path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.tmp`);
  const tar = createTarWriter(tmp);
  try {
    await fill(tar);
    await tar.close();
    await fs.rename(tmp, out);
  } catch (e) {
    await tar.close().catch(() => undefined);
    await fs.rm(tmp, { force: true });
    throw e;
  }
  return (await fs.stat(out)).size;
}

export async function createBackup({ ctx, input }: { ctx: BackupContext; input: { out: string } }): Promise<BackupResult> {
  const out = path.resolve(input.out);
  if (await fs.stat(out).catch(() => null)) throw new BackupError(`${out} already exists; choose a new file name`);

  if (ctx.config.databaseUrl) {
    const url = ctx.config.databaseUrl;
    const client = await connect(url);
    let manifest: BackupManifest;
    let serverMajor: number;
    try {
      manifest = await describe(client, 'pg_dump');
      serverMajor = Math.floor(Number((await client.query<{ v: string }>('SELECT current_setting($1) AS v', ['server_version_num'])).rows[0]!.v) / 10000);
    } finally {
      await client.end();
    }
    const dumpMajor = await toolMajor('pg_dump');
    if (dumpMajor < serverMajor) {
      throw new BackupError(`pg_dump ${dumpMajor} cannot dump a PostgreSQL ${serverMajor} server; put pg_dump ${serverMajor} or newer first on the PATH`);
    }
    const dump = path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.dump`);
    try {
      await runTool('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${dump}`], url, ctx.env);
      const bytes = await writeArchive(out, async (tar) => {
        await tar.addBuffer(MANIFEST, JSON.stringify(manifest, null, 2) + '\n');
        await tar.addFile('database.dump', dump);
      });
      return { file: out, kind: 'pg_dump', bytes };
    } finally {
      await fs.rm(dump, { force: true });
    }
  }

  return withEmbedded(ctx, async (url, dir) => {
    const client = await connect(url);
    try {
      const manifest = await describe(client, 'base-backup');
      const bytes = await writeArchive(out, async (tar) => {
        await tar.addBuffer(MANIFEST, JSON.stringify(manifest, null, 2) + '\n');
        await tar.addFile('password', path.join(dir, 'password'));
        await writeBaseBackup(client, path.join(dir, 'pgdata'), tar);
      });
      return { file: out, kind: 'base-backup' as const, bytes };
    } finally {
      await client.end();
    }
  });
}
