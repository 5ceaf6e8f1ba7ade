/** GET /webhooks/:id/deliveries and POST /webhooks/deliveries/:id/redeliver (connect-api.md §6, ext). */
import { notFound, unprocessable } from '../../core/errors.js';
import type { Page, PageQuery } from '../../core/store.js';
import type { WebhooksContext } from './context.js';
import { manualAttemptJob } from './jobs.js';
import type { DeliveryFilter } from './ports.js';
import type { DeliveryWithAttempts } from './types.js';
import { authorize } from '../../core/actor.js';

type Ctx = Pick<WebhooksContext, 'actor' | 'store'>;

async function withAttempts(ctx: Ctx, deliveries: DeliveryWithAttempts['delivery'][]): Promise<DeliveryWithAttempts[]> {
  const attempts = await ctx.store.webhookDeliveries.attemptsOf(deliveries.map((d) => d.id));
  return deliveries.map((delivery) => ({ delivery, attempts: attempts.filter((a) => a.deliveryId === delivery.id) }));
}

export async function listWebhookDeliveries({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { webhookId: string; filter: DeliveryFilter; page: PageQuery };
}): Promise<Page<DeliveryWithAttempts>> {
  authorize(ctx.actor, 'webhook.read');
  const webhook = await ctx.store.webhooks.find(ctx.actor.environmentId, input.webhookId);
  if (!webhook) throw notFound();
  const page = await ctx.store.webhookDeliveries.list(webhook.id, input.filter, input.page);
  return { items: await withAttempts(ctx, page.items), hasMore: page.hasMore };
}

/** Queues one more attempt of a delivery, to be made at once; the schedule of a pending delivery goes on beside it. */
export async function redeliverWebhookDelivery({
  ctx,
  input,
}: {
  ctx: Pick<WebhooksContext, 'actor' | 'store' | 'clock'>;
  input: { id: string };
}): Promise<DeliveryWithAttempts> {
  authorize(ctx.actor, 'webhook.write');
  const delivery = await ctx.store.webhookDeliveries.find(ctx.actor.environmentId, input.id);
  if (!delivery) throw notFound();
  const webhook = await ctx.store.webhooks.find(ctx.actor.environmentId, delivery.webhookId);
  if (!webhook) throw notFound();
  if (webhook.status === 'archived') throw unprocessable('Webhook is archived', ['status']);
  await ctx.store.jobs.enqueue([manualAttemptJob(delivery.id, ctx.clock.now())], ctx.clock.now());
  const [withAttemptsList] = await withAttempts(ctx, [delivery]);
  return withAttemptsList!;
}
