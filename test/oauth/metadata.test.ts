/**
 * Issue 12 deliverable 5 (in process): RFC 8414 metadata, client_secret_post and
 * the client id (RFC 6749 §2.3.1) beside Basic and Bearer, introspection answers
 * in RFC 7662's members with Tessera's details under `tessera_` names, and the
 * OpenAPI document of /oauth (form bodies, both client authentications, an
 * empty revoke answer, the error statuses).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, createApiKey, createTestApp, type TestApp } from '../harness.js';
import { createIdentityOrg, createPat, createUat, type IdentityOrg } from '../fixtures/identity.js';

const PUBLIC_URL = 'https://tessera.example.test/base';
let t: TestApp;
let org: IdentityOrg;
let key: { id: string; value: string };

beforeAll(async () => {
  t = await createTestApp({ env: { TESSERA_PUBLIC_URL: PUBLIC_URL } });
  org = await createIdentityOrg(t);
  key = await createApiKey(t, org.sandboxId, { permissions: ['oauth.introspect'] });
});

const post = (url: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
  t.request({ method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, payload: new URLSearchParams(fields).toString() });
const basic = (id: string, secret: string) => ({ authorization: `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}` });

describe('GET /.well-known/oauth-authorization-server', () => {
  it('names the issuer (TESSERA_PUBLIC_URL), both endpoints, their client authentications and the credential kinds', async () => {
    const res = await t.request({ method: 'GET', url: '/.well-known/oauth-authorization-server' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.json()).toEqual({
      issuer: PUBLIC_URL,
      introspection_endpoint: `${PUBLIC_URL}/oauth/introspect`,
      introspection_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
      revocation_endpoint: `${PUBLIC_URL}/oauth/revoke`,
      revocation_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
      service_documentation: `${PUBLIC_URL}/docs/`,
      tessera_credential_kinds_supported: ['api_key', 'personal_access_token', 'user_api_token', 'session'],
    });
    // RFC 8414 §3.1: an issuer with a path has its metadata under the path too.
    const underPath = await t.request({ method: 'GET', url: '/.well-known/oauth-authorization-server/base' });
    expect(underPath.statusCode).toBe(200);
    expect(underPath.json()).toEqual(res.json());
  });

  it('derives the issuer from the request without TESSERA_PUBLIC_URL', async () => {
    const plain = await createTestApp();
    const res = await plain.request({ method: 'GET', url: '/.well-known/oauth-authorization-server', headers: { host: 'auth.example.test:8443' } });
    expect(res.json()).toMatchObject({ issuer: 'http://auth.example.test:8443', introspection_endpoint: 'http://auth.example.test:8443/oauth/introspect' });
  });
});

describe('client authentication', () => {
  it('client_secret_post: the API key id and the key in the form; the admin token as client "admin"', async () => {
    const pat = await createPat(t, org.users.member.jwt);
    const res = await post('/oauth/introspect', { token: pat.token, client_id: key.id, client_secret: key.value });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ active: true, iss: PUBLIC_URL, tessera_credential_id: pat.id });
    const admin = await post('/oauth/introspect', { token: pat.token, client_id: 'admin', client_secret: ADMIN_TOKEN });
    expect(admin.json().active).toBe(true);
    const revoked = await post('/oauth/revoke', { token: pat.token, client_id: key.id, client_secret: key.value });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.body).toBe('');
    expect((await post('/oauth/introspect', { token: pat.token }, basic(key.id, key.value))).json()).toEqual({ active: false });
  });

  it('a client id that is not the secret\'s is invalid_client (401), in the form and in Basic', async () => {
    const other = await createApiKey(t, org.sandboxId, { permissions: ['oauth.introspect'] });
    for (const res of [
      await post('/oauth/introspect', { token: 'x', client_id: other.id, client_secret: key.value }),
      await post('/oauth/revoke', { token: 'x', client_id: 'admin', client_secret: key.value }),
      await post('/oauth/introspect', { token: 'x', client_id: key.id, client_secret: ADMIN_TOKEN }),
      await post('/oauth/introspect', { token: 'x' }, basic('client', key.value)),
      await post('/oauth/introspect', { token: 'x', client_id: other.id }, { authorization: `Bearer ${key.value}` }),
      await post('/oauth/introspect', { token: 'x', client_secret: key.value }),
      await post('/oauth/introspect', { token: 'x', client_id: key.id, client_secret: 'tsk_sandbox_' + '0'.repeat(34) }),
    ]) {
      expect(res.statusCode, res.body).toBe(401);
      expect(res.json().error).toBe('invalid_client');
      expect(res.headers['www-authenticate']).toContain('Basic');
    }
  });

  it('one method per request: a header and a form secret together are invalid_request', async () => {
    const res = await post('/oauth/introspect', { token: 'x', client_id: key.id, client_secret: key.value }, basic(key.id, key.value));
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toBe('invalid_request');
    // A matching client_id beside Basic or Bearer is fine.
    expect((await post('/oauth/introspect', { token: 'x', client_id: key.id }, basic(key.id, key.value))).json()).toEqual({ active: false });
  });

  it('an API key without oauth.introspect is unauthorized_client (403) in the form too', async () => {
    const plain = await createApiKey(t, org.sandboxId);
    const res = await post('/oauth/introspect', { token: 'x', client_id: plain.id, client_secret: plain.value });
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toBe('unauthorized_client');
  });
});

describe('failed client_secret_post authentications', () => {
  it('count toward TESSERA_AUTH_FAILURE_LIMIT like any other (429 slow_down), while the valid client keeps working', async () => {
    const limited = await createTestApp({ env: { TESSERA_AUTH_FAILURE_LIMIT: '3' } });
    const o = await createIdentityOrg(limited);
    const c = await createApiKey(limited, o.sandboxId, { permissions: ['oauth.introspect'] });
    const attempt = (secret: string, id = c.id) =>
      limited.request({
        method: 'POST',
        url: '/oauth/introspect',
        remoteAddress: '198.51.100.9',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ token: 'x', client_id: id, client_secret: secret }).toString(),
      });
    for (let i = 0; i < 3; i++) expect((await attempt('tsk_sandbox_' + String(i).repeat(34))).statusCode).toBe(401);
    const throttled = await attempt('tsk_sandbox_' + '9'.repeat(34));
    expect(throttled.statusCode).toBe(429);
    expect(throttled.json().error).toBe('slow_down');
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
    expect((await attempt(c.value)).json()).toEqual({ active: false });
  });
});

describe('introspection members per credential kind', () => {
  const auth = () => basic(key.id, key.value);
  const RFC_7662 = ['active', 'scope', 'client_id', 'username', 'token_type', 'exp', 'iat', 'nbf', 'sub', 'aud', 'iss', 'jti'];

  it('uses only RFC 7662 members and tessera_ extensions; token_type is Bearer; iss is the issuer', async () => {
    const user = org.users.admin;
    const pat = await createPat(t, user.jwt);
    const uat = await createUat(t, org, user);
    const bodies = {
      personal_access_token: (await post('/oauth/introspect', { token: pat.token }, auth())).json(),
      user_api_token: (await post('/oauth/introspect', { token: uat.token }, auth())).json(),
      session: (await post('/oauth/introspect', { token: user.jwt }, auth())).json(),
      api_key: (await post('/oauth/introspect', { token: key.value }, auth())).json(),
    };
    for (const [kind, body] of Object.entries(bodies)) {
      for (const member of Object.keys(body)) expect(RFC_7662.includes(member) || member.startsWith('tessera_'), `${kind}: ${member}`).toBe(true);
      expect(body, kind).toMatchObject({ active: true, token_type: 'Bearer', iss: PUBLIC_URL, tessera_credential_kind: kind, tessera_organization_id: org.id });
      // No OAuth client issued these, and no audience is named: both are left out.
      expect(body.client_id, kind).toBeUndefined();
      expect(body.aud, kind).toBeUndefined();
    }
    for (const kind of ['personal_access_token', 'user_api_token', 'session'] as const) {
      expect(bodies[kind], kind).toMatchObject({ sub: user.id, username: user.email, tessera_user_role: 'admin' });
    }
    expect(bodies.personal_access_token.tessera_credential_id).toBe(pat.id);
    expect(bodies.user_api_token.tessera_credential_id).toBe(uat.id);
    expect(bodies.session.jti).toEqual(expect.any(String));
    expect(bodies.session.tessera_credential_id).toBeUndefined();
    expect(bodies.api_key).toMatchObject({ sub: org.id, tessera_credential_id: key.id, tessera_environment_id: org.sandboxId, tessera_environment: 'sandbox', scope: 'oauth.introspect' });
    expect(bodies.api_key.username).toBeUndefined();
    expect(bodies.api_key.jti).toBeUndefined();
  });
});

describe('/openapi.json for /oauth', () => {
  interface Op {
    security: unknown[];
    requestBody: { content: Record<string, { schema: { properties: Record<string, unknown>; required?: string[] } }> };
    responses: Record<string, { content?: Record<string, { schema: { properties?: Record<string, unknown> } }> }>;
  }
  it('documents the form bodies, both client authentications, the answers and the metadata', async () => {
    const doc = (await t.request({ method: 'GET', url: '/openapi.json' })).json() as { paths: Record<string, Record<string, Op>>; components: { securitySchemes: Record<string, { scheme?: string }> } };
    for (const path of ['/oauth/introspect', '/oauth/revoke']) {
      const op = doc.paths[path]!.post!;
      expect(Object.keys(op.requestBody.content), path).toEqual(['application/x-www-form-urlencoded']);
      const form = op.requestBody.content['application/x-www-form-urlencoded']!.schema;
      expect(Object.keys(form.properties).sort(), path).toEqual(['client_id', 'client_secret', 'token', 'token_type_hint']);
      expect(form.required, path).toEqual(['token']);
      expect(op.security, path).toEqual(expect.arrayContaining([{ oauthClient: [] }, {}]));
      expect(Object.keys(op.responses).sort(), path).toEqual(['200', '400', '401', '403', '429', '503']);
      for (const status of ['400', '401', '403', '429', '503']) {
        expect(Object.keys(op.responses[status]!.content!['application/json']!.schema.properties!).sort(), `${path} ${status}`).toEqual(['error', 'error_description']);
      }
    }
    expect(doc.components.securitySchemes.oauthClient!.scheme).toBe('basic');
    expect(doc.paths['/oauth/revoke']!.post!.responses['200']!.content).toBeUndefined();
    const responses = doc.paths['/oauth/revoke']!.post!.responses as Record<string, { headers?: Record<string, unknown> }>;
    expect(Object.keys(responses['200']!.headers!)).toEqual(['Cache-Control', 'Pragma']);
    expect(Object.keys(responses['401']!.headers!)).toContain('WWW-Authenticate');
    expect(Object.keys(responses['429']!.headers!)).toContain('Retry-After');
    expect(Object.keys(doc.paths['/oauth/introspect']!.post!.responses['200']!.content!['application/json']!.schema.properties!)).toEqual(
      expect.arrayContaining(['active', 'scope', 'token_type', 'iss', 'tessera_credential_kind']),
    );
    expect(doc.paths['/.well-known/oauth-authorization-server']!.get!.responses['200']!.content!['application/json']!.schema.properties).toHaveProperty('introspection_endpoint');
  });
});
