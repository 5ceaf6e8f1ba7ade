/**
 * Failed authentication is limited per client address and surface (issue 11,
 * defect 8): past TESSERA_AUTH_FAILURE_LIMIT failures in a minute (5 here) an
 * address gets 429 with Retry-After in the surface's own format, for guesses
 * and missing credentials alike; every valid credential keeps working from
 * that address (even one this process has never seen), other addresses and
 * other surfaces are not affected, and the limit ends with its window.
 * Malformed guesses never cost a database read, and a well-formed unknown
 * credential repeated within a few seconds costs one read, not one per request.
 */
import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../src/core/clock.js';
import { generateCredential } from '../../src/credentials/index.js';
import type { CredentialPrefix } from '../../src/core/secret-format.js';
import { ADMIN_TOKEN, createApiKey, createTestApp } from '../harness.js';
import { createIdentityOrg, createUat, login } from '../fixtures/identity.js';

const LIMIT = 5;
// 50 s before the minute's window ends: every Retry-After below is 50.
const clock = manualClock(new Date('2026-08-05T09:00:10.000Z'));
// A secret scanner's key: its signature of a report is the "credential" of /secret-scanning.
const scanner = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const scannerKeys = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-auth-limit-')), 'keys.json');
fs.writeFileSync(scannerKeys, JSON.stringify({ public_keys: [{ key_identifier: 'scanner', key: scanner.publicKey.export({ type: 'spki', format: 'pem' }).toString(), is_current: true }] }));
const t = await createTestApp({
  clock,
  env: {
    TESSERA_AUTH_FAILURE_LIMIT: String(LIMIT),
    TESSERA_USER_RATE_LIMIT: '1000000',
    TESSERA_RATE_LIMIT_PER_MINUTE: '100000',
    TESSERA_SECRET_SCANNING_KEYS: scannerKeys,
  },
});
const org = await createIdentityOrg(t);
const member = org.users.member;
const apiKey = (await createApiKey(t, org.sandboxId)).value;
const introspector = (await createApiKey(t, org.sandboxId, { permissions: ['oauth.introspect'] })).value;
const uat = await createUat(t, org, member);

/** Addresses new on every run: with REDIS_URL the counters outlive this file's process by a minute. */
const address = () => `2001:db8:${randomBytes(2).toString('hex')}::${randomBytes(2).toString('hex')}`;
/** The attacker's address; every surface limits it on its own. */
const ATTACKER = address();
const NEIGHBOUR = address();

interface Surface {
  name: string;
  /** A request presenting `secret` (null: no credential at all). */
  request(secret: string | null): InjectOptions;
  /** A fresh well-formed credential that does not exist. */
  guess(): string;
  valid(): string;
  /** The 429 body in the surface's own format. */
  expectThrottled(res: LightMyRequestResponse): void;
}

const bearer = (secret: string | null) => (secret === null ? {} : { authorization: `Bearer ${secret}` });
const guessOf = (prefix: CredentialPrefix) => () => generateCredential(prefix);

const SURFACES: Surface[] = [
  {
    name: 'Connect',
    request: (secret) => ({ method: 'GET', url: '/api/v1/inquiries', headers: bearer(secret) }),
    guess: guessOf('tsk_sandbox_'),
    valid: () => apiKey,
    expectThrottled: (res) => {
      expect(res.json().errors[0].title).toBe('Rate limit exceeded');
      expect(res.json().errors[0].details).toMatch(/failed authentication/);
    },
  },
  {
    name: '/oauth',
    request: (secret) => ({
      method: 'POST',
      url: '/oauth/introspect',
      headers: { ...bearer(secret), 'content-type': 'application/x-www-form-urlencoded' },
      payload: `token=${encodeURIComponent(member.jwt)}`,
    }),
    guess: guessOf('tsk_sandbox_'),
    valid: () => introspector,
    expectThrottled: (res) => {
      expect(res.json().error).toBe('slow_down');
      expect(res.json().error_description).toMatch(/failed client authentications/);
    },
  },
  {
    name: '/v3',
    request: (secret) => ({ method: 'GET', url: '/v3/me', headers: bearer(secret) }),
    guess: guessOf('tpat_'),
    valid: () => member.jwt,
    expectThrottled: (res) => expect(res.json().code).toBe('RateLimitExceeded'),
  },
  {
    name: 'Astra',
    request: (secret) => ({ method: 'GET', url: `/accounts/${org.id}/core/v1/users/${member.id}`, headers: bearer(secret) }),
    guess: guessOf('tut_'),
    valid: () => uat.token,
    expectThrottled: (res) => {
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({ status: '429', title: 'Too many requests' });
    },
  },
  {
    name: '/admin/v1',
    request: (secret) => ({ method: 'GET', url: '/admin/v1/organizations', headers: bearer(secret) }),
    guess: () => `tadm_guess_${Math.random().toString(36).slice(2)}_0123456789`,
    valid: () => ADMIN_TOKEN,
    expectThrottled: (res) => expect(res.json().errors[0].title).toBe('Rate limit exceeded'),
  },
  {
    // Authenticated by the signature of the raw body: a bad signature is the failed attempt.
    name: '/secret-scanning',
    request: (signature) => ({
      method: 'POST',
      url: '/secret-scanning/v1/github',
      headers: { 'content-type': 'application/json', ...(signature === null ? {} : { 'github-public-key-identifier': 'scanner', 'github-public-key-signature': signature }) },
      payload: '[]',
    }),
    guess: () => randomBytes(70).toString('base64'),
    valid: () => sign('sha256', Buffer.from('[]'), { key: scanner.privateKey, dsaEncoding: 'der' }).toString('base64'),
    expectThrottled: (res) => expect(res.json()).toMatchObject({ statusCode: 429, error: 'Too Many Requests', message: expect.stringMatching(/badly signed/) }),
  },
];

const from = (surface: Surface, secret: string | null, remoteAddress = ATTACKER) => t.request({ ...surface.request(secret), remoteAddress });

/** Verification cache lookups that went to the database so far. */
async function databaseLookups(): Promise<number> {
  const text = (await t.request({ method: 'GET', url: '/metrics' })).body;
  return Number(/^tessera_verification_cache_lookups_total\{result="miss"\} (\d+)/m.exec(text)?.[1] ?? 0);
}

describe.each(SURFACES)('$name', (surface) => {
  it(`answers ${LIMIT} failures from one address with 401, then 429 with Retry-After; valid credentials, other addresses still pass`, async () => {
    expect((await from(surface, surface.valid())).statusCode).toBe(200);
    for (let i = 0; i < LIMIT; i++) expect((await from(surface, surface.guess())).statusCode, `failure ${i + 1}`).toBe(401);

    const throttled = await from(surface, surface.guess());
    expect(throttled.statusCode).toBe(429);
    expect(throttled.headers['retry-after']).toBe('50');
    surface.expectThrottled(throttled);
    // A missing credential and a malformed one are refused alike while the address is over its limit.
    expect((await from(surface, null)).statusCode).toBe(429);
    expect((await from(surface, 'not-a-credential')).statusCode).toBe(429);

    expect((await from(surface, surface.valid())).statusCode).toBe(200);
    expect((await from(surface, surface.guess(), NEIGHBOUR)).statusCode).toBe(401);
  });
});

describe('the limit', () => {
  it('costs no database read for malformed guesses, and one read for a well-formed guess however often it is repeated', async () => {
    const connect = SURFACES[0]!;
    const before = await databaseLookups();
    for (let i = 0; i < 3; i++) expect((await from(connect, 'tsk_sandbox_not-even-close')).statusCode).toBe(429);
    expect(await databaseLookups()).toBe(before);

    const same = connect.guess();
    const quiet = address();
    for (let i = 0; i < 3; i++) expect((await from(connect, same, quiet)).statusCode).toBe(401);
    expect(await databaseLookups()).toBe(before + 1);
  });

  it('lets through, from an address over it, a key that left the cache, a key this process never saw, and a new session', async () => {
    const connect = SURFACES[0]!;
    expect((await from(connect, connect.guess())).statusCode).toBe(429);
    t.deps.verifier.invalidateAll();
    expect((await from(connect, apiKey)).statusCode).toBe(200);
    const fresh = await login(t, org.alias, member.email);
    expect((await from(SURFACES[2]!, fresh)).statusCode).toBe(200);
    const unseen = (await createApiKey(t, org.sandboxId)).value;
    expect((await from(connect, unseen)).statusCode).toBe(200);
    expect((await from(connect, connect.guess())).statusCode).toBe(429);
  });

  it('ends with its window', async () => {
    clock.advance(50_000);
    for (const surface of SURFACES) expect((await from(surface, surface.guess())).statusCode, surface.name).toBe(401);
  });
});
