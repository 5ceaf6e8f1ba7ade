/**
 * Idempotent replays never hold a secret (platform.md §3, issue 11 defect 3):
 * on every surface, a POST that hands out a secret answers `Cache-Control:
 * no-store`, its stored copy has the secret `[REDACTED]` (so a replay shows
 * that, not the secret), and `idempotency_keys` holds no trace of it. A body
 * that is not marked still loses anything shaped like a credential or a JWT.
 */
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, createOrg, createTestApp, type TestApp, type TestOrg } from '../harness.js';
import { astra, createIdentityOrg, createPat, PASSWORD, uniq, v3, type IdentityOrg } from '../fixtures/identity.js';
import { send } from '../fixtures/connect-objects.js';

let t: TestApp;
let org: IdentityOrg;
let connectOrg: TestOrg;

beforeAll(async () => {
  t = await createTestApp({ env: { TESSERA_USER_RATE_LIMIT: '100000' } });
  org = await createIdentityOrg(t);
  connectOrg = await createOrg(t);
});

type Request = (idempotencyKey: string) => Promise<LightMyRequestResponse>;

/** Sends `request` twice with one key; checks both answers and the stored row; returns the secret. */
async function expectRedactedReplay(request: Request, secretOf: (body: Record<string, unknown>) => unknown, status: number): Promise<string> {
  const key = `idem-${uniq()}`;
  const first = await request(key);
  expect(first.statusCode, first.body).toBe(status);
  expect(first.headers['cache-control']).toBe('no-store');
  const secret = secretOf(first.json());
  expect(typeof secret).toBe('string');
  expect(secret).not.toBe('[REDACTED]');

  const replay = await request(key);
  expect(replay.statusCode).toBe(status);
  expect(replay.headers['idempotent-replayed']).toBe('true');
  expect(replay.headers['cache-control']).toBe('no-store');
  expect(replay.headers['content-type']).toBe(first.headers['content-type']);
  expect(secretOf(replay.json())).toBe('[REDACTED]');
  expect(replay.body).not.toContain(secret as string);

  const rows = await t.deps.db.selectFrom('idempotency_keys').selectAll().where('key', '=', key).execute();
  expect(rows).toHaveLength(1);
  expect(JSON.stringify(rows)).not.toContain(secret as string);
  return secret as string;
}

describe('a replay shows [REDACTED] where the secret was, and the secret is never stored', () => {
  it('Connect: a new API key and a webhook secret (create and rotate)', async () => {
    const created = (key: string) =>
      send(t, connectOrg.apiKey, 'POST', '/api-keys', { body: { data: { attributes: { name: 'idem-key' } } }, headers: { 'idempotency-key': key } });
    await expectRedactedReplay(created, (b) => (b.data as { attributes: { value: unknown } }).attributes.value, 201);

    const hookBody = { data: { attributes: { name: 'idem-hook', url: 'https://hooks.tessera.invalid/h', 'enabled-events': ['inquiry.created'] } } };
    let hookId = '';
    await expectRedactedReplay(
      async (key) => {
        const res = await send(t, connectOrg.apiKey, 'POST', '/webhooks', { body: hookBody, headers: { 'idempotency-key': key } });
        hookId = res.json().data.id;
        return res;
      },
      (b) => (b.data as { attributes: { secret: unknown } }).attributes.secret,
      201,
    );
    const rotate = (key: string) => send(t, connectOrg.apiKey, 'POST', `/webhooks/${hookId}/rotate-secret`, { body: {}, headers: { 'idempotency-key': key } });
    await expectRedactedReplay(rotate, (b) => (b.data as { attributes: { secrets: Array<{ value: unknown }> } }).attributes.secrets[0]!.value, 200);
  });

  it('admin: an environment API key', async () => {
    const res = await t.admin('POST', '/admin/v1/organizations', { name: `Keys ${uniq()}` });
    const env = res.json().data.attributes.environments[0].id as string;
    const issue = (key: string) =>
      t.request({
        method: 'POST',
        url: `/admin/v1/environments/${env}/api-keys`,
        headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'idempotency-key': key },
        payload: { name: 'ci' },
      });
    const secret = await expectRedactedReplay(issue, (b) => (b.data as { attributes: { value: unknown } }).attributes.value, 201);
    expect(secret).toMatch(/^tsk_sandbox_/);
  });

  it('/v3: a personal access token (create and rotate) and a login JWT', async () => {
    const jwt = org.users.member.jwt;
    const create = (key: string) => v3(t, jwt, 'POST', '/personal-access-tokens', { name: 'idem', scopes: ['user:read'] }, { 'idempotency-key': key });
    await expectRedactedReplay(create, (b) => b.token, 201);
    const pat = await createPat(t, jwt, { name: 'to rotate' });
    const rotate = (key: string) => v3(t, jwt, 'POST', `/personal-access-tokens/${pat.id}/rotate`, undefined, { 'idempotency-key': key });
    await expectRedactedReplay(rotate, (b) => b.token, 200);
    const user = org.users.viewer;
    const login = (key: string) =>
      t.request({ method: 'POST', url: '/v3/accounts/login', payload: { accountAlias: org.alias, email: user.email, password: PASSWORD }, headers: { 'idempotency-key': key } });
    const session = await expectRedactedReplay(login, (b) => b.accessToken, 200);
    expect(session.split('.')).toHaveLength(3);
  });

  it('Astra: a user API token, in neither its base64 nor its raw form', async () => {
    const user = org.users.admin;
    const body = { type: 'application/astra-token', version: '1.0', name: 'idem' };
    const create = (key: string) => astra(t, user.jwt, 'POST', org.id, `/users/${user.id}/tokens`, body, { 'idempotency-key': key });
    const secret = await expectRedactedReplay(create, (b) => b.token, 201);
    const raw = Buffer.from(secret, 'base64').toString();
    expect(raw).toMatch(/^tut_/);
    const rows = await t.deps.db.selectFrom('idempotency_keys').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(raw);
  });
});

describe('a body not marked as secret', () => {
  it('is replayed as sent, but anything shaped like a credential is cut out of its stored copy', async () => {
    const pat = await createPat(t, org.users.member.jwt, { name: 'pasted' });
    const key = `idem-${uniq()}`;
    const body = { data: { attributes: { 'reference-id': `pasted ${pat.token} by mistake`, fields: { 'name-first': 'Alex' } } } };
    const first = await send(t, connectOrg.apiKey, 'POST', '/inquiries', { body, headers: { 'idempotency-key': key } });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.headers['cache-control']).toBeUndefined();
    const replay = await send(t, connectOrg.apiKey, 'POST', '/inquiries', { body, headers: { 'idempotency-key': key } });
    expect(replay.statusCode).toBe(201);
    expect(replay.json().data.id).toBe(first.json().data.id);
    expect(replay.json().data.attributes.fields['name-first'].value).toBe('Alex');
    expect(replay.json().data.attributes['reference-id']).toBe('pasted [REDACTED] by mistake');
    const rows = await t.deps.db.selectFrom('idempotency_keys').selectAll().where('key', '=', key).execute();
    expect(JSON.stringify(rows)).not.toContain(pat.token);
  });
});
