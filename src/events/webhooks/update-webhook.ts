/**
 * PATCH /webhooks/:id: any setting; an archived webhook stays as it is (422).
 * A new `signingAlgorithm` rotates into it: a key of the new kind becomes
 * current at once and the old one keeps signing, in its own scheme, for the
 * default rotation overlap, so receivers can switch without a gap.
 */
import { notFound, unprocessable } from '../../core/errors.js';
import type { WebhooksContext } from './context.js';
import { DEFAULT_ROTATION_OVERLAP_SECONDS } from './rotate-webhook-secret.js';
import { livePublicKeys, rotateSigningKey } from './secrets.js';
import { applySettings, type WebhookSettings } from './settings.js';
import type { Webhook, WebhookPublicKey, WebhookSigningAlgorithm } from './types.js';
import { authorize } from '../../core/actor.js';

export async function updateWebhook({
  ctx,
  input,
}: {
  ctx: WebhooksContext;
  input: WebhookSettings & { id: string; signingAlgorithm?: WebhookSigningAlgorithm };
}): Promise<{ webhook: Webhook; publicKeys: WebhookPublicKey[] }> {
  authorize(ctx.actor, 'webhook.write');
  const { actor } = ctx;
  // Checked (and the URL's host resolved) before the row is locked.
  const changes = await applySettings(input, { kind: actor.environmentKind, policy: ctx.urlPolicy, sealingKey: ctx.sealingKey });
  const now = ctx.clock.now();
  return ctx.store.transaction(async (store) => {
    const current = await store.webhooks.findForUpdate(actor.environmentId, input.id);
    if (!current) throw notFound();
    if (current.status === 'archived') throw unprocessable('Webhook is archived', ['status']);
    const algorithm = input.signingAlgorithm;
    if (algorithm !== undefined && algorithm !== current.signingAlgorithm) {
      await rotateSigningKey(store.webhooks, ctx.sealingKey, { webhookId: current.id, algorithm, overlapSeconds: DEFAULT_ROTATION_OVERLAP_SECONDS, now });
    }
    const webhook = await store.webhooks.update(current.id, { ...changes, ...(algorithm !== undefined ? { signingAlgorithm: algorithm } : {}), updatedAt: now });
    return { webhook, publicKeys: await livePublicKeys(store.webhooks, webhook.id, now) };
  });
}
