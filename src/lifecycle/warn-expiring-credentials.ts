/**
 * `<type>.expiring`: a warning ahead of every expiry, at each lead time of the
 * owning organization (the server's, TESSERA_EXPIRY_WARNING_LEADS, when it
 * has none). A subject found inside several leads at once (created inside
 * them, or a sweep missed) gets only the smallest: a token created with 25
 * hours to live and first swept after an hour gets one `1d` warning and never
 * a `7d` one after it. Each warning is sent once per subject, expiry and lead
 * however many processes sweep (see the repository); a new expiry gets its
 * own warnings.
 *
 * Events: `api-key.expiring` (the key's environment), `personal-access-token.expiring`
 * and `api-token.expiring` (every environment of the organization),
 * `share-token.expiring` (the source's and the destination's environments; the
 * source organization's leads), `webhook.secret-expiring` (the webhook's
 * environment: a secret replaced by a rotation stops signing at the end of its
 * overlap). Each carries `context: {lead, lead-seconds, expires-at}`.
 */
import type { Clock } from '../core/clock.js';
import { formatLead } from '../core/lead-time.js';
import type { Transactional } from '../core/store.js';
import type { ShareToken } from '../connect/types.js';
import type { CredentialStore, TokenEventStore, UserTokenStore } from '../credentials/index.js';
import { emitUserTokenEvent } from '../credentials/index.js';
import { emitEvents, webhookSnapshot, type EventStore, type NewEvent, type Webhook } from '../events/index.js';
import type { JobKind } from '../jobs/index.js';
import type { DueWarning, ExpiryWarningStore } from './ports.js';

export type ExpiryWarningTxStore = ExpiryWarningStore &
  CredentialStore &
  UserTokenStore &
  TokenEventStore &
  EventStore & {
    shareTokens: { find(id: string): Promise<ShareToken | null> };
    webhooks: { findById(id: string): Promise<Webhook | null> };
  };

export interface ExpiryWarningContext {
  store: Transactional<ExpiryWarningTxStore> & ExpiryWarningStore;
  clock: Clock;
  /** Seconds, for organizations without leads of their own. */
  defaultLeads: readonly number[];
}

/** The periodic sweep (every minute; its name predates the other credentials). */
export const EXPIRY_WARNING_JOB = 'credentials.expiring-notices' satisfies JobKind;

const BATCH = 100;

/** The `context` of an expiry warning: which lead, and when the subject expires. */
export function expiryContext(w: Pick<DueWarning, 'leadSeconds' | 'expiresAt'>): Record<string, unknown> {
  return { lead: formatLead(w.leadSeconds), 'lead-seconds': w.leadSeconds, 'expires-at': w.expiresAt.toISOString() };
}

async function emitWarning(store: ExpiryWarningTxStore, w: DueWarning, now: Date): Promise<void> {
  const context = expiryContext(w);
  const one = async (e: Omit<NewEvent, 'context'>) => void (await emitEvents(store, [{ ...e, context }], now));
  switch (w.subject) {
    case 'api-key': {
      const key = await store.credentials.find(w.id);
      if (!key?.environmentId) return;
      return one({ organizationId: key.organizationId, environmentId: key.environmentId, name: 'api-key.expiring', objectType: 'api-key', objectId: key.id, object: key });
    }
    case 'personal-access-token':
    case 'api-token': {
      const token = await store.userTokens.findAny(w.id);
      if (!token) return;
      return emitUserTokenEvent(store, token, w.subject === 'api-token' ? 'api-token.expiring' : 'personal-access-token.expiring', now, context);
    }
    case 'share-token': {
      const token = await store.shareTokens.find(w.id);
      if (!token) return;
      const base = { name: 'share-token.expiring', objectType: 'share-token', objectId: token.id, object: token, context } as const;
      await emitEvents(
        store,
        [
          { ...base, organizationId: token.sourceOrganizationId, environmentId: token.sourceEnvironmentId },
          { ...base, organizationId: token.destinationOrganizationId, environmentId: token.destinationEnvironmentId },
        ],
        now,
      );
      return;
    }
    case 'webhook-secret': {
      const webhook = w.parentId ? await store.webhooks.findById(w.parentId) : null;
      if (!webhook) return;
      return one({
        organizationId: webhook.organizationId,
        environmentId: webhook.environmentId,
        name: 'webhook.secret-expiring',
        objectType: 'webhook',
        objectId: webhook.id,
        object: webhookSnapshot(webhook),
      });
    }
  }
}

/** One sweep: every warning due now, in batches of one transaction each; returns how many were sent. */
export async function warnExpiringCredentials({ ctx }: { ctx: ExpiryWarningContext }): Promise<number> {
  let sent = 0;
  for (const subjects of ['credentials', 'share-tokens', 'webhook-secrets'] as const) {
    for (;;) {
      const now = ctx.clock.now();
      const { claimed, recorded } = await ctx.store.transaction(async (store) => {
        const due = await store.expiryWarnings.claimDue(subjects, now, ctx.defaultLeads, BATCH);
        const fresh = await store.expiryWarnings.record(due, now);
        for (const w of fresh) await emitWarning(store, w, now);
        return { claimed: due.length, recorded: fresh.length };
      });
      sent += recorded;
      if (claimed < BATCH) break;
    }
  }
  // Warnings of expiries that have passed can never be due again.
  await ctx.store.expiryWarnings.prune(new Date(ctx.clock.now().getTime() - 3_600_000));
  return sent;
}
