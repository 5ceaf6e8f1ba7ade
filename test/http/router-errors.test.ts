/**
 * Paths the router refuses before any surface sees them (undecodable
 * percent-encoding, a segment longer than any id) get the owning surface's
 * 404 in its own format, with a Request-Id — found by the fuzzer (issue 11) —
 * and leave their API log row like every other request.
 */
import { describe, expect, it } from 'vitest';
import { decodeId } from '../../src/core/ids.js';
import { ADMIN_TOKEN, createOrg, createTestApp } from '../harness.js';
import { createIdentityOrg } from '../fixtures/identity.js';

const t = await createTestApp();
const org = await createOrg(t);
const identity = await createIdentityOrg(t);

const ODD = { 'bad percent-encoding': '%ZZ', 'encoded surrogate': '%ED%A0%80', 'over-long id': 'x'.repeat(500) };

describe.each(Object.entries(ODD))('a path segment with %s', (_name, segment) => {
  it('is a Connect 404 on /api/v1', async () => {
    const res = await t.request({ method: 'GET', url: `/api/v1/inquiries/${segment}`, headers: { authorization: `Bearer ${org.apiKey}` } });
    expect(res.statusCode).toBe(404);
    expect(res.headers['request-id']).toBeTruthy();
    expect(res.json()).toEqual({ errors: [{ title: 'Record not found' }] });
  });

  it('is a Connect-format 404 on /admin/v1', async () => {
    const res = await t.request({ method: 'PATCH', url: `/admin/v1/users/${segment}`, headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(res.statusCode).toBe(404);
    expect(res.headers['request-id']).toBeTruthy();
    expect(res.json().errors[0].title).toBe('Record not found');
  });

  it('is a {message, code} 404 on /v3', async () => {
    const res = await t.request({ method: 'GET', url: `/v3/personal-access-tokens/${segment}`, headers: { authorization: `Bearer ${identity.users.owner.jwt}` } });
    expect(res.statusCode).toBe(404);
    expect(res.headers['request-id']).toBeTruthy();
    expect(res.json()).toMatchObject({ code: 'NotFound', message: expect.any(String) });
  });

  it('is a problem+json 404 on Astra', async () => {
    const res = await t.request({ method: 'GET', url: `/accounts/${identity.id}/core/v1/users/${segment}`, headers: { authorization: `Bearer ${identity.users.owner.jwt}` } });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = res.json();
    expect(body).toMatchObject({ title: 'Resource not found', status: '404', correlationID: expect.any(String) });
    expect(res.headers['request-id']).toBeTruthy();
  });
});

describe('the API log', () => {
  it('has a row for every request the router refused, with its status and path', async () => {
    const ids: string[] = [];
    for (const segment of Object.values(ODD)) {
      for (const url of [`/api/v1/inquiries/${segment}`, `/v3/personal-access-tokens/${segment}`, `/accounts/${identity.id}/core/v1/users/${segment}`]) {
        const res = await t.request({ method: 'GET', url, headers: { authorization: `Bearer ${org.apiKey}` } });
        expect(res.statusCode).toBe(404);
        ids.push(decodeId('req', String(res.headers['request-id']))!);
      }
    }
    await t.deps.apiLogs.flush();
    const rows = await t.deps.db.selectFrom('api_logs').select(['id', 'status', 'path', 'method']).where('id', 'in', ids).execute();
    expect(rows).toHaveLength(ids.length);
    for (const row of rows) expect(row).toMatchObject({ status: 404, method: 'GET' });
  });
});
