/** POST /webhooks: a new webhook starts `disabled`, with one signing secret. */
import { newUuid } from '../../core/ids.js';
import { generateWebhookSecret } from '../../core/secret-format.js';
import type { WebhooksContext } from './context.js';
import { seal } from './secret-box.js';
import { applySettings, type WebhookSettings } from './settings.js';
import type { Webhook, WebhookWithSecrets } from './types.js';
import { authorize } from '../../core/actor.js';

export interface CreateWebhookInput extends WebhookSettings {
  url: string;
  name: string;
  enabledEvents: string[];
  apiVersion: string;
}

export async function createWebhook({ ctx, input }: { ctx: WebhooksContext; input: CreateWebhookInput }): Promise<WebhookWithSecrets> {
  authorize(ctx.actor, 'webhook.write');
  const { actor } = ctx;
  const settings = await applySettings(input, { kind: actor.environmentKind, policy: ctx.urlPolicy, sealingKey: ctx.sealingKey });
  const now = ctx.clock.now();
  const webhook: Webhook = {
    id: newUuid(now.getTime()),
    organizationId: actor.organizationId,
    environmentId: actor.environmentId,
    status: 'disabled',
    url: input.url,
    name: null,
    description: null,
    apiVersion: input.apiVersion,
    keyInflection: 'kebab',
    attributesBlocklist: [],
    fileAccessTokenExpiresIn: 21_600,
    enabledEvents: [],
    payloadFilter: null,
    includedAllowlist: { state: 'include_none' },
    relationshipAllowlist: { state: 'include_all' },
    customHttpHeadersSealed: null,
    lastSucceededAt: null,
    createdAt: now,
    updatedAt: now,
    ...settings,
  };
  const secret = generateWebhookSecret();
  await ctx.store.transaction(async (store) => {
    await store.webhooks.insert(webhook);
    await store.webhooks.insertSecret({ id: newUuid(now.getTime()), webhookId: webhook.id, sealed: seal(ctx.sealingKey, secret), expiresAt: null, createdAt: now });
  });
  return { webhook, secrets: [{ value: secret, expiresAt: null }] };
}
