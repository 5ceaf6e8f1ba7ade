import { beforeAll, describe, expect, it } from 'vitest';
import { connect, createTestApp, type TestApp } from '../harness.js';
import { createShareToken, createSharing, makeInquiry, type Sharing } from '../fixtures/sharing.js';

let t: TestApp;
let s: Sharing;
beforeAll(async () => {
  t = await createTestApp();
  s = await createSharing(t);
});

const get = (url: string, key = s.source.apiKey) => connect(t, key, { method: 'GET', url });

describe('events', () => {
  it('lists the organization’s events newest first and retrieves one by id', async () => {
    const inq = await makeInquiry(t, s.source);
    const token = (await createShareToken(t, s, inq.id)).json().data.id;
    const list = (await get('/events')).json();
    expect(list.data[0].attributes.name).toBe('connect/share-token.outbound-created');
    const event = list.data[0];
    expect(event.id).toMatch(/^evt_[0-9A-Za-z]{24}$/);
    expect(Object.keys(event.attributes).sort()).toEqual(['context', 'created-at', 'name', 'payload']);
    expect(event.attributes.payload.data.id).toBe(token);
    const one = await get(`/events/${event.id}`);
    expect(one.json().data).toEqual(event);
    expect((await get(`/events/${event.id}`, s.destination.apiKey)).statusCode).toBe(404);
  });

  it('filters by name, object id, id and created-at range; bad filters are 400', async () => {
    const byName = (await get('/events?filter[name]=connect/connection.created')).json().data;
    expect(byName.length).toBeGreaterThan(0);
    expect(byName.every((e: { attributes: { name: string } }) => e.attributes.name === 'connect/connection.created')).toBe(true);
    const all = (await get('/events?page[size]=100')).json().data;
    const oldest = all[all.length - 1];
    const byId = (await get(`/events?filter[id]=${oldest.id}`)).json().data;
    expect(byId.map((e: { id: string }) => e.id)).toEqual([oldest.id]);
    const future = (await get(`/events?filter[created-at-start]=${new Date(Date.now() + 3600_000).toISOString()}`)).json().data;
    expect(future).toEqual([]);
    const past = (await get(`/events?filter[created-at-end]=2000-01-01T00:00:00Z`)).json().data;
    expect(past).toEqual([]);
    const range = (await get(`/events?filter[created-at-start]=2000-01-01T00:00:00Z&filter[created-at-end]=${new Date(Date.now() + 60_000).toISOString()}`)).json().data;
    expect(range.length).toBe(Math.min(all.length, 10));
    expect((await get('/events?filter[created-at-start]=yesterday')).statusCode).toBe(400);
    expect((await get('/events?filter[color]=red')).statusCode).toBe(400);
    expect((await get('/events?page[after]=cnst_000000000000000000000000')).statusCode).toBe(400);
  });

  it('refuses bodies over 1 MiB', async () => {
    const big = { data: { attributes: { 'connection-id': s.connectionId, 'source-id': 'x'.repeat(1024 * 1024) } } };
    const res = await connect(t, s.source.apiKey, { method: 'POST', url: '/connect/share-tokens', payload: big });
    expect(res.statusCode).toBe(413);
    expect(res.json().errors[0].title).toBe('Payload Too Large');
    expect(res.headers['request-id']).toMatch(/^req_/);
  });
});
