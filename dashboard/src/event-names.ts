/**
 * The event names a workflow trigger may name, for its picker. The keys are
 * exactly the contract's webhook events (`satisfies Record<…>`, both ways): a
 * renamed or removed event is an excess key, and an event added to the contract
 * is a missing one — either fails the dashboard's type check until this list
 * follows.
 */
import type { webhooks } from '../../sdk/schema';

const NAMES = {
  "api-key.created": true,
  "api-key.expired": true,
  "api-key.expiring": true,
  "api-key.leaked": true,
  "api-key.reused-after-rotation": true,
  "api-key.rotated": true,
  "api-token.created": true,
  "api-token.deleted": true,
  "api-token.expiring": true,
  "api-token.leaked": true,
  "connect/connection.activated": true,
  "connect/connection.created": true,
  "connect/connection.deactivated": true,
  "connect/connection.reactivated": true,
  "connect/connection.updated": true,
  "connect/share-token.inbound-created": true,
  "connect/share-token.inbound-expired": true,
  "connect/share-token.inbound-failed": true,
  "connect/share-token.inbound-redeemed": true,
  "connect/share-token.outbound-created": true,
  "connect/share-token.outbound-expired": true,
  "connect/share-token.outbound-failed": true,
  "connect/share-token.outbound-redeemed": true,
  "inquiry.approved": true,
  "inquiry.completed": true,
  "inquiry.created": true,
  "inquiry.declined": true,
  "inquiry.expired": true,
  "inquiry.failed": true,
  "inquiry.marked-for-review": true,
  "inquiry.redacted": true,
  "personal-access-token.created": true,
  "personal-access-token.expiring": true,
  "personal-access-token.leaked": true,
  "personal-access-token.reused-after-rotation": true,
  "personal-access-token.revoked": true,
  "personal-access-token.rotated": true,
  "share-token.expiring": true,
  "webhook.disabled": true,
  "webhook.secret-expiring": true,
  "workflow-run.completed": true,
  "workflow-run.created": true,
  "workflow-run.failed": true,
} satisfies Record<keyof webhooks, true>;

export type EventName = keyof typeof NAMES;
export const EVENT_NAMES = Object.keys(NAMES) as EventName[];
