/**
 * Astra declares 406 and 412 exactly where it sends them: 406 (problem 32) on
 * the operations that check Accept — the ones answering a body — and 412
 * (problem 38) on the ones that check If-Match (PUT and DELETE of a token).
 * Every other operation ignores an Accept it cannot serve and an If-Match
 * that names no current ETag, and does not declare them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../harness.js';
import { astra, createIdentityOrg, createUat, type IdentityOrg } from '../fixtures/identity.js';

let t: TestApp;
let org: IdentityOrg;

beforeAll(async () => {
  t = await createTestApp({ env: { TESSERA_USER_RATE_LIMIT: '100000' } });
  org = await createIdentityOrg(t);
});

interface Doc {
  paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
}

const PREFIX = '/accounts/{account_id}/core/v1';
const TOKEN_BODY = { type: 'application/astra-token', version: '1.0', name: 'declared statuses' };

describe('Astra 406 and 412 in /openapi.json', () => {
  it('are declared by the operations that send them, and by no other', async () => {
    const doc = (await t.request({ method: 'GET', url: '/openapi.json' })).json() as Doc;
    const declaring = (status: string) =>
      Object.entries(doc.paths)
        .filter(([path]) => path.startsWith(PREFIX))
        .flatMap(([path, ops]) => Object.entries(ops).filter(([, op]) => status in op.responses).map(([method]) => `${method.toUpperCase()} ${path.slice(PREFIX.length)}`))
        .sort();
    expect(declaring('406')).toEqual(['GET /users', 'GET /users/{user_id}', 'GET /users/{user_id}/tokens', 'GET /users/{user_id}/tokens/{token_id}', 'POST /users', 'POST /users/{user_id}/tokens']);
    expect(declaring('412')).toEqual(['DELETE /users/{user_id}/tokens/{token_id}', 'PUT /users/{user_id}/tokens/{token_id}']);
  });

  it('406 and 412 come from those operations; the others ignore Accept and If-Match', async () => {
    const user = org.users.member;
    const token = await createUat(t, org, user);
    const item = `/users/${user.id}/tokens/${token.id}`;
    const cannotServe = { accept: 'text/html' };
    const stale = { 'if-match': '"stale"' };

    // Declaring: the check answers.
    expect((await astra(t, user.jwt, 'GET', org.id, item, undefined, cannotServe)).statusCode).toBe(406);
    expect((await astra(t, user.jwt, 'POST', org.id, `/users/${user.id}/tokens`, TOKEN_BODY, cannotServe)).statusCode).toBe(406);
    expect((await astra(t, user.jwt, 'PUT', org.id, item, { ...TOKEN_BODY, name: 'renamed' }, stale)).statusCode).toBe(412);
    expect((await astra(t, user.jwt, 'DELETE', org.id, item, undefined, stale)).statusCode).toBe(412);

    // Not declaring: the same headers change nothing.
    expect((await astra(t, user.jwt, 'POST', org.id, `/users/${user.id}/tokens`, TOKEN_BODY, stale)).statusCode).toBe(201);
    expect((await astra(t, user.jwt, 'PUT', org.id, item, { ...TOKEN_BODY, name: 'renamed' }, cannotServe)).statusCode).toBe(204);
    expect((await astra(t, user.jwt, 'PUT', org.id, `/users/${user.id}`, undefined, { ...cannotServe, ...stale })).statusCode).toBe(403);
    expect((await astra(t, user.jwt, 'DELETE', org.id, item, undefined, cannotServe)).statusCode).toBe(204);
  });
});
