/**
 * The secrets-at-rest scan (issue 11, standing adversarial suite): a real
 * `tessera serve --demo` on the embedded database hands out every kind of
 * secret it issues, each once without and once with an `Idempotency-Key`
 * (and the replay), uses each one (as a bearer and through OAuth
 * introspection, so it passes request logs and request bodies), and then no
 * issued secret may be found
 *  - in any column of any table of the public schema (each row cast to text,
 *    read through SQL, so compressed and TOASTed values are read decoded),
 *  - in any file of the data directory read as bytes, after a CHECKPOINT and
 *    a clean stop (the WAL under postgres/pgdata/pg_wal, the heap files under
 *    base/, everything else),
 *  - in the server's own log output at LOG_LEVEL=debug.
 *
 * Issued here: a Connect API key (create and rotate), an admin-issued
 * API key, a webhook signing secret (create and rotate), a login JWT, a
 * personal access token (create and rotate) and an Astra user API token (in
 * its base64 form and the `tut_…` it decodes to). Webhook secrets must stay usable for signing: they are kept
 * sealed (AES-256-GCM, src/events/webhooks/secret-box.ts), so the scan proves
 * their plain value is absent. The demo's own secrets (its API keys, admin
 * token, user passwords, and the server secret) are searched for too.
 *
 * A webhook subscribed to every credential event delivers to a receiver that
 * echoes the whole request (headers, signature, body) in its answer, so the
 * deliveries' stored response excerpts are the worst case; no secret may be
 * in any payload it receives either.
 *
 * Some are pasted into refused requests (broken JSON, an unknown field, a
 * wrong login password), and each is then ended (a logout, OAuth
 * revocation), the way most secrets finish their life.
 *
 * Where a secret may legitimately be found: `demo.json` is the file
 * `serve --demo` writes (mode 0600) to hand its credentials to the person who
 * started it, like a response that shows a new key once, so its own secrets
 * are allowed there, and in the plain-text banner `--demo` prints once (not
 * in any log line); `admin-token` and `secret` are the 0600 files that hold
 * the admin token and the server secret themselves.
 */
import fs from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import pg from 'pg';
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, isRunning, postmasterPid, processTestContext, readDemo, waitFor, waitReady } from '../process/cli.js';

const ctx = processTestContext();
const receivers: http.Server[] = [];
afterAll(() => {
  for (const r of receivers) r.close();
});

interface Secret {
  label: string;
  /** Every form the secret may take at rest (the Astra token also as the `tut_…` it decodes to). */
  forms: string[];
  /** Files of the data dir (relative) allowed to hold it, with the reason in the header comment. */
  allowedFiles?: string[];
}

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: Record<string, unknown>;
}

/** Every string in a body shaped like a secret Tessera issues. */
const SECRET_SHAPES = [
  /(?:tsk_(?:sandbox|production)_|tpat_|tut_)[0-9A-Za-z]{34}/g,
  /whsec_[0-9A-Za-z]{36}/g,
  /eyJ[0-9A-Za-z_-]+\.eyJ[0-9A-Za-z_-]+\.[0-9A-Za-z_-]+/g,
  /dHV0X[0-9A-Za-z+/]+={0,2}/g,
];

function secretsIn(text: string): string[] {
  return SECRET_SHAPES.flatMap((re) => [...text.matchAll(re)].map((m) => m[0]));
}

/**
 * The 8-byte windows of a secret's random tail. PostgreSQL compresses large
 * values (pglz: a control byte before every 8 literal bytes), so a secret in
 * a compressed row or WAL record is not one contiguous run, but one of these
 * windows always is. The tail skips the fixed prefixes (`tsk_sandbox_`, a
 * JWT's header) that every secret of a kind shares.
 */
function windowsOf(form: string): string[] {
  const tail = form.replace(/=+$/, '').slice(-15);
  return Array.from({ length: tail.length - 7 }, (_, i) => tail.slice(i, i + 8));
}

const SECRET_BYTE = new Uint8Array(256);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+/=.') SECRET_BYTE[c.charCodeAt(0)] = 1;

/** Labels of the secrets one of whose windows occurs in `bytes`: one pass over the bytes, whatever the number of secrets. */
function fragmentsIn(bytes: Buffer, secrets: Secret[]): Set<string> {
  const windows = new Map<string, string>();
  for (const s of secrets) for (const f of s.forms) for (const w of windowsOf(f)) windows.set(w, s.label);
  const hash = (lo: number, hi: number) => (Math.imul(lo, 0x9e3779b1) ^ hi) >>> 0;
  const hashes = new Set([...windows.keys()].map((w) => hash(Buffer.from(w, 'latin1').readUInt32LE(0), Buffer.from(w, 'latin1').readUInt32LE(4))));
  const found = new Set<string>();
  for (let i = 0; i + 8 <= bytes.length; i++) {
    // No window holds a byte outside the secrets' alphabet: past one, skip every window that would.
    if (!SECRET_BYTE[bytes[i + 7]!]) {
      i += 7;
      continue;
    }
    if (!hashes.has(hash(bytes.readUInt32LE(i), bytes.readUInt32LE(i + 4)))) continue;
    const label = windows.get(bytes.toString('latin1', i, i + 8));
    if (label) found.add(label);
  }
  return found;
}

/** All files under `dir`, relative paths. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

describe('secrets at rest', () => {
  it('no issued secret is in any table, any file of the data directory or any log line', async () => {
    const dataDir = await ctx.dataDir();
    const port = await freePort();
    // The receiver answers with everything it was sent.
    const received: string[] = [];
    const receiver = http.createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8').on('data', (c: string) => (body += c));
      req.on('end', () => {
        const echo = JSON.stringify({ headers: req.headers, body });
        received.push(echo);
        res.writeHead(200, { 'content-type': 'application/json' }).end(echo);
      });
    });
    receivers.push(receiver);
    receiver.listen(0, '127.0.0.1');
    await once(receiver, 'listening');
    const receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;

    const server = ctx.cli(['serve', '--demo', '--port', String(port), '--data-dir', dataDir], {
      LOG_LEVEL: 'debug',
      TESSERA_USER_RATE_LIMIT: '100000',
      // The receiver runs on this machine.
      TESSERA_WEBHOOK_ALLOW_PRIVATE: 'true',
    });
    // The helper keeps only the last 64 KiB of output; the scan needs all of it.
    let logs = '';
    server.child.stdout!.on('data', (s: string) => (logs += s));
    server.child.stderr!.on('data', (s: string) => (logs += s));
    await waitReady(server, port);
    const demo = await readDemo(dataDir, port);
    const base = `http://127.0.0.1:${port}`;

    async function call(method: string, url: string, opts: { bearer?: string; body?: unknown; type?: string; key?: string } = {}): Promise<Answer> {
      const headers: Record<string, string> = {};
      if (opts.bearer) headers.authorization = `Bearer ${opts.bearer}`;
      if (opts.key) headers['idempotency-key'] = opts.key;
      let body: string | undefined;
      if (opts.body !== undefined) {
        headers['content-type'] = opts.type ?? 'application/json';
        body = typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
      }
      const res = await fetch(base + url, { method, headers, ...(body !== undefined ? { body } : {}) });
      const text = await res.text();
      return { status: res.status, headers: res.headers, text, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
    }

    const issued: Secret[] = [];
    let keyCounter = 0;

    /**
     * Issues one secret without, then one with an Idempotency-Key and replays
     * that; every answer that shows a secret must say `no-store`, and the
     * replay shows `[REDACTED]` instead. Returns the secrets, in order.
     */
    async function issueTwice(label: string, status: number, send: (key?: string) => Promise<Answer>): Promise<string[]> {
      const out: string[] = [];
      for (const key of [undefined, `scan-${++keyCounter}`]) {
        const res = await send(key);
        expect(res.status, `${label}: ${res.text}`).toBe(status);
        // Soft: a missing marker or a leaking replay is reported, and the scan still runs.
        expect.soft(res.headers.get('cache-control'), label).toBe('no-store');
        const found = secretsIn(res.text);
        expect(found.length, `${label} shows a secret`).toBeGreaterThan(0);
        for (const s of found) {
          if (s.startsWith('dHV0X')) issued.push({ label, forms: [s, Buffer.from(s, 'base64').toString()] });
          else issued.push({ label, forms: [s] });
        }
        out.push(found[0]!);
        if (key === undefined) continue;
        const replay = await send(key);
        expect(replay.status, `${label} replay`).toBe(status);
        expect.soft(replay.headers.get('idempotent-replayed'), label).toBe('true');
        expect.soft(replay.headers.get('cache-control'), `${label} replay`).toBe('no-store');
        expect.soft(replay.text, `${label} replay`).toContain('[REDACTED]');
        expect.soft(secretsIn(replay.text), `${label} replay`).toEqual([]);
      }
      return out;
    }

    // Connect: API keys and webhook secrets (create, rotate).
    const connectKey = demo.source.apiKey;
    const CREDENTIAL_EVENTS = ['api-key.created', 'api-key.rotated', 'personal-access-token.created', 'personal-access-token.rotated', 'api-token.created'];
    const listener = await call('POST', '/api/v1/webhooks', {
      bearer: connectKey,
      body: { data: { attributes: { name: 'receiver', url: receiverUrl, 'enabled-events': CREDENTIAL_EVENTS } } },
    });
    expect(listener.status, listener.text).toBe(201);
    issued.push(...secretsIn(listener.text).map((f) => ({ label: 'webhook secret of the receiver', forms: [f] })));
    const listenerId = (listener.json.data as { id: string }).id;
    expect((await call('POST', `/api/v1/webhooks/${listenerId}/enable`, { bearer: connectKey, body: {} })).status).toBe(200);
    const apiKeyIds: string[] = [];
    await issueTwice('Connect API key', 201, async (key) => {
      const res = await call('POST', '/api/v1/api-keys', { bearer: connectKey, key, body: { data: { attributes: { name: 'scan' } } } });
      apiKeyIds.push((res.json.data as { id: string }).id);
      return res;
    });
    await issueTwice('rotated Connect API key', 200, (key) =>
      call('POST', `/api/v1/api-keys/${apiKeyIds[0]}/rotate`, { bearer: connectKey, key, body: { meta: { 'grace-period-seconds': 60 } } }),
    );
    const hookBody = { data: { attributes: { name: 'scan', url: 'https://hooks.tessera.invalid/scan', 'enabled-events': ['inquiry.created'] } } };
    const hookIds: string[] = [];
    await issueTwice('webhook secret', 201, async (key) => {
      const res = await call('POST', '/api/v1/webhooks', { bearer: connectKey, key, body: hookBody });
      hookIds.push((res.json.data as { id: string }).id);
      return res;
    });
    await issueTwice('rotated webhook secret', 200, (key) =>
      call('POST', `/api/v1/webhooks/${hookIds[0]}/rotate-secret`, { bearer: connectKey, key, body: {} }),
    );

    // Admin: API keys of an environment.
    await issueTwice('admin-issued API key', 201, (key) =>
      call('POST', `/admin/v1/environments/${demo.source.environmentId}/api-keys`, { bearer: demo.adminToken, key, body: { name: 'scan' } }),
    );

    // /v3: login sessions, personal access tokens (create, rotate).
    const admin = demo.source.admin;
    const login = { accountAlias: admin.accountAlias, email: admin.email, password: admin.password };
    const [jwt] = await issueTwice('login JWT', 200, (key) => call('POST', '/v3/accounts/login', { key, body: login }));
    const patIds: string[] = [];
    await issueTwice('personal access token', 201, async (key) => {
      const res = await call('POST', '/v3/personal-access-tokens', { bearer: jwt, key, body: { name: `scan ${keyCounter}`, scopes: ['user:read'] } });
      patIds.push(res.json.id as string);
      return res;
    });
    await issueTwice('rotated personal access token', 200, (key) => call('POST', `/v3/personal-access-tokens/${patIds[0]}/rotate`, { bearer: jwt, key }));

    // Astra: user API tokens.
    const tokensUrl = `/accounts/${admin.accountId}/core/v1/users/${admin.userId}/tokens`;
    const astraBody = { type: 'application/astra-token', version: '1.0', name: 'scan' };
    await issueTwice('Astra user API token', 201, (key) => call('POST', tokensUrl, { bearer: jwt, key, type: 'application/astra-token+json', body: astraBody }));

    // Use every credential: as a bearer (request logs, last-used tracking) and through
    // introspection, which carries it in a request body (API logs, stored idempotent answers).
    for (const { label, forms } of issued) {
      const secret = forms[forms.length - 1]!;
      if (secret.startsWith('whsec_')) continue;
      const url = secret.startsWith('tsk_') ? '/api/v1/api-keys' : '/v3/me';
      const used = await call('GET', url, { bearer: secret });
      expect(used.status, `${label} as a bearer`).toBeLessThan(500);
      const form = `token=${encodeURIComponent(secret)}`;
      const introspected = await call('POST', '/oauth/introspect', { bearer: demo.adminToken, body: form, type: 'application/x-www-form-urlencoded', key: `scan-${++keyCounter}` });
      expect(introspected.status, `${label} introspected`).toBe(200);
    }
    // Secrets pasted where they do not belong: malformed JSON, an unknown field, a wrong password.
    // Refused, but each passes the body parser, validation, error answers and the API log.
    for (const { label, forms } of issued.filter((x) => !x.label.startsWith('webhook')).slice(0, 4)) {
      const secret = forms[0]!;
      const broken = await call('POST', '/api/v1/api-keys', { bearer: connectKey, body: `{"data": {"attributes": {"name": "${secret}"`, key: `scan-${++keyCounter}` });
      expect(broken.status, `${label} in broken JSON`).toBe(400);
      const unknown = await call('POST', '/api/v1/api-keys', { bearer: connectKey, body: { data: { attributes: { name: 'x', stray: secret } } }, key: `scan-${++keyCounter}` });
      expect(unknown.status, `${label} in an unknown field`).toBe(400);
    }
    const wrong = await call('POST', '/v3/accounts/login', { body: { ...login, password: issued[0]!.forms[0] }, key: `scan-${++keyCounter}` });
    expect(wrong.status).toBe(401);

    // Then end them: a logout, and OAuth revocation of each (the token again in a request body).
    const logout = await call('POST', '/v3/accounts/logout', { bearer: jwt, key: `scan-${++keyCounter}` });
    expect(logout.status, logout.text).toBeLessThan(500);
    for (const { label, forms } of issued) {
      const secret = forms[forms.length - 1]!;
      if (secret.startsWith('whsec_')) continue;
      const form = `token=${encodeURIComponent(secret)}`;
      const revoked = await call('POST', '/oauth/revoke', { bearer: demo.adminToken, body: form, type: 'application/x-www-form-urlencoded', key: `scan-${++keyCounter}` });
      expect(revoked.status, `${label} revoked: ${revoked.text}`).toBeLessThan(500);
    }
    const kinds = new Set(issued.map((s) => s.label));
    expect(kinds.size).toBe(10);

    // Every credential event reached the receiver and its attempt is recorded:
    // 4 API keys created, 2 rotated, 2 PATs created, 2 rotated, 2 Astra tokens (this environment's copy of each).
    await waitFor(
      'the credential events delivered',
      async () => {
        const list = await call('GET', `/api/v1/webhooks/${listenerId}/deliveries?page%5Bsize%5D=100`, { bearer: connectKey });
        const deliveries = list.json.data as Array<{ attributes: { status: string } }>;
        return deliveries.length >= 12 && deliveries.every((d) => d.attributes.status === 'succeeded') ? true : undefined;
      },
      60_000,
      250,
    );
    expect(received.length).toBeGreaterThanOrEqual(12);
    const sentOut = received.join('\n');
    expect(issued.filter((s) => s.forms.some((f) => sentOut.includes(f))).map((s) => s.label)).toEqual([]);
    // Two issues of each kind (three forms of secrets for a rotated webhook: the old one stays valid a while).
    expect(issued.length).toBeGreaterThanOrEqual(18);

    const secretFile = (name: string) => fs.readFile(path.join(dataDir, name), 'utf8').then((s) => s.trim());
    const demoSecrets: Secret[] = [
      { label: 'demo source API key', forms: [demo.source.apiKey], allowedFiles: ['demo.json'] },
      { label: 'demo destination API key', forms: [demo.destination.apiKey], allowedFiles: ['demo.json'] },
      { label: 'admin token', forms: [demo.adminToken], allowedFiles: ['demo.json', 'admin-token'] },
      { label: 'server secret', forms: [await secretFile('secret')], allowedFiles: ['secret'] },
      ...[demo.source.admin, demo.source.member, demo.destination.admin, demo.destination.member].map((u) => ({
        label: `demo password of ${u.email}`,
        forms: [u.password],
        allowedFiles: ['demo.json'],
      })),
    ];
    const all = [...issued, ...demoSecrets];

    // 1. Every table, every column, through SQL.
    const client = new pg.Client({
      host: path.join(dataDir, 'postgres'),
      port: 5432,
      user: 'postgres',
      password: await fs.readFile(path.join(dataDir, 'postgres', 'password'), 'utf8').then((s) => s.trim()),
      database: 'postgres',
    });
    await client.connect();
    const tableHits: string[] = [];
    try {
      // API log rows are written in batches: wait for the row of one last request.
      const last = await fetch(`${base}/api/v1/api-keys`, { headers: { authorization: `Bearer ${connectKey}`, 'user-agent': 'secrets-at-rest-last' } });
      expect(last.status).toBe(200);
      await waitFor('the last API log row', async () => {
        const r = await client.query(`SELECT 1 FROM api_logs WHERE user_agent = 'secrets-at-rest-last'`);
        return r.rowCount ? true : undefined;
      });
      const tables = (await client.query<{ name: string }>(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`)).rows.map((r) => r.name);
      expect(tables).toEqual(expect.arrayContaining(['idempotency_keys', 'api_logs', 'events', 'jobs', 'credentials', 'webhook_secrets']));
      let rowsRead = 0;
      for (const table of tables) {
        const { rows } = await client.query<{ row: string }>(`SELECT t::text AS row FROM public."${table}" t`);
        rowsRead += rows.length;
        const text = rows.map((r) => r.row).join('\n');
        for (const s of all) for (const f of s.forms) if (text.includes(f)) tableHits.push(`${s.label} in table ${table}`);
      }
      // The replays were stored, with the secrets blanked.
      const stored = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM idempotency_keys WHERE response_body LIKE '%[REDACTED]%'`);
      expect.soft(stored.rows[0]!.n).toBeGreaterThanOrEqual(8);
      expect(rowsRead).toBeGreaterThan(100);
      await client.query('CHECKPOINT');
    } finally {
      await client.end();
    }

    // 2. Every file of the data directory, after a clean stop (the WAL is complete and closed).
    const postmaster = await postmasterPid(dataDir);
    server.child.kill('SIGTERM');
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(postmaster !== null && isRunning(postmaster)).toBe(false);
    expect((await fs.stat(path.join(dataDir, 'demo.json'))).mode & 0o777).toBe(0o600);
    const files = await filesUnder(dataDir);
    expect(files.some((f) => f.includes('pg_wal'))).toBe(true);
    const fileHits = new Set<string>();
    let bytesRead = 0;
    for (const file of files) {
      const bytes = await fs.readFile(path.join(dataDir, file)).catch(() => null);
      if (!bytes) continue;
      bytesRead += bytes.length;
      const mayHold = (s: Secret) => !s.allowedFiles?.includes(file);
      for (const s of all.filter(mayHold)) {
        for (const f of s.forms) if (bytes.includes(f)) fileHits.add(`${s.label} in ${file}`);
      }
      for (const label of fragmentsIn(bytes, all.filter(mayHold))) fileHits.add(`a compressed-looking fragment of ${label} in ${file}`);
    }
    expect(bytesRead).toBeGreaterThan(1_000_000);

    // 3. The server's own logs.
    expect(logs.length).toBeGreaterThan(1000);
    // The demo banner (plain text, not a log line) hands the demo's own credentials over like demo.json;
    // they must still be in no structured log line.
    const logLines = logs.split('\n').filter((l) => l.startsWith('{'));
    expect(logLines.length).toBeGreaterThan(20);
    const logHits = [
      ...issued.flatMap((s) => (s.forms.some((f) => logs.includes(f)) ? [`${s.label} in the output`] : [])),
      ...demoSecrets.flatMap((s) => (s.forms.some((f) => logLines.some((l) => l.includes(f))) ? [`${s.label} in a log line`] : [])),
    ];

    expect({ tableHits: [...new Set(tableHits)], fileHits: [...fileHits], logHits }).toEqual({ tableHits: [], fileHits: [], logHits: [] });
  }, 180_000);
});
