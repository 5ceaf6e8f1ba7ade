/**
 * Issue 12 deliverable 5, end to end: the real openid-client against a real
 * `tessera serve --demo` process discovers the OAuth endpoints from
 * `/.well-known/oauth-authorization-server` and introspects and revokes with its
 * default client authentication (client_secret_post), given only the issuer URL,
 * a client id and a secret. Two documented options, neither a Tessera setup:
 * `algorithm: 'oauth2'` (RFC 8414 discovery; the default is OpenID Connect
 * discovery, which Tessera, issuing no ID tokens, does not offer) and
 * `allowInsecureRequests` (the test server is plain http:// on 127.0.0.1).
 */
import * as client from 'openid-client';
import { describe, expect, it } from 'vitest';
import { freePort, processTestContext, readDemo, waitReady } from '../process/cli.js';

const ctx = processTestContext();

describe('openid-client against serve --demo', () => {
  it('discovery(), tokenIntrospection() and tokenRevocation() work with an issuer URL, a client id and a secret', async () => {
    const dataDir = await ctx.dataDir();
    const port = await freePort();
    const server = ctx.cli(['serve', '--demo', '--port', String(port), '--data-dir', dataDir]);
    await waitReady(server, port);
    const demo = await readDemo(dataDir, port);
    const base = demo.baseUrl;

    // The OAuth client: an API key holding oauth.introspect; its id is the client id.
    const created = await fetch(`${base}/admin/v1/environments/${demo.source.environmentId}/api-keys`, {
      method: 'POST',
      headers: { authorization: `Bearer ${demo.adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'openid-client', permissions: ['oauth.introspect'] }),
    });
    expect(created.status).toBe(201);
    const key = ((await created.json()) as { data: { id: string; attributes: { value: string } } }).data;

    const config = await client.discovery(new URL(base), key.id, key.attributes.value, undefined, {
      algorithm: 'oauth2',
      execute: [client.allowInsecureRequests],
    });
    expect(config.serverMetadata()).toMatchObject({
      issuer: base,
      introspection_endpoint: `${base}/oauth/introspect`,
      revocation_endpoint: `${base}/oauth/revoke`,
    });

    const introspected = await client.tokenIntrospection(config, demo.source.apiKey);
    expect(introspected).toMatchObject({ active: true, token_type: 'Bearer', iss: base, tessera_credential_kind: 'api_key' });

    // A session of a demo user: introspected, revoked (ended), then inactive.
    const login = await fetch(`${base}/v3/accounts/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ accountAlias: demo.source.member.accountAlias, email: demo.source.member.email, password: demo.source.member.password }),
    });
    expect(login.status).toBe(200);
    const { accessToken } = (await login.json()) as { accessToken: string };
    expect(await client.tokenIntrospection(config, accessToken)).toMatchObject({
      active: true,
      sub: demo.source.member.userId,
      username: demo.source.member.email,
      tessera_credential_kind: 'session',
    });
    await expect(client.tokenRevocation(config, accessToken)).resolves.toBeUndefined();
    expect(await client.tokenIntrospection(config, accessToken)).toEqual({ active: false });
    expect((await fetch(`${base}/v3/me`, { headers: { authorization: `Bearer ${accessToken}` } })).status).toBe(401);

    // The same with HTTP Basic (client_secret_basic), and a wrong client id is refused.
    const basic = await client.discovery(new URL(base), key.id, undefined, client.ClientSecretBasic(key.attributes.value), {
      algorithm: 'oauth2',
      execute: [client.allowInsecureRequests],
    });
    expect((await client.tokenIntrospection(basic, demo.source.apiKey)).active).toBe(true);
    const wrong = await client.discovery(new URL(base), 'api_someoneelse', key.attributes.value, undefined, {
      algorithm: 'oauth2',
      execute: [client.allowInsecureRequests],
    });
    // openid-client reports the 401 by its WWW-Authenticate challenge; the body (invalid_client) is asserted in metadata.test.ts.
    await expect(client.tokenIntrospection(wrong, demo.source.apiKey)).rejects.toMatchObject({ status: 401 });
  }, 60_000);
});
