/**
 * Revoking or deleting another user's personal access token looks its owner
 * up (an admin may not touch an owner's token). Only "no such owner" may count
 * as no owner: a database error used to turn into "no owner" and a 403, as if
 * the caller had no right. It now fails as the database error it is (503 on
 * the wire during an outage).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { deletePersonalAccessToken } from '../../src/credentials/delete-personal-access-token.js';
import { updatePersonalAccessToken } from '../../src/credentials/update-personal-access-token.js';
import { createDb } from '../../src/storage/database.js';
import { createStore } from '../../src/storage/store.js';
import { isDatabaseUnavailable } from '../../src/http/unavailable.js';
import { createTestApp, type TestApp } from '../harness.js';
import { createIdentityOrg, createPat, createUser, type IdentityOrg } from '../fixtures/identity.js';

let t: TestApp;
let org: IdentityOrg;

beforeAll(async () => {
  t = await createTestApp({ env: { TESSERA_USER_RATE_LIMIT: '100000' } });
  org = await createIdentityOrg(t);
});

/** The admin's context for the use cases, with the users read through a database handle that was closed. */
async function adminContext(adminJwt: string) {
  const actor = await t.deps.verifier.verify(adminJwt);
  expect(actor).not.toBeNull();
  const closed = createDb({ url: t.databaseUrl, max: 1 });
  await closed.selectNoFrom((eb) => eb.val(1).as('one')).execute();
  await closed.destroy();
  const base = { actor: actor!, clock: t.deps.clock, secret: t.deps.secret, verifier: t.deps.verifier };
  return {
    healthy: { ...base, store: t.deps.store },
    broken: { ...base, store: { ...t.deps.store, identity: createStore(closed).identity } },
  };
}

describe("another user's token, when its owner cannot be read", () => {
  it('revoke (PATCH revoked: true) fails with the database error, not 403', async () => {
    const admin = await createUser(t, org, 'admin');
    const member = await createUser(t, org, 'member');
    const pat = await createPat(t, member.jwt, { scopes: ['personalAccessToken:write'] });
    const ctx = await adminContext(admin.jwt);

    const failure = await updatePersonalAccessToken({ ctx: ctx.broken, input: { id: pat.id, revoked: true } }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ message: 'driver has already been destroyed' });
    expect(isDatabaseUnavailable(failure)).toBe(true);
    // With the database reachable, the admin may revoke a member's token.
    expect((await updatePersonalAccessToken({ ctx: ctx.healthy, input: { id: pat.id, revoked: true } })).revokedAt).not.toBeNull();
  });

  it('DELETE fails with the database error, not 403', async () => {
    const admin = await createUser(t, org, 'admin');
    const owner = await createUser(t, org, 'owner');
    const pat = await createPat(t, owner.jwt, { scopes: ['personalAccessToken:write'] });
    const ctx = await adminContext(admin.jwt);

    const failure = await deletePersonalAccessToken({ ctx: ctx.broken, input: { id: pat.id } }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ message: 'driver has already been destroyed' });
    // Read for real: an admin may not delete an owner's token.
    await expect(deletePersonalAccessToken({ ctx: ctx.healthy, input: { id: pat.id } })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
