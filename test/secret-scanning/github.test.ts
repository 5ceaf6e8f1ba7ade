/**
 * Leaked-secret reports in GitHub's secret scanning partner format (issue 14):
 * the test holds its own P-256 key pair, writes the public key file the way
 * GitHub publishes it, and signs each report over the raw body. Live
 * credentials reported are revoked (their next use is a 401), `*.leaked`
 * reaches a real webhook receiver with the reported url and source, the
 * answer labels each entry; a wrong or missing signature changes nothing;
 * without TESSERA_SECRET_SCANNING_KEYS the route answers 404.
 */
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeId } from '../../src/core/ids.js';
import { CREDENTIAL_PREFIXES, generateCredential } from '../../src/core/secret-format.js';
import { must, send, type Body } from '../fixtures/connect-objects.js';
import { astra, createIdentityOrg, createPat, createUat, v3, type IdentityOrg } from '../fixtures/identity.js';
import { createApiKey, createTestApp, type TestApp, type TestOrg } from '../harness.js';
import { waitFor } from '../process/cli.js';
import { createHook } from '../webhooks/helpers.js';
import { Receiver, type Received } from '../webhooks/receiver.js';

const URL = '/secret-scanning/v1/github';
const KEY_ID = 'bcb53661c06b4728e59d897fb6165d5c9cda0fd9cdf9d09ead458168deb7518c';

let dir: string;
let github: KeyObject;
let stranger: KeyObject;
let t: TestApp;
let receiver: Receiver;

function keyPair(): { privateKey: KeyObject; pem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { privateKey, pem: publicKey.export({ type: 'spki', format: 'pem' }).toString() };
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tessera-secret-scanning-'));
  const current = keyPair();
  const old = keyPair();
  github = current.privateKey;
  stranger = keyPair().privateKey;
  // GitHub's published format: a retired key beside the current one.
  await fs.writeFile(
    path.join(dir, 'keys.json'),
    JSON.stringify({
      public_keys: [
        { key_identifier: 'old-key', key: old.pem, is_current: false },
        { key_identifier: KEY_ID, key: current.pem, is_current: true },
      ],
    }),
  );
  t = await createTestApp({
    env: {
      TESSERA_SECRET_SCANNING_KEYS: path.join(dir, 'keys.json'),
      TESSERA_WEBHOOK_ALLOW_PRIVATE: 'true',
      TESSERA_JOB_POLL_MS: '20',
      TESSERA_RATE_LIMIT_PER_MINUTE: '100000',
      TESSERA_USER_RATE_LIMIT: '100000',
    },
  });
  t.worker.start();
  receiver = await Receiver.start();
});

afterAll(async () => {
  await t.worker.stop();
  await fs.rm(dir, { recursive: true, force: true });
});

interface Finding {
  token: string;
  type: string;
  url: string;
  source: string;
}

/** POSTs `findings` as GitHub does: the raw body signed (ECDSA P-256 SHA-256, base64 DER) by `key`. */
function report(findings: Finding[], opts: { key?: KeyObject; keyId?: string; tamper?: boolean; headers?: Record<string, string> } = {}) {
  const body = JSON.stringify(findings);
  const signature = sign('sha256', Buffer.from(body), { key: opts.key ?? github, dsaEncoding: 'der' }).toString('base64');
  return t.request({
    method: 'POST',
    url: URL,
    headers: {
      'content-type': 'application/json',
      'github-public-key-identifier': opts.keyId ?? KEY_ID,
      'github-public-key-signature': signature,
      ...opts.headers,
    },
    payload: opts.tamper ? body.replace('"url":"', '"url":"x') : body,
  });
}

const finding = (token: string, type: string, n = 1): Finding => ({ token, type, url: `https://github.com/octo/leaky/blob/main/config-${n}.env`, source: 'content' });
const nameOf = (r: Received) => String((JSON.parse(r.body) as Body).data.attributes.name);

interface Party {
  org: IdentityOrg;
  apiKey: { id: string; value: string };
  pat: { id: string; token: string };
  hook: { id: string };
  hookPath: string;
}

async function party(label: string): Promise<Party> {
  const org = await createIdentityOrg(t);
  const apiKey = await createApiKey(t, org.sandboxId);
  const pat = await createPat(t, org.users.admin.jwt, { name: `${label} pat` });
  const hookPath = `/${label}`;
  const hook = await createHook(t, { apiKey: apiKey.value } as TestOrg, {
    url: `${receiver.url}${hookPath}`,
    'enabled-events': ['api-key.leaked', 'personal-access-token.leaked', 'api-token.leaked'],
  });
  receiver.secrets.push(hook.secret);
  return { org, apiKey, pat, hook, hookPath };
}

const keyWorks = async (key: string) => (await send(t, key, 'GET', '/inquiries')).statusCode;
const patWorks = async (token: string) => (await v3(t, token, 'GET', '/personal-access-tokens')).statusCode;

describe('POST /secret-scanning/v1/github', () => {
  it('revokes the live credentials reported, delivers *.leaked, and labels each entry', async () => {
    const p = await party('revoke');
    expect(await keyWorks(p.apiKey.value)).toBe(200);
    expect(await patWorks(p.pat.token)).toBe(200);
    const unknown = generateCredential(CREDENTIAL_PREFIXES.apiKeySandbox);

    const res = await report([finding(p.apiKey.value, 'tessera_sandbox_api_key', 1), finding(p.pat.token, 'tessera_personal_access_token', 2), finding(unknown, 'tessera_sandbox_api_key', 3)]);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual([
      { token_raw: p.apiKey.value, token_type: 'tessera_sandbox_api_key', label: 'true_positive' },
      { token_raw: p.pat.token, token_type: 'tessera_personal_access_token', label: 'true_positive' },
      { token_raw: unknown, token_type: 'tessera_sandbox_api_key', label: 'false_positive' },
    ]);

    // Revoked at once: the very next use is refused.
    expect(await keyWorks(p.apiKey.value)).toBe(401);
    expect(await patWorks(p.pat.token)).toBe(401);

    // Two *.leaked events reach the webhook, with where the secret was found.
    const delivered = await waitFor('two *.leaked deliveries', () => {
      const got = receiver.received.filter((r) => r.path === `/hooks${p.hookPath}`);
      return got.length >= 2 ? got : undefined;
    });
    expect(delivered.map(nameOf).sort()).toEqual(['api-key.leaked', 'personal-access-token.leaked']);
    for (const r of delivered) expect(r.problems).toEqual([]);
    const byName = Object.fromEntries(delivered.map((r) => [nameOf(r), (JSON.parse(r.body) as Body).data.attributes]));
    expect(byName['api-key.leaked'].context).toEqual({ url: 'https://github.com/octo/leaky/blob/main/config-1.env', source: 'content', action: 'revoked' });
    expect(byName['api-key.leaked'].payload.data).toMatchObject({ type: 'api-key', id: p.apiKey.id });
    expect(byName['personal-access-token.leaked'].context).toEqual({ url: 'https://github.com/octo/leaky/blob/main/config-2.env', source: 'content', action: 'revoked' });
    expect(byName['personal-access-token.leaked'].payload.data).toMatchObject({ type: 'personal-access-token', id: p.pat.id, attributes: { revoked: true } });
    // Never a secret in an event.
    for (const r of delivered) {
      expect(r.body).not.toContain(p.apiKey.value);
      expect(r.body).not.toContain(p.pat.token);
    }

    // Reported again: no longer live, so a false positive that says nothing, and no new event.
    const again = await report([finding(p.apiKey.value, 'tessera_sandbox_api_key')]);
    expect(again.json()).toEqual([{ token_raw: p.apiKey.value, token_type: 'tessera_sandbox_api_key', label: 'false_positive' }]);
    const events = must(await send(t, (await createApiKey(t, p.org.sandboxId)).value, 'GET', '/events?filter%5Bname%5D=api-key.leaked'), 200, 'events').data;
    expect(events).toHaveLength(1);
  });

  it('records the report in the owner\'s API log, with the secrets redacted', async () => {
    const p = await party('log');
    const res = await report([finding(p.apiKey.value, 'tessera_sandbox_api_key')]);
    expect(res.statusCode).toBe(200);
    await t.deps.apiLogs.flush();
    const row = await t.deps.db.selectFrom('api_logs').selectAll().where('id', '=', decodeId('req', String(res.headers['request-id']))!).executeTakeFirstOrThrow();
    expect(row.organization_id).toBe(p.org.id);
    expect(row.environment_id).toBe(decodeId('env', p.org.sandboxId));
    expect(row.credential_id).toBeNull();
    expect(row.path).toBe(URL);
    expect(JSON.stringify(row.request)).not.toContain(p.apiKey.value);
    expect(JSON.stringify(row.request)).toContain('config-1.env');
    // And the organization reads it through its own API log, redacted.
    const reader = await createApiKey(t, p.org.sandboxId);
    const logged = must(await send(t, reader.value, 'GET', `/api-logs/${String(res.headers['request-id'])}`), 200, 'GET /api-logs/:id').data;
    expect(logged.attributes.request).toMatchObject({ method: 'POST', path: URL, 'post-params': { _json: [{ token: '[REDACTED]', url: expect.stringContaining('config-1.env') }] } });
    expect(JSON.stringify(logged)).not.toContain(p.apiKey.value);
  });

  it('only announces when the organization says notify: the credential keeps working', async () => {
    const p = await party('notify');
    must(await t.admin('PATCH', `/admin/v1/organizations/${p.org.adminId}`, { 'leaked-secret-action': 'notify' }), 200, 'PATCH organization');
    const res = await report([finding(p.apiKey.value, 'tessera_sandbox_api_key')]);
    expect(res.json()[0].label).toBe('true_positive');
    expect(await keyWorks(p.apiKey.value)).toBe(200);
    const [r] = await waitFor('the api-key.leaked delivery', () => {
      const got = receiver.received.filter((x) => x.path === `/hooks${p.hookPath}`);
      return got.length >= 1 ? got : undefined;
    });
    expect(nameOf(r!)).toBe('api-key.leaked');
    expect((JSON.parse(r!.body) as Body).data.attributes.context).toMatchObject({ action: 'notified' });
  });

  it('deletes a reported Astra user API token, in either form', async () => {
    const org = await createIdentityOrg(t);
    const [plain, wrapped] = [await createUat(t, org, org.users.admin), await createUat(t, org, org.users.admin, 'second')];
    const res = await report([finding(plain.raw, 'tessera_user_api_token'), finding(wrapped.token, 'tessera_user_api_token_base64')]);
    expect(res.json().map((v: { label: string }) => v.label)).toEqual(['true_positive', 'true_positive']);
    for (const token of [plain.token, wrapped.token]) expect((await astra(t, token, 'GET', org.id, `/users/${org.users.admin.id}/tokens`)).statusCode).toBe(401);
  });

  it('refuses a missing, unknown or wrong signature with 401 and changes nothing', async () => {
    const p = await party('forged');
    const findings = [finding(p.apiKey.value, 'tessera_sandbox_api_key')];
    const refused = [
      await report(findings, { key: stranger }),
      await report(findings, { tamper: true }),
      await report(findings, { keyId: 'no-such-key' }),
      // Signed by a configured key, but not the one it names.
      await report(findings, { keyId: 'old-key' }),
      await report(findings, { headers: { 'github-public-key-signature': 'not base64!' } }),
      await t.request({ method: 'POST', url: URL, headers: { 'content-type': 'application/json' }, payload: JSON.stringify(findings) }),
    ];
    for (const res of refused) {
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
    }
    expect(await keyWorks(p.apiKey.value)).toBe(200);
    const events = must(await send(t, p.apiKey.value, 'GET', '/events?filter%5Bname%5D=api-key.leaked'), 200, 'events').data;
    expect(events).toEqual([]);
    // A well-signed report that is not a list of findings: 400.
    expect((await report({ token: 'x' } as unknown as Finding[])).statusCode).toBe(400);
  });
});

describe('without TESSERA_SECRET_SCANNING_KEYS', () => {
  it('answers 404', async () => {
    const bare = await createTestApp();
    const res = await bare.request({
      method: 'POST',
      url: URL,
      headers: { 'content-type': 'application/json', 'github-public-key-identifier': KEY_ID, 'github-public-key-signature': 'MEUCIQ==' },
      payload: '[]',
    });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });
});
