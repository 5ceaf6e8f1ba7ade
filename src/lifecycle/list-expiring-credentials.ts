/**
 * GET /api/v1/expiring-credentials (Tessera extension): what in the caller's
 * environment expires within its organization's smallest expiry warning lead —
 * API keys, share tokens not yet redeemed (either side), and webhook secrets in
 * their rotation overlap — soonest first, with the leads, so the dashboard can
 * mark them and list them on its overview. Share tokens and webhook secrets are
 * listed only to a caller who may read them.
 */
import { authorize, type EnvironmentActor } from '../core/actor.js';
import type { Clock } from '../core/clock.js';
import type { ExpiringItem, ExpiryWarningStore } from './ports.js';

export const EXPIRING_CREDENTIALS_PERMISSION = 'api_key.read';
/** The most listed: past that, the soonest ones. */
export const MAX_EXPIRING_LISTED = 100;

export interface ExpiringCredentialsContext {
  actor: EnvironmentActor;
  store: ExpiryWarningStore & { identity: { findOrganization(id: string): Promise<{ expiryWarningLeads: number[] | null } | null> } };
  clock: Clock;
  defaultLeads: readonly number[];
}

export interface ExpiringCredentials {
  /** The organization's leads in seconds, longest first. */
  leads: number[];
  /** The smallest of them: the window listed. */
  withinSeconds: number;
  items: ExpiringItem[];
}

export async function listExpiringCredentials({ ctx }: { ctx: ExpiringCredentialsContext; input?: Record<string, never> }): Promise<ExpiringCredentials> {
  authorize(ctx.actor, EXPIRING_CREDENTIALS_PERMISSION);
  const org = await ctx.store.identity.findOrganization(ctx.actor.organizationId);
  const leads = [...(org?.expiryWarningLeads ?? ctx.defaultLeads)];
  const withinSeconds = Math.min(...leads);
  const now = ctx.clock.now();
  const items = await ctx.store.expiryWarnings.listExpiring(
    ctx.actor.environmentId,
    { from: now, until: new Date(now.getTime() + withinSeconds * 1000) },
    { shareTokens: ctx.actor.permissions.has('share_token.read'), webhookSecrets: ctx.actor.permissions.has('webhook.read') },
    MAX_EXPIRING_LISTED,
  );
  return { leads, withinSeconds, items };
}
