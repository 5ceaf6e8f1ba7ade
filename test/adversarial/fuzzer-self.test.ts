/**
 * The fuzzer's own parts, without a server: the response checks flag what
 * they must (so a clean fuzz run means something), and a seed always
 * generates the same requests (so a failure reproduces).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createGenerator, MUTATIONS } from './cases.js';
import { check, type Answer } from './check.js';
import { createRng, fuzzSeed } from './prng.js';
import type { Operation } from './spec.js';
import type { World } from './world.js';

const ok = (body: unknown, status = 400, headers: Record<string, string> = {}): Answer => ({
  status,
  headers: { 'request-id': 'req_x', 'content-type': 'application/json', ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});
const rules = (surface: Parameters<typeof check>[0], a: Answer) => check(surface, a).map((v) => v.rule);

describe('response checks', () => {
  it('accept each surface’s own error format', () => {
    expect(rules('connect', ok({ errors: [{ title: 'Bad Request', details: 'x' }] }))).toEqual([]);
    expect(rules('admin', ok({ errors: [{ title: 'Record not found' }] }, 404))).toEqual([]);
    expect(rules('v3', ok({ message: 'x', code: 'ValidationFailed' }))).toEqual([]);
    expect(rules('astra', ok({ type: 'https://x/problems/1', title: 'Resource not found', status: '404', correlationID: 'c' }, 404, { 'content-type': 'application/problem+json' }))).toEqual([]);
    expect(rules('oauth', ok({ error: 'invalid_request', error_description: 'token is required' }))).toEqual([]);
  });

  it('flag another surface’s format, a 5xx, a missing Request-Id, stack traces and SQL', () => {
    expect(rules('connect', ok({ message: 'x', code: 'NotFound' }, 404))).toEqual(['error format']);
    expect(rules('astra', ok({ type: 't', title: 't', status: '400', correlationID: 'c' }))).toEqual(['error format']);
    expect(rules('oauth', ok({ errors: [{ title: 'x' }] }))).toEqual(['error format']);
    expect(rules('v3', ok({ message: 'x', code: 'InternalError' }, 500))).toEqual(['500']);
    expect(rules('v3', { status: 200, headers: {}, body: '{}' })).toEqual(['no Request-Id']);
    expect(rules('connect', ok({ errors: [{ title: 'x', details: 'at handler (/app/src/x.ts:12:3)' }] }))).toEqual(['leak: stack trace']);
    expect(rules('connect', ok({ errors: [{ title: 'x', details: 'relation "users" does not exist' }] }))).toEqual(['leak: SQL error']);
    expect(rules('connect', ok({ errors: [{ title: 'x', details: 'SELECT id FROM users' }] }))).toEqual(['leak: SQL']);
  });
});

const world = {
  org: { id: '00000000-0000-4000-8000-000000000001', alias: 'org-a' },
  owner: { id: '00000000-0000-4000-8000-000000000002' },
  victims: [{ id: '00000000-0000-4000-8000-000000000003' }],
  credentials: {
    connect: [{ label: 'api key', headers: { authorization: 'Bearer k' } }],
    admin: [{ label: 'admin token', headers: { authorization: 'Bearer a' } }],
    v3: [{ label: 'session', headers: { authorization: 'Bearer s' } }],
    astra: [{ label: 'session', headers: { authorization: 'Bearer s' } }],
    oauth: [{ label: 'introspect key', headers: { authorization: 'Bearer o' } }],
  },
  ids: { 'connect:/inquiries/': ['inq_1', 'inq_2'], destinations: ['org_1'], 'completed-inquiries': ['inq_3'] },
  destination: {},
  disposableSessions: ['d'],
  victimTokens: ['t'],
  loginBody: { accountAlias: 'org-a', email: 'a@b.c', password: 'p' },
} as unknown as World;

const op: Operation = {
  method: 'PATCH',
  path: '/api/v1/inquiries/{id}',
  surface: 'connect',
  pathParams: ['id'],
  body: { type: 'object', required: ['data'], properties: { data: { type: 'object', properties: { attributes: { type: 'object', properties: { note: { type: 'string' }, tags: { type: 'array', items: { type: 'string' } } } } } } } },
  name: 'PATCH /api/v1/inquiries/{id}',
};

describe('case generation', () => {
  it('is the same for the same seed, different for another, and uses every mutation a PATCH takes', () => {
    const a = createGenerator(world, 1).cases(op, 60);
    const b = createGenerator(world, 1).cases(op, 60);
    const c = createGenerator(world, 2).cases(op, 60);
    // Digests: a case body can be a megabyte.
    const digest = (cases: typeof a) => cases.map((x) => createHash('sha256').update(JSON.stringify([x.mutation, x.detail, x.requests.map((r) => [r.url, r.headers, String(r.payload ?? '')])])).digest('hex'));
    expect(digest(a)).toEqual(digest(b));
    expect(digest(a)).not.toEqual(digest(c));
    expect(new Set(a.map((x) => x.mutation))).toEqual(new Set(MUTATIONS.filter((m) => m !== 'idempotency-reuse')));
  });

  it('reads the seed from TESSERA_FUZZ_SEED, refusing what is not one', () => {
    expect(fuzzSeed({}, 5)).toBe(5);
    expect(fuzzSeed({ TESSERA_FUZZ_SEED: '42' }, 5)).toBe(42);
    expect(() => fuzzSeed({ TESSERA_FUZZ_SEED: 'x' }, 5)).toThrow(/TESSERA_FUZZ_SEED/);
    expect(createRng(9).next()).toBe(createRng(9).next());
  });
});
