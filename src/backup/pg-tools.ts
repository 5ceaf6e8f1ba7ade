/**
 * PostgreSQL's own client tools (`pg_dump`, `pg_restore`) from the PATH, used
 * for a database named by DATABASE_URL. `pg_dump` refuses a server newer than
 * itself, so its major version is checked first and the message says which
 * version is needed. Passwords go through PGPASSWORD, never the command line.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';

const execFileAsync = promisify(execFile);

export class BackupError extends Error {
  override name = 'BackupError';
}

/** The major version of `tool` on the PATH, or a BackupError saying it is missing. */
export async function toolMajor(tool: 'pg_dump' | 'pg_restore'): Promise<number> {
  let out: string;
  try {
    out = (await execFileAsync(tool, ['--version'])).stdout;
  } catch {
    throw new BackupError(`${tool} was not found on the PATH; install the PostgreSQL client tools of your server's major version or newer`);
  }
  const m = /\(PostgreSQL\)\s+(\d+)/.exec(out);
  if (!m) throw new BackupError(`cannot read the version of ${tool} from "${out.trim()}"`);
  return Number(m[1]);
}

/** A libpq connection string without its password, and the password for PGPASSWORD. */
export function splitPassword(url: string): { conninfo: string; password: string | null } {
  const u = new URL(url);
  const password = u.password ? decodeURIComponent(u.password) : null;
  u.password = '';
  return { conninfo: u.toString(), password };
}

/** Runs a client tool on `url` with the caller's environment (PATH, PG*); its stderr becomes the error message. */
export async function runTool(tool: 'pg_dump' | 'pg_restore', args: string[], url: string, baseEnv: NodeJS.ProcessEnv): Promise<void> {
  const { conninfo, password } = splitPassword(url);
  const env = { ...baseEnv, ...(password !== null ? { PGPASSWORD: password } : {}) };
  try {
    await execFileAsync(tool, [...args, `--dbname=${conninfo}`], { env, maxBuffer: 16 * 1024 * 1024 });
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    throw new BackupError(`${tool} failed: ${(err.stderr || err.message).trim()}`);
  }
}

/**
 * A connected client for the backup commands. A server that goes away mid-backup makes the client
 * emit 'error' besides failing the query in flight: without a listener that event would kill the
 * CLI with a stack trace instead of the query's one-line refusal.
 */
export async function connectClient(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}
