import { beforeAll, describe, expect, it } from 'vitest';
import { connect, createApiKey, createOrg, createTestApp, type TestApp } from '../harness.js';
import { createConnection, createShareToken, createSharing, makeAccount, makeInquiry, makeTransaction, type Sharing } from '../fixtures/sharing.js';

let t: TestApp;
let s: Sharing;
let inquiry: Awaited<ReturnType<typeof makeInquiry>>;

beforeAll(async () => {
  t = await createTestApp();
  s = await createSharing(t);
  inquiry = await makeInquiry(t, s.source);
});

const get = (key: string, url: string, headers: Record<string, string> = {}) => connect(t, key, { method: 'GET', url, headers });
const post = (key: string, url: string, payload?: unknown, headers: Record<string, string> = {}) =>
  connect(t, key, { method: 'POST', url, headers, ...(payload !== undefined ? { payload: payload as object } : {}) });

describe('create (seed 001)', () => {
  it('returns 201 with every key of seed 001, connection beside connect-connection, expires-at = created-at + 14 d', async () => {
    const res = await createShareToken(t, s, inquiry.id);
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(Object.keys(body)).toEqual(['data']);
    const d = body.data;
    expect(d.type).toBe('connect/share-token');
    expect(d.id).toMatch(/^cnst_[0-9A-Za-z]{24}$/);
    // Seed 001's keys, plus the documented additions of connect-api.md §2.1.
    for (const k of ['status', 'created-at', 'updated-at', 'pending-at', 'redeemed-at', 'expires-at']) expect(d.attributes).toHaveProperty(k);
    expect(Object.keys(d.attributes).sort()).toEqual(
      ['status', 'direction', 'created-at', 'updated-at', 'pending-at', 'redeemed-at', 'expires-at', 'failed-at', 'failure-reason', 'redeem-mode'].sort(),
    );
    expect(d.attributes).toMatchObject({ status: 'created', direction: 'outbound', 'pending-at': null, 'redeemed-at': null, 'failure-reason': null, 'redeem-mode': null });
    expect(new Date(d.attributes['expires-at']).getTime() - new Date(d.attributes['created-at']).getTime()).toBe(14 * 24 * 3600 * 1000);
    expect(d.attributes['created-at']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(Object.keys(d.relationships).sort()).toEqual(['connect-connection', 'connection', 'creator', 'source']);
    expect(d.relationships['connect-connection']).toEqual({ data: { type: 'connect/connection', id: s.connectionId } });
    expect(d.relationships.connection).toEqual(d.relationships['connect-connection']);
    expect(d.relationships.creator).toEqual({ data: { type: 'api-key', id: s.source.apiKeyId } });
    expect(d.relationships.source).toEqual({ data: { type: 'inquiry', id: inquiry.id } });
  });

  it('writes outbound-created at the source and inbound-created at the destination', async () => {
    const id = (await createShareToken(t, s, inquiry.id)).json().data.id;
    const out = await get(s.source.apiKey, `/events?filter[object-id]=${id}`);
    expect(out.json().data.map((e: { attributes: { name: string } }) => e.attributes.name)).toEqual(['connect/share-token.outbound-created']);
    const inbound = await get(s.destination.apiKey, `/events?filter[object-id]=${id}`);
    const event = inbound.json().data[0];
    expect(event.attributes.name).toBe('connect/share-token.inbound-created');
    expect(event.attributes.payload.data).toMatchObject({ id, type: 'connect/share-token', attributes: { direction: 'inbound', status: 'created' } });
    expect(event.attributes.payload.data.relationships.source).toBeUndefined();
  });

  it('accepts a custom expires-in-seconds within 60..1814400 and refuses others with 400 naming the field', async () => {
    const ok = await createShareToken(t, s, inquiry.id, { 'expires-in-seconds': 3600 });
    const a = ok.json().data.attributes;
    expect(new Date(a['expires-at']).getTime() - new Date(a['created-at']).getTime()).toBe(3600_000);
    for (const bad of [59, 1_814_401]) {
      const res = await createShareToken(t, s, inquiry.id, { 'expires-in-seconds': bad });
      expect(res.statusCode).toBe(400);
      const err = res.json().errors[0];
      expect(err.title).toBe('Bad Request');
      expect(err.details).toContain('data.attributes.expires-in-seconds');
      expect(err.source).toBeUndefined();
    }
    const typed = await createShareToken(t, s, inquiry.id, { 'expires-in-seconds': '3600' });
    expect(typed.statusCode).toBe(400);
  });

  it('answers 400 for a missing source-id, unknown keys and malformed JSON', async () => {
    const missing = await post(s.source.apiKey, '/connect/share-tokens', { data: { attributes: { 'connection-id': s.connectionId } } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toEqual({ errors: [{ title: 'Bad Request', details: 'data.attributes.source-id is missing' }] });
    const unknown = await createShareToken(t, s, inquiry.id, { color: 'red' });
    expect(unknown.statusCode).toBe(400);
    const malformed = await connect(t, s.source.apiKey, {
      method: 'POST',
      url: '/connect/share-tokens',
      headers: { 'content-type': 'application/json' },
      payload: '{"data": ',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors[0].title).toBe('Bad Request');
    const wrongType = await connect(t, s.source.apiKey, { method: 'POST', url: '/connect/share-tokens', headers: { 'content-type': 'text/plain' }, payload: 'hi' });
    expect(wrongType.statusCode).toBe(400);
  });

  it('shares accounts, transactions and verifications too', async () => {
    for (const id of [await makeAccount(t, s.source, { 'name-first': 'A' }), await makeTransaction(t, s.source), inquiry.verificationIds[0]!]) {
      const res = await createShareToken(t, s, id);
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().data.relationships.source.data.id).toBe(id);
    }
    const ver = await createShareToken(t, s, inquiry.verificationIds[0]!);
    expect(ver.json().data.relationships.source.data.type).toBe('verification/government-id');
  });

  it('refuses with 422 and a pointer: inactive connection, pending inquiry, a wbh_ id', async () => {
    const pendingConn = await createConnection(t, s.source, s.destination, { activate: false }).catch(() => null);
    // A live pair exists already, so a second one conflicts; use a fresh destination instead.
    expect(pendingConn).toBeNull();
    const other = await createOrg(t);
    const inactive = await createConnection(t, s.source, other, { activate: false });
    const r1 = await post(s.source.apiKey, '/connect/share-tokens', { data: { attributes: { 'connection-id': inactive, 'source-id': inquiry.id } } });
    expect(r1.statusCode).toBe(422);
    expect(r1.json()).toEqual({
      errors: [{ title: 'Unprocessable entity', details: 'Connection is not active', source: { pointer: '/data/attributes/connection-id' } }],
    });
    const pending = await makeInquiry(t, s.source, { complete: false });
    const r2 = await createShareToken(t, s, pending.id);
    expect(r2.statusCode).toBe(422);
    expect(r2.json().errors[0].source).toEqual({ pointer: '/data/attributes/source-id' });
    const r3 = await createShareToken(t, s, 'wbh_000000000000000000000001');
    expect(r3.statusCode).toBe(422);
    expect(r3.json().errors[0].source).toEqual({ pointer: '/data/attributes/source-id' });
  });

  it('answers 403 to the destination and 404 for invisible connections and sources', async () => {
    const dest = await createShareToken(t, s, inquiry.id, {}, s.destination.apiKey);
    expect(dest.statusCode).toBe(403);
    expect(dest.json().errors[0].title).toBe('Forbidden');
    const stranger = await createOrg(t);
    const foreign = await createShareToken(t, s, inquiry.id, {}, stranger.apiKey);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toEqual({ errors: [{ title: 'Record not found', details: 'data.attributes.connection-id is not found' }] });
    const strangersInquiry = await makeInquiry(t, stranger);
    const invisible = await createShareToken(t, s, strangersInquiry.id);
    expect(invisible.statusCode).toBe(404);
    expect(invisible.json().errors[0].details).toBe('data.attributes.source-id is not found');
  });
});

describe('retrieve and list', () => {
  it('shows each party its own view, with the documented headers (seed 000)', async () => {
    const id = (await createShareToken(t, s, inquiry.id)).json().data.id;
    const src = await get(s.source.apiKey, `/connect/share-tokens/${id}`);
    expect(src.statusCode).toBe(200);
    for (const h of ['ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset', 'request-id', 'persona-environment-id', 'persona-organization-id']) {
      expect(src.headers[h], h).toBeDefined();
    }
    expect(src.headers['persona-organization-id']).toBe(s.source.organizationId);
    const dst = await get(s.destination.apiKey, `/connect/share-tokens/${id}`);
    expect(dst.json().data.attributes.direction).toBe('inbound');
    expect(Object.keys(dst.json().data.relationships).sort()).toEqual(['connect-connection', 'connection', 'destination']);
    expect(dst.json().data.relationships.destination).toEqual({ data: null });
    const stranger = await createOrg(t);
    const foreign = await get(stranger.apiKey, `/connect/share-tokens/${id}`);
    const random = await get(stranger.apiKey, `/connect/share-tokens/cnst_000000000000000000000042`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.body).toBe(random.body);
    expect((await get(s.source.apiKey, `/connect/share-tokens/inq_000000000000000000000042`)).statusCode).toBe(404);
  });

  it('supports include, fields and Key-Inflection camel and snake', async () => {
    const id = (await createShareToken(t, s, inquiry.id)).json().data.id;
    const inc = await get(s.source.apiKey, `/connect/share-tokens/${id}?include=source`);
    expect(inc.json().included.map((r: { id: string }) => r.id)).toEqual([inquiry.id]);
    expect((await get(s.source.apiKey, `/connect/share-tokens/${id}?include=`)).json().included).toEqual([]);
    expect((await get(s.source.apiKey, `/connect/share-tokens/${id}`)).json()).not.toHaveProperty('included');
    expect((await get(s.source.apiKey, `/connect/share-tokens/${id}?include=organization`)).statusCode).toBe(400);
    const sparse = await get(s.source.apiKey, `/connect/share-tokens/${id}?fields[connect/share-token]=status,source`);
    expect(sparse.json().data).toEqual({
      type: 'connect/share-token',
      id,
      attributes: { status: 'created' },
      relationships: { source: { data: { type: 'inquiry', id: inquiry.id } } },
    });
    const camel = await get(s.source.apiKey, `/connect/share-tokens/${id}`, { 'key-inflection': 'camel' });
    expect(camel.json().data.attributes).toHaveProperty('expiresAt');
    expect(camel.json().data.relationships).toHaveProperty('connectConnection');
    const snake = await connect(t, s.source.apiKey, {
      method: 'POST',
      url: '/connect/share-tokens',
      headers: { 'key-inflection': 'snake' },
      payload: { data: { attributes: { connection_id: s.connectionId, source_id: inquiry.id, expires_in_seconds: 120 } } },
    });
    expect(snake.statusCode).toBe(201);
    expect(snake.json().data.attributes).toHaveProperty('expires_at');
    const camelCreate = await connect(t, s.source.apiKey, {
      method: 'POST',
      url: '/connect/share-tokens',
      headers: { 'key-inflection': 'camel' },
      payload: { data: { attributes: { connectionId: s.connectionId } } },
    });
    expect(camelCreate.json()).toEqual({ errors: [{ title: 'Bad Request', details: 'data.attributes.sourceId is missing' }] });
  });

  it('lists both directions newest first with filters and cursor links, never with source-data', async () => {
    const mine = await createSharing(t, { peek: ['address-country-code'] });
    const inq = await makeInquiry(t, mine.source);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await createShareToken(t, mine, inq.id)).json().data.id);
    const back = await createConnection(t, mine.destination, mine.source);
    const inqB = await makeInquiry(t, mine.destination);
    const inbound = await post(mine.destination.apiKey, '/connect/share-tokens', { data: { attributes: { 'connection-id': back, 'source-id': inqB.id } } });
    expect(inbound.statusCode).toBe(201);
    const all = await get(mine.source.apiKey, '/connect/share-tokens?peek-source-data=true');
    expect(all.statusCode).toBe(400);
    const list = await get(mine.source.apiKey, '/connect/share-tokens');
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().data.map((d: { id: string }) => d.id)).toEqual([inbound.json().data.id, ...ids.reverse()]);
    const outbound = await get(mine.source.apiKey, '/connect/share-tokens?filter[direction]=outbound&page[size]=2');
    expect(outbound.json().data.map((d: { id: string }) => d.id)).toEqual(ids.slice(0, 2));
    const next = outbound.json().links.next as string;
    expect(next).toContain('page%5Bafter%5D=');
    const page2 = await t.request({ method: 'GET', url: next, headers: { authorization: `Bearer ${mine.source.apiKey}` } });
    expect(page2.json().data.map((d: { id: string }) => d.id)).toEqual(ids.slice(2));
    expect(page2.json().links.next).toBeNull();
    const byStatus = await get(mine.destination.apiKey, '/connect/share-tokens?filter[status]=redeemed');
    expect(byStatus.json().data).toEqual([]);
    const created = await get(mine.source.apiKey, '/connect/share-tokens?filter[status]=created&filter[direction]=outbound');
    expect(created.json().data.map((d: { id: string }) => d.id)).toEqual(ids);
    const either = await get(mine.source.apiKey, '/connect/share-tokens?filter[status]=created,redeemed');
    expect(either.json().data).toHaveLength(4);
    expect((await get(mine.source.apiKey, '/connect/share-tokens?filter[colour]=x')).statusCode).toBe(400);
    expect((await get(mine.source.apiKey, '/connect/share-tokens?page[size]=101')).statusCode).toBe(400);
    for (const d of list.json().data) expect(d.attributes).not.toHaveProperty('source-data');
  });
});

describe('redeem', () => {
  it('clones the inquiry with its verifications into the destination (202 pending, then redeemed)', async () => {
    const id = (await createShareToken(t, s, inquiry.id)).json().data.id;
    const res = await post(s.destination.apiKey, `/connect/share-tokens/${id}/redeem`);
    expect(res.statusCode).toBe(202);
    expect(res.json().data.attributes).toMatchObject({ status: 'pending', 'redeem-mode': 'clone' });
    expect(res.json().data.attributes['pending-at']).not.toBeNull();
    expect(res.json().data.relationships.destination).toEqual({ data: null });
    await t.worker.drain();
    const after = (await get(s.destination.apiKey, `/connect/share-tokens/${id}?include=destination`)).json();
    expect(after.data.attributes.status).toBe('redeemed');
    const dest = after.data.relationships.destination.data;
    expect(dest.type).toBe('inquiry');
    expect(dest.id).not.toBe(inquiry.id);
    const copy = after.included[0];
    expect(copy.attributes.status).toBe('completed');
    expect(copy.attributes.creator).toBe(s.destination.apiKeyId);
    expect(copy.attributes.fields['name-first']).toEqual({ type: 'string', value: 'Alex' });
    const verIds = copy.relationships.verifications.data.map((v: { id: string }) => v.id);
    expect(verIds).toHaveLength(2);
    for (const v of verIds) expect(inquiry.verificationIds).not.toContain(v);
    const srcEvents = (await get(s.source.apiKey, `/events?filter[object-id]=${id}`)).json().data.map((e: { attributes: { name: string } }) => e.attributes.name);
    expect(srcEvents).toEqual(['connect/share-token.outbound-redeemed', 'connect/share-token.outbound-created']);
    const dstEvents = (await get(s.destination.apiKey, `/events?filter[name]=inquiry.created,inquiry.completed&filter[object-id]=${dest.id}`)).json().data;
    expect(dstEvents).toHaveLength(2);
  });

  it('lets exactly one of 50 concurrent redeems win, and makes exactly one copy', async () => {
    const mine = await createSharing(t);
    const inq = await makeInquiry(t, mine.source);
    const id = (await createShareToken(t, mine, inq.id)).json().data.id;
    const results = await Promise.all(Array.from({ length: 50 }, () => post(mine.destination.apiKey, `/connect/share-tokens/${id}/redeem`)));
    const statuses = results.map((r) => r.statusCode).sort();
    expect(statuses.filter((c) => c === 202)).toHaveLength(1);
    expect(statuses.filter((c) => c === 422)).toHaveLength(49);
    await t.worker.drain();
    const copies = await t.deps.db.selectFrom('inquiries').select('id').where('environment_id', '=', mine.destination.sandboxUuid).execute();
    expect(copies).toHaveLength(1);
  });

  it('enforces who redeems and in which state (403 source, 403 missing permission, 422 twice)', async () => {
    const id = (await createShareToken(t, s, inquiry.id)).json().data.id;
    expect((await post(s.source.apiKey, `/connect/share-tokens/${id}/redeem`)).statusCode).toBe(403);
    const readOnly = await createApiKey(t, s.destination.sandboxId, { permissions: ['share_token.read', 'share_token.write'] });
    expect((await post(readOnly.value, `/connect/share-tokens/${id}/redeem`)).statusCode).toBe(403);
    expect((await post(s.destination.apiKey, `/connect/share-tokens/${id}/redeem`, {})).statusCode).toBe(202);
    const again = await post(s.destination.apiKey, `/connect/share-tokens/${id}/redeem`, { data: { attributes: {} } });
    expect(again.statusCode).toBe(422);
    expect(again.json().errors[0].title).toBe('Unprocessable entity');
    await t.worker.drain();
  });

  it('hydrates a created inquiry with the source fields and mappings', async () => {
    const id = (await createShareToken(t, s, inquiry.id)).json().data.id;
    const target = await makeInquiry(t, s.destination, { complete: false, fields: { 'name-first': 'Old' }, verifications: [] });
    const res = await post(s.destination.apiKey, `/connect/share-tokens/${id}/redeem`, {
      data: { attributes: { 'destination-id': target.id } },
      meta: { 'field-mappings': [{ 'source-field-name': 'address-street-1', 'destination-field-name': 'home-street' }] },
    });
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json().data.attributes['redeem-mode']).toBe('hydrate');
    expect(res.json().data.relationships.destination).toEqual({ data: { type: 'inquiry', id: target.id } });
    await t.worker.drain();
    const tok = (await get(s.destination.apiKey, `/connect/share-tokens/${id}?include=destination`)).json();
    expect(tok.data.attributes.status).toBe('redeemed');
    const hydrated = tok.included[0];
    expect(hydrated.id).toBe(target.id);
    expect(hydrated.attributes.status).toBe('completed');
    expect(hydrated.attributes.fields['name-first'].value).toBe('Alex');
    expect(hydrated.attributes.fields['home-street'].value).toBe('123 Main St');
  });

  it('refuses impossible hydrations and mappings with 422 pointers', async () => {
    const completed = await makeInquiry(t, s.destination);
    const id = (await createShareToken(t, s, inquiry.id)).json().data.id;
    const r1 = await post(s.destination.apiKey, `/connect/share-tokens/${id}/redeem`, { data: { attributes: { 'destination-id': completed.id } } });
    expect(r1.statusCode).toBe(422);
    expect(r1.json().errors[0].source).toEqual({ pointer: '/data/attributes/destination-id' });
    const r2 = await post(s.destination.apiKey, `/connect/share-tokens/${id}/redeem`, {
      meta: { 'field-mappings': [{ 'source-field-name': 'a', 'destination-field-name': 'b' }] },
    });
    expect(r2.statusCode).toBe(422);
    expect(r2.json().errors[0].source).toEqual({ pointer: '/meta/field-mappings' });
    const acct = await makeAccount(t, s.source, { 'name-first': 'Z' });
    const acctToken = (await createShareToken(t, s, acct)).json().data.id;
    const r3 = await post(s.destination.apiKey, `/connect/share-tokens/${acctToken}/redeem`);
    expect(r3.statusCode).toBe(422);
    const foreign = await post(s.destination.apiKey, `/connect/share-tokens/${id}/redeem`, { data: { attributes: { 'destination-id': inquiry.id } } });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().errors[0].details).toBe('data.attributes.destination-id is not found');
    const target = await makeAccount(t, s.destination, {});
    const r4 = await post(s.destination.apiKey, `/connect/share-tokens/${acctToken}/redeem`, { data: { attributes: { 'destination-id': target } } });
    expect(r4.statusCode).toBe(202);
    await t.worker.drain();
    const done = await get(s.destination.apiKey, `/connect/share-tokens/${acctToken}`);
    expect(done.json().data.attributes.status).toBe('redeemed');
  });

  it('fails with source_redacted when the source is redacted before the job runs', async () => {
    const inq = await makeInquiry(t, s.source);
    const id = (await createShareToken(t, s, inq.id)).json().data.id;
    expect((await post(s.destination.apiKey, `/connect/share-tokens/${id}/redeem`)).statusCode).toBe(202);
    await t.deps.db.updateTable('inquiries').set({ redacted_at: new Date() }).where('id', '=', inq.uuid).execute();
    await t.worker.drain();
    const tok = (await get(s.source.apiKey, `/connect/share-tokens/${id}`)).json().data.attributes;
    expect(tok).toMatchObject({ status: 'failed', 'failure-reason': 'source_redacted' });
    expect(tok['failed-at']).not.toBeNull();
    const names = (await get(s.destination.apiKey, `/events?filter[object-id]=${id}`)).json().data.map((e: { attributes: { name: string } }) => e.attributes.name);
    expect(names[0]).toBe('connect/share-token.inbound-failed');
  });
});

describe('expire and peek', () => {
  it('lets the source expire a created token once; the destination gets 403', async () => {
    const id = (await createShareToken(t, s, inquiry.id)).json().data.id;
    expect((await post(s.destination.apiKey, `/connect/share-tokens/${id}/expire`)).statusCode).toBe(403);
    const res = await post(s.source.apiKey, `/connect/share-tokens/${id}/expire`);
    expect(res.statusCode).toBe(200);
    expect(res.json().data.attributes.status).toBe('expired');
    expect((await post(s.source.apiKey, `/connect/share-tokens/${id}/expire`)).statusCode).toBe(422);
    expect((await post(s.destination.apiKey, `/connect/share-tokens/${id}/redeem`)).statusCode).toBe(422);
    const events = (await get(s.destination.apiKey, `/events?filter[name]=connect/share-token.inbound-expired&filter[object-id]=${id}`)).json().data;
    expect(events).toHaveLength(1);
  });

  it('shows source-data only to the destination of a peek-enabled connection', async () => {
    const peekable = await createSharing(t, { peek: ['address-country-code'] });
    const inq = await makeInquiry(t, peekable.source);
    const id = (await createShareToken(t, peekable, inq.id)).json().data.id;
    const dst = (await get(peekable.destination.apiKey, `/connect/share-tokens/${id}?peek-source-data=true`)).json().data.attributes['source-data'];
    expect(dst.type).toBe('connect/source-data/inquiry');
    expect(dst.id).toBe(inq.id);
    expect(dst['peekable-attributes'].status).toEqual({ visibility: 'full', value: 'completed' });
    expect(dst['peekable-attributes'].fields['address-country-code']).toEqual({ visibility: 'full', value: 'US' });
    expect(dst['peekable-attributes'].fields['name-first']).toEqual({ visibility: 'presence', value: true });
    expect(dst['related-objects'].map((r: { type: string }) => r.type).sort()).toEqual([
      'connect/source-data/verification/government-id',
      'connect/source-data/verification/selfie',
    ]);
    const src = (await get(peekable.source.apiKey, `/connect/share-tokens/${id}?peek-source-data=true`)).json().data.attributes;
    expect(src).not.toHaveProperty('source-data');
    const plain = (await get(peekable.destination.apiKey, `/connect/share-tokens/${id}`)).json().data.attributes;
    expect(plain).not.toHaveProperty('source-data');
    const notAllowed = (await get(s.destination.apiKey, `/connect/share-tokens/${(await createShareToken(t, s, inquiry.id)).json().data.id}?peek-source-data=true`)).json();
    expect(notAllowed.data.attributes).not.toHaveProperty('source-data');
    expect((await get(peekable.destination.apiKey, `/connect/share-tokens/${id}?peek-source-data=yes`)).statusCode).toBe(400);
  });
});
