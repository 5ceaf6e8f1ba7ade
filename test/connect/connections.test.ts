import { beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, connect, createOrg, createTestApp, type TestApp, type TestOrg } from '../harness.js';

let t: TestApp;
let a: TestOrg;
let b: TestOrg;

beforeAll(async () => {
  t = await createTestApp();
  a = await createOrg(t, 'A');
  b = await createOrg(t, 'B');
});

const call = (key: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  connect(t, key, { method, url, ...(payload ? { payload } : {}) });
const create = (from: TestOrg, to: string) =>
  call(from.apiKey, 'POST', '/connect/connections', { data: { attributes: { 'destination-organization-id': to } } });

describe('connections', () => {
  it('runs the lifecycle pending → active → inactive → pending with the right party at each step', async () => {
    const res = await create(a, b.organizationId);
    expect(res.statusCode).toBe(201);
    const c = res.json().data;
    expect(c.type).toBe('connect/connection');
    expect(Object.keys(c.attributes).sort()).toEqual(['created-at', 'destination-organization-id', 'source-organization-id', 'status', 'updated-at']);
    expect(c.attributes).toMatchObject({ status: 'pending', 'source-organization-id': a.organizationId, 'destination-organization-id': b.organizationId });
    expect(c.relationships.creator.data).toEqual({ type: 'api-key', id: a.apiKeyId });

    const seenByB = (await call(b.apiKey, 'GET', `/connect/connections/${c.id}`)).json().data;
    expect(seenByB.relationships).toBeUndefined();

    expect((await call(a.apiKey, 'POST', `/connect/connections/${c.id}/activate`)).statusCode).toBe(403);
    const active = await call(b.apiKey, 'POST', `/connect/connections/${c.id}/activate`);
    expect(active.json().data.attributes.status).toBe('active');
    expect((await call(b.apiKey, 'POST', `/connect/connections/${c.id}/activate`)).statusCode).toBe(422);
    expect((await call(b.apiKey, 'POST', `/connect/connections/${c.id}/deactivate`)).json().data.attributes.status).toBe('inactive');
    expect((await call(b.apiKey, 'POST', `/connect/connections/${c.id}/reactivate`)).statusCode).toBe(403);
    expect((await call(a.apiKey, 'POST', `/connect/connections/${c.id}/reactivate`)).json().data.attributes.status).toBe('pending');

    const events = (await call(b.apiKey, 'GET', `/events?filter[object-id]=${c.id}`)).json().data.map((e: { attributes: { name: string } }) => e.attributes.name);
    expect(events).toEqual([
      'connect/connection.reactivated',
      'connect/connection.deactivated',
      'connect/connection.activated',
      'connect/connection.created',
    ]);
  });

  it('refuses a second live pair (409), its own organization (422) and unknown organizations (404)', async () => {
    const c = await createOrg(t, 'C');
    expect((await create(a, c.organizationId)).statusCode).toBe(201);
    const dup = await create(a, c.organizationId);
    expect(dup.statusCode).toBe(409);
    expect(dup.json().errors[0].title).toBe('Conflict');
    const self = await create(a, a.organizationId);
    expect(self.statusCode).toBe(422);
    expect(self.json().errors[0].source).toEqual({ pointer: '/data/attributes/destination-organization-id' });
    expect((await create(a, 'org_000000000000000000000009')).statusCode).toBe(404);
    expect((await call(a.apiKey, 'POST', '/connect/connections', { data: { attributes: {} } })).statusCode).toBe(400);
  });

  it('lists connections of both parties with filters; strangers see nothing', async () => {
    const list = (await call(a.apiKey, 'GET', '/connect/connections')).json();
    expect(list.data.length).toBeGreaterThanOrEqual(2);
    expect(list.links).toEqual({ prev: null, next: null });
    const pending = (await call(a.apiKey, 'GET', '/connect/connections?filter[status]=pending')).json().data;
    expect(pending.every((c: { attributes: { status: string } }) => c.attributes.status === 'pending')).toBe(true);
    const toB = (await call(a.apiKey, 'GET', `/connect/connections?filter[destination-organization-id]=${b.organizationId}`)).json().data;
    expect(toB).toHaveLength(1);
    const stranger = await createOrg(t, 'D');
    expect((await call(stranger.apiKey, 'GET', '/connect/connections')).json().data).toEqual([]);
    const id = list.data[0].id;
    const foreign = await call(stranger.apiKey, 'GET', `/connect/connections/${id}`);
    expect(foreign.statusCode).toBe(404);
    expect((await call(a.apiKey, 'GET', '/connect/connections?include=creator')).statusCode).toBe(400);
  });

  it('keeps peek settings: both read, only the source writes', async () => {
    const e = await createOrg(t, 'E');
    const id = (await create(a, e.organizationId)).json().data.id;
    const initial = (await call(e.apiKey, 'GET', `/connect/connections/${id}/peek-settings`)).json().data;
    expect(initial).toMatchObject({ type: 'connect/peek-settings', id, attributes: { 'peek-source-data': false, 'peek-visible-fields': [] } });
    const body = { data: { attributes: { 'peek-source-data': true, 'peek-visible-fields': ['address-country-code'] } } };
    expect((await call(e.apiKey, 'PATCH', `/connect/connections/${id}/peek-settings`, body)).statusCode).toBe(403);
    const updated = await call(a.apiKey, 'PATCH', `/connect/connections/${id}/peek-settings`, body);
    expect(updated.json().data.attributes).toMatchObject({ 'peek-source-data': true, 'peek-visible-fields': ['address-country-code'] });
    const bad = await call(a.apiKey, 'PATCH', `/connect/connections/${id}/peek-settings`, { data: { attributes: { 'peek-visible-fields': ['Bad Name'] } } });
    expect(bad.statusCode).toBe(422);
    const events = (await call(e.apiKey, 'GET', `/events?filter[name]=connect/connection.updated&filter[object-id]=${id}`)).json().data;
    expect(events).toHaveLength(1);
  });

  it('lets the platform admin accept a pending connection on behalf of the destination', async () => {
    const f = await createOrg(t, 'F');
    const id = (await create(a, f.organizationId)).json().data.id;
    const res = await t.request({ method: 'POST', url: `/admin/v1/connections/${id}/activate`, headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(res.statusCode).toBe(200);
    expect(res.json().data.attributes.status).toBe('active');
    expect((await t.request({ method: 'POST', url: `/admin/v1/connections/${id}/activate` })).statusCode).toBe(401);
  });
});
