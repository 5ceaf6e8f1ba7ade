/**
 * Several `tessera serve` processes on one PostgreSQL database and one Redis
 * (issue 7, deliverable 4, first two checks): requests spread round-robin over
 * three processes are accepted exactly up to one shared rate limit, and a key
 * revoked through one process is refused by the others within one second.
 */
import { describe, expect, inject, it } from 'vitest';
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
});
