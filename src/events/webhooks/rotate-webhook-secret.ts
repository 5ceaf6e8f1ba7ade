/**
 * POST /webhooks/:id/rotate-secret: a new current signing key of the webhook's
 * algorithm (an HMAC secret, or an Ed25519 key pair); the one it replaces
 * keeps signing until `expiresInSeconds` from now (default 24 h), and any
 * older key still in its overlap stops at once.
 */
import { notFound, unprocessable } from '../../core/errors.js';
import type { WebhooksContext } from './context.js';
import { rotateSigningKey, shownKeys } from './secrets.js';
import type { WebhookWithSecrets } from './types.js';
import { authorize } from '../../core/actor.js';

export const DEFAULT_ROTATION_OVERLAP_SECONDS = 86_400;

export async function rotateWebhookSecret({
  ctx,
  input,
}: {
  ctx: WebhooksContext;
  input: { id: string; expiresInSeconds?: number };
}): Promise<WebhookWithSecrets> {
  authorize(ctx.actor, 'webhook.write');
  const now = ctx.clock.now();
  const overlap = input.expiresInSeconds ?? DEFAULT_ROTATION_OVERLAP_SECONDS;
  return ctx.store.transaction(async (store) => {
    const webhook = await store.webhooks.findForUpdate(ctx.actor.environmentId, input.id);
    if (!webhook) throw notFound();
    if (webhook.status === 'archived') throw unprocessable('Webhook is archived', ['status']);
    await rotateSigningKey(store.webhooks, ctx.sealingKey, { webhookId: webhook.id, algorithm: webhook.signingAlgorithm, overlapSeconds: overlap, now });
    const updated = await store.webhooks.update(webhook.id, { updatedAt: now });
    return { webhook: updated, ...(await shownKeys(store.webhooks, ctx.sealingKey, webhook.id, now)) };
  });
}
