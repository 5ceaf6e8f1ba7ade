/** GET /webhooks and /webhooks/:id: the caller's environment only; secrets with a single webhook. */
import { notFound } from '../../core/errors.js';
import type { Page, PageQuery } from '../../core/store.js';
import type { WebhooksContext } from './context.js';
import { liveSecrets } from './secrets.js';
import type { Webhook, WebhookWithSecrets } from './types.js';

type ReadContext = Pick<WebhooksContext, 'actor' | 'store' | 'clock' | 'sealingKey'>;

export async function getWebhook({ ctx, input }: { ctx: ReadContext; input: { id: string } }): Promise<WebhookWithSecrets> {
  const webhook = await ctx.store.webhooks.find(ctx.actor.environmentId, input.id);
  if (!webhook) throw notFound();
  return { webhook, secrets: await liveSecrets(ctx.store.webhooks, ctx.sealingKey, webhook.id, ctx.clock.now()) };
}

export async function listWebhooks({ ctx, input }: { ctx: Pick<WebhooksContext, 'actor' | 'store'>; input: { page: PageQuery } }): Promise<Page<Webhook>> {
  return ctx.store.webhooks.list(ctx.actor.environmentId, input.page);
}
