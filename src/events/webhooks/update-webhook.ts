/** PATCH /webhooks/:id: any setting; an archived webhook stays as it is (422). */
import { notFound, unprocessable } from '../../core/errors.js';
import type { WebhooksContext } from './context.js';
import { applySettings, type WebhookSettings } from './settings.js';
import type { Webhook } from './types.js';
import { authorize } from '../../core/actor.js';

export async function updateWebhook({ ctx, input }: { ctx: WebhooksContext; input: WebhookSettings & { id: string } }): Promise<Webhook> {
  authorize(ctx.actor, 'webhook.write');
  const { actor } = ctx;
  // Checked (and the URL's host resolved) before the row is locked.
  const changes = await applySettings(input, { kind: actor.environmentKind, policy: ctx.urlPolicy, sealingKey: ctx.sealingKey });
  const now = ctx.clock.now();
  return ctx.store.transaction(async (store) => {
    const current = await store.webhooks.findForUpdate(actor.environmentId, input.id);
    if (!current) throw notFound();
    if (current.status === 'archived') throw unprocessable('Webhook is archived', ['status']);
    return store.webhooks.update(current.id, { ...changes, updatedAt: now });
  });
}
