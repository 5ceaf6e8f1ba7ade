/**
 * GET /webhooks and /webhooks/:id: the caller's environment only. A single
 * webhook comes with its signing secrets only for callers that may write
 * webhooks (`webhook.write`): a secret lets its holder forge deliveries, so a
 * read-only key or a member's session sees the webhook without them.
 */
import { hasPermission } from '../../core/actor.js';
import { notFound } from '../../core/errors.js';
import type { Page, PageQuery } from '../../core/store.js';
import type { WebhooksContext } from './context.js';
import { liveSecrets } from './secrets.js';
import type { Webhook, WebhookSecret } from './types.js';
import { authorize } from '../../core/actor.js';

type ReadContext = Pick<WebhooksContext, 'actor' | 'store' | 'clock' | 'sealingKey'>;

/** The permission that shows signing secrets: the one that can rotate them anyway. */
export const SECRETS_PERMISSION = 'webhook.write';

export async function getWebhook({ ctx, input }: { ctx: ReadContext; input: { id: string } }): Promise<{ webhook: Webhook; secrets: WebhookSecret[] | null }> {
  authorize(ctx.actor, 'webhook.read');
  const webhook = await ctx.store.webhooks.find(ctx.actor.environmentId, input.id);
  if (!webhook) throw notFound();
  if (!hasPermission(ctx.actor, SECRETS_PERMISSION)) return { webhook, secrets: null };
  return { webhook, secrets: await liveSecrets(ctx.store.webhooks, ctx.sealingKey, webhook.id, ctx.clock.now()) };
}

export async function listWebhooks({ ctx, input }: { ctx: Pick<WebhooksContext, 'actor' | 'store'>; input: { page: PageQuery } }): Promise<Page<Webhook>> {
  authorize(ctx.actor, 'webhook.read');
  return ctx.store.webhooks.list(ctx.actor.environmentId, input.page);
}
