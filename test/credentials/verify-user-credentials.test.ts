/**
 * The one verifier for user credentials (issue 5 deliverable 4): sessions and
 * both forms of user API tokens through the same cache, no query on a warm
 * verification, effective rights cut to the role, and a lookup that races a
 * revocation never cached.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/core/clock.js';
import { decodeJwt, SignJWT } from 'jose';
import { createVerifier, generateCredential, type CredentialForVerification } from '../../src/credentials/index.js';
import { sessionKey } from '../../src/identity/index.js';
import { createTestApp, TEST_SECRET, type TestApp } from '../harness.js';
import { createIdentityOrg, createPat, createUat, createUser, type IdentityOrg } from '../fixtures/identity.js';

const clock = manualClock(new Date('2026-07-01T00:00:00.000Z'));
let t: TestApp;
let org: IdentityOrg;

beforeAll(async () => {
  t = await createTestApp({ clock, env: { TESSERA_USER_RATE_LIMIT: '100000' } });
  org = await createIdentityOrg(t);
});

function countingVerifier(hook?: (found: CredentialForVerification | null) => Promise<void>) {
  const counts = { credentials: 0, users: 0 };
  const secret = Buffer.from(TEST_SECRET);
  const verifier = createVerifier({
    credentials: {
      findByHash: async (h) => {
        counts.credentials++;
        const found = await t.deps.store.credentials.findByHash(h);
        await hook?.(found);
        return found;
      },
      touchLastUsed: async () => undefined,
    },
    users: {
      findSessionUser: async (id, jti) => {
        counts.users++;
        return t.deps.store.sessions.findSessionUser(id, jti);
      },
      touchLastSeen: async () => undefined,
    },
    sessionKey: sessionKey(secret),
    secret,
    clock,
    cacheMax: 100,
    cacheTtlMs: 60_000,
  });
  return { verifier, counts };
}

describe('the verifier', () => {
  it('verifies sessions, PATs and both forms of user API tokens, each credential once from the database', async () => {
    const { verifier, counts } = countingVerifier();
    const user = org.users.member;
    const pat = await createPat(t, user.jwt, { scopes: ['user:read', 'license:write'] });
    const uat = await createUat(t, org, user);
    for (let i = 0; i < 3; i++) {
      expect((await verifier.verify(user.jwt))?.credentialKind).toBe('session');
      expect((await verifier.verify(pat.token))?.credentialKind).toBe('personal_access_token');
      expect((await verifier.verify(uat.token))?.credentialKind).toBe('user_api_token');
      expect((await verifier.verify(uat.raw))?.credentialId).toBe(uat.id);
    }
    // The base64 and the raw form of a user API token are one cache entry.
    expect(counts).toEqual({ credentials: 2, users: 1 });
    const patActor = (await verifier.verify(pat.token))!;
    // Scopes ∩ role, with write implying read: a member may hold license:write (it lacks only account, user and role:write).
    expect([...patActor.permissions].sort()).toEqual(['license:read', 'license:write', 'user:read']);
    expect(patActor.userRole).toBe('member');
    const viewerPat = await createPat(t, org.users.viewer.jwt, { scopes: ['user:read', 'apiToken:write'] });
    expect([...(await verifier.verify(viewerPat.token))!.permissions].sort()).toEqual(['apiToken:read', 'apiToken:write', 'user:read']);
    await verifier.close();
  });

  it('refuses look-alikes without a lookup: bad checksums, base64 of a PAT, wrong-key JWTs', async () => {
    const { verifier, counts } = countingVerifier();
    const pat = await createPat(t, org.users.member.jwt);
    const flipped = pat.token.slice(0, 10) + (pat.token[10] === 'a' ? 'b' : 'a') + pat.token.slice(11);
    expect(await verifier.verify(flipped)).toBeNull();
    expect(await verifier.verify(Buffer.from(pat.token).toString('base64'))).toBeNull();
    const [h, p] = org.users.member.jwt.split('.');
    expect(await verifier.verify(`${h}.${p}.AAAA`)).toBeNull();
    expect(counts).toEqual({ credentials: 0, users: 0 });
    await verifier.close();
  });

  it('does not cache a lookup that raced an invalidation', async () => {
    const pat = await createPat(t, org.users.member.jwt);
    let release: () => void = () => undefined;
    let pause = true;
    const { verifier, counts } = countingVerifier(async () => {
      if (pause) await new Promise<void>((r) => (release = r));
    });
    const pending = verifier.verify(pat.token);
    await new Promise((r) => setTimeout(r, 20));
    // The token is revoked while the first lookup is in flight.
    await t.deps.store.userTokens.update(pat.id, { revokedAt: clock.now(), updatedAt: clock.now() });
    verifier.invalidate(pat.id);
    pause = false;
    release();
    expect(await pending).not.toBeNull();
    expect(await verifier.verify(pat.token)).toBeNull();
    expect(counts.credentials).toBe(2);
    await verifier.close();
  });

  it('refuses a session without a generation claim without a read (it predates generations)', async () => {
    const { verifier, counts } = countingVerifier();
    const user = org.users.viewer;
    const claims = decodeJwt(user.jwt);
    const { gen: _gen, ...old } = claims;
    const legacy = await new SignJWT(old).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(sessionKey(Buffer.from(TEST_SECRET)));
    expect(await verifier.verify(legacy)).toBeNull();
    expect(counts).toEqual({ credentials: 0, users: 0 });
    expect((await verifier.verify(user.jwt))?.userId).toBe(user.id);
    await verifier.close();
  });

  it('remembers a refusal briefly (one read for repeated guesses) and forgets it when the owner changes', async () => {
    const { verifier, counts } = countingVerifier();
    const guess = generateCredential('tpat_');
    for (let i = 0; i < 3; i++) expect(await verifier.verify(guess)).toBeNull();
    expect(counts.credentials).toBe(1);

    const user = await createUser(t, org, 'member');
    const pat = await createPat(t, user.jwt);
    expect((await t.admin('PATCH', `/admin/v1/users/${user.adminId}`, { disabled: true })).statusCode).toBe(200);
    for (let i = 0; i < 3; i++) expect(await verifier.verify(pat.token)).toBeNull();
    expect(counts.credentials).toBe(2);
    expect((await t.admin('PATCH', `/admin/v1/users/${user.adminId}`, { disabled: false })).statusCode).toBe(200);
    // What the admin API does for the app's verifier; this one is private to the test.
    verifier.invalidateOwner(user.id);
    expect((await verifier.verify(pat.token))?.credentialId).toBe(pat.id);
    expect(counts.credentials).toBe(3);
    await verifier.close();
  });
});
