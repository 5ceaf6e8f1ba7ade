/** `tessera migrate` as a real process: on a fresh embedded data dir and on DATABASE_URL. */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { freePort, isRunning, postmasterPid, processTestContext, waitReady } from './cli.js';
import { TEST_SECRET } from '../harness.js';

const ctx = processTestContext();

describe('tessera migrate', () => {
  it('initialises the embedded database, applies the migrations and exits 0', async () => {
    const dataDir = await ctx.dataDir();
    const first = ctx.cli(['migrate', '--data-dir', dataDir]);
    expect(await first.exited).toEqual({ code: 0, signal: null });
    expect(first.stdout()).toMatch(/^Applied: 0001_/m);
    const pid = await postmasterPid(dataDir);
    expect(pid === null || !isRunning(pid)).toBe(true);

    const second = ctx.cli(['migrate', '--data-dir', dataDir]);
    expect(await second.exited).toEqual({ code: 0, signal: null });
    expect(second.stdout()).toContain('Database is up to date.');
  }, 60_000);

  it('migrates an empty database named by DATABASE_URL, which serve then uses', async () => {
    const adminUrl = inject('adminDatabaseUrl');
    const name = `tessera_p_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    try {
      const u = new URL(adminUrl);
      u.pathname = '/' + name;
      const env = { DATABASE_URL: u.toString(), TESSERA_SECRET: TEST_SECRET };
      const dataDir = await ctx.dataDir();
      const migrate = ctx.cli(['migrate', '--data-dir', dataDir], env);
      expect(await migrate.exited).toEqual({ code: 0, signal: null });
      expect(migrate.stdout()).toMatch(/^Applied: 0001_/m);

      const port = await freePort();
      const server = ctx.cli(['serve', '--port', String(port), '--data-dir', dataDir], env);
      await waitReady(server, port);
      server.child.kill('SIGTERM');
      expect(await server.exited).toEqual({ code: 0, signal: null });
      // No embedded server on DATABASE_URL.
      expect(await postmasterPid(dataDir)).toBeNull();
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
      await admin.end();
    }
  }, 60_000);
});
