/** The secrets of a webhook that sign now, opened: for its owner's eyes and for signing. */
import type { WebhookRepository } from './ports.js';
import { open } from './secret-box.js';
import type { WebhookSecret } from './types.js';

export async function liveSecrets(webhooks: Pick<WebhookRepository, 'liveSecrets'>, sealingKey: Buffer, webhookId: string, now: Date): Promise<WebhookSecret[]> {
  const stored = await webhooks.liveSecrets(webhookId, now);
  return stored.map((s) => ({ value: open(sealingKey, s.sealed), expiresAt: s.expiresAt }));
}
