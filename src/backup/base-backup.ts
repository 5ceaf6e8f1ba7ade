/**
 * A physical backup of the embedded server, made by PostgreSQL itself while it
 * serves: `pg_backup_start` marks the start (a checkpoint), the data directory
 * is copied as it is, `pg_backup_stop` returns the backup label, and the WAL
 * written meanwhile is copied last. Starting the same PostgreSQL major version
 * on the copy replays that WAL, which repairs any page copied mid-write, and
 * yields the database as it was when the backup stopped.
 *
 * Why not pg_dump: the embedded package ships only initdb, pg_ctl and postgres,
 * and an older pg_dump refuses a newer server. A temporary replication slot
 * keeps the WAL from being recycled while the copy runs.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type pg from 'pg';
import type { TarWriter } from './tar.js';

/** Recreated empty on start, or written only while running: as PostgreSQL's own base backup leaves them out. */
const SKIP_CONTENTS = new Set(['pg_wal', 'pg_replslot', 'pg_dynshmem', 'pg_notify', 'pg_serial', 'pg_snapshots', 'pg_stat_tmp', 'pg_subtrans']);
const SKIP_FILES = new Set(['postmaster.pid', 'postmaster.opts', 'backup_label', 'tablespace_map', 'backup_manifest', 'current_logfiles', 'pg_internal.init']);
const WAL_FILE = /^[0-9A-F]{24}$/;

async function copyTree(tar: TarWriter, root: string, rel: string): Promise<void> {
  const entries = await fs.readdir(path.join(root, rel), { withFileTypes: true }).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return []; // dropped meanwhile (a table, a database)
    throw e;
  });
  for (const entry of entries) {
    const name = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      const mode = (await fs.stat(path.join(root, name)).catch(() => null))?.mode ?? 0o700;
      await tar.addDir(`pgdata/${name}`, mode);
      if (!(rel === '' && SKIP_CONTENTS.has(entry.name)) && !entry.name.startsWith('pgsql_tmp')) await copyTree(tar, root, name);
    } else if (entry.isFile() && !SKIP_FILES.has(entry.name) && !entry.name.startsWith('pgsql_tmp')) {
      await tar.addFile(`pgdata/${name}`, path.join(root, name));
    }
  }
}

/**
 * Writes the base backup of the server `client` is connected to, whose data
 * directory is `pgdata`, into `tar` under `pgdata/`. `client` must stay the
 * same session throughout (the backup belongs to it).
 */
export async function writeBaseBackup(client: pg.Client, pgdata: string, tar: TarWriter): Promise<void> {
  await client.query('SELECT pg_create_physical_replication_slot($1, true, true)', [`tessera_backup_${process.pid}`]);
  const start = await client.query<{ file: string }>(`SELECT pg_walfile_name(pg_backup_start($1, true)) AS file`, [`tessera backup ${new Date().toISOString()}`]);
  let stop: { labelfile: string; spcmapfile: string; file: string };
  try {
    await tar.addDir('pgdata', 0o700);
    await copyTree(tar, pgdata, '');
  } finally {
    // Always end backup mode, even if the copy failed.
    stop = (await client.query<typeof stop>('SELECT labelfile, spcmapfile, pg_walfile_name(lsn) AS file FROM pg_backup_stop(false)')).rows[0]!;
  }
  const first = start.rows[0]!.file;
  const walDir = path.join(pgdata, 'pg_wal');
  const wal = (await fs.readdir(walDir)).filter((n) => (WAL_FILE.test(n) && n >= first && n <= stop.file) || n.endsWith('.history')).sort();
  if (!wal.includes(first) || !wal.includes(stop.file)) throw new Error(`the WAL from ${first} to ${stop.file} is no longer there; back up again`);
  await tar.addDir('pgdata/pg_wal/archive_status', 0o700);
  for (const name of wal) {
    if (!(await tar.addFile(`pgdata/pg_wal/${name}`, path.join(walDir, name)))) throw new Error(`WAL file ${name} vanished during the backup; back up again`);
  }
  await tar.addBuffer('pgdata/backup_label', stop.labelfile);
  if (stop.spcmapfile) await tar.addBuffer('pgdata/tablespace_map', stop.spcmapfile);
}
