/**
 * The machine's PostgreSQL server (127.0.0.1:5432, user postgres, trust auth;
 * `BENCH_POSTGRES_URL` overrides): a fresh database per run, dropped after.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function databaseUrl(name: string, base = POSTGRES_URL): string {
  const u = new URL(base);
  u.pathname = '/' + name;
  return u.toString();
}

async function maintenance<T>(fn: (c: pg.Client) => Promise<T>, base = POSTGRES_URL): Promise<T> {
  const c = new pg.Client({ connectionString: base });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** Creates `<prefix>_<random>` and returns its name and URL. */
export async function createDatabase(prefix: string, base = POSTGRES_URL): Promise<{ name: string; url: string }> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  await maintenance((c) => c.query(`CREATE DATABASE ${name}`), base);
  return { name, url: databaseUrl(name, base) };
}

export async function dropDatabase(name: string, base = POSTGRES_URL): Promise<void> {
  await maintenance((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`), base);
}

/** `PostgreSQL 15.20` of the server at `url`. */
export async function serverVersion(url = POSTGRES_URL): Promise<string> {
  return maintenance(async (c) => {
    const { rows } = await c.query<{ v: string }>("SELECT current_setting('server_version') AS v");
    return `PostgreSQL ${rows[0]!.v.split(' ')[0]}`;
  }, url);
}

/** A fresh database on the PostgreSQL server at `serverUrl` (for a bench's `--db server`): its URL, its name and a function that drops it. */
export async function freshServerDatabase(serverUrl: string): Promise<{ url: string; name: string; drop: () => Promise<void> }> {
  const { name, url } = await createDatabase('tessera_bench', serverUrl);
  return { url, name, drop: () => dropDatabase(name, serverUrl) };
}
