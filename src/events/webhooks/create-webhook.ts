/** POST /webhooks: a new webhook starts `disabled`, with one signing key of its algorithm (an HMAC secret unless `ed25519`). */
import { newUuid } from '../../core/ids.js';
import type { WebhooksContext } from './context.js';
import { newSigningKey, shownKeys } from './secrets.js';
import { applySettings, type WebhookSettings } from './settings.js';
import type { Webhook, WebhookSigningAlgorithm, WebhookWithSecrets } from './types.js';
import { authorize } from '../../core/actor.js';

export interface CreateWebhookInput extends WebhookSettings {
  url: string;
  name: string;
  enabledEvents: string[];
  apiVersion: string;
  /** Default `hmac-sha256`. */
  signingAlgorithm?: WebhookSigningAlgorithm;
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
    signingAlgorithm: input.signingAlgorithm ?? 'hmac-sha256',
    customHttpHeadersSealed: null,
    lastSucceededAt: null,
    createdAt: now,
    updatedAt: now,
    ...settings,
  };
  return ctx.store.transaction(async (store) => {
    await store.webhooks.insert(webhook);
    await store.webhooks.insertSecret(newSigningKey(ctx.sealingKey, webhook.id, webhook.signingAlgorithm, now));
    return { webhook, ...(await shownKeys(store.webhooks, ctx.sealingKey, webhook.id, now)) };
  });
}
