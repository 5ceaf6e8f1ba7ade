/**
 * The event names a workflow trigger may name, for its picker. Every key must be
 * one of the contract's webhook events (`satisfies`), so a renamed or removed
 * event fails the dashboard's type check; an event added to the contract is
 * added here by hand (until then the picker lacks it and the server decides).
 */
import type { webhooks } from '../../sdk/schema';

const NAMES = {
  "api-key.created": true,
  "api-key.expired": true,
  "api-key.rotated": true,
  "api-token.created": true,
  "api-token.deleted": true,
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
  "personal-access-token.revoked": true,
  "personal-access-token.rotated": true,
  "webhook.disabled": true,
  "workflow-run.completed": true,
  "workflow-run.created": true,
  "workflow-run.failed": true,
} satisfies Partial<Record<keyof webhooks, true>>;

export type EventName = keyof typeof NAMES;
export const EVENT_NAMES = Object.keys(NAMES) as EventName[];
