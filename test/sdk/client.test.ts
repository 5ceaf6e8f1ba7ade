/**
 * The SDK against an in-process Tessera: requests go through `app.inject` by
 * way of the client's `fetch` option (no port). Typed data on success, a
 * TesseraApiError with each surface's code, detail and Request-Id on failure.
 */
import { describe, expect, it } from 'vitest';
import { createTesseraClient, pageParams, TesseraApiError, unwrap, waitForShareTokenRedeemed } from '../../sdk/index.js';
import { createOrg, createTestApp, type TestApp } from '../harness.js';
import { createIdentityOrg, createPat } from '../fixtures/identity.js';

const t = await createTestApp();

/** A fetch that hands the request to Fastify's inject: what a browser would send, without a socket. */
function injectFetch(app: TestApp): (req: Request) => Promise<Response> {
  return async (req) => {
    const url = new URL(req.url);
    const body = req.body ? Buffer.from(await req.arrayBuffer()) : undefined;
    const res = await app.request({
      method: req.method as 'GET',
      url: url.pathname + url.search,
      headers: Object.fromEntries(req.headers),
      ...(body ? { payload: body } : {}),
    });
    const headers = new Headers();
    for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : String(v));
    return new Response(res.statusCode === 204 ? null : res.rawPayload, { status: res.statusCode, headers });
  };
}

const baseUrl = 'http://tessera.test';

async function expectApiError(call: Promise<unknown>): Promise<TesseraApiError> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TesseraApiError);
  return error as TesseraApiError;
}

describe('createTesseraClient', () => {
  it('reads Connect data and lists with their documented parameters (page[size], filter[name])', async () => {
    const org = await createOrg(t);
    const tessera = createTesseraClient({ baseUrl, apiKey: org.apiKey, fetch: injectFetch(t) });
    const keys = await unwrap(tessera.connect.GET('/api/v1/api-keys', { params: { query: { page: { size: 1 } } } }));
    expect(keys.data).toHaveLength(1);
    expect(keys.data[0]!.id).toBe(org.apiKeyId);
    const named = await unwrap(tessera.connect.GET('/api/v1/api-keys', { params: { query: { filter: { name: 'no such key' } } } }));
    expect(named.data).toEqual([]);
  });

  it('leaves out the members of a parameter that are undefined', async () => {
    const org = await createOrg(t);
    const urls: string[] = [];
    const fetch = injectFetch(t);
    const tessera = createTesseraClient({ baseUrl, apiKey: org.apiKey, fetch: (req) => (urls.push(req.url), fetch(req)) });
    const keys = await unwrap(tessera.connect.GET('/api/v1/api-keys', { params: { query: { page: { size: 1, after: undefined }, filter: { name: undefined } } } }));
    expect(keys.data.map((k) => k.id)).toEqual([org.apiKeyId]);
    expect(urls).toEqual([`${baseUrl}/api/v1/api-keys?page[size]=1`]);
    const one = await unwrap(tessera.connect.GET('/api/v1/api-keys/{id}', { params: { path: { id: org.apiKeyId } } }));
    expect(one.data.type).toBe('api-key');
  });

  it('follows a list to its next page with the parameters of links.next', async () => {
    const org = await createOrg(t);
    const tessera = createTesseraClient({ baseUrl, apiKey: org.apiKey, fetch: injectFetch(t) });
    await unwrap(tessera.connect.POST('/api/v1/api-keys', { body: { data: { attributes: { name: 'second key' } } } }));
    const first = await unwrap(tessera.connect.GET('/api/v1/api-keys', { params: { query: { page: { size: 1 } } } }));
    expect(first.data).toHaveLength(1);
    const next = pageParams(first.links.next);
    expect(next).toEqual({ page: { size: 1, after: first.data[0]!.id } });
    const second = await unwrap(tessera.connect.GET('/api/v1/api-keys', { params: { query: next! } }));
    expect(second.data.map((k) => k.id)).toEqual([org.apiKeyId]);
    expect(first.data[0]!.id).not.toBe(org.apiKeyId);
  });

  it("sends rotate's optional body, typed: a rotated token keeps working for its grace period", async () => {
    const org = await createIdentityOrg(t);
    const pat = await createPat(t, org.users.admin.jwt);
    const user = createTesseraClient({ baseUrl, session: org.users.admin.jwt, fetch: injectFetch(t) });
    await unwrap(user.v3.POST('/v3/personal-access-tokens/{id}/rotate', { params: { path: { id: pat.id } }, body: { gracePeriodSeconds: 300 } }));
    const old = createTesseraClient({ baseUrl, session: pat.token, fetch: injectFetch(t) });
    await expect(unwrap(old.v3.GET('/v3/personal-access-tokens/{id}', { params: { path: { id: pat.id } } }))).resolves.toMatchObject({ id: pat.id });

    // Without the body the grace period is 0: the old secret stops at once.
    const other = await createPat(t, org.users.admin.jwt);
    await unwrap(user.v3.POST('/v3/personal-access-tokens/{id}/rotate', { params: { path: { id: other.id } } }));
    const e = await expectApiError(unwrap(createTesseraClient({ baseUrl, session: other.token, fetch: injectFetch(t) }).v3.GET('/v3/me')));
    expect(e.status).toBe(401);
  });

  it('turns a Connect error into a TesseraApiError with the details and the Request-Id', async () => {
    const org = await createOrg(t);
    const tessera = createTesseraClient({ baseUrl, apiKey: org.apiKey, fetch: injectFetch(t) });
    const e = await expectApiError(
      unwrap(tessera.connect.POST('/api/v1/connect/share-tokens', { body: { data: { attributes: { 'connection-id': 'cxn_nope', 'source-id': 'inq_nope' } } } })),
    );
    expect(e.status).toBe(404);
    expect(e.code).toBe('Record not found');
    expect(e.title).toBe('Record not found');
    expect(e.detail).toMatch(/connection-id/);
    expect(e.requestId).toMatch(/^req_[0-9A-Za-z]{24}$/);
    expect(e.body).toMatchObject({ errors: [{ title: 'Record not found' }] });
    expect(e.message).toBe(`404 Record not found: ${e.detail} (request ${e.requestId})`);
  });

  it('reads /v3 errors ({message, code}) and works with a session', async () => {
    const org = await createIdentityOrg(t);
    const anonymous = createTesseraClient({ baseUrl, fetch: injectFetch(t) });
    const e = await expectApiError(unwrap(anonymous.v3.GET('/v3/me')));
    expect(e.status).toBe(401);
    expect(e.code).toBe('AuthenticationRequired');
    expect(e.requestId).toMatch(/^req_/);

    const user = createTesseraClient({ baseUrl, session: org.users.admin.jwt, fetch: injectFetch(t) });
    const me: { id: string } = await unwrap(user.v3.GET('/v3/me'));
    expect(me.id).toBe(org.users.admin.id);
  });

  it('reads Astra problem details', async () => {
    const org = await createIdentityOrg(t);
    const user = createTesseraClient({ baseUrl, session: org.users.admin.jwt, fetch: injectFetch(t) });
    const e = await expectApiError(
      unwrap(user.astra.GET('/accounts/{account_id}/core/v1/users/{user_id}', { params: { path: { account_id: org.id, user_id: '00000000-0000-4000-8000-000000000000' } } })),
    );
    expect(e.status).toBe(404);
    expect(e.code).toMatch(/^https:\/\/astra\.netapp\.io\/problems\/\d+$/);
    expect(e.title).toMatch(/not found/);
    expect(e.requestId).toMatch(/^req_/);
  });

  it('reports a request without an answer as status 0', async () => {
    const tessera = createTesseraClient({ baseUrl: 'http://127.0.0.1:9', apiKey: 'tsk_sandbox_x' });
    const e = await expectApiError(unwrap(tessera.connect.GET('/api/v1/api-keys')));
    expect(e.status).toBe(0);
    expect(e.code).toBe('NETWORK_ERROR');
  });

  it('waits for a share token to be redeemed', async () => {
    const source = await createOrg(t);
    const destination = await createOrg(t);
    const src = createTesseraClient({ baseUrl, apiKey: source.apiKey, fetch: injectFetch(t) });
    const dst = createTesseraClient({ baseUrl, apiKey: destination.apiKey, fetch: injectFetch(t) });
    const cxn = await unwrap(src.connect.POST('/api/v1/connect/connections', { body: { data: { attributes: { 'destination-organization-id': destination.organizationId } } } }));
    await unwrap(dst.connect.POST('/api/v1/connect/connections/{id}/activate', { params: { path: { id: cxn.data.id } }, body: {} }));
    const inquiry = await unwrap(src.connect.POST('/api/v1/inquiries', { body: { data: { attributes: {} } } }));
    // Only a completed inquiry can be shared.
    await unwrap(src.connect.POST('/api/v1/inquiries/{id}/complete', { params: { path: { id: inquiry.data.id } }, body: {} }));
    const token = await unwrap(src.connect.POST('/api/v1/connect/share-tokens', { body: { data: { attributes: { 'connection-id': cxn.data.id, 'source-id': inquiry.data.id } } } }));
    expect(token.data.attributes.status).toBe('created');
    await unwrap(dst.connect.POST('/api/v1/connect/share-tokens/{id}/redeem', { params: { path: { id: token.data.id } }, body: {} }));
    // The worker is not running in tests: drain it while the SDK polls.
    const seen: string[] = [];
    const waiting = waitForShareTokenRedeemed(dst, token.data.id, { intervalMs: 20, timeoutMs: 20_000, onStatus: (s) => seen.push(s) });
    await t.worker.drain();
    const redeemed = await waiting;
    expect(redeemed.data.attributes.status).toBe('redeemed');
    expect(seen.at(-1)).toBe('redeemed');
  });
});
