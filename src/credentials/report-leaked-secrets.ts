/**
 * Leaked-secret reports (issue 14; GitHub's secret scanning partner program):
 * a scanner that found Tessera-shaped strings in public reports them. Each one
 * that is a live Tessera credential — an API key, a personal access token or a
 * user API token (either form), found by its keyed hash as verification finds
 * it — is revoked at once (an Astra user API token is deleted, Astra's
 * revocation) unless its organization's `leaked-secret-action` is `notify`,
 * and `<type>.leaked` is emitted with the reported `url` and `source`, in the
 * same transaction. The verdicts say only whether each string was a live
 * credential: unknown, malformed, expired and already revoked ones alike are
 * not, so the answer tells nobody whose a string was. The caller (a surface
 * that checked the scanner's signature) gets the owners back for its own
 * bookkeeping (the API log), never to show.
 */
import type { Clock } from '../core/clock.js';
import { keyedHash } from '../core/crypto.js';
import type { Transactional } from '../core/store.js';
import { unwrapCredential } from '../core/secret-format.js';
import { emitEvents, type EventName, type EventStore } from '../events/index.js';
import type { CredentialStore } from './ports.js';
import type { CredentialForVerification } from './types.js';
import { emitUserTokenEvent, userTokenSnapshot, type OrgEnvironments } from './user-token-events.js';
import type { UserToken, UserTokenStore } from './user-tokens.js';
import { usable, type Verifier } from './verify.js';

export interface LeakReport {
  /** The string the scanner found. */
  token: string;
  /** The scanner's name for the kind of secret (echoed back, not trusted). */
  type: string;
  url: string;
  source: string;
}

export interface LeakVerdict {
  report: LeakReport;
  /** It was a live Tessera credential when reported. */
  live: boolean;
  /** The owner of a live one, for the caller's bookkeeping only. */
  owner: { organizationId: string; environmentId: string | null } | null;
}

export type LeakedSecretAction = 'revoke' | 'notify';

export type LeakStore = CredentialStore &
  UserTokenStore &
  EventStore & {
    identity: OrgEnvironments['identity'] & { findOrganization(id: string): Promise<{ leakedSecretAction: LeakedSecretAction } | null> };
  };

export interface ReportLeakedSecretsContext {
  store: Transactional<LeakStore> & LeakStore;
  /** Keys the credential hashes. */
  secret: Buffer;
  verifier: Pick<Verifier, 'invalidate'>;
  clock: Clock;
}

const LEAKED: Record<CredentialForVerification['kind'], EventName> = {
  api_key: 'api-key.leaked',
  personal_access_token: 'personal-access-token.leaked',
  user_api_token: 'api-token.leaked',
};

async function emitTokenLeak(store: LeakStore, token: UserToken, name: EventName, now: Date, contexts: Array<Record<string, unknown>>): Promise<void> {
  const environments = await store.identity.environmentsOf(token.organizationId);
  const objectType = token.kind === 'user_api_token' ? 'api-token' : 'personal-access-token';
  const object = userTokenSnapshot(token);
  await emitEvents(
    store,
    contexts.flatMap((context) =>
      environments.map((env) => ({ organizationId: token.organizationId, environmentId: env.id, name, objectType, objectId: token.id, object, context })),
    ),
    now,
  );
}

/** Revokes (or not) one credential and announces each report of it, in one transaction; true when revoked. */
async function handleLeak(store: LeakStore, found: CredentialForVerification, reports: LeakReport[], now: Date): Promise<boolean> {
  const org = await store.identity.findOrganization(found.organizationId);
  const revoke = (org?.leakedSecretAction ?? 'revoke') === 'revoke';
  const contexts = reports.map((r) => ({ url: r.url, source: r.source, action: revoke ? 'revoked' : 'notified' }));
  const name = LEAKED[found.kind];
  if (found.kind === 'api_key') {
    // The key as `api-key.*` events carry it (issue-api-key.ts): the row, never a hash.
    const key = revoke ? await store.credentials.update(found.id, { revokedAt: now, updatedAt: now }) : await store.credentials.find(found.id);
    if (!key) return false;
    await emitEvents(
      store,
      contexts.map((context) => ({ organizationId: key.organizationId, environmentId: key.environmentId, name, objectType: 'api-key', objectId: key.id, object: key, context })),
      now,
    );
    return revoke;
  }
  let token = await store.userTokens.findAny(found.id);
  if (!token) return false;
  if (revoke && found.kind === 'user_api_token') {
    token = (await store.userTokens.softDelete(found.id, now)) ?? token;
    await emitUserTokenEvent(store, token, 'api-token.deleted', now);
  } else if (revoke) {
    token = (await store.userTokens.update(found.id, { revokedAt: now, updatedAt: now })) ?? token;
    await emitUserTokenEvent(store, token, 'personal-access-token.revoked', now);
  }
  await emitTokenLeak(store, token, name, now, contexts);
  return revoke;
}

export async function reportLeakedSecrets({ ctx, input }: { ctx: ReportLeakedSecretsContext; input: { reports: LeakReport[] } }): Promise<LeakVerdict[]> {
  const now = ctx.clock.now();
  // Reports of one secret (the same string found in several places) are handled together: one revocation, one event each.
  const byHash = new Map<string, LeakReport[]>();
  for (const report of input.reports) {
    const credential = unwrapCredential(report.token);
    if (!credential) continue;
    const key = keyedHash(ctx.secret, credential).toString('base64');
    byHash.set(key, [...(byHash.get(key) ?? []), report]);
  }
  const owners = new Map<LeakReport, LeakVerdict['owner']>();
  for (const [hash, reports] of byHash) {
    const found = await ctx.store.credentials.findByHash(Buffer.from(hash, 'base64'));
    // Live by the verifier's own rule: a credential that would authenticate now.
    if (!found || !usable(found, now.getTime())) continue;
    const revoked = await ctx.store.transaction((store) => handleLeak(store, found, reports, now));
    if (revoked) ctx.verifier.invalidate(found.id);
    for (const r of reports) owners.set(r, { organizationId: found.organizationId, environmentId: found.environmentId });
  }
  return input.reports.map((report) => ({ report, live: owners.has(report), owner: owners.get(report) ?? null }));
}
