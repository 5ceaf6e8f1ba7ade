/** `tessera serve --demo` as a real process on the embedded database (issue 3, deliverables 3 and 13; issue 13: the start banner). */
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort, httpStatus, processTestContext, readDemo, waitReady, type DemoFile, type DemoUser } from './cli.js';

const ctx = processTestContext();

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ID = (prefix: string) => new RegExp(`^${prefix}_[0-9A-Za-z]{24}$`);

async function rateLimits(port: number, apiKey: string): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${port}/api/v1/rate-limits`, { headers: { authorization: `Bearer ${apiKey}` } });
  await res.arrayBuffer();
  return res.status;
}

async function loginAndMe(port: number, user: DemoUser): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/v3/accounts/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ accountAlias: user.accountAlias, email: user.email, password: user.password }),
  });
  expect(res.status).toBe(200);
  const { accessToken } = (await res.json()) as { accessToken: string };
  const me = await fetch(`http://127.0.0.1:${port}/v3/me`, { headers: { authorization: `Bearer ${accessToken}` } });
  expect(me.status).toBe(200);
  return ((await me.json()) as { id: string }).id;
}

function expectDemoShape(demo: DemoFile, port: number) {
  expect(Object.keys(demo).sort()).toEqual(['adminToken', 'automatedConnectionId', 'automatedWorkflows', 'baseUrl', 'connectionId', 'destination', 'inquiryId', 'source']);
  expect(demo.baseUrl).toBe(`http://127.0.0.1:${port}`);
  for (const party of [demo.source, demo.destination]) {
    expect(Object.keys(party).sort()).toEqual(['admin', 'apiKey', 'environmentId', 'member', 'organizationId']);
    expect(party.organizationId).toMatch(ID('org'));
    expect(party.environmentId).toMatch(ID('env'));
    expect(party.apiKey).toMatch(/^tsk_sandbox_[0-9A-Za-z]+$/);
    // Issue 5: an admin and a member who can log in on /v3, with the ids Astra shows.
    for (const user of [party.admin, party.member]) {
      expect(Object.keys(user).sort()).toEqual(['accountAlias', 'accountId', 'email', 'password', 'userId']);
      expect(user.userId).toMatch(UUID_V4);
      expect(user.accountId).toMatch(UUID_V4);
      expect(user.accountAlias).toMatch(/^[a-z0-9-]+$/);
    }
    expect(party.admin.accountId).toBe(party.member.accountId);
  }
  expect(demo.source.organizationId).not.toBe(demo.destination.organizationId);
  expect(demo.connectionId).toMatch(ID('cxn'));
  expect(demo.inquiryId).toMatch(ID('inq'));
  // Issue 4: the second connection and its two workflows.
  expect(demo.automatedConnectionId).toMatch(ID('cxn'));
  expect(demo.automatedConnectionId).not.toBe(demo.connectionId);
  expect(Object.keys(demo.automatedWorkflows).sort()).toEqual(['redeem', 'share']);
  expect(demo.automatedWorkflows.share).toMatch(ID('wfl'));
  expect(demo.automatedWorkflows.redeem).toMatch(ID('wfl'));
}

describe('tessera serve --demo', () => {
  it('serves /healthz and /readyz, writes demo.json, and a second start reuses the demo', async () => {
    const dataDir = await ctx.dataDir();
    const port = await freePort();
    const first = ctx.cli(['serve', '--demo', '--port', String(port), '--data-dir', dataDir]);
    await waitReady(first, port);
    expect(await httpStatus(port, '/healthz')).toBe(200);
    expect(await httpStatus(port, '/readyz')).toBe(200);

    const demo = await readDemo(dataDir, port);
    expectDemoShape(demo, port);
    expect(demo.adminToken).toBe((await fs.readFile(path.join(dataDir, 'admin-token'), 'utf8')).trim());
    expect((await fs.stat(path.join(dataDir, 'demo.json'))).mode & 0o777).toBe(0o600);
    expect(await rateLimits(port, demo.source.apiKey)).toBe(200);
    // The demo users log in on /v3 and see themselves.
    for (const user of [demo.source.admin, demo.destination.member]) expect(await loginAndMe(port, user)).toBe(user.userId);
    expect(await rateLimits(port, demo.destination.apiKey)).toBe(200);
    // The ready-to-paste curl of seed 001.
    await expect.poll(() => first.stdout()).toContain(`curl -X POST http://127.0.0.1:${port}/api/v1/connect/share-tokens`);
    expect(first.stdout()).toContain(`Bearer ${demo.source.apiKey}`);
    // Issue 13: the banner, last, says where the dashboard and the API reference are and whom to log in as.
    const admin = demo.source.admin;
    await expect.poll(() => first.stdout()).toContain('  Demo login');
    expect(first.stdout().trimEnd().split('\n').slice(-5)).toEqual([
      `Tessera is listening on http://127.0.0.1:${port}`,
      `  Dashboard      http://127.0.0.1:${port}/dashboard`,
      `  API reference  http://127.0.0.1:${port}/docs`,
      `  Demo login     account alias ${admin.accountAlias}, email ${admin.email}, password ${admin.password}`,
      `                 (the other demo users and keys are in ${dataDir}/demo.json)`,
    ]);

    first.child.kill('SIGTERM');
    expect(await first.exited).toEqual({ code: 0, signal: null });

    const port2 = await freePort();
    const second = ctx.cli(['serve', '--demo', '--port', String(port2), '--data-dir', dataDir]);
    await waitReady(second, port2);
    const again = await readDemo(dataDir, port2);
    expect({ ...again, baseUrl: demo.baseUrl }).toEqual(demo);
    expect(await rateLimits(port2, demo.source.apiKey)).toBe(200);
    second.child.kill('SIGTERM');
    expect(await second.exited).toEqual({ code: 0, signal: null });
  }, 90_000);

  it('prints the dashboard and /docs URLs without --demo, browsable when listening on every interface; / leads to the dashboard', async () => {
    const port = await freePort();
    const proc = ctx.cli(['serve', '--host', '0.0.0.0', '--port', String(port), '--data-dir', await ctx.dataDir()]);
    await waitReady(proc, port);
    await expect.poll(() => proc.stdout()).toContain('  API reference');
    expect(proc.stdout()).toContain(
      `Tessera is listening on http://127.0.0.1:${port}\n  Dashboard      http://127.0.0.1:${port}/dashboard\n  API reference  http://127.0.0.1:${port}/docs\n`,
    );
    expect(proc.stdout()).not.toContain('Demo login');
    const root = await fetch(`http://127.0.0.1:${port}/`, { redirect: 'manual' });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/dashboard');
    proc.child.kill('SIGTERM');
    expect(await proc.exited).toEqual({ code: 0, signal: null });
  }, 90_000);
});
