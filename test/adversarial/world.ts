/**
 * The data the fuzzer aims at, created once through the public surfaces: an
 * organization with users of every role, the credential each surface takes,
 * and "victim" objects whose ids fill path parameters. Destructive operations
 * (delete, revoke, rotate, disable) only ever get victim ids, never the ids
 * of the credentials the fuzzer itself calls with, so one mutated request
 * cannot lock the rest of the run out.
 */
import { encodeId, type IdPrefix } from '../../src/core/ids.js';
import { ADMIN_TOKEN, createApiKey, createOrg, testOrgOf, type TestApp, type TestOrg } from '../harness.js';
import { createIdentityOrg, createPat, createUat, createUser, login, PASSWORD, type IdentityOrg, type TestUser } from '../fixtures/identity.js';
import { addVerification, createCompletedInquiry, createConnection, createInquiry, createSharedInquiry, createShareToken } from '../fixtures/connect-objects.js';
import { uuidFrom, type Rng } from './prng.js';
import { ID_FIXTURES } from '../security/fixtures.js';
import type { Surface } from './spec.js';

export const ALL_SCOPES = ['personalAccessToken:write', 'apiToken:write', 'user:read'];

export interface Credential {
  label: string;
  headers: Record<string, string>;
}

export interface World {
  org: IdentityOrg;
  /** The same organization as Connect sees it (sandbox key). */
  connectOrg: TestOrg;
  owner: TestUser;
  victims: TestUser[];
  credentials: Record<Surface, Credential[]>;
  /** Operations only the other side of a connection may call: its credential and the objects it may act on. */
  destination: Record<string, { credential: Credential; ids: string[] }>;
  /** Real ids by pool name (`connect:/inquiries/`, `admin:users`, `v3:pats`, ...). */
  ids: Record<string, string[]>;
  /** Sessions of a user no other case touches, for the operations that end the presented session (logout). */
  disposableSessions: string[];
  /** Secrets that name victims (for `/oauth` bodies). */
  victimTokens: string[];
  loginBody: { accountAlias: string; email: string; password: string };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export async function createWorld(t: TestApp): Promise<World> {
  const org = await createIdentityOrg(t);
  const owner = org.users.owner;
  const adminOrg = await t.admin('GET', `/admin/v1/organizations/${org.adminId}`);
  const connectOrg = await testOrgOf(t, adminOrg.json().data, 'fuzz key');
  const { sandboxId, productionId } = connectOrg;

  const ids: Record<string, string[]> = {};
  const add = (pool: string, id: string) => (ids[pool] ??= []).push(id);

  // Connect: two real objects of every kind the security sweep knows.
  const ctx = { t, owner: connectOrg };
  for (const [prefix, fixture] of Object.entries(ID_FIXTURES)) {
    for (let i = 0; i < 3; i++) add(`connect:${prefix}`, await fixture.create(ctx));
  }
  // Objects for the operations that end them (delete, archive, expire...), so the others keep theirs (`<pool>!`).
  for (const prefix of ['/inquiries/', '/accounts/', '/transactions/', '/webhooks/', '/workflows/', '/api-keys/', '/connect/share-tokens/']) {
    for (let i = 0; i < 3; i++) add(`connect:${prefix}!`, await ID_FIXTURES[prefix]!.create(ctx));
  }
  // Inquiries that may move on: completed ones (approve, decline) and ones with a verification (complete).
  for (let i = 0; i < 2; i++) {
    add('connect:/inquiries/!', (await createCompletedInquiry(t, connectOrg)).inquiry.id);
    const inquiry = await createInquiry(t, connectOrg);
    await addVerification(t, connectOrg, inquiry.id);
    add('connect:/inquiries/!', inquiry.id);
  }
  // Shareable inquiries (completed) for share-token bodies, organizations to connect to, and a connection to accept.
  for (let i = 0; i < 3; i++) add('completed-inquiries', (await createCompletedInquiry(t, connectOrg)).inquiry.id);
  for (let i = 0; i < 4; i++) add('destinations', (await createOrg(t)).organizationId);
  const inviter = await createOrg(t);
  add('connect:/connect/connections/', (await createConnection(t, inviter, connectOrg)).id);
  // A pending connection whose destination may activate it (admin activate, Connect activate).
  const partner = await createOrg(t);
  add('admin:connections', (await createConnection(t, connectOrg, partner)).id);
  add('admin:connections', ids['connect:/connect/connections/']![0]!);

  // Users: victims take every destructive user operation.
  const victims: TestUser[] = [];
  for (let i = 0; i < 4; i++) victims.push(await createUser(t, org, 'member'));
  for (const v of victims) {
    add('admin:users', v.adminId);
    add('user-uuids', v.id);
  }
  for (const u of Object.values(org.users)) add('user-uuids', u.id);
  add('admin:organizations', org.adminId);
  add('admin:organizations', partner.organizationId);
  add('admin:environments', sandboxId);
  add('admin:environments', productionId);
  for (let i = 0; i < 3; i++) add('admin:api-keys', (await createApiKey(t, sandboxId, { name: `victim ${i}` })).id);

  const victimTokens: string[] = [];
  for (let i = 0; i < 8; i++) {
    const pat = await createPat(t, owner.jwt, { name: `victim pat ${i}`, scopes: ALL_SCOPES });
    add(i % 2 ? 'v3:pats' : 'v3:pats!', pat.id);
    // `/oauth/revoke` ends what it is given: only the tokens made to be ended.
    if (i % 2 === 0) victimTokens.push(pat.token);
  }
  for (let i = 0; i < 6; i++) {
    const uat = await createUat(t, org, owner, `victim uat ${i}`);
    add(i % 2 ? 'astra:tokens' : 'astra:tokens!', uat.id);
    if (i % 2 === 0) victimTokens.push(uat.token);
  }
  victimTokens.push((await createApiKey(t, sandboxId, { name: 'victim for oauth' })).value);

  // The destination side: accepts connections and redeems share tokens our organization made for it.
  const destination: World['destination'] = {};
  {
    const invited = await createOrg(t);
    const pending: string[] = [];
    for (let i = 0; i < 2; i++) pending.push((await createConnection(t, connectOrg, i === 0 ? invited : await createOrg(t))).id);
    destination['POST /api/v1/connect/connections/{id}/activate'] = { credential: { label: 'destination api key', headers: bearer(invited.apiKey) }, ids: pending.slice(0, 1) };
    const reader = await createOrg(t);
    const shared = await createSharedInquiry(t, connectOrg, reader);
    const second = await createShareToken(t, connectOrg, shared.connection.id, (await createCompletedInquiry(t, connectOrg)).inquiry.id);
    destination['POST /api/v1/connect/share-tokens/{id}/redeem'] = { credential: { label: 'destination api key', headers: bearer(reader.apiKey) }, ids: [shared.token.id, second.id] };
  }

  const leaving = await createUser(t, org, 'member');
  const disposableSessions = [leaving.jwt];
  for (let i = 0; i < 7; i++) disposableSessions.push(await login(t, org.alias, leaving.email));

  const pat = await createPat(t, owner.jwt, { name: 'fuzz credential', scopes: ALL_SCOPES });
  const oauthKey = await createApiKey(t, sandboxId, { name: 'fuzz oauth client', permissions: ['oauth.introspect'] });
  const credentials: Record<Surface, Credential[]> = {
    connect: [
      { label: 'api key', headers: bearer(connectOrg.apiKey) },
      { label: 'session', headers: { ...bearer(owner.jwt), 'tessera-environment': 'sandbox' } },
    ],
    admin: [{ label: 'admin token', headers: bearer(ADMIN_TOKEN) }],
    v3: [
      { label: 'session', headers: bearer(owner.jwt) },
      { label: 'pat', headers: bearer(pat.token) },
    ],
    astra: [
      { label: 'session', headers: bearer(owner.jwt) },
      { label: 'pat', headers: bearer(pat.token) },
    ],
    oauth: [
      { label: 'introspect key', headers: bearer(oauthKey.value) },
      { label: 'introspect key (basic)', headers: { authorization: `Basic ${Buffer.from(`${oauthKey.id}:${oauthKey.value}`).toString('base64')}` } },
    ],
  };
  return { org, connectOrg, owner, victims, credentials, destination, ids, disposableSessions, victimTokens, loginBody: { accountAlias: org.alias, email: owner.email, password: PASSWORD } };
}

/** Well-formed ids that name nothing, of the prefix a pool holds. */
export function unknownId(pool: string, rng: Rng): string {
  const prefixes: Record<string, IdPrefix> = {
    'admin:users': 'user',
    'admin:organizations': 'org',
    'admin:environments': 'env',
    'admin:api-keys': 'api',
    'admin:connections': 'cxn',
  };
  const connect = pool.startsWith('connect:') ? ID_FIXTURES[pool.slice('connect:'.length).replace(/!$/, '')]?.prefix : undefined;
  const prefix = prefixes[pool.replace(/!$/, '')] ?? connect;
  const uuid = uuidFrom(rng);
  return prefix ? encodeId(prefix, uuid) : uuid;
}
