/**
 * `tessera restore --data-dir NEWDIR FILE`: a backup made by `tessera backup`
 * becomes the database of a new data directory (or, for a pg_dump backup with
 * DATABASE_URL set, of that empty database). It never overwrites a database.
 *
 * A base backup is unpacked and the embedded PostgreSQL is started on it once:
 * it replays the WAL in the archive and stops consistent, so a restore that
 * succeeds has proved the backup whole. The secret is not in the backup:
 * copy `<old-data-dir>/secret` (or set the same TESSERA_SECRET) before serving.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import type { Config } from '../config/index.js';
import { lockDataDir } from '../storage/data-dir-lock.js';
import { MIGRATION_TABLE } from '../storage/migrate.js';
import { startEmbedded } from '../storage/embedded.js';
import { MANIFEST, type BackupManifest } from './create-backup.js';
import { BackupError, connectClient, runTool } from './pg-tools.js';
import { readFirstEntry, readTar, safeJoin } from './tar.js';

export interface RestoreContext {
  config: Readonly<Config>;
  logger: Logger;
  env: NodeJS.ProcessEnv;
}

export interface RestoreResult {
  manifest: BackupManifest;
  /** Where it went: the data directory, or DATABASE_URL's database (without password). */
  target: string;
  migration: string | null;
}

async function readManifest(file: string): Promise<BackupManifest> {
  const { entry, data } = await readFirstEntry(file).catch((e: unknown) => {
    throw new BackupError((e as Error).message);
  });
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(data.toString('utf8')) as BackupManifest;
  } catch {
    throw new BackupError(`${file} is not a Tessera backup`);
  }
  if (entry.name !== MANIFEST || manifest.format !== 'tessera-backup') throw new BackupError(`${file} is not a Tessera backup`);
  if (manifest.version !== 1 || (manifest.kind !== 'base-backup' && manifest.kind !== 'pg_dump')) {
    throw new BackupError(`${file} is a backup of a newer format (${manifest.version}, ${manifest.kind}); use a newer Tessera`);
  }
  return manifest;
}

async function newestMigration(url: string): Promise<string | null> {
  const client = await connectClient(url);
  try {
    return (await client.query<{ name: string }>(`SELECT name FROM ${MIGRATION_TABLE} ORDER BY name DESC LIMIT 1`)).rows[0]?.name ?? null;
  } finally {
    await client.end();
  }
}

/** Extracts the entries whose names `route` maps to a path; the rest are skipped. */
async function extract(file: string, route: (name: string) => string | null): Promise<void> {
  await readTar(file, async (entry) => {
    const target = entry.name === MANIFEST ? null : route(entry.name);
    if (!target) return null;
    if (entry.type === 'dir') {
      await fs.mkdir(target, { recursive: true, mode: entry.mode & 0o777 || 0o700 });
      return null;
    }
    await fs.mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
    return target;
  });
}

async function assertNoDatabase(dataDir: string): Promise<void> {
  if (await fs.stat(path.join(dataDir, 'postgres')).catch(() => null)) {
    throw new BackupError(`${dataDir} already has a database; restore into a new data directory`);
  }
}

/** A fresh embedded server in the data directory, for `use`, then stopped. */
async function withNewEmbedded<T>(ctx: RestoreContext, prepare: (dir: string) => Promise<void>, use: (url: string) => Promise<T>): Promise<T> {
  const { dataDir } = ctx.config;
  await assertNoDatabase(dataDir);
  const lock = await lockDataDir(dataDir);
  const dir = path.join(dataDir, 'postgres');
  try {
    await assertNoDatabase(dataDir); // again, now that nobody else can create one
    try {
      await prepare(dir);
      const embedded = await startEmbedded({ dir, onLog: (line) => ctx.logger.debug({ postgres: line.trim() }, 'embedded postgres') });
      try {
        return await use(embedded.url('postgres'));
      } finally {
        await embedded.stop();
      }
    } catch (e) {
      // A failed restore leaves no half database behind (the next attempt would refuse it).
      await fs.rm(dir, { recursive: true, force: true });
      throw e;
    }
  } finally {
    await lock.release();
  }
}

export async function restoreBackup({ ctx, input }: { ctx: RestoreContext; input: { file: string } }): Promise<RestoreResult> {
  const file = path.resolve(input.file);
  if (!(await fs.stat(file).catch(() => null))) throw new BackupError(`${file} does not exist`);
  const manifest = await readManifest(file);

  if (manifest.kind === 'base-backup') {
    if (ctx.config.databaseUrl) {
      throw new BackupError(
        `${file} is a backup of an embedded database (PostgreSQL ${manifest.postgresVersion}); restore it without DATABASE_URL into a new --data-dir`,
      );
    }
    const migration = await withNewEmbedded(
      ctx,
      async (dir) => {
        await fs.mkdir(dir, { recursive: true, mode: 0o700 });
        await extract(file, (name) => (name === 'password' || name === 'pgdata' || name.startsWith('pgdata/') ? safeJoin(dir, name) : null));
        if (!(await fs.stat(path.join(dir, 'pgdata', 'backup_label')).catch(() => null))) throw new BackupError(`${file} is incomplete (no backup label)`);
      },
      newestMigration,
    );
    return { manifest, target: ctx.config.dataDir, migration };
  }

  // A pg_dump archive: into DATABASE_URL's (empty) database, or a new embedded one.
  const scratch = path.join(ctx.config.dataDir, `.restore-${process.pid}`);
  const load = async (url: string) => {
    await runTool('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', path.join(scratch, 'database.dump')], url, ctx.env);
    return newestMigration(url);
  };
  // The data directory keeps the usual mode (as root, PostgreSQL's user must enter it); only the scratch space is private.
  await fs.mkdir(ctx.config.dataDir, { recursive: true });
  await fs.mkdir(scratch, { mode: 0o700 });
  try {
    await extract(file, (name) => (name === 'database.dump' ? safeJoin(scratch, name) : null));
    if (ctx.config.databaseUrl) {
      const url = ctx.config.databaseUrl;
      const client = await connectClient(url);
      const used = await client.query<{ t: string | null }>(`SELECT to_regclass('${MIGRATION_TABLE}')::text AS t`).finally(() => client.end());
      if (used.rows[0]?.t) throw new BackupError('the database named by DATABASE_URL is not empty (it has Tessera tables); restore into an empty database');
      const migration = await load(url);
      const shown = new URL(url);
      shown.password = '';
      return { manifest, target: shown.toString(), migration };
    }
    const migration = await withNewEmbedded(ctx, async () => undefined, load);
    return { manifest, target: ctx.config.dataDir, migration };
  } finally {
    await fs.rm(scratch, { recursive: true, force: true });
  }
}
