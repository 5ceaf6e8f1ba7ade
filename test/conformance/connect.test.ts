/**
 * Connections and share tokens (connect-api.md §2, §3, §11.1, §11.21) against
 * the reference, as both parties see them. Seed 001's `connect-connection`
 * relationship is the one documented addition the reference forbids.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createTestApp, type TestApp, type TestOrg } from '../harness.js';
import {
  addVerification,
  createAccount,
  createActiveConnection,
  createCompletedInquiry,
  createConnection,
  createInquiry,
  createShareToken,
  createTransaction,
  createSharedInquiry,
  send,
  setPeekSettings,
  type Body,
} from '../fixtures/connect-objects.js';
import { describeConformance, expectConforms, expectResponseConforms, expectSchemaConforms } from './reference.js';

/** Seed 001's relationship beside the reference's `connection`. */
const SEED_TOKEN = ['data.relationships.connect-connection'];
const SEED_TOKENS = ['data.*.relationships.connect-connection'];
const FOURTEEN_DAYS_MS = 14 * 24 * 60 * 60 * 1000;

/** Validates each `included` object against the reference schema of its type. */
function expectIncludedConform(included: Body[]) {
  for (const item of included) {
    const type = String(item.type);
    const schema = type.startsWith('verification/') ? 'verification' : type;
    expectSchemaConforms({ schema, value: item });
  }
}

describeConformance('connect objects conform to the reference', () => {
  let t: TestApp;
  let source: TestOrg;
  let destination: TestOrg;
  /** The active connection from `source` to `destination`. */
  let connection: Body;

  beforeAll(async () => {
    t = await createTestApp({ env: { TESSERA_RATE_LIMIT_PER_MINUTE: '100000' } });
    [source, destination] = await Promise.all([createOrg(t), createOrg(t)]);
    connection = await createActiveConnection(t, source, destination);
  });

  /** A `created` token of a fresh completed inquiry, from `source` to `destination`. */
  async function shareInquiry(): Promise<Body> {
    const { inquiry } = await createCompletedInquiry(t, source);
    return createShareToken(t, source, connection.id, inquiry.id);
  }

  describe('connections', () => {
    it('POST /connect/connections → 201', async () => {
      const other = await createOrg(t);
      const res = await send(t, source.apiKey, 'POST', '/connect/connections', {
        body: { data: { attributes: { 'destination-organization-id': other.organizationId } } },
      });
      const body = expectResponseConforms(res, { method: 'POST', path: '/connect/connections', status: 201 });
      expect(body.data.attributes).toMatchObject({ status: 'pending', 'destination-organization-id': other.organizationId, 'source-organization-id': source.organizationId });
    });

    it('GET /connect/connections/{connection-id} and GET /connect/connections → 200 for both parties', async () => {
      const shared = connection;
      for (const org of [source, destination]) {
        const one = expectResponseConforms(await send(t, org.apiKey, 'GET', `/connect/connections/${shared.id}`), {
          method: 'GET',
          path: '/connect/connections/{connection-id}',
          status: 200,
        });
        expect(one.data.attributes.status).toBe('active');
        const list = expectResponseConforms(await send(t, org.apiKey, 'GET', '/connect/connections'), { method: 'GET', path: '/connect/connections', status: 200 });
        expect(list.data.map((c: Body) => c.id)).toContain(shared.id);
      }
      expectResponseConforms(await send(t, source.apiKey, 'GET', '/connect/connections?filter%5Bstatus%5D=active&page%5Bsize%5D=1'), {
        method: 'GET',
        path: '/connect/connections',
        status: 200,
      });
    });

    it('POST …/deactivate and …/reactivate → 200', async () => {
      const cxn = await createActiveConnection(t, source, await createOrg(t));
      const off = expectResponseConforms(await send(t, source.apiKey, 'POST', `/connect/connections/${cxn.id}/deactivate`), {
        method: 'POST',
        path: '/connect/connections/{connection-id}/deactivate',
        status: 200,
      });
      expect(off.data.attributes.status).toBe('inactive');
      const again = expectResponseConforms(await send(t, source.apiKey, 'POST', `/connect/connections/${cxn.id}/reactivate`), {
        method: 'POST',
        path: '/connect/connections/{connection-id}/reactivate',
        status: 200,
      });
      expect(again.data.attributes.status).toBe('pending');
    });

    it('connection events carry conforming payloads', async () => {
      const cxn = await createConnection(t, source, await createOrg(t));
      const events = expectResponseConforms(await send(t, source.apiKey, 'GET', `/events?filter%5Bobject-id%5D=${cxn.id}`), {
        method: 'GET',
        path: '/events',
        status: 200,
      });
      expect(events.data.map((e: Body) => e.attributes.name)).toContain('connect/connection.created');
      for (const e of events.data) expectSchemaConforms({ schema: 'connect-connection', value: e.attributes.payload.data });
    });
  });

  describe('share tokens', () => {
    it("POST /connect/share-tokens → 201 with seed 001's keys, connection beside connect-connection, 14 days", async () => {
      const cxn = await createActiveConnection(t, source, await createOrg(t));
      const { inquiry } = await createCompletedInquiry(t, source);
      const res = await send(t, source.apiKey, 'POST', '/connect/share-tokens', {
        body: { data: { attributes: { 'connection-id': cxn.id, 'source-id': inquiry.id } } },
      });
      const body = expectResponseConforms(res, { method: 'POST', path: '/connect/share-tokens', status: 201, allow: SEED_TOKEN });
      const token = body.data;
      expect(token.type).toBe('connect/share-token');
      expect(token.id).toMatch(/^cnst_[0-9A-Za-z]{24}$/);
      for (const key of ['status', 'created-at', 'updated-at', 'pending-at', 'redeemed-at', 'expires-at']) expect(token.attributes).toHaveProperty(key);
      expect(token.attributes.status).toBe('created');
      expect(token.relationships['connect-connection']).toEqual({ data: { type: 'connect/connection', id: cxn.id } });
      expect(token.relationships.connection).toEqual(token.relationships['connect-connection']);
      expect(token.relationships.creator.data).toEqual({ type: 'api-key', id: source.apiKeyId });
      expect(token.relationships.source).toEqual({ data: { type: 'inquiry', id: inquiry.id } });
      expect(Date.parse(token.attributes['expires-at']) - Date.parse(token.attributes['created-at'])).toBe(FOURTEEN_DAYS_MS);
    });

    it('account, transaction and verification sources → 201', async () => {
      const cxn = await createActiveConnection(t, source, await createOrg(t));
      const inquiry = await createInquiry(t, source);
      const sources = [
        (await createAccount(t, source)).id,
        (await createTransaction(t, source)).id,
        (await addVerification(t, source, inquiry.id)).id,
      ];
      for (const sourceId of sources) {
        const res = await send(t, source.apiKey, 'POST', '/connect/share-tokens', {
          body: { data: { attributes: { 'connection-id': cxn.id, 'source-id': sourceId, 'expires-in-seconds': 3600 } } },
        });
        const body = expectResponseConforms(res, { method: 'POST', path: '/connect/share-tokens', status: 201, allow: SEED_TOKEN });
        expect(body.data.relationships.source.data.id).toBe(sourceId);
      }
    });

    it('GET /connect/share-tokens/{share-token-id} → 200 for both parties, with include and fields', async () => {
      const token = await shareInquiry();
      const path = '/connect/share-tokens/{share-token-id}';
      const outbound = expectResponseConforms(await send(t, source.apiKey, 'GET', `/connect/share-tokens/${token.id}`), { method: 'GET', path, status: 200, allow: SEED_TOKEN });
      expect(outbound.data.attributes.direction).toBe('outbound');
      expect(outbound.included).toBeUndefined();
      const inbound = expectResponseConforms(await send(t, destination.apiKey, 'GET', `/connect/share-tokens/${token.id}`), { method: 'GET', path, status: 200, allow: SEED_TOKEN });
      expect(inbound.data.attributes.direction).toBe('inbound');
      expect(inbound.data.relationships.destination).toEqual({ data: null });
      expect(inbound.data.attributes['source-data']).toBeUndefined();

      const withSource = expectResponseConforms(await send(t, source.apiKey, 'GET', `/connect/share-tokens/${token.id}?include=source`), {
        method: 'GET',
        path,
        status: 200,
        allow: SEED_TOKEN,
      });
      expect(withSource.included.map((i: Body) => i.id)).toEqual([token.relationships.source.data.id]);
      expectIncludedConform(withSource.included);
      const empty = expectResponseConforms(await send(t, source.apiKey, 'GET', `/connect/share-tokens/${token.id}?include=`), { method: 'GET', path, status: 200, allow: SEED_TOKEN });
      expect(empty.included).toEqual([]);

      const sparse = expectResponseConforms(await send(t, source.apiKey, 'GET', `/connect/share-tokens/${token.id}?fields%5Bconnect%2Fshare-token%5D=status,expires-at,source`), {
        method: 'GET',
        path,
        status: 200,
        sparse: true,
      });
      expect(Object.keys(sparse.data.attributes).sort()).toEqual(['expires-at', 'status']);
      expect(Object.keys(sparse.data.relationships)).toEqual(['source']);
    });

    it('include=connection,creator (and connect-connection) → conforming connect-connection and api-key objects in included', async () => {
      const { inquiry } = await createCompletedInquiry(t, source);
      const created = expectResponseConforms(
        await send(t, source.apiKey, 'POST', '/connect/share-tokens?include=connect-connection,creator', {
          body: { data: { attributes: { 'connection-id': connection.id, 'source-id': inquiry.id } } },
        }),
        { method: 'POST', path: '/connect/share-tokens', status: 201, allow: SEED_TOKEN },
      );
      const path = '/connect/share-tokens/{share-token-id}';
      for (const [key, include] of [[source.apiKey, 'connection,creator'], [destination.apiKey, 'connection']] as const) {
        const body = expectResponseConforms(await send(t, key, 'GET', `/connect/share-tokens/${created.data.id}?include=${include}`), { method: 'GET', path, status: 200, allow: SEED_TOKEN });
        expect(body.included.length).toBeGreaterThan(0);
        for (const item of body.included as Body[]) {
          expectSchemaConforms({ schema: item.type === 'connect/connection' ? 'connect-connection' : String(item.type), value: item });
        }
      }
      expect((created.included as Body[]).map((i: Body) => i.type).sort()).toEqual(['api-key', 'connect/connection']);
      for (const item of created.included as Body[]) {
        expectSchemaConforms({ schema: item.type === 'connect/connection' ? 'connect-connection' : String(item.type), value: item });
      }
    });

    it('GET …?peek-source-data=true → 200 with conforming source-data for the destination of a peek-enabled connection', async () => {
      // A fresh pair, so the peek settings below cannot affect other tests.
      const peekSource = await createOrg(t);
      const peekDestination = await createOrg(t);
      const peekCxn = await createActiveConnection(t, peekSource, peekDestination);
      await setPeekSettings(t, peekSource, peekCxn.id, { 'peek-source-data': true, 'peek-visible-fields': ['address-country-code'] });
      const { inquiry } = await createCompletedInquiry(t, peekSource);
      const token = await createShareToken(t, peekSource, peekCxn.id, inquiry.id);
      const body = expectResponseConforms(await send(t, peekDestination.apiKey, 'GET', `/connect/share-tokens/${token.id}?peek-source-data=true`), {
        method: 'GET',
        path: '/connect/share-tokens/{share-token-id}',
        status: 200,
        allow: SEED_TOKEN,
      });
      const data = body.data.attributes['source-data'];
      expect(data).toMatchObject({ type: 'connect/source-data/inquiry', id: inquiry.id });
      expect(data['peekable-attributes'].status).toEqual({ visibility: 'full', value: 'completed' });
      expect(data['peekable-attributes'].fields['address-country-code']).toEqual({ visibility: 'full', value: 'US' });
      expect(data['peekable-attributes'].fields['name-first']).toEqual({ visibility: 'presence', value: true });
      const asSource = await send(t, peekSource.apiKey, 'GET', `/connect/share-tokens/${token.id}?peek-source-data=true`);
      expect(asSource.json().data.attributes['source-data']).toBeUndefined();
      const list = expectResponseConforms(await send(t, peekDestination.apiKey, 'GET', '/connect/share-tokens'), {
        method: 'GET',
        path: '/connect/share-tokens',
        status: 200,
        allow: SEED_TOKENS,
      });
      for (const item of list.data) expect(item.attributes['source-data']).toBeUndefined();
    });

    it('GET /connect/share-tokens → 200 for both parties, with filters and pages', async () => {
      await createSharedInquiry(t, source, await createOrg(t));
      await createSharedInquiry(t, source, await createOrg(t));
      const path = '/connect/share-tokens';
      const out = expectResponseConforms(await send(t, source.apiKey, 'GET', '/connect/share-tokens?page%5Bsize%5D=1'), { method: 'GET', path, status: 200, allow: SEED_TOKENS });
      expect(out.links.next).toMatch(/^\/api\/v1\/connect\/share-tokens\?/);
      expectResponseConforms(await send(t, source.apiKey, 'GET', '/connect/share-tokens?filter%5Bdirection%5D=outbound&filter%5Bstatus%5D=created'), {
        method: 'GET',
        path,
        status: 200,
        allow: SEED_TOKENS,
      });
      const token = await shareInquiry();
      const inbound = expectResponseConforms(await send(t, destination.apiKey, 'GET', '/connect/share-tokens?filter%5Bdirection%5D=inbound'), {
        method: 'GET',
        path,
        status: 200,
        allow: SEED_TOKENS,
      });
      expect(inbound.data.map((d: Body) => d.id)).toContain(token.id);
    });

    it('POST …/redeem → 202 pending, then redeemed; POST …/expire → 200 expired', async () => {
      const pair = await createOrg(t);
      const { token, connection } = await createSharedInquiry(t, source, pair);
      const redeemed = expectResponseConforms(await send(t, pair.apiKey, 'POST', `/connect/share-tokens/${token.id}/redeem`), {
        method: 'POST',
        path: '/connect/share-tokens/{share-token-id}/redeem',
        status: 202,
        allow: SEED_TOKEN,
      });
      expect(redeemed.data.attributes).toMatchObject({ status: 'pending', 'redeem-mode': 'clone' });
      expect(redeemed.data.attributes['pending-at']).not.toBeNull();

      await t.worker.drain();
      const done = expectResponseConforms(await send(t, pair.apiKey, 'GET', `/connect/share-tokens/${token.id}?include=destination`), {
        method: 'GET',
        path: '/connect/share-tokens/{share-token-id}',
        status: 200,
        allow: SEED_TOKEN,
      });
      expect(done.data.attributes.status).toBe('redeemed');
      expect(done.data.relationships.destination.data.id).toMatch(/^inq_/);
      expectIncludedConform(done.included);

      const { inquiry } = await createCompletedInquiry(t, source);
      const second = await createShareToken(t, source, connection.id, inquiry.id);
      const expired = expectResponseConforms(await send(t, source.apiKey, 'POST', `/connect/share-tokens/${second.id}/expire`), {
        method: 'POST',
        path: '/connect/share-tokens/{share-token-id}/expire',
        status: 200,
        allow: SEED_TOKEN,
      });
      expect(expired.data.attributes.status).toBe('expired');
    });

    it('share-token events carry conforming payloads for both parties', async () => {
      const pair = await createOrg(t);
      const { token } = await createSharedInquiry(t, source, pair);
      for (const [org, name] of [
        [source, 'connect/share-token.outbound-created'],
        [pair, 'connect/share-token.inbound-created'],
      ] as const) {
        const events = expectResponseConforms(await send(t, org.apiKey, 'GET', `/events?filter%5Bobject-id%5D=${token.id}`), {
          method: 'GET',
          path: '/events',
          status: 200,
        });
        expect(events.data.map((e: Body) => e.attributes.name)).toContain(name);
        for (const e of events.data) {
          expectSchemaConforms({ schema: 'connect-share-token', value: e.attributes.payload.data, allow: ['relationships.connect-connection'] });
        }
        const one = events.data.find((e: Body) => e.attributes.name === name);
        expectConforms({
          method: 'GET',
          path: '/events/{event-id}',
          status: 200,
          body: (await send(t, org.apiKey, 'GET', `/events/${one.id}`)).json(),
        });
      }
    });
  });
});
