/**
 * Several `tessera serve` processes on one PostgreSQL database and one Redis
 * (issue 7, deliverable 4): requests spread round-robin over three processes
 * are accepted exactly up to one shared rate limit; a key revoked through one
 * process is refused by the others within one second; and 1,000 share tokens
 * redeemed through two api processes are each done exactly once by a separate
 * worker process.
 */
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { decodeId } from '../../src/core/ids.js';
import { ADMIN_TOKEN, TEST_SECRET, createTestDatabase } from '../harness.js';
import { freePort, processTestContext, waitFor, waitReady } from '../process/cli.js';

const ctx = processTestContext();
const REDIS_URL = inject('redisUrl');

async function json(port: number, method: string, path: string, token: string, body?: unknown) {
  const res = await fetch(`http://127.0.0.1:${port}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.text()) as string };
}

/** `json`, parsed, failing unless the status is `expected`. */
async function must(expected: number, ...args: Parameters<typeof json>) {
  const res = await json(...args);
  if (res.status !== expected) throw new Error(`${args[1]} ${args[2]}: ${res.status} ${res.body}`);
  return JSON.parse(res.body) as { data: { id: string; attributes: Record<string, unknown> } };
}

/** Runs `fn(0..n-1)` with at most `concurrency` calls in flight. */
async function bounded<T>(n: number, concurrency: number, fn: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) {
        const i = next++;
        out[i] = await fn(i);
      }
    }),
  );
  return out;
}

describe('three processes on one database and one Redis', () => {
  it('share one rate limit and see a revocation everywhere within a second', { timeout: 180_000 }, async () => {
    const databaseUrl = await createTestDatabase();
    const ports = [await freePort(), await freePort(), await freePort()];
    const env = {
      DATABASE_URL: databaseUrl,
      REDIS_URL,
      TESSERA_SECRET: TEST_SECRET,
      TESSERA_ADMIN_TOKEN: ADMIN_TOKEN,
      // A long verification cache: only the invalidation can make a process notice a revocation.
      TESSERA_CACHE_TTL_MS: '3600000',
    };
    const procs = [];
    for (const port of ports) procs.push(ctx.cli(['serve', '--port', String(port), '--data-dir', await ctx.dataDir()], env));
    await Promise.all(procs.map((p, i) => waitReady(p, ports[i]!)));

    const LIMIT = 120;
    const org = await json(ports[0]!, 'POST', '/admin/v1/organizations', ADMIN_TOKEN, { name: 'scaled', 'rate-limit-per-minute': LIMIT });
    expect(org.status).toBe(201);
    const sandbox = (JSON.parse(org.body).data.attributes.environments as Array<{ id: string; kind: string }>).find((e) => e.kind === 'sandbox')!.id;
    const newKey = async () => JSON.parse((await json(ports[1]!, 'POST', `/admin/v1/environments/${sandbox}/api-keys`, ADMIN_TOKEN, { name: 'k' })).body).data;

    // Shared limit: 3 × LIMIT requests, round-robin, 30 in flight; all in one window.
    const limited = await newKey();
    if (Date.now() % 60_000 > 45_000) await new Promise((r) => setTimeout(r, 60_500 - (Date.now() % 60_000)));
    const statuses: number[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: 30 }, async () => {
        while (next < 3 * LIMIT) {
          const i = next++;
          statuses.push((await json(ports[i % 3]!, 'GET', '/api/v1/rate-limits', limited.attributes.value)).status);
        }
      }),
    );
    expect(statuses.filter((s) => s === 200)).toHaveLength(LIMIT);
    expect(statuses.filter((s) => s === 429)).toHaveLength(2 * LIMIT);

    // Revocation: every process has the key cached; revoke through the first.
    const key = await newKey();
    for (const port of ports) expect((await json(port, 'GET', '/api/v1/rate-limits', key.attributes.value)).status).toBe(200);
    const revoked = await json(ports[0]!, 'POST', `/admin/v1/api-keys/${key.id}/revoke`, ADMIN_TOKEN);
    expect(revoked.status).toBe(200);
    const at = Date.now();
    for (const port of ports.slice(1)) {
      await waitFor(`port ${port} to refuse the revoked key`, async () => ((await json(port, 'GET', '/api/v1/rate-limits', key.attributes.value)).status === 401 ? true : undefined), 1_000, 10);
    }
    expect(Date.now() - at).toBeLessThan(1_000);

    // /metrics of each process counted its share of the refusals.
    const refused = await Promise.all(
      ports.map(async (port) => {
        const text = (await (await fetch(`http://127.0.0.1:${port}/metrics`)).text()) as string;
        return Number(/^tessera_rate_limit_rejections_total\{scope="api-key"\} (\d+)/m.exec(text)?.[1] ?? 0);
      }),
    );
    expect(refused.reduce((a, b) => a + b, 0)).toBe(2 * LIMIT);
    for (const p of procs) p.child.kill('SIGTERM');
    for (const p of procs) expect(await p.exited).toEqual({ code: 0, signal: null });
  });

  it('redeems 1,000 share tokens through two api processes, each job done once by the worker', { timeout: 180_000 }, async () => {
    const databaseUrl = await createTestDatabase();
    const [api1, api2, workerPort] = [await freePort(), await freePort(), await freePort()];
    const apis = [api1!, api2!];
    const env = {
      DATABASE_URL: databaseUrl,
      REDIS_URL,
      TESSERA_SECRET: TEST_SECRET,
      TESSERA_ADMIN_TOKEN: ADMIN_TOKEN,
      TESSERA_RATE_LIMIT_PER_MINUTE: '1000000',
      TESSERA_JOB_POLL_MS: '20',
    };
    const procs = [
      ctx.cli(['serve', '--role', 'api', '--port', String(api1), '--data-dir', await ctx.dataDir()], env),
      ctx.cli(['serve', '--role', 'api', '--port', String(api2), '--data-dir', await ctx.dataDir()], env),
      ctx.cli(['serve', '--role', 'worker', '--port', String(workerPort), '--data-dir', await ctx.dataDir()], env),
    ];
    await Promise.all(procs.map((p, i) => waitReady(p, [api1!, api2!, workerPort!][i]!)));

    const org = async (name: string) => {
      const created = await must(201, apis[0]!, 'POST', '/admin/v1/organizations', ADMIN_TOKEN, { name });
      const sandbox = (created.data.attributes.environments as Array<{ id: string; kind: string }>).find((e) => e.kind === 'sandbox')!.id;
      const key = await must(201, apis[1]!, 'POST', `/admin/v1/environments/${sandbox}/api-keys`, ADMIN_TOKEN, { name: 'k' });
      return { id: created.data.id, sandbox, key: key.data.attributes.value as string };
    };
    const source = await org('source');
    const destination = await org('destination');
    const connection = await must(201, apis[0]!, 'POST', '/api/v1/connect/connections', source.key, {
      data: { attributes: { 'destination-organization-id': destination.id } },
    });
    await must(200, apis[1]!, 'POST', `/api/v1/connect/connections/${connection.data.id}/activate`, destination.key);
    const inquiry = await must(201, apis[0]!, 'POST', '/api/v1/inquiries', source.key, { data: { attributes: { 'reference-id': 'shared' } } });
    await must(200, apis[1]!, 'POST', `/api/v1/inquiries/${inquiry.data.id}/complete`, source.key);

    const N = 1_000;
    const started = Date.now();
    const tokens = await bounded(N, 16, async (i) => {
      const body = { data: { attributes: { 'connection-id': connection.data.id, 'source-id': inquiry.data.id } } };
      return (await must(201, apis[i % 2]!, 'POST', '/api/v1/connect/share-tokens', source.key, body)).data.id;
    });
    expect(new Set(tokens).size).toBe(N);
    const redeemed = await bounded(N, 16, async (i) => {
      const port = apis[Math.floor(Math.random() * apis.length)]!;
      return (await json(port, 'POST', `/api/v1/connect/share-tokens/${tokens[i]}/redeem`, destination.key)).status;
    });
    expect(redeemed.filter((s) => s !== 202)).toEqual([]);

    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    try {
      const count = async (sql: string, params: unknown[] = []) => (await db.query<{ n: number }>(sql, params)).rows[0]!.n;
      await waitFor(
        'every share token to be redeemed and every job marked done',
        async () => {
          const open = await count(`SELECT count(*)::int AS n FROM share_tokens WHERE status <> 'redeemed'`);
          const pending = await count(`SELECT count(*)::int AS n FROM jobs WHERE kind = 'share-token.redeem' AND status <> 'done'`);
          return open === 0 && pending === 0 ? true : undefined;
        },
        120_000,
        250,
      );
      console.log(`1,000 share tokens created and redeemed across three processes in ${Date.now() - started} ms`);
      expect(await count(`SELECT count(*)::int AS n FROM share_tokens WHERE status = 'redeemed'`)).toBe(N);
      const jobs = await db.query<{ status: string; n: number }>(`SELECT status, count(*)::int AS n FROM jobs WHERE kind = 'share-token.redeem' GROUP BY status`);
      expect(jobs.rows).toEqual([{ status: 'done', n: N }]);
      expect(await count('SELECT count(*)::int AS n FROM inquiries WHERE environment_id = $1', [decodeId('env', destination.sandbox)])).toBe(N);
    } finally {
      await db.end();
    }
    for (const p of procs) p.child.kill('SIGTERM');
    for (const p of procs) expect(await p.exited).toEqual({ code: 0, signal: null });
  });
});
