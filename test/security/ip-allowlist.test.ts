/**
 * An API key's IP allowlist holds on every surface that takes the key
 * (issue 11, defect 5): Connect, and the OAuth client endpoints
 * (/oauth/introspect and /oauth/revoke, which ignored it). A caller outside
 * the list is refused before anything happens; inside it, the key works.
 *
 * User credentials (personal access tokens, user API tokens, sessions) cannot
 * carry an allowlist through any API today: /v3 refuses the field. The one
 * authentication path still applies whatever allowlist a credential row holds,
 * which the last test shows by setting one in the table.
 */
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../src/core/clock.js';
import { createApiKey, createOrg, createTestApp } from '../harness.js';
import { must, send } from '../fixtures/connect-objects.js';
import { astra, createIdentityOrg, createPat, createUat, v3 } from '../fixtures/identity.js';

const clock = manualClock(new Date('2026-08-04T08:00:00.000Z'));
const t = await createTestApp({ clock, env: { TESSERA_USER_RATE_LIMIT: '1000000' } });
const org = await createOrg(t);
const people = await createIdentityOrg(t);

const INSIDE = '10.9.8.7';
const OUTSIDE = '192.0.2.55';
const ALLOWLIST = ['10.9.8.0/24', '2001:db8::/32'];

/** Restricts a key to ALLOWLIST through Connect (the admin API cannot set allowlists). */
async function restrict(keyId: string, owner: { sandboxId: string; apiKey: string } = org) {
  must(await send(t, owner.apiKey, 'PATCH', `/api-keys/${keyId}`, { body: { data: { attributes: { 'ip-address-allowlist': ALLOWLIST } } } }), 200, 'restrict');
}

function oauth(endpoint: 'introspect' | 'revoke', client: { id: string; value: string }, token: string, remoteAddress: string, basic = false) {
  // Basic: the API key's id as client id (RFC 6749 §2.3.1).
  const authorization = basic ? `Basic ${Buffer.from(`${client.id}:${encodeURIComponent(client.value)}`).toString('base64')}` : `Bearer ${client.value}`;
  return t.request({
    method: 'POST',
    url: `/oauth/${endpoint}`,
    remoteAddress,
    headers: { authorization, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ token }).toString(),
  });
}

describe('an API key with an IP allowlist', () => {
  it('is refused on Connect from outside the list (403), served from inside', async () => {
    const key = await createApiKey(t, org.sandboxId);
    await restrict(key.id);
    const outside = await t.request({ method: 'GET', url: '/api/v1/inquiries', remoteAddress: OUTSIDE, headers: { authorization: `Bearer ${key.value}` } });
    expect(outside.statusCode).toBe(403);
    expect(outside.json().errors[0].title).toBe('Forbidden');
    expect(outside.json().errors[0].details).toBe('Requests from this IP address are not allowed for this API key');
    for (const remoteAddress of [INSIDE, '2001:db8::17', `::ffff:${INSIDE}`]) {
      const inside = await t.request({ method: 'GET', url: '/api/v1/inquiries', remoteAddress, headers: { authorization: `Bearer ${key.value}` } });
      expect(inside.statusCode, remoteAddress).toBe(200);
    }
  });

  it('is refused as an OAuth client on /oauth/introspect from outside the list, with Bearer and with Basic', async () => {
    const client = await createApiKey(t, people.sandboxId, { permissions: ['oauth.introspect'] });
    const owner = await createApiKey(t, people.sandboxId);
    await restrict(client.id, { sandboxId: people.sandboxId, apiKey: owner.value });
    const subject = people.users.member.jwt;
    for (const basic of [false, true]) {
      const outside = await oauth('introspect', client, subject, OUTSIDE, basic);
      expect(outside.statusCode, `basic=${basic}`).toBe(401);
      expect(outside.json()).toEqual({ error: 'invalid_client', error_description: 'requests from this IP address are not allowed for this client' });
      expect(outside.headers['www-authenticate']).toContain('Basic');
      const inside = await oauth('introspect', client, subject, INSIDE, basic);
      expect(inside.statusCode).toBe(200);
      expect(inside.json()).toMatchObject({ active: true, token_type: 'Bearer', tessera_credential_kind: 'session' });
    }
  });

  it('is refused as an OAuth client on /oauth/revoke from outside the list, and nothing is revoked', async () => {
    const client = await createApiKey(t, people.sandboxId, { permissions: ['oauth.introspect'] });
    const owner = await createApiKey(t, people.sandboxId);
    await restrict(client.id, { sandboxId: people.sandboxId, apiKey: owner.value });
    const pat = await createPat(t, people.users.member.jwt);
    const uat = await createUat(t, people, people.users.member);

    for (const token of [pat.token, uat.token, owner.value]) {
      const outside = await oauth('revoke', client, token, OUTSIDE);
      expect(outside.statusCode).toBe(401);
      expect(outside.json().error).toBe('invalid_client');
    }
    expect((await v3(t, pat.token, 'GET', '/me')).statusCode).toBe(200);
    expect((await astra(t, uat.token, 'GET', people.id, `/users/${people.users.member.id}`)).statusCode).toBe(200);
    expect((await send(t, owner.value, 'GET', '/inquiries')).statusCode).toBe(200);

    expect((await oauth('revoke', client, pat.token, INSIDE)).statusCode).toBe(200);
    expect((await v3(t, pat.token, 'GET', '/me')).statusCode).toBe(401);
  });
});

describe('user credentials', () => {
  it('cannot be given an allowlist through /v3 (the field is refused)', async () => {
    const res = await v3(t, people.users.member.jwt, 'POST', '/personal-access-tokens', { name: 'x', scopes: ['user:read'], ipAllowlist: ['10.0.0.0/8'] });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('ValidationFailed');
  });

  it('are held to an allowlist in their row by the same path, on /v3 and Astra', async () => {
    const pat = await createPat(t, people.users.member.jwt);
    await t.deps.db.updateTable('credentials').set({ ip_allowlist: ALLOWLIST }).where('id', '=', pat.id).execute();
    t.deps.verifier.invalidate(pat.id);
    const outsideV3 = await t.request({ method: 'GET', url: '/v3/me', remoteAddress: OUTSIDE, headers: { authorization: `Bearer ${pat.token}` } });
    expect(outsideV3.statusCode).toBe(403);
    expect(outsideV3.json().code).toBe('Forbidden');
    const outsideAstra = await t.request({
      method: 'GET',
      url: `/accounts/${people.id}/core/v1/users/${people.users.member.id}`,
      remoteAddress: OUTSIDE,
      headers: { authorization: `Bearer ${pat.token}` },
    });
    expect(outsideAstra.statusCode).toBe(403);
    expect(outsideAstra.headers['content-type']).toContain('application/problem+json');
    const inside = await t.request({ method: 'GET', url: '/v3/me', remoteAddress: INSIDE, headers: { authorization: `Bearer ${pat.token}` } });
    expect(inside.statusCode).toBe(200);
  });
});
