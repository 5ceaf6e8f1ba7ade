/** Repositories and outside services webhooks need; storage/ and the composition root provide them. */
import type { Page, PageQuery } from '../../core/store.js';
import type { NewJob } from '../../jobs/index.js';
import type { EventStore } from '../ports.js';
import type { EventRecord } from '../types.js';
import type { DeliveryAttempt, DeliveryStatus, StoredWebhookSecret, Webhook, WebhookDelivery } from './types.js';

export interface WebhookRepository {
  insert(webhook: Webhook): Promise<void>;
  find(environmentId: string, id: string): Promise<Webhook | null>;
  /** By id alone, for delivery jobs (which work across environments). */
  findById(id: string): Promise<Webhook | null>;
  /** Same as find, locking the row until the transaction ends. */
  findForUpdate(environmentId: string, id: string): Promise<Webhook | null>;
  update(id: string, patch: Partial<Omit<Webhook, 'id' | 'organizationId' | 'environmentId' | 'createdAt'>>): Promise<Webhook>;
  list(environmentId: string, page: PageQuery): Promise<Page<Webhook>>;
  /** The `enabled` webhooks of an environment (the fan-out). */
  listEnabled(environmentId: string): Promise<Webhook[]>;
  /**
   * Notes a successful delivery at `at`. Written at most about once a second per
   * webhook (busy webhooks would otherwise serialize their deliveries on this row):
   * `lastSucceededAt` may lag by up to a second.
   */
  noteSuccess(id: string, at: Date): Promise<void>;

  insertSecret(secret: StoredWebhookSecret): Promise<void>;
  /** Secrets that still sign at `now`, newest first. */
  liveSecrets(webhookId: string, now: Date): Promise<StoredWebhookSecret[]>;
  /** Every secret of the webhook except `keepId` is removed; `keepId` gets `expiresAt`. */
  retireSecrets(webhookId: string, keepId: string | null, expiresAt: Date): Promise<void>;
}

export interface DeliveryFilter {
  eventIds?: string[];
}

export interface WebhookDeliveryRepository {
  /** Inserts unless the (webhook, event) pair has one already; returns the ones inserted. */
  insertMissing(deliveries: WebhookDelivery[]): Promise<WebhookDelivery[]>;
  /**
   * `insertMissing` and, for each delivery inserted, its job (`jobOf`), in one statement;
   * jobs due now are announced as `enqueue` announces them. Answers the number inserted.
   */
  insertMissingWithJobs(deliveries: WebhookDelivery[], jobOf: (delivery: WebhookDelivery) => NewJob, now: Date): Promise<number>;
  find(environmentId: string, id: string): Promise<WebhookDelivery | null>;
  findById(id: string): Promise<WebhookDelivery | null>;
  findForUpdate(id: string): Promise<WebhookDelivery | null>;
  update(id: string, patch: Partial<Omit<WebhookDelivery, 'id' | 'webhookId' | 'environmentId' | 'eventId' | 'createdAt'>>): Promise<WebhookDelivery>;
  list(webhookId: string, filter: DeliveryFilter, page: PageQuery): Promise<Page<WebhookDelivery>>;
  /**
   * Records one attempt and its outcome in one statement: the attempt gets the next
   * number, the delivery the outcome. Only while the delivery still awaits scheduled
   * attempt `awaiting` (null: a manual attempt, awaited in any state); null when it
   * no longer does (another run of the job recorded it).
   */
  recordAttempt(
    deliveryId: string,
    awaiting: number | null,
    attempt: Omit<DeliveryAttempt, 'deliveryId' | 'number'>,
    outcome: AttemptOutcome,
    now: Date,
  ): Promise<WebhookDelivery | null>;
  /**
   * `recordAttempt` for many attempts in one statement (a delivery named twice is
   * recorded in order, as two calls would): each answer as `recordAttempt` answers.
   */
  recordAttempts(items: AttemptRecord[], now: Date): Promise<Array<WebhookDelivery | null>>;
  /** Attempts of these deliveries, oldest first. */
  attemptsOf(deliveryIds: string[]): Promise<DeliveryAttempt[]>;
}

/** One attempt to record (see `recordAttempt`). */
export interface AttemptRecord {
  deliveryId: string;
  awaiting: number | null;
  attempt: Omit<DeliveryAttempt, 'deliveryId' | 'number'>;
  outcome: AttemptOutcome;
  /** Enqueued in the same statement if (and only if) the attempt is recorded: the next scheduled attempt. */
  next?: NewJob;
}

/** What an attempt does to its delivery. `pending-or-failed`: a pending delivery stays pending, any other fails. */
export interface AttemptOutcome {
  status: DeliveryStatus | 'pending-or-failed';
  /** Left as they are when undefined. */
  nextAttempt?: number | null;
  nextAttemptAt?: Date | null;
}

export interface WebhookStore extends EventStore {
  webhooks: WebhookRepository;
  webhookDeliveries: WebhookDeliveryRepository;
}

/** Addresses a host name resolves to (DNS), for the URL checks. */
export type ResolveHost = (hostname: string) => Promise<string[]>;

/** Who may be called: production environments need https; private targets only when the operator allows them. */
export interface UrlPolicy {
  allowPrivate: boolean;
  resolve: ResolveHost;
}

/** Renders events as the webhook's owner reads them on the Connect surface (a surface concern, injected). */
export interface WebhookRenderer {
  /** The event's `payload` (`{"data": {...}}`, kebab keys) before any webhook setting applies: payload filters match it. */
  payload(event: EventRecord): Record<string, unknown>;
  /** The request body: `{"data": <event>}` in the webhook's inflection and version, its blocklist and allowlists applied. */
  body(event: EventRecord, webhook: Webhook): string;
}

export interface OutboundRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** What one attempt got back. `statusCode` null: no response (refused, timed out, unsafe address). */
export interface OutboundResult {
  statusCode: number | null;
  latencyMs: number;
  /** The first 1 KiB of the response body. */
  excerpt: string | null;
  error: string | null;
}

/** Sends one delivery attempt (POST); never throws, never follows a redirect. */
export type WebhookTransport = (request: OutboundRequest) => Promise<OutboundResult>;
