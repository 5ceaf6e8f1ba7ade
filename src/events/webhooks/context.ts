/** What webhook use cases receive: who is calling, the store (with its unit of work), the time, the sealing key, the URL policy. */
import type { EnvironmentActor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import type { Transactional } from '../../core/store.js';
import type { UrlPolicy, WebhookStore } from './ports.js';

export interface WebhooksContext {
  actor: EnvironmentActor;
  store: WebhookStore & Transactional<WebhookStore>;
  clock: Clock;
  /** Seals and opens secrets and custom headers (secret-box.ts). */
  sealingKey: Buffer;
  urlPolicy: UrlPolicy;
}
