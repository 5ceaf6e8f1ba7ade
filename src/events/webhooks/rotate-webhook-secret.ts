/**
 * POST /webhooks/:id/rotate-secret: a new current secret; the one it replaces
 * keeps signing until `expiresInSeconds` from now (default 24 h), and any
 * older secret still in its overlap stops at once.
 */
import { notFound, unprocessable } from '../../core/errors.js';
import { newUuid } from '../../core/ids.js';
import { generateWebhookSecret } from '../../core/secret-format.js';
import type { WebhooksContext } from './context.js';
import { seal } from './secret-box.js';
import { liveSecrets } from './secrets.js';
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
    const [current] = await store.webhooks.liveSecrets(webhook.id, now);
    await store.webhooks.retireSecrets(webhook.id, current?.id ?? null, new Date(now.getTime() + overlap * 1000));
    const secret = generateWebhookSecret();
    await store.webhooks.insertSecret({ id: newUuid(now.getTime()), webhookId: webhook.id, sealed: seal(ctx.sealingKey, secret), expiresAt: null, createdAt: now });
    const updated = await store.webhooks.update(webhook.id, { updatedAt: now });
    return { webhook: updated, secrets: await liveSecrets(store.webhooks, ctx.sealingKey, webhook.id, now) };
  });
}
