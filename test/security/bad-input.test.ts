/**
 * Bad input never answers 5xx and never costs anyone their API log (issue 11,
 * defects 1 and 2). Every operation with a request body in /openapi.json gets
 * a well-formed body generated from its schema, then one mutation at a time:
 * each string field with a NUL, a lone surrogate or a 900 KB string (and
 * objects open to any key get such a key), each number field with 1e308,
 * 2^63, -1 and 1.5. Every route also gets `?x=%00`, each documented query
 * parameter a NUL, a lone surrogate, 8 KB and out-of-range numbers, its path
 * parameters 8 KB and a NUL, and a NUL and a surrogate in User-Agent. Answers
 * must be 4xx (or a success) in the surface's own error format, and never a
 * refusal that only the database noticed — and afterwards every request's
 * API log row is stored, the bad ones (made safe) and the good ones sent
 * alongside. Last, the API log writer's split is proven against the real
 * repository with a row no sanitizer can fix.
 */
import { generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApiLogWriter, type ApiLogEntry } from '../../src/api-logs/index.js';
import { decodeId } from '../../src/core/ids.js';
import { isDatabaseUnavailable } from '../../src/http/unavailable.js';
import { apiLogRepository } from '../../src/storage/repositories/api-logs.js';
import { ADMIN_TOKEN, createOrg, createTestApp, type TestOrg } from '../harness.js';
import { createPat, createUat, createUser, createIdentityOrg, login, type IdentityOrg, type TestUser } from '../fixtures/identity.js';
import { createAccount, createInquiry, createSharedInquiry } from '../fixtures/connect-objects.js';
import { ID_FIXTURES } from './fixtures.js';

// Secret scanning reports are authenticated by a signature of the raw body: the probe signs each one it sends.
const scanner = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const scannerKeys = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-bad-input-')), 'secret-scanning-keys.json');
fs.writeFileSync(
  scannerKeys,
  JSON.stringify({ public_keys: [{ key_identifier: 'probe', key: scanner.publicKey.export({ type: 'spki', format: 'pem' }).toString(), is_current: true }] }),
);

const t = await createTestApp({
  env: { TESSERA_RATE_LIMIT_PER_MINUTE: '1000000', TESSERA_USER_RATE_LIMIT: '1000000', TESSERA_SECRET_SCANNING_KEYS: scannerKeys },
});

type Schema = Record<string, unknown>;
interface Operation {
  method: string;
  /** OpenAPI path, `/a/{id}`. */
  path: string;
  body: Schema | undefined;
  contentType: string | undefined;
  query: string[];
}

const doc = (await t.request({ method: 'GET', url: '/openapi.json' })).json() as {
  paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: Schema }> }; parameters?: Array<{ in: string; name: string }> }>>;
};
const operations: Operation[] = Object.entries(doc.paths).flatMap(([path, ops]) =>
  Object.entries(ops).map(([method, op]) => {
    const content = op.requestBody?.content ?? {};
    const contentType = Object.keys(content)[0];
    return {
      method: method.toUpperCase(),
      path,
      body: contentType ? content[contentType]!.schema : undefined,
      contentType,
      query: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
    };
  }),
);

// ── well-formed bodies from the schemas ─────────────────────────────────

const UUID_PATTERN = '[0-9a-fA-F]{8}';
let unique = 0;

/** A value `schema` accepts (as far as the schema alone can tell). */
function sample(schema: Schema): unknown {
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  const options = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (options) return sample(options.find((o) => o.type !== 'null') ?? options[0]!);
  // `type: ['object', 'null']` (an optional body): the value that is not null.
  const type: unknown = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries((schema.properties ?? {}) as Record<string, Schema>)) out[k] = sample(v);
      return out;
    }
    case 'array':
      return schema.items ? [sample(schema.items as Schema)] : [];
    case 'integer':
    case 'number':
      return typeof schema.minimum === 'number' ? Math.max(schema.minimum, 1) : 1;
    case 'boolean':
      return false;
    case 'string': {
      const pattern = String(schema.pattern ?? '');
      if (pattern.includes(UUID_PATTERN)) return randomUUID();
      if (pattern.startsWith('^[0-9]{4}-') || schema.format === 'date-time') return new Date(Date.now() + 86_400_000).toISOString();
      if (schema.format === 'date') return '1990-04-01';
      if (schema.format === 'email') return 'probe@example.com';
      if (schema.format === 'uri') return 'https://hooks.tessera.invalid/probe';
      return `probe-${(unique++).toString(36)}`.padEnd(Number(schema.minLength ?? 0), 'x').slice(0, Number(schema.maxLength ?? 64));
    }
    default:
      return 'probe';
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Body = any;

/**
 * What the schema alone cannot make valid (ids of real objects, known event
 * names and versions, formats checked past the schema), keyed `METHOD /path`:
 * each gets the generated body and returns the one to mutate, so that most
 * mutations reach the database rather than an early 404 or 422.
 */
const OVERRIDES: Record<string, (b: Body) => Body> = {
  // Lead times have a pattern a generated string does not meet (`7d`, `1h`, …).
  'PATCH /admin/v1/organizations/{id}': (b) => ({ ...b, 'expiry-warning-leads': ['7d', '1d'] }),
  'POST /api/v1/workflows': () => ({
    data: { attributes: { name: 'probe', trigger: { 'event-name': 'inquiry.approved', filter: { '/attributes/status': 'approved' } }, steps: [{ type: 'wait', seconds: 60 }] } },
  }),
  'PATCH /api/v1/workflows/{id}': (b) => {
    b.data.attributes.trigger = { 'event-name': 'inquiry.approved', filter: { '/attributes/status': 'approved' } };
    b.data.attributes.steps = [{ type: 'wait', seconds: 60 }];
    return b;
  },
  'POST /api/v1/webhooks': () => ({
    data: { attributes: { name: 'probe', url: 'https://hooks.tessera.invalid/probe', 'enabled-events': ['inquiry.created'] } },
  }),
  'PATCH /api/v1/webhooks/{id}': (b) => {
    b.data.attributes.url = 'https://hooks.tessera.invalid/probe';
    b.data.attributes['enabled-events'] = ['inquiry.created'];
    return b;
  },
  'POST /api/v1/connect/connections': () => ({ data: { attributes: { 'destination-organization-id': partner.organizationId } } }),
  'POST /api/v1/connect/share-tokens': (b) => {
    b.data.attributes['connection-id'] = shared.connectionId;
    b.data.attributes['source-id'] = shared.inquiryId;
    return b;
  },
  'POST /api/v1/inquiries': (b) => {
    b.data.attributes['account-id'] = accountId;
    b.data.attributes.fields = { 'name-first': 'Alex' };
    return b;
  },
  'PATCH /api/v1/inquiries/{id}': (b) => {
    b.data.attributes.fields = { 'name-first': 'Alex' };
    return b;
  },
  'POST /api/v1/verifications': (b) => {
    b.data.attributes['inquiry-id'] = verifiedInquiryId;
    return b;
  },
  'POST /api/v1/accounts': (b) => accountBody(b),
  'PATCH /api/v1/accounts/{id}': (b) => accountBody(b),
  'POST /api/v1/api-keys': (b) => {
    b.data.attributes['ip-address-allowlist'] = ['127.0.0.1'];
    return b;
  },
  'PATCH /api/v1/api-keys/{id}': (b) => {
    b.data.attributes['ip-address-allowlist'] = ['127.0.0.1'];
    return b;
  },
  'POST /admin/v1/organizations/{id}/users': () => ({ email: `probe-${randomUUID().slice(0, 8)}@example.com`, role: 'member', password: 'correct horse battery staple', 'first-name': 'P', 'last-name': 'Q' }),
  'POST /admin/v1/environments/{id}/api-keys': (b) => {
    delete b['api-version'];
    return b;
  },
  'POST /v3/accounts/login': () => ({ accountAlias: identity.alias, email: owner.email, password: 'correct horse battery staple' }),
  'POST /v3/personal-access-tokens': () => ({ name: 'probe', scopes: ['user:read'] }),
  'PATCH /v3/personal-access-tokens/{id}': (b) => {
    b.scopes = ['user:read'];
    return b;
  },
  'PUT /accounts/{account_id}/core/v1/users/{user_id}/tokens/{token_id}': (b) => {
    delete b.id;
    delete b.userID;
    return b;
  },
};

/** Operations whose well-formed body is still refused as the probe calls them (state or party), with the reason. */
const REFUSED_AS_CALLED: Record<string, string> = {
  'POST /api/v1/connect/connections/{id}/activate': 'only the destination activates; the probe is the source',
  'POST /api/v1/connect/connections/{id}/reactivate': 'the connection is active',
  'POST /api/v1/connect/share-tokens/{id}/redeem': 'only the destination redeems; the probe is the source',
  'POST /api/v1/inquiries/{id}/approve': 'the inquiry is not completed',
  'POST /api/v1/inquiries/{id}/decline': 'the inquiry is not completed',
};

/** Account attributes with the formats the records domain checks. */
function accountBody(b: Body): Body {
  const a = b.data.attributes;
  Object.assign(a, { birthdate: '1990-04-01', 'address-country-code': 'US', 'email-address': 'probe@example.com', 'phone-number': '+15555550100', fields: { 'name-first': 'Alex' } });
  delete a['account-status'];
  return b;
}

// ── who calls, and which real objects the paths name ───────────────────

let org: TestOrg;
let partner: TestOrg;
let identity: IdentityOrg;
let owner: TestUser;
interface PathIds {
  pat: string;
  uat: string;
  adminUser: string;
}
let ids: PathIds;
let shared: { connectionId: string; inquiryId: string };
let accountId: string;
let verifiedInquiryId: string;
const connectIds = new Map<string, string>();

beforeAll(async () => {
  org = await createOrg(t);
  partner = await createOrg(t);
  const sharing = await createSharedInquiry(t, org, await createOrg(t));
  shared = { connectionId: sharing.connection.id, inquiryId: sharing.inquiry.id };
  accountId = (await createAccount(t, org)).id;
  verifiedInquiryId = (await createInquiry(t, org)).id;
  identity = await createIdentityOrg(t);
  owner = identity.users.owner;
  const spare = await createUser(t, identity, 'member');
  ids = {
    pat: (await createPat(t, owner.jwt)).id,
    uat: (await createUat(t, identity, owner)).id,
    adminUser: spare.adminId,
  };
});

type Surface = 'connect' | 'admin' | 'v3' | 'astra' | 'oauth' | 'secret-scanning' | 'other';
function surfaceOf(path: string): Surface {
  if (path.startsWith('/api/v1/')) return 'connect';
  if (path.startsWith('/admin/v1/')) return 'admin';
  if (path.startsWith('/v3/')) return 'v3';
  if (path.startsWith('/accounts/')) return 'astra';
  if (path.startsWith('/oauth/')) return 'oauth';
  if (path.startsWith('/secret-scanning/')) return 'secret-scanning';
  return 'other';
}

async function bearer(op: Operation): Promise<string | null> {
  // Logout ends the session it is sent with: each probe of it brings a session of its own.
  if (op.path === '/v3/accounts/logout') return login(t, identity.alias, owner.email);
  switch (surfaceOf(op.path)) {
    case 'connect':
    case 'oauth':
      return org.apiKey;
    case 'admin':
      return ADMIN_TOKEN;
    case 'v3':
      return op.path === '/v3/accounts/login' ? null : owner.jwt;
    case 'astra':
      return owner.jwt;
    default:
      return null;
  }
}

/** The path with real ids of the caller's own objects (a Connect object per route, made once). */
async function urlOf(op: Operation): Promise<string> {
  const surface = surfaceOf(op.path);
  if (surface === 'connect') {
    const m = /^\/api\/v1(\/.*?\/)\{[^}]+\}/.exec(op.path);
    if (!m) return op.path;
    const fixture = ID_FIXTURES[m[1]!];
    if (!fixture) throw new Error(`no id fixture for ${op.path}`);
    const key = `${op.method} ${op.path}`;
    if (!connectIds.has(key)) connectIds.set(key, await fixture.create({ t, owner: org }));
    return op.path.replace(/\{[^}]+\}/, connectIds.get(key)!);
  }
  return op.path
    .replace('{account_id}', identity.id)
    .replace('{user_id}', owner.id)
    .replace('{token_id}', ids.uat)
    .replace(/\/organizations\/\{id\}/, `/organizations/${identity.adminId}`)
    .replace(/\/users\/\{id\}/, surface === 'admin' ? `/users/${ids.adminUser}` : `/users/${owner.id}`)
    .replace(/\/environments\/\{id\}/, `/environments/${identity.sandboxId}`)
    .replace(/\/personal-access-tokens\/\{id\}/, `/personal-access-tokens/${ids.pat}`);
}

// ── mutations ───────────────────────────────────────────────────────────

const BAD_STRINGS: Array<[string, (s: string) => string]> = [
  ['NUL', (s) => `${s}\u0000`],
  ['lone surrogate', (s) => `${s}\ud800`],
  ['900 KB string', () => 'a'.repeat(900 * 1024)],
];
const BAD_NUMBERS: Array<[string, number | string]> = [
  ['1e308', 1e308],
  ['2^63', '9223372036854775808'],
  ['-1', -1],
  ['1.5', 1.5],
];

interface Mutation {
  label: string;
  /** Keys from the body's root to the leaf (or the object given a bad key). */
  at: string[];
  /** The leaf's JSON text, or the bad key. */
  text: string;
  key?: boolean;
}

/** Every one-leaf mutation of `base`. */
function mutations(base: unknown): Mutation[] {
  const out: Mutation[] = [];
  const walk = (value: unknown, at: string[]) => {
    const label = '/' + at.join('/');
    if (typeof value === 'string') for (const [name, bad] of BAD_STRINGS) out.push({ label: `${label} ${name}`, at, text: JSON.stringify(bad(value)) });
    else if (typeof value === 'number') for (const [name, bad] of BAD_NUMBERS) out.push({ label: `${label} ${name}`, at, text: String(bad) });
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...at, k]);
  };
  walk(base, []);
  return out;
}

/** Objects open to any key (record fields, metadata) also get bad keys. */
function keyMutations(schema: Schema | undefined, base: unknown): Mutation[] {
  const out: Mutation[] = [];
  const walk = (s: Schema | undefined, v: unknown, at: string[]) => {
    if (!s || !v || typeof v !== 'object' || Array.isArray(v)) return;
    if (s.additionalProperties !== undefined && s.additionalProperties !== false) {
      for (const key of ['k\u0000', 'k\udc00']) out.push({ label: `/${at.join('/')} key ${JSON.stringify(key)}`, at, text: key, key: true });
    }
    for (const [k, child] of Object.entries((s.properties ?? {}) as Record<string, Schema>)) {
      const option = ((child.anyOf ?? child.oneOf) as Schema[] | undefined)?.find((o) => o.type === 'object') ?? child;
      walk(option, (v as Record<string, unknown>)[k], [...at, k]);
    }
  };
  walk(schema, base, []);
  return out;
}

/** `m` applied to a fresh `base`, as JSON text (by substitution, so 2^63 stays exact). */
function apply(base: unknown, m: Mutation): string {
  let parent = base as Record<string, unknown>;
  for (const k of m.key ? m.at : m.at.slice(0, -1)) parent = parent[k] as Record<string, unknown>;
  if (m.key) {
    parent[m.text] = 'x';
    return JSON.stringify(base);
  }
  const mark = '@@mutated@@';
  parent[m.at[m.at.length - 1]!] = mark;
  return JSON.stringify(base).replace(`"${mark}"`, () => m.text);
}

// ── sending and judging ─────────────────────────────────────────────────

const requestIds: string[] = [];

async function send(op: Operation, url: string, opts: { body?: string; headers?: Record<string, string> } = {}): Promise<LightMyRequestResponse> {
  const token = await bearer(op);
  const signed =
    surfaceOf(op.path) === 'secret-scanning' && opts.body !== undefined
      ? { 'github-public-key-identifier': 'probe', 'github-public-key-signature': sign('sha256', Buffer.from(opts.body), { key: scanner.privateKey, dsaEncoding: 'der' }).toString('base64') }
      : {};
  const res = await t.request({
    method: op.method as InjectOptions['method'],
    url,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(opts.body !== undefined ? { 'content-type': op.contentType ?? 'application/json' } : {}),
      ...signed,
      ...opts.headers,
    },
    ...(opts.body !== undefined ? { payload: opts.body } : {}),
  });
  const id = res.headers['request-id'];
  if (typeof id === 'string') requestIds.push(id);
  return res;
}

const LAST_NET = 'cannot be stored';

/** Problems with an answer: a 5xx, or a 4xx not in the surface's format. */
function judge(op: Operation, res: LightMyRequestResponse): string | null {
  if (res.statusCode >= 500) return `${res.statusCode} ${res.body.slice(0, 300)}`;
  if (res.statusCode < 400) return null;
  // The database's refusal is only the last net: the schemas' limits must answer first.
  if (res.body.includes(LAST_NET)) return `${res.statusCode} refused only by the database (the schema lacks a limit): ${res.body.slice(0, 200)}`;
  let body: Record<string, unknown>;
  try {
    body = res.json();
  } catch {
    return `${res.statusCode} not JSON: ${res.body.slice(0, 200)}`;
  }
  const ok = (() => {
    switch (surfaceOf(op.path)) {
      case 'connect':
      case 'admin':
        return Array.isArray(body.errors) && typeof (body.errors as Array<{ title?: unknown }>)[0]?.title === 'string';
      case 'v3':
        return typeof body.message === 'string' && typeof body.code === 'string';
      case 'astra':
        return String(res.headers['content-type']).startsWith('application/problem+json') && typeof body.title === 'string' && body.status === String(res.statusCode);
      case 'oauth':
        return typeof body.error === 'string' && typeof body.error_description === 'string';
      case 'secret-scanning':
        return body.statusCode === res.statusCode && typeof body.error === 'string' && typeof body.message === 'string';
      default:
        return true;
    }
  })();
  return ok ? null : `${res.statusCode} not in the ${surfaceOf(op.path)} format: ${res.body.slice(0, 200)}`;
}

// JSON bodies; the OAuth forms (documented as application/x-www-form-urlencoded) are probed under 'bad input in OAuth forms'.
const withBody = operations.filter((op) => op.body && op.contentType !== 'application/x-www-form-urlencoded');

describe('bad input in request bodies', () => {
  it('finds the operations to probe', () => {
    expect(withBody.length).toBeGreaterThanOrEqual(40);
  });

  it.each(withBody.map((op) => [`${op.method} ${op.path}`, op] as const))('%s: never 5xx, always the surface format', async (key, op) => {
    const url = await urlOf(op);
    // A fresh base per request: unique names and aliases, so no mutation meets a conflict first.
    const override = OVERRIDES[`${op.method} ${op.path}`] ?? ((b: Body) => b);
    const base = (): Body => override(sample(op.body!));
    const first = base();
    const failures: string[] = [];
    // The unmutated body must succeed, or the mutations would only meet the same early refusal.
    const control = await send(op, url, { body: JSON.stringify(base()) });
    if (control.statusCode >= 300 && !(key in REFUSED_AS_CALLED)) failures.push(`well-formed body refused (fix OVERRIDES): ${control.statusCode} ${control.body.slice(0, 300)}`);
    for (const m of [...mutations(first), ...keyMutations(op.body, first)]) {
      const problem = judge(op, await send(op, url, { body: apply(base(), m) }));
      if (problem) failures.push(`${m.label}: ${problem}`);
    }
    expect(failures).toEqual([]);
  });
});

/** Query values: encoded NUL and lone surrogate, 8 KB (a URL fits in 16 KB of headers), numbers out of every range. */
const QUERY_VALUES: Array<[string, string]> = [
  ['%00', 'a%00'],
  ['%ED%A0%80', 'a%ED%A0%80'],
  ['8 KB', 'q'.repeat(8192)],
  ['1e308', '1e308'],
  ['2^63', '9223372036854775808'],
  ['-1', '-1'],
  ['1.5', '1.5'],
];

describe('bad input in query strings, path parameters and headers', () => {
  it('every route: `?x=%00`, each query parameter with NUL, a lone surrogate, 8 KB and numbers out of range, path parameters of 8 KB and with NUL, User-Agent with NUL and a surrogate', async () => {
    const failures: string[] = [];
    for (const op of operations) {
      const url = await urlOf(op);
      const probes: Array<{ label: string; url: string; headers?: Record<string, string> }> = [
        { label: '?x=%00', url: `${url}?x=%00` },
        ...op.query.flatMap((q) =>
          QUERY_VALUES.map(([label, value]) => ({ label: `${q}=${label}`, url: `${url}?${encodeURIComponent(q)}=${value}` })),
        ),
        // Every path parameter at once: 8 KB (an over-long id never reaches an index) and a NUL.
        ...(url === op.path || !/\{[^}]+\}/.test(op.path)
          ? []
          : [
              { label: 'path 8 KB', url: op.path.replace(/\{[^}]+\}/g, 'p'.repeat(8192)) },
              { label: 'path %00', url: op.path.replace(/\{[^}]+\}/g, 'p%00') },
            ]),
        { label: 'User-Agent NUL', url, headers: { 'user-agent': 'probe\u0000' } },
        { label: 'User-Agent surrogate', url, headers: { 'user-agent': 'probe\ud800' } },
      ];
      for (const p of probes) {
        const problem = judge(op, await send(op, p.url, p.headers ? { headers: p.headers } : {}));
        if (problem) failures.push(`${op.method} ${p.url.slice(0, 120)} (${p.label}): ${problem}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('the probe\'s examples, answered with the field at fault', () => {
  const post = (url: string, payload: string, bearerToken: string | null, contentType = 'application/json') =>
    t.request({
      method: 'POST',
      url,
      headers: { 'content-type': contentType, ...(bearerToken ? { authorization: `Bearer ${bearerToken}` } : {}) },
      payload,
    });

  it('/v3 login: a NUL in accountAlias, and a 900 KB accountAlias, are 400 ValidationFailed naming accountAlias', async () => {
    for (const alias of ['"demo-source\\u0000"', JSON.stringify('a'.repeat(900 * 1024))]) {
      const res = await post('/v3/accounts/login', `{"accountAlias":${alias},"email":"a@b.test","password":"x"}`, null);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'ValidationFailed', errors: [expect.objectContaining({ field: 'accountAlias' })] });
    }
  });

  it('Connect: a lone surrogate in an API key name is 400 naming data.attributes.name', async () => {
    const res = await post('/api/v1/api-keys', '{"data":{"attributes":{"name":"\\ud800"}}}', org.apiKey);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ errors: [{ title: 'Bad Request', details: expect.stringMatching(/^data\.attributes\.name must not contain NUL/) }] });
  });

  it('admin: rate-limit-per-minute of 1e308 or 2^63 is 400 naming it', async () => {
    for (const n of ['1e308', '9223372036854775808']) {
      const res = await post('/admin/v1/organizations', `{"name":"probe","rate-limit-per-minute":${n}}`, ADMIN_TOKEN);
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0].details).toMatch(/^rate-limit-per-minute must be <= 1000000/);
    }
  });

  it('Astra: a NUL in a label name is problem 9 naming metadata.labels.0.name', async () => {
    const res = await post(
      `/accounts/${identity.id}/core/v1/users/${owner.id}/tokens`,
      '{"type":"application/astra-token","version":"1.0","name":"probe","metadata":{"labels":[{"name":"a\\u0000","value":"b"}]}}',
      owner.jwt,
      'application/astra-token+json',
    );
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ type: 'https://astra.netapp.io/problems/9', invalidFields: [{ name: 'metadata.labels.0.name', reason: expect.stringContaining('NUL') }] });
  });
});

describe('bad input in OAuth forms', () => {
  it.each(['/oauth/introspect', '/oauth/revoke'])('%s: a NUL in a value or a name is invalid_request (400)', async (url) => {
    for (const payload of ['token=abc%00', 'tok%00en=abc', `token=${'a'.repeat(900 * 1024)}`]) {
      const res = await t.request({
        method: 'POST',
        url,
        headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/x-www-form-urlencoded' },
        payload,
      });
      requestIds.push(String(res.headers['request-id']));
      expect(judge({ method: 'POST', path: url, body: undefined, contentType: undefined, query: [] }, res)).toBeNull();
      expect(res.statusCode).toBeLessThan(500);
      if (payload.includes('%00')) expect(res.json()).toMatchObject({ error: 'invalid_request', error_description: expect.stringContaining('NUL') });
    }
  });

  it.each(['/oauth/introspect', '/oauth/revoke'])('%s: bad client_id and client_secret in the form (client_secret_post) are 4xx in the OAuth format', async (url) => {
    for (const payload of ['token=a&client_id=a%00&client_secret=b', 'token=a&client_id=admin&client_secret=%ED%A0%80', `token=a&client_id=${'i'.repeat(64 * 1024)}&client_secret=${'s'.repeat(64 * 1024)}`, 'token=a&client_id=&client_secret=', 'token=a&client_id=x&client_id=y&client_secret=z']) {
      const res = await t.request({ method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload });
      requestIds.push(String(res.headers['request-id']));
      expect(judge({ method: 'POST', path: url, body: undefined, contentType: undefined, query: [] }, res), payload.slice(0, 60)).toBeNull();
      expect([400, 401], payload.slice(0, 60)).toContain(res.statusCode);
    }
  });
});

describe('API log', () => {
  it("stores every probe's row and every concurrent good request's row: nothing dropped", async () => {
    // Good requests interleaved with poisoned ones, all in flight at once.
    const good: Promise<LightMyRequestResponse>[] = [];
    const bad: Promise<LightMyRequestResponse>[] = [];
    for (let i = 0; i < 50; i++) {
      good.push(t.request({ method: 'GET', url: '/api/v1/inquiries', headers: { authorization: `Bearer ${org.apiKey}` } }));
      bad.push(t.request({ method: 'GET', url: `/healthz?x=%00&y=%ED%A0%80&z${'\ud800'}=1`, headers: { 'user-agent': 'probe\u0000\ud800' } }));
      bad.push(t.request({ method: 'POST', url: '/v3/accounts/login', headers: { 'content-type': 'application/json' }, payload: '{"accountAlias":"a\\u0000","email":"\\ud800","password":"x"}' }));
    }
    const responses = await Promise.all([...good, ...bad]);
    for (const res of responses) expect(res.statusCode).toBeLessThan(500);
    const all = [...requestIds, ...responses.map((r) => String(r.headers['request-id']))];
    await t.deps.apiLogs.flush();
    const uuids = all.map((id) => decodeId('req', id)!);
    const stored = new Set<string>();
    for (let i = 0; i < uuids.length; i += 1000) {
      const rows = await t.deps.db.selectFrom('api_logs').select('id').where('id', 'in', uuids.slice(i, i + 1000)).execute();
      for (const r of rows) stored.add(r.id);
    }
    if (process.env.DBG) console.log('MISSING', JSON.stringify(all.filter((_, i) => !stored.has(uuids[i]!)).slice(0, 8)), JSON.stringify(t.deps.apiLogs.stats()));
    expect(uuids.filter((id) => !stored.has(id))).toEqual([]);
    expect(t.deps.apiLogs.stats().dropped).toBe(0);
    // The poisoned text itself is kept, made safe: U+FFFD where the NUL and the lone surrogate were.
    const poisoned = await t.deps.db
      .selectFrom('api_logs')
      .select(['user_agent', 'request'])
      .where('id', '=', decodeId('req', String((await bad[0]!).headers['request-id']))!)
      .executeTakeFirstOrThrow();
    expect(poisoned.user_agent).toBe('probe\uFFFD\uFFFD');
    expect(poisoned.request).toMatchObject({ getParams: { x: '\uFFFD', 'z\uFFFD': '1' } });
  });
});

describe('API log writer against the database', () => {
  function entry(status = 200): ApiLogEntry {
    return {
      id: randomUUID(),
      organizationId: null,
      environmentId: null,
      credentialId: null,
      method: 'GET',
      path: '/healthz',
      status,
      latencyMs: 1,
      ipAddress: '127.0.0.1',
      userAgent: 'bisect',
      request: { headers: {}, getParams: {}, postParams: {} },
      responseHeaders: {},
      createdAt: new Date(),
      redactedAt: null,
    };
  }

  it('one row the database refuses among 500: the other 499 are stored, that one dropped and reported', async () => {
    const drops: Array<[string, string[], unknown]> = [];
    const writer = createApiLogWriter({
      apiLogs: apiLogRepository(t.deps.db),
      isUnavailable: isDatabaseUnavailable,
      flushMs: 60_000,
      onDrop: (reason, entries, error) => drops.push([reason, entries.map((e) => e.id), error]),
    });
    // A status past the integer column's range: no sanitizer can make this row storable.
    const entries = Array.from({ length: 500 }, (_, i) => entry(i === 321 ? 2 ** 40 : 200));
    for (const e of entries) writer.record(e);
    await writer.flush();
    const stored = await t.deps.db.selectFrom('api_logs').select('id').where('id', 'in', entries.map((e) => e.id)).execute();
    expect(stored).toHaveLength(499);
    expect(stored.map((r) => r.id)).not.toContain(entries[321]!.id);
    expect(drops.map(([reason, ids]) => [reason, ids])).toEqual([['rejected', [entries[321]!.id]]]);
    expect((drops[0]![2] as { code?: string }).code).toBe('22003');
    expect(writer.stats()).toEqual({ buffered: 0, written: 499, dropped: 1 });
    await writer.close();
  });

  it('the drop is counted in tessera_api_log_dropped_total{reason}', async () => {
    const { reportApiLogDrops } = await import('../../src/api-logs/index.js');
    const warnings: object[] = [];
    const report = reportApiLogDrops({ warn: (obj) => warnings.push(obj) }, t.deps.metrics);
    const e = entry(2 ** 40);
    report('rejected', [e], Object.assign(new Error('integer out of range'), { code: '22003', detail: 'row (secret)' }));
    const metrics = await t.request({ method: 'GET', url: '/metrics' });
    expect(metrics.body).toMatch(/tessera_api_log_dropped_total\{reason="rejected"\} [1-9]/);
    expect(warnings).toEqual([{ apiLog: { id: e.id, method: 'GET', path: '/healthz', status: 2 ** 40 }, err: { code: '22003', message: 'integer out of range' } }]);
  });
});
