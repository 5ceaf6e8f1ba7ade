/**
 * Events are written in the same transaction as the change they describe
 * (transactional outbox). The payload is a snapshot of the domain object as it
 * was then, plus the type the surfaces need to render it; each surface renders
 * it in its own wire format when it is read or delivered.
 */
export const EVENT_NAMES = [
  'connect/share-token.outbound-created',
  'connect/share-token.outbound-redeemed',
  'connect/share-token.outbound-failed',
  'connect/share-token.outbound-expired',
  'connect/share-token.inbound-created',
  'connect/share-token.inbound-redeemed',
  'connect/share-token.inbound-failed',
  'connect/share-token.inbound-expired',
  'connect/connection.created',
  'connect/connection.updated',
  'connect/connection.activated',
  'connect/connection.deactivated',
  'connect/connection.reactivated',
  'inquiry.created',
  'inquiry.completed',
  'inquiry.failed',
  'inquiry.approved',
  'inquiry.declined',
  'inquiry.marked-for-review',
  'inquiry.expired',
  'inquiry.redacted',
  'api-key.created',
  'api-key.expired',
  'api-key.rotated',
  'api-key.expiring',
  'api-key.reused-after-rotation',
  'webhook.disabled',
  'webhook.secret-expiring',
  'workflow-run.created',
  'workflow-run.completed',
  'workflow-run.failed',
  'api-key.leaked',
  'personal-access-token.leaked',
  'api-token.leaked',
  'personal-access-token.created',
  'personal-access-token.rotated',
  'personal-access-token.revoked',
  'personal-access-token.expiring',
  'personal-access-token.reused-after-rotation',
  'api-token.created',
  'api-token.deleted',
  'api-token.expiring',
  'share-token.expiring',
] as const;

export type EventName = (typeof EVENT_NAMES)[number];

/** The kinds of object an event can carry; surfaces map each to a presenter. */
export type EventObjectType =
  | 'share-token'
  | 'connection'
  | 'inquiry'
  | 'verification'
  | 'account'
  | 'transaction'
  | 'api-key'
  | 'webhook'
  | 'workflow-run'
  | 'personal-access-token'
  | 'api-token';

/**
 * The shape version of the snapshots written now. A presenter reads every version still stored
 * (events are kept and redelivered long after the domain type changes); when a domain object's
 * shape changes incompatibly, this goes up and the presenters learn to read both.
 */
export const SNAPSHOT_VERSION = 1;

export interface EventPayload {
  /** Shape version of `object` (absent on rows written before versions: 1). */
  version?: number;
  objectType: EventObjectType;
  /** JSON snapshot of the domain object at the time of the event (dates as ISO strings). */
  object: Record<string, unknown>;
  /** The event's `context` (connect-api.md §5): why it happened, for the few events that say; absent → `{}`. */
  context?: Record<string, unknown>;
}

export interface EventRecord {
  id: string;
  organizationId: string;
  environmentId: string | null;
  name: EventName;
  objectId: string | null;
  payload: EventPayload;
  createdAt: Date;
}

export interface NewEvent {
  organizationId: string;
  environmentId: string | null;
  name: EventName;
  objectType: EventObjectType;
  objectId: string;
  object: object;
  context?: Record<string, unknown>;
}
