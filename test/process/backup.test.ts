/**
 * Issue 11: `tessera backup` while the server serves, `tessera restore` into a
 * new data directory, and a server on the restored directory with the same
 * secret: every credential still verifies and every object reads the same.
 * With DATABASE_URL: pg_dump/pg_restore, or a clear refusal when the PATH's
 * pg_dump is older than the server.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { TEST_SECRET } from '../harness.js';
import { freePort, processTestContext, readDemo, waitReady, type DemoUser } from './cli.js';

const ctx = processTestContext();

async function call(port: number, method: string, url: string, bearer: string, body?: unknown, contentType = 'application/json') {
  const res = await fetch(`http://127.0.0.1:${port}${url}`, {
    method,
    headers: { authorization: `Bearer ${bearer}`, ...(body !== undefined ? { 'content-type': contentType } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, text: await res.text() };
}

async function login(port: number, user: DemoUser): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/v3/accounts/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ accountAlias: user.accountAlias, email: user.email, password: user.password }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

/** `last-used-at` moves with every use of a key (this test's own calls included); everything else must not. */
const withoutUsage = (body: string) => body.replace(/"last-used-at":("[^"]*"|null)/g, '"last-used-at":…');

/** The objects a user would look at; their bodies must read the same after a restore. */
const READS = ['/api/v1/inquiries', '/api/v1/connections', '/api/v1/api-keys'];

describe('tessera backup and restore (embedded database)', () => {
  it('backs up while serving; the restored directory serves every credential and object the same', async () => {
    const dirA = await ctx.dataDir();
    const portA = await freePort();
    const a = ctx.cli(['serve', '--demo', '--port', String(portA), '--data-dir', dirA]);
    await waitReady(a, portA);
    const demo = await readDemo(dirA, portA);
    const admin = demo.source.admin;

    // One credential of each kind, issued through the API.
    const key = await call(portA, 'POST', '/api/v1/api-keys', demo.source.apiKey, { data: { attributes: { name: 'backup-test' } } });
    expect(key.status, key.text).toBe(201);
    const apiKey = (JSON.parse(key.text) as { data: { attributes: { value: string } } }).data.attributes.value;
    expect((await call(portA, 'GET', '/api/v1/rate-limits', apiKey)).status).toBe(200);
    const session = await login(portA, admin);
    const pat = await call(portA, 'POST', '/v3/personal-access-tokens', session, { name: 'backup', scopes: ['user:read'] });
    expect(pat.status, pat.text).toBe(201);
    const patToken = (JSON.parse(pat.text) as { token: string }).token;
    const uat = await call(
      portA,
      'POST',
      `/accounts/${admin.accountId}/core/v1/users/${admin.userId}/tokens`,
      session,
      { type: 'application/astra-token', version: '1.0', name: 'backup' },
      'application/astra-token+json',
    );
    expect(uat.status, uat.text).toBe(201);
    const astraToken = (JSON.parse(uat.text) as { token: string }).token;

    const before = Object.fromEntries(await Promise.all(READS.map(async (url) => [url, (await call(portA, 'GET', url, demo.source.apiKey)).text])));

    // The backup runs while A keeps answering.
    const out = path.join(path.dirname(dirA), 'tessera.tar.gz');
    const backup = ctx.cli(['backup', '--data-dir', dirA, '--out', out]);
    let answered = 0;
    while (backup.running()) {
      // /readyz asks the database; it is not rate-limited like an API key.
      expect((await call(portA, 'GET', '/readyz', '')).status).toBe(200);
      answered++;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect((await call(portA, 'GET', '/api/v1/inquiries', demo.source.apiKey)).status).toBe(200);
    expect(await backup.exited, backup.stderr()).toEqual({ code: 0, signal: null });
    expect(answered).toBeGreaterThan(0);
    expect(backup.stdout()).toContain('It holds the database only');
    expect((await fs.stat(out)).mode & 0o777).toBe(0o600);
    // The secret is not in it.
    const secret = (await fs.readFile(path.join(dirA, 'secret'), 'utf8')).trim();
    const listing = execFileSync('tar', ['tzf', out], { encoding: 'utf8' }).split('\n');
    expect(listing[0]).toBe('tessera-backup.json');
    expect(listing).not.toContain('secret');
    // -e: a base64url secret can begin with '-' (1 in 64), which grep would take for an option and print nothing.
    expect(execFileSync('sh', ['-c', `gzip -dc '${out}' | grep -c -F -e '${secret}' || true`], { encoding: 'utf8' }).trim()).toBe('0');

    const dirB = path.join(path.dirname(dirA), 'restored');
    const restore = ctx.cli(['restore', '--data-dir', dirB, out]);
    expect(await restore.exited, restore.stderr()).toEqual({ code: 0, signal: null });
    expect(restore.stdout()).toMatch(/Restored .* \(base-backup of .*, migration \d{4}_\w+\) into /);
    // Never over an existing database.
    const again = ctx.cli(['restore', '--data-dir', dirB, out]);
    expect((await again.exited).code).toBe(1);
    expect(again.stderr().trim()).toBe(`tessera: ${dirB} already has a database; restore into a new data directory`);

    // Serve B with the same secret, next to A.
    await fs.copyFile(path.join(dirA, 'secret'), path.join(dirB, 'secret'));
    await fs.chmod(path.join(dirB, 'secret'), 0o600);
    const portB = await freePort();
    const b = ctx.cli(['serve', '--port', String(portB), '--data-dir', dirB]);
    await waitReady(b, portB);

    for (const [what, k] of Object.entries({ source: demo.source.apiKey, destination: demo.destination.apiKey, issued: apiKey })) {
      const res = await call(portB, 'GET', '/api/v1/rate-limits', k);
      expect(res.status, `${what}: ${res.text}`).toBe(200);
    }
    expect((await call(portB, 'GET', '/v3/me', patToken)).status).toBe(200);
    expect((await call(portB, 'GET', `/accounts/${admin.accountId}/core/v1/users/${admin.userId}`, astraToken)).status).toBe(200);
    expect((await call(portB, 'GET', '/v3/me', await login(portB, demo.destination.member))).status).toBe(200);
    for (const url of READS) expect(withoutUsage((await call(portB, 'GET', url, demo.source.apiKey)).text), url).toBe(withoutUsage(before[url]!));
    // A wrong credential is still refused on the copy.
    expect((await call(portB, 'GET', '/api/v1/rate-limits', demo.source.apiKey + 'x')).status).toBe(401);

    for (const p of [a, b]) p.child.kill('SIGTERM');
    expect(await a.exited).toEqual({ code: 0, signal: null });
    expect(await b.exited).toEqual({ code: 0, signal: null });

    // With no server on the directory, backup starts PostgreSQL itself, and leaves the directory free.
    const offline = ctx.cli(['backup', '--data-dir', dirA, '--out', path.join(path.dirname(dirA), 'offline.tar.gz')]);
    expect(await offline.exited, offline.stderr()).toEqual({ code: 0, signal: null });
    await expect(fs.access(path.join(dirA, 'tessera.pid'))).rejects.toThrow();
    const portA2 = await freePort();
    const a2 = ctx.cli(['serve', '--port', String(portA2), '--data-dir', dirA]);
    await waitReady(a2, portA2);
    a2.child.kill('SIGTERM');
    expect(await a2.exited).toEqual({ code: 0, signal: null });
  }, 240_000);
});

const ADMIN_TOKEN = 'tadm_backup_test_token_0123456789';

function pgDumpMajor(): number {
  return Number(/\(PostgreSQL\)\s+(\d+)/.exec(execFileSync('pg_dump', ['--version'], { encoding: 'utf8' }))![1]);
}

describe('tessera backup and restore (DATABASE_URL)', () => {
  it("uses the PATH's pg_dump when it is at least the server's version, and refuses clearly when it is older", async () => {
    const adminUrl = inject('adminDatabaseUrl');
    const name = `tessera_b_${randomBytes(6).toString('hex')}`;
    const adminDb = new pg.Client({ connectionString: adminUrl });
    await adminDb.connect();
    const serverMajor = Math.floor(Number((await adminDb.query<{ v: string }>("SELECT current_setting('server_version_num') AS v")).rows[0]!.v) / 10000);
    await adminDb.query(`CREATE DATABASE ${name}`);
    try {
      const u = new URL(adminUrl);
      u.pathname = '/' + name;
      const env = { DATABASE_URL: u.toString(), TESSERA_SECRET: TEST_SECRET, TESSERA_ADMIN_TOKEN: ADMIN_TOKEN };
      const dirA = await ctx.dataDir();
      const portA = await freePort();
      const a = ctx.cli(['serve', '--port', String(portA), '--data-dir', dirA], env);
      await waitReady(a, portA);
      const org = await call(portA, 'POST', '/admin/v1/organizations', ADMIN_TOKEN, { name: 'Backed Up' });
      expect(org.status, org.text).toBe(201);
      const orgId = (JSON.parse(org.text) as { data: { id: string } }).data.id;
      const orgBefore = (await call(portA, 'GET', `/admin/v1/organizations/${orgId}`, ADMIN_TOKEN)).text;

      const out = path.join(path.dirname(dirA), 'external.tar.gz');
      const backup = ctx.cli(['backup', '--data-dir', dirA, '--out', out], env);
      const { code } = await backup.exited;
      if (pgDumpMajor() < serverMajor) {
        // e.g. the machine's pg_dump 15 and the embedded PostgreSQL 18 serving the test run.
        expect(code).toBe(1);
        expect(backup.stderr().trim()).toBe(
          `tessera: pg_dump ${pgDumpMajor()} cannot dump a PostgreSQL ${serverMajor} server; put pg_dump ${serverMajor} or newer first on the PATH`,
        );
        await expect(fs.access(out)).rejects.toThrow();
      } else {
        expect(code, backup.stderr()).toBe(0);
        expect(execFileSync('tar', ['tzf', out], { encoding: 'utf8' }).split('\n').filter(Boolean)).toEqual(['tessera-backup.json', 'database.dump']);
        // Into a new embedded data directory, served with the same secret.
        const dirB = path.join(path.dirname(dirA), 'from-external');
        const restore = ctx.cli(['restore', '--data-dir', dirB, out]);
        expect(await restore.exited, restore.stderr()).toEqual({ code: 0, signal: null });
        const portB = await freePort();
        const b = ctx.cli(['serve', '--port', String(portB), '--data-dir', dirB], { TESSERA_SECRET: TEST_SECRET, TESSERA_ADMIN_TOKEN: ADMIN_TOKEN });
        await waitReady(b, portB);
        expect((await call(portB, 'GET', `/admin/v1/organizations/${orgId}`, ADMIN_TOKEN)).text).toBe(orgBefore);
        b.child.kill('SIGTERM');
        expect(await b.exited).toEqual({ code: 0, signal: null });

        // Into another, empty DATABASE_URL database; never into one that has Tessera's tables.
        const copy = `${name}_copy`;
        await adminDb.query(`CREATE DATABASE ${copy}`);
        try {
          const c = new URL(adminUrl);
          c.pathname = '/' + copy;
          const intoUrl = ctx.cli(['restore', '--data-dir', await ctx.dataDir(), out], { ...env, DATABASE_URL: c.toString() });
          expect(await intoUrl.exited, intoUrl.stderr()).toEqual({ code: 0, signal: null });
          const copyDb = new pg.Client({ connectionString: c.toString() });
          await copyDb.connect();
          const names = (await copyDb.query<{ name: string }>('SELECT name FROM organizations')).rows.map((r) => r.name);
          await copyDb.end();
          expect(names).toContain('Backed Up');
          const twice = ctx.cli(['restore', '--data-dir', await ctx.dataDir(), out], { ...env, DATABASE_URL: c.toString() });
          expect((await twice.exited).code).toBe(1);
          expect(twice.stderr()).toContain('is not empty');
        } finally {
          await adminDb.query(`DROP DATABASE IF EXISTS ${copy} WITH (FORCE)`).catch(() => undefined);
        }
      }
      a.child.kill('SIGTERM');
      expect(await a.exited).toEqual({ code: 0, signal: null });
    } finally {
      await adminDb.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
      await adminDb.end();
    }
  }, 180_000);
});
