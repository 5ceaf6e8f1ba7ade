/**
 * Persona parity details (issue 12, deliverable 6): every connection names a
 * creator object (API key, session user, the demo's key, rows from before
 * creators were recorded), share tokens answer `include=connection`,
 * `include=connect-connection` and `include=creator` as each party may see
 * them, and `Persona-Version: 2026-09-29` is accepted.
 */
import type { Kysely } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/cli/demo.js';
import { up as backfillCreators } from '../../src/storage/migrations/0011_connection_creators.js';
import { createApiKey, createOrg, createTestApp, type TestOrg } from '../harness.js';
import {
  createActiveConnection,
  createCompletedInquiry,
  createConnection,
  createShareToken,
  must,
  send,
  type Body,
} from '../fixtures/connect-objects.js';
import { createIdentityOrg, type IdentityOrg } from '../fixtures/identity.js';

const t = await createTestApp({ env: { TESSERA_RATE_LIMIT_PER_MINUTE: '100000' } });
let source: TestOrg;
let destination: TestOrg;
let connection: Body;

beforeAll(async () => {
  [source, destination] = await Promise.all([createOrg(t), createOrg(t)]);
  connection = await createActiveConnection(t, source, destination);
});

async function sharedToken(): Promise<Body> {
  const { inquiry } = await createCompletedInquiry(t, source);
  return createShareToken(t, source, connection.id, inquiry.id);
}

const byType = (included: Body[], type: string) => included.filter((o: Body) => o.type === type);

describe('Persona-Version', () => {
  it('accepts 2026-09-29, Persona\'s current version, and still refuses an unknown one', async () => {
    const ok = await send(t, source.apiKey, 'GET', '/connect/share-tokens', { headers: { 'persona-version': '2026-09-29' } });
    expect(ok.statusCode).toBe(200);
    const created = await send(t, source.apiKey, 'POST', '/api-keys', {
      headers: { 'persona-version': '2026-09-29' },
      body: { data: { attributes: { name: 'current version' } } },
    });
    expect(must(created, 201, 'POST /api-keys').data.attributes['api-version']).toBe('2026-09-29');
    const bad = await send(t, source.apiKey, 'GET', '/connect/share-tokens', { headers: { 'persona-version': '2026-09-30' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].details).toContain('2026-09-29');
  });

  it('is listed in the OpenAPI document, beside the include parameter of the share-token operations', async () => {
    const doc = (await t.request({ method: 'GET', url: '/openapi.json' })).json();
    const params = doc.paths['/api/v1/connect/share-tokens/{id}'].get.parameters as Body[];
    const version = params.find((p: Body) => p.name === 'Persona-Version');
    expect(version.schema.enum).toContain('2026-09-29');
    for (const [path, method] of [
      ['/api/v1/connect/share-tokens', 'post'],
      ['/api/v1/connect/share-tokens/{id}', 'get'],
      ['/api/v1/connect/share-tokens/{id}/redeem', 'post'],
      ['/api/v1/connect/share-tokens/{id}/expire', 'post'],
    ] as const) {
      const include = (doc.paths[path][method].parameters as Body[]).find((p: Body) => p.in === 'query' && p.name === 'include');
      expect(include?.description, `${method} ${path}`).toContain('connect-connection');
    }
  });
});

describe('connection creators', () => {
  it('an API key names itself; the destination sees no creator', async () => {
    const other = await createOrg(t);
    const created = await createConnection(t, source, other);
    expect(created.relationships.creator.data).toEqual({ type: 'api-key', id: source.apiKeyId });
    const seen = must(await send(t, other.apiKey, 'GET', `/connect/connections/${created.id}`), 200, 'GET as destination').data;
    expect(seen.relationships).toBeUndefined();
  });

  it('the demo names the source organization\'s demo key on both of its connections', async () => {
    const demo = await seedDemo({ deps: t.deps, baseUrl: 'http://127.0.0.1:0', print: () => undefined });
    const keys = must(await send(t, demo.source.apiKey, 'GET', '/api-keys'), 200, 'GET /api-keys').data as Body[];
    const demoKey = keys.find((k: Body) => k.attributes.name === 'Demo Source demo key');
    expect(demoKey).toBeDefined();
    for (const id of [demo.connectionId, demo.automatedConnectionId]) {
      const seen = must(await send(t, demo.source.apiKey, 'GET', `/connect/connections/${id}`), 200, 'GET demo connection').data;
      expect(seen.relationships.creator.data).toEqual({ type: 'api-key', id: demoKey.id });
    }
    const list = must(await send(t, demo.source.apiKey, 'GET', '/connect/connections'), 200, 'list').data as Body[];
    for (const c of list) expect(c.relationships.creator.data).not.toBeNull();
  });

  it('rows stored without a creator get the source environment\'s oldest key, or lose the relationship, never `data: null`', async () => {
    const db = t.deps.db as unknown as Kysely<unknown>;
    const other = await createOrg(t);
    const later = await createApiKey(t, source.sandboxId, { name: 'a later key' });
    expect(later.id).not.toBe(source.apiKeyId);
    const old = await createConnection(t, source, other);
    const lone = await createOrg(t);
    const orphan = await createConnection(t, lone, other);
    await t.deps.db.updateTable('connections').set({ creator_type: 'user', creator_id: null }).execute();
    await t.deps.db
      .updateTable('credentials')
      .set({ deleted_at: new Date() })
      .where('environment_id', '=', lone.sandboxUuid)
      .execute();
    await backfillCreators(db);

    const repaired = must(await send(t, source.apiKey, 'GET', `/connect/connections/${old.id}`), 200, 'GET repaired').data;
    expect(repaired.relationships.creator.data).toEqual({ type: 'api-key', id: source.apiKeyId });
    // The organization with neither a key nor an owner keeps no creator: its own view leaves the relationship out.
    const orphanRow = await t.deps.db.selectFrom('connections').select(['creator_id']).where('source_environment_id', '=', lone.sandboxUuid).executeTakeFirstOrThrow();
    expect(orphanRow.creator_id).toBeNull();
    const fresh = await createApiKey(t, lone.sandboxId, { name: 'after the backfill' });
    const shown = must(await send(t, fresh.value, 'GET', `/connect/connections/${orphan.id}`), 200, 'GET orphan').data;
    expect(shown.relationships).toBeUndefined();
    expect(JSON.stringify(shown)).not.toContain('"data":null');
  });
});

describe('share token includes', () => {
  it('the source includes the connection once (as it reads it) and the creating API key', async () => {
    const token = await sharedToken();
    const res = await send(t, source.apiKey, 'GET', `/connect/share-tokens/${token.id}?include=connection,connect-connection,creator`);
    const body = must(res, 200, 'GET with include');
    const included = body.included as Body[];
    expect(included.map((o: Body) => o.type).sort()).toEqual(['api-key', 'connect/connection']);
    const [conn] = byType(included, 'connect/connection');
    expect(conn).toMatchObject({ id: connection.id, attributes: { status: 'active', 'source-organization-id': source.organizationId } });
    expect(conn.relationships.creator.data).toEqual({ type: 'api-key', id: source.apiKeyId });
    const [key] = byType(included, 'api-key');
    expect(key.id).toBe(source.apiKeyId);
    expect(key.attributes.name).toBe('test key');
    expect(key.attributes.value).toBeUndefined();
    expect(body.data.relationships.creator.data).toEqual({ type: 'api-key', id: key.id });
  });

  it('the destination includes the connection as it reads it, and never the source\'s creator', async () => {
    const token = await sharedToken();
    const res = await send(t, destination.apiKey, 'GET', `/connect/share-tokens/${token.id}?include=connection,creator,source`);
    const included = must(res, 200, 'GET as destination').included as Body[];
    expect(included.map((o: Body) => o.type)).toEqual(['connect/connection']);
    expect(included[0].id).toBe(connection.id);
    expect(included[0].relationships).toBeUndefined();
    const creatorOnly = must(await send(t, destination.apiKey, 'GET', `/connect/share-tokens/${token.id}?include=creator`), 200, 'creator');
    expect(creatorOnly.included).toEqual([]);
  });

  it('create, redeem and expire answer with what `include` names; lists take no include', async () => {
    const { inquiry } = await createCompletedInquiry(t, source);
    const created = must(
      await send(t, source.apiKey, 'POST', '/connect/share-tokens?include=connect-connection,creator,source', {
        body: { data: { attributes: { 'connection-id': connection.id, 'source-id': inquiry.id } } },
      }),
      201,
      'POST with include',
    );
    expect((created.included as Body[]).map((o: Body) => o.type).sort()).toEqual(['api-key', 'connect/connection', 'inquiry']);

    const redeemed = must(await send(t, destination.apiKey, 'POST', `/connect/share-tokens/${created.data.id}/redeem?include=connection`), 202, 'redeem');
    expect((redeemed.included as Body[]).map((o: Body) => [o.type, o.id])).toEqual([['connect/connection', connection.id]]);

    const other = await sharedToken();
    const expired = must(await send(t, source.apiKey, 'POST', `/connect/share-tokens/${other.id}/expire?include=creator`), 200, 'expire');
    expect((expired.included as Body[]).map((o: Body) => o.id)).toEqual([source.apiKeyId]);

    const list = await send(t, source.apiKey, 'GET', '/connect/share-tokens?include=connection');
    expect(list.statusCode).toBe(400);
    const unknown = await send(t, source.apiKey, 'GET', `/connect/share-tokens/${other.id}?include=organization`);
    expect(unknown.statusCode).toBe(400);
  });

  it('a key that may not read API keys or connections gets neither included', async () => {
    const token = await sharedToken();
    const reader = await createApiKey(t, source.sandboxId, { name: 'token reader', permissions: ['share_token.read'] });
    const res = await send(t, reader.value, 'GET', `/connect/share-tokens/${token.id}?include=connection,creator`);
    expect(must(res, 200, 'GET as reader').included).toEqual([]);
  });
});

describe('share token includes with a session', () => {
  let org: IdentityOrg;
  let partner: TestOrg;
  beforeAll(async () => {
    [org, partner] = await Promise.all([createIdentityOrg(t), createOrg(t)]);
  });

  it('include=creator names the user who created the token', async () => {
    const jwt = org.users.admin.jwt;
    const headers = { 'tessera-environment': 'sandbox' };
    const conn = must(
      await send(t, jwt, 'POST', '/connect/connections', { headers, body: { data: { attributes: { 'destination-organization-id': partner.organizationId } } } }),
      201,
      'connection',
    ).data;
    must(await send(t, partner.apiKey, 'POST', `/connect/connections/${conn.id}/activate`), 200, 'activate');
    const account = must(await send(t, jwt, 'POST', '/accounts', { headers, body: { data: { attributes: { 'reference-id': 'parity-session' } } } }), 201, 'account').data;
    const token = must(
      await send(t, jwt, 'POST', '/connect/share-tokens?include=creator', { headers, body: { data: { attributes: { 'connection-id': conn.id, 'source-id': account.id } } } }),
      201,
      'token',
    );
    expect(token.included).toEqual([
      { type: 'user', id: org.users.admin.adminId, attributes: { 'email-address': org.users.admin.email, 'name-first': expect.any(String), 'name-last': expect.any(String) } },
    ]);
  });
});
