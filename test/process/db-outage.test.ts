/**
 * A database outage under a real `serve` process on the embedded database.
 *
 * Hung: the postmaster and every backend are SIGSTOPped (they accept nothing
 * and answer nothing, yet every socket stays open). Stopped: the postmaster is
 * shut down (its socket file goes) and later started again by hand from the
 * same binary and options, as an operator would. In both, requests that need
 * the database answer 503 with Retry-After in their surface's format within
 * 5 s, /readyz says 503, cached credentials still verify, and within 5 s of
 * the database's return everything answers again, with nothing lost from the
 * API log. SIGTERM during an outage stops the process within its grace period.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateCredential } from '../../src/core/secret-format.js';
import { freePort, isRunning, pgDataDir, postmasterPid, processTestContext, readDemo, waitFor, waitReady, type DemoFile } from './cli.js';

const ctx = processTestContext();

/** A grace period shorter than the default 10 s keeps the test short; the mechanism is the same. */
const GRACE_MS = 8_000;
const ENV = {
  // Credentials verified before the outage stay cached throughout the test.
  TESSERA_CACHE_TTL_MS: '600000',
  TESSERA_SHUTDOWN_GRACE_MS: String(GRACE_MS),
  TESSERA_WEBHOOK_ALLOW_PRIVATE: 'true',
};

/** The postmaster and its children (backends, background workers), from /proc. */
function postgresTree(postmaster: number): number[] {
  const children = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster;
      } catch {
        return false;
      }
    })
    .map(Number);
  return [postmaster, ...children];
}

/** The JSON lines of the server's log (pino writes them to stdout). */
function logLines(out: string): Array<{ level: number; msg: string; err?: { message: string } }> {
  return out
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as { level: number; msg: string; err?: { message: string } });
}

/** Processes this test froze: continued after each test, whatever happened. */
let frozen: number[] = [];
function signalAll(pids: number[], signal: NodeJS.Signals) {
  for (const pid of pids) {
    try {
      process.kill(pid, signal);
    } catch {
      /* already gone */
    }
  }
}
afterEach(() => {
  signalAll(frozen, 'SIGCONT');
  frozen = [];
});

/** SIGSTOP the postmaster first (it forks no more), then every child. */
function freeze(postmaster: number): void {
  process.kill(postmaster, 'SIGSTOP');
  frozen = postgresTree(postmaster);
  signalAll(frozen, 'SIGSTOP');
}
function thaw(): void {
  signalAll(frozen, 'SIGCONT');
  frozen = [];
}

interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
  ms: number;
}

/** One request that must be answered within `withinMs` (the fetch is aborted, and the test fails, otherwise). */
async function call(port: number, method: string, urlPath: string, opts: { headers?: Record<string, string>; body?: string; withinMs?: number } = {}): Promise<Answer> {
  const started = performance.now();
  const res = await fetch(`http://127.0.0.1:${port}${urlPath}`, {
    method,
    headers: opts.headers ?? {},
    ...(opts.body !== undefined ? { body: opts.body } : {}),
    signal: AbortSignal.timeout(opts.withinMs ?? 5_000),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, headers: res.headers, body, ms: Math.round(performance.now() - started) };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** Requests that need the database on each surface (none of them can be answered from memory). */
function databaseRequests(port: number, demo: DemoFile) {
  const admin = bearer(demo.adminToken);
  return {
    connect: () => call(port, 'GET', '/api/v1/api-keys', { headers: bearer(demo.source.apiKey) }),
    // Reading the API log first writes what is buffered: that wait is bounded too.
    apiLogs: () => call(port, 'GET', '/api/v1/api-logs', { headers: bearer(demo.source.apiKey) }),
    admin: () => call(port, 'GET', '/admin/v1/organizations', { headers: admin }),
    v3: () =>
      call(port, 'POST', '/v3/accounts/login', {
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ accountAlias: demo.source.admin.accountAlias, email: demo.source.admin.email, password: demo.source.admin.password }),
      }),
    // Well-formed tokens never seen before: only the database can say whether they exist.
    astra: () => call(port, 'GET', `/accounts/${demo.source.organizationId}/core/v1/users`, { headers: bearer(generateCredential('tut_')) }),
    oauth: () =>
      call(port, 'POST', '/oauth/introspect', {
        headers: { authorization: `Basic ${Buffer.from(`admin:${demo.adminToken}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
        body: `token=${generateCredential('tsk_sandbox_')}`,
      }),
  };
}

/** Every surface answers 503 with Retry-After, each in its own error format. */
function expectUnavailable(answers: Record<string, Answer>) {
  for (const [surface, a] of Object.entries(answers)) {
    expect({ surface, status: a.status, retryAfter: a.headers.get('retry-after') }).toEqual({ surface, status: 503, retryAfter: '5' });
  }
  expect(answers.connect!.body).toEqual({ errors: [expect.objectContaining({ title: 'Service Unavailable' })] });
  expect(answers.apiLogs!.body).toEqual({ errors: [expect.objectContaining({ title: 'Service Unavailable' })] });
  expect(answers.admin!.body).toEqual({ errors: [expect.objectContaining({ title: 'Service Unavailable' })] });
  expect(answers.v3!.body).toEqual({ message: expect.any(String), code: 'ServiceUnavailable' });
  expect(answers.astra!.headers.get('content-type')).toContain('application/problem+json');
  expect(answers.astra!.body).toMatchObject({ status: '503', type: 'https://astra.netapp.io/problems/41' });
  expect(answers.oauth!.body).toEqual({ error: 'temporarily_unavailable', error_description: expect.any(String) });
}

async function allOf<T extends Record<string, () => Promise<Answer>>>(requests: T): Promise<Record<keyof T, Answer>> {
  const entries = await Promise.all(Object.entries(requests).map(async ([k, f]) => [k, await f()] as const));
  return Object.fromEntries(entries) as Record<keyof T, Answer>;
}

/** A webhook receiver on 127.0.0.1: what the job worker delivers shows it runs. */
async function receiver() {
  const bodies: string[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      bodies.push(body);
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, bodies, close: () => new Promise((r) => server.close(r)) };
}

async function createWebhook(port: number, demo: DemoFile, url: string): Promise<void> {
  const headers = { ...bearer(demo.source.apiKey), 'content-type': 'application/json' };
  const created = await call(port, 'POST', '/api/v1/webhooks', {
    headers,
    body: JSON.stringify({ data: { attributes: { name: 'outage', url, 'enabled-events': ['inquiry.created'] } } }),
  });
  expect(created.status).toBe(201);
  const id = (created.body as { data: { id: string } }).data.id;
  expect((await call(port, 'POST', `/api/v1/webhooks/${id}/enable`, { headers: bearer(demo.source.apiKey) })).status).toBe(200);
}

async function newInquiry(port: number, demo: DemoFile, referenceId: string): Promise<Answer> {
  return call(port, 'POST', '/api/v1/inquiries', {
    headers: { ...bearer(demo.source.apiKey), 'content-type': 'application/json' },
    body: JSON.stringify({ data: { attributes: { 'reference-id': referenceId } } }),
  });
}

/** Within 5 s of the database's return every surface answers as before, and the worker delivers again. */
async function expectRecovery(port: number, demo: DemoFile, hook: Awaited<ReturnType<typeof receiver>>, referenceId: string) {
  const requests = databaseRequests(port, demo);
  const back = Date.now();
  await waitFor('every surface to answer again', async () => {
    if ((await call(port, 'GET', '/readyz')).status !== 200) return undefined;
    const a = await allOf(requests);
    const ok = a.connect.status === 200 && a.apiLogs.status === 200 && a.admin.status === 200 && a.v3.status === 200 && a.astra.status === 401 && a.oauth.status === 200;
    return ok ? true : undefined;
  }, 5_000, 100);
  const recoveredMs = Date.now() - back;
  // The job worker claims and delivers again (its poll and LISTEN connections came back too).
  expect((await newInquiry(port, demo, referenceId)).status).toBe(201);
  await waitFor('the webhook delivery of the new inquiry', () => (hook.bodies.some((b) => b.includes(referenceId)) ? true : undefined), 10_000);
  return recoveredMs;
}

async function startServer() {
  const dataDir = await ctx.dataDir();
  const port = await freePort();
  const server = ctx.cli(['serve', '--demo', '--port', String(port), '--data-dir', dataDir], ENV);
  await waitReady(server, port);
  const demo = await readDemo(dataDir, port);
  const postmaster = await postmasterPid(dataDir);
  expect(postmaster).not.toBeNull();
  return { dataDir, port, server, demo, postmaster: postmaster! };
}

/** The first line of postmaster.opts: the binary and arguments the embedded server was started with. */
async function postmasterCommand(dataDir: string): Promise<string[]> {
  const opts = await fs.readFile(path.join(pgDataDir(dataDir), 'postmaster.opts'), 'utf8');
  return [...opts.trim().matchAll(/"((?:[^"\\]|\\.)*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

describe('a hung database (postmaster and backends SIGSTOPped)', () => {
  it('503 with Retry-After on every surface within 5 s, cached credentials still verify, and all recovers within 5 s', async () => {
    const { port, server, demo, postmaster } = await startServer();
    const hook = await receiver();
    try {
      await createWebhook(port, demo, hook.url);
      const cached = () => call(port, 'GET', '/api/v1/api-keys/permissions', { headers: bearer(demo.source.apiKey) });
      expect((await cached()).status).toBe(200);
      // Connections to the database are open and idle in the pool: the hardest case (they look alive).
      expect((await allOf(databaseRequests(port, demo))).connect.status).toBe(200);

      freeze(postmaster);
      const answers = await allOf(databaseRequests(port, demo));
      expectUnavailable(answers);
      const ready = await call(port, 'GET', '/readyz', { withinMs: 2_000 });
      expect(ready.status).toBe(503);
      expect(ready.headers.get('retry-after')).toBe('5');
      // The verification cache answers without the database.
      const fromCache = await cached();
      expect(fromCache.status).toBe(200);
      // Still 503 (not a hang) for a second round, on connections made during the outage.
      expectUnavailable(await allOf(databaseRequests(port, demo)));
      const during = [answers.connect, fromCache].map((a) => a.headers.get('request-id')!);
      console.log('hung: ms to answer', Object.fromEntries(Object.entries(answers).map(([k, a]) => [k, a.ms])), 'readyz', ready.ms);

      thaw();
      const recoveredMs = await expectRecovery(port, demo, hook, 'after-hung');
      console.log('hung: recovered within', recoveredMs, 'ms');
      // The API log rows of requests made during the outage were kept and written.
      for (const id of during) {
        const logged = await call(port, 'GET', `/api/v1/api-logs/${id}`, { headers: bearer(demo.source.apiKey) });
        expect({ id, status: logged.status }).toEqual({ id, status: 200 });
      }
      // Ten 503s, but one warning per distinct error (not one per request), and no error-level lines.
      const outageLines = logLines(server.stdout()).filter((l) => l.msg === 'database unavailable: answering 503');
      const messages = outageLines.map((l) => l.err?.message);
      expect(outageLines.length).toBeGreaterThan(0);
      expect(new Set(messages).size).toBe(messages.length);
      expect(logLines(server.stdout()).filter((l) => l.level >= 50)).toEqual([]);

      // After the outage SIGTERM stops it as usual.
      server.child.kill('SIGTERM');
      await waitFor('the process to exit', () => (server.running() ? undefined : true), GRACE_MS + 2_000);
      expect(await server.exited).toEqual({ code: 0, signal: null });
      expect(isRunning(postmaster)).toBe(false);
    } finally {
      thaw();
      await hook.close();
    }
  }, 120_000);

  it('SIGTERM during the outage stops the process within its grace period', async () => {
    const { port, server, demo, postmaster } = await startServer();
    expect((await allOf(databaseRequests(port, demo))).connect.status).toBe(200);
    freeze(postmaster);
    // A request in flight on a hung connection, as an outage has them.
    const inFlight = call(port, 'GET', '/api/v1/api-keys', { headers: bearer(demo.source.apiKey) }).catch((e: unknown) => e);
    const signalled = Date.now();
    server.child.kill('SIGTERM');
    await waitFor('the process to exit', () => (server.running() ? undefined : true), GRACE_MS + 2_000);
    console.log('SIGTERM during a hung outage: exited after', Date.now() - signalled, 'ms; grace', GRACE_MS);
    expect((await server.exited).signal).toBeNull();
    await inFlight;
    // The postmaster was asked to stop: once it runs again it finishes the fast shutdown by itself.
    thaw();
    await waitFor('the postmaster to stop after SIGCONT', () => (isRunning(postmaster) ? undefined : true), 15_000);
  }, 120_000);
});

describe('a stopped database (shut down, then started again by hand)', () => {
  it('503 while it is down, all answers within 5 s of its start, and SIGTERM afterwards stops the server and the database', async () => {
    const { dataDir, port, server, demo, postmaster } = await startServer();
    const hook = await receiver();
    try {
      await createWebhook(port, demo, hook.url);
      const cached = () => call(port, 'GET', '/api/v1/api-keys/permissions', { headers: bearer(demo.source.apiKey) });
      expect((await cached()).status).toBe(200);
      const command = await postmasterCommand(dataDir);
      const owner = statSync(pgDataDir(dataDir));

      // Fast shutdown, as an operator's `pg_ctl stop -m fast` does.
      process.kill(postmaster, 'SIGINT');
      await waitFor('the postmaster to stop', () => (isRunning(postmaster) ? undefined : true), 15_000);
      const answers = await allOf(databaseRequests(port, demo));
      expectUnavailable(answers);
      expect((await call(port, 'GET', '/readyz', { withinMs: 2_000 })).status).toBe(503);
      const fromCache = await cached();
      expect(fromCache.status).toBe(200);
      const during = [answers.connect, fromCache].map((a) => a.headers.get('request-id')!);
      console.log('stopped: ms to answer', Object.fromEntries(Object.entries(answers).map(([k, a]) => [k, a.ms])));

      // Started again with the same binary and options, as the data directory's owner, detached from this test.
      const restarted = spawn(command[0]!, command.slice(1), { uid: owner.uid, gid: owner.gid, detached: true, stdio: 'ignore' });
      restarted.unref();
      const recoveredMs = await expectRecovery(port, demo, hook, 'after-stop');
      console.log('stopped: recovered within', recoveredMs, 'ms of the restart');
      for (const id of during) {
        const logged = await call(port, 'GET', `/api/v1/api-logs/${id}`, { headers: bearer(demo.source.apiKey) });
        expect({ id, status: logged.status }).toEqual({ id, status: 200 });
      }

      // After an outage SIGTERM still stops everything, the restarted postmaster included.
      const again = await postmasterPid(dataDir);
      expect(again).not.toBeNull();
      server.child.kill('SIGTERM');
      await waitFor('the process to exit', () => (server.running() ? undefined : true), GRACE_MS + 2_000);
      expect(await server.exited).toEqual({ code: 0, signal: null });
      expect(isRunning(again!)).toBe(false);
    } catch (e) {
      // What the server said, to tell a failed expectation from a server that died.
      console.log(`server ${server.running() ? 'running' : 'exited'}\n--- stdout\n${server.stdout().slice(-6000)}\n--- stderr\n${server.stderr().slice(-6000)}`);
      throw e;
    } finally {
      await hook.close();
    }
  }, 120_000);
});
