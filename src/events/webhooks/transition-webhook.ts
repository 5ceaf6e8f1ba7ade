/**
 * POST /webhooks/:id/enable, /disable, /archive. Archiving is final; enabling
 * or disabling a webhook already in that state changes nothing. Going from
 * enabled to disabled emits `webhook.disabled` (reason `requested`).
 */
import { notFound, unprocessable } from '../../core/errors.js';
import type { WebhooksContext } from './context.js';
import type { Webhook, WebhookStatus } from './types.js';
import { emitWebhookDisabled } from './webhook-events.js';
import { authorize } from '../../core/actor.js';

export type WebhookAction = 'enable' | 'disable' | 'archive';

const TARGET: Record<WebhookAction, WebhookStatus> = { enable: 'enabled', disable: 'disabled', archive: 'archived' };

export async function transitionWebhook({
  ctx,
  input,
}: {
  ctx: Pick<WebhooksContext, 'actor' | 'store' | 'clock'>;
  input: { id: string; action: WebhookAction };
}): Promise<Webhook> {
  authorize(ctx.actor, 'webhook.write');
  const now = ctx.clock.now();
  return ctx.store.transaction(async (store) => {
    const current = await store.webhooks.findForUpdate(ctx.actor.environmentId, input.id);
    if (!current) throw notFound();
    if (current.status === 'archived') throw unprocessable('Webhook is archived', ['status']);
    const status = TARGET[input.action];
    if (current.status === status) return current;
    const updated = await store.webhooks.update(current.id, { status, updatedAt: now });
    if (current.status === 'enabled' && status === 'disabled') await emitWebhookDisabled(store, updated, 'requested', now);
    return updated;
  });
}
