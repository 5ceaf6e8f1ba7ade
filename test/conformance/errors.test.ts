/**
 * Error bodies and headers (connect-api.md §1.4, §11.9) against the
 * reference's error responses: 400, 401, 403, 404, 409, 422 and 429, each on
 * an operation that documents it, plus the errors connect-api.md adds where
 * an operation documents none (checked against the shared error response).
 */
import { beforeAll, expect, it } from 'vitest';
import { manualClock } from '../../src/core/clock.js';
import { API_KEY_PERMISSIONS } from '../../src/credentials/index.js';
import { createApiKey, createOrg, createTestApp, type TestApp, type TestOrg } from '../harness.js';
import { createActiveConnection, createConnection, randomId, send, uniq } from '../fixtures/connect-objects.js';
import { describeConformance, expectConforms, expectErrorResponseConforms, expectResponseConforms } from './reference.js';

describeConformance('error responses conform to the reference', () => {
  let t: TestApp;
  let source: TestOrg;
  let destination: TestOrg;

  beforeAll(async () => {
    // A clock that stands still: the 429 case cannot straddle two rate-limit windows.
    t = await createTestApp({ env: { TESSERA_RATE_LIMIT_PER_MINUTE: '100000' }, clock: manualClock() });
    [source, destination] = await Promise.all([createOrg(t), createOrg(t)]);
  });

  const shareToken = (key: string, attributes: Record<string, unknown>) =>
    send(t, key, 'POST', '/connect/share-tokens', { body: { data: { attributes } } });

  it('400: bad parameter, missing and out-of-range attributes', async () => {
    const badSize = expectResponseConforms(await send(t, source.apiKey, 'GET', '/events?page%5Bsize%5D=0'), { method: 'GET', path: '/events', status: 400 });
    expect(badSize.errors[0].title).toBe('Bad Request');

    const missing = expectResponseConforms(await shareToken(source.apiKey, { 'connection-id': randomId('cxn') }), {
      method: 'POST',
      path: '/connect/share-tokens',
      status: 400,
    });
    expect(missing).toEqual({ errors: [{ title: 'Bad Request', details: 'data.attributes.source-id is missing' }] });

    for (const seconds of [59, 1_814_401]) {
      const res = await shareToken(source.apiKey, { 'connection-id': randomId('cxn'), 'source-id': randomId('inq'), 'expires-in-seconds': seconds });
      const body = expectResponseConforms(res, { method: 'POST', path: '/connect/share-tokens', status: 400 });
      expect(body.errors[0].details).toContain('data.attributes.expires-in-seconds');
      expect(body.errors[0].source).toBeUndefined();
    }
  });

  it('401: no key and an invalid key, only a title', async () => {
    const none = expectResponseConforms(await send(t, null, 'GET', '/events'), { method: 'GET', path: '/events', status: 401 });
    expect(none).toEqual({ errors: [{ title: 'Must be authenticated to access this endpoint' }] });
    const bad = expectResponseConforms(await send(t, 'not-a-key', 'POST', '/connect/share-tokens', { body: {} }), {
      method: 'POST',
      path: '/connect/share-tokens',
      status: 401,
    });
    expect(bad).toEqual({ errors: [{ title: 'Token is invalid' }] });
  });

  it('403: a missing permission, and the wrong party of a connection', async () => {
    const key = await createApiKey(t, source.sandboxId, { permissions: API_KEY_PERMISSIONS.filter((p) => p !== 'event.read') });
    const denied = expectResponseConforms(await send(t, key.value, 'GET', '/events'), { method: 'GET', path: '/events', status: 403 });
    expect(denied.errors[0].title).toBe('Forbidden');

    const cxn = await createActiveConnection(t, source, destination);
    const wrongParty = expectResponseConforms(await shareToken(destination.apiKey, { 'connection-id': cxn.id, 'source-id': randomId('inq') }), {
      method: 'POST',
      path: '/connect/share-tokens',
      status: 403,
    });
    expect(wrongParty.errors[0].title).toBe('Forbidden');
  });

  it('404: unknown objects, unknown routes and invisible body references', async () => {
    const event = expectResponseConforms(await send(t, source.apiKey, 'GET', `/events/${randomId('evt')}`), {
      method: 'GET',
      path: '/events/{event-id}',
      status: 404,
    });
    expect(event).toEqual({ errors: [{ title: 'Record not found' }] });
    expectResponseConforms(await send(t, source.apiKey, 'GET', `/connect/share-tokens/${randomId('cnst')}`), {
      method: 'GET',
      path: '/connect/share-tokens/{share-token-id}',
      status: 404,
    });
    expectResponseConforms(await send(t, source.apiKey, 'GET', `/connect/connections/${randomId('cxn')}`), {
      method: 'GET',
      path: '/connect/connections/{connection-id}',
      status: 404,
    });
    // A wrong prefix in a path is a 404 too (§1).
    expectResponseConforms(await send(t, source.apiKey, 'GET', `/events/${randomId('inq')}`), { method: 'GET', path: '/events/{event-id}', status: 404 });
    // The reference documents no 404 for these; connect-api.md does, in the shared not-found shape.
    expectErrorResponseConforms(await send(t, source.apiKey, 'GET', '/no-such-route'), 404);
    const ref = expectErrorResponseConforms(await shareToken(source.apiKey, { 'connection-id': randomId('cxn'), 'source-id': randomId('inq') }), 404);
    expect(ref.errors[0].details).toBe('data.attributes.connection-id is not found');
  });

  it('409: a second live connection between the same organizations', async () => {
    const other = await createOrg(t);
    await createConnection(t, source, other);
    const res = await send(t, source.apiKey, 'POST', '/connect/connections', { body: { data: { attributes: { 'destination-organization-id': other.organizationId } } } });
    const body = expectResponseConforms(res, { method: 'POST', path: '/connect/connections', status: 409 });
    expect(['Conflict', 'Record not unique']).toContain(body.errors[0].title);
  });

  it('422: business rules, with a pointer', async () => {
    const other = await createOrg(t);
    const pending = await createConnection(t, source, other);
    const inactive = expectResponseConforms(await shareToken(source.apiKey, { 'connection-id': pending.id, 'source-id': randomId('inq') }), {
      method: 'POST',
      path: '/connect/share-tokens',
      status: 422,
    });
    expect(inactive.errors[0]).toMatchObject({ title: 'Unprocessable entity', source: { pointer: '/data/attributes/connection-id' } });

    const active = await createActiveConnection(t, source, await createOrg(t));
    const wrongType = expectResponseConforms(await shareToken(source.apiKey, { 'connection-id': active.id, 'source-id': randomId('wbh') }), {
      method: 'POST',
      path: '/connect/share-tokens',
      status: 422,
    });
    expect(wrongType.errors[0]).toMatchObject({ title: 'Unprocessable entity', source: { pointer: '/data/attributes/source-id' } });

    // An Idempotency-Key reused with another body.
    const key = uniq('idem');
    const first = await send(t, source.apiKey, 'POST', '/connect/connections', {
      body: { data: { attributes: { 'destination-organization-id': (await createOrg(t)).organizationId } } },
      headers: { 'idempotency-key': key },
    });
    expect(first.statusCode).toBe(201);
    const reused = await send(t, source.apiKey, 'POST', '/connect/connections', {
      body: { data: { attributes: { 'destination-organization-id': (await createOrg(t)).organizationId } } },
      headers: { 'idempotency-key': key },
    });
    expect(expectResponseConforms(reused, { method: 'POST', path: '/connect/connections', status: 422 }).errors[0].title).toBe('Unprocessable entity');
  });

  it('429: the rate limit, with the documented headers', async () => {
    const created = await t.admin('POST', '/admin/v1/organizations', { name: uniq('limited'), 'rate-limit-per-minute': 1 });
    expect(created.statusCode).toBe(201);
    const envs = created.json().data.attributes.environments as Array<{ id: string; kind: string }>;
    const key = await createApiKey(t, envs.find((e) => e.kind === 'sandbox')!.id);
    expect((await send(t, key.value, 'GET', '/events')).statusCode).toBe(200);
    const res = await send(t, key.value, 'GET', '/events');
    const body = expectResponseConforms(res, { method: 'GET', path: '/events', status: 429 });
    expectConforms({ method: 'GET', path: '/events/{event-id}', status: 429, body, headers: res.headers });
    expect(body).toEqual({ errors: [{ title: 'Rate limit exceeded', details: 'You have hit your rate limit of 1 requests / min.' }] });
  });
});
