/**
 * GET /webhooks and /webhooks/:id: the caller's environment only. A single
 * webhook comes with its HMAC signing secrets only for callers that may write
 * webhooks (`webhook.write`): a secret lets its holder forge deliveries, so a
 * read-only key or a member's session sees the webhook without them. Ed25519
 * public keys forge nothing: every reader sees them.
 */
import { hasPermission } from '../../core/actor.js';
import { notFound } from '../../core/errors.js';
import type { Page, PageQuery } from '../../core/store.js';
import type { WebhooksContext } from './context.js';
import { livePublicKeys, shownKeys } from './secrets.js';
import type { Webhook, WebhookPublicKey, WebhookSecret } from './types.js';
import { authorize } from '../../core/actor.js';

type ReadContext = Pick<WebhooksContext, 'actor' | 'store' | 'clock' | 'sealingKey'>;

/** The permission that shows signing secrets: the one that can rotate them anyway. */
export const SECRETS_PERMISSION = 'webhook.write';

export async function getWebhook({
  ctx,
  input,
}: {
  ctx: ReadContext;
  input: { id: string };
}): Promise<{ webhook: Webhook; secrets: WebhookSecret[] | null; publicKeys: WebhookPublicKey[] }> {
  authorize(ctx.actor, 'webhook.read');
  const webhook = await ctx.store.webhooks.find(ctx.actor.environmentId, input.id);
  if (!webhook) throw notFound();
  const now = ctx.clock.now();
  if (!hasPermission(ctx.actor, SECRETS_PERMISSION)) return { webhook, secrets: null, publicKeys: await livePublicKeys(ctx.store.webhooks, webhook.id, now) };
  return { webhook, ...(await shownKeys(ctx.store.webhooks, ctx.sealingKey, webhook.id, now)) };
}

export async function listWebhooks({ ctx, input }: { ctx: Pick<WebhooksContext, 'actor' | 'store'>; input: { page: PageQuery } }): Promise<Page<Webhook>> {
  authorize(ctx.actor, 'webhook.read');
  return ctx.store.webhooks.list(ctx.actor.environmentId, input.page);
}
