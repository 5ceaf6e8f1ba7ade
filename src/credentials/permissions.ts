/**
 * What each API key permission allows (connect-api.md §8, §10), and the
 * ceiling rule: a key can hand out or grant only permissions it holds itself.
 */
import { forbidden } from '../core/errors.js';
import { API_KEY_PERMISSIONS, type ApiKeyPermission } from './types.js';

export const PERMISSION_DESCRIPTIONS: Record<ApiKeyPermission, string> = {
  'connection.read': 'List and retrieve connections',
  'connection.write': 'Create, activate, deactivate and reactivate connections and edit their peek settings',
  'share_token.read': 'List and retrieve share tokens',
  'share_token.write': 'Create and expire share tokens',
  'share_token.redeem': 'Redeem share tokens',
  'inquiry.read': 'List and retrieve inquiries',
  'inquiry.write': 'Create, update, review, expire and redact inquiries',
  'verification.read': 'Retrieve verifications',
  'verification.write': 'Create and redact verifications',
  'account.read': 'List and retrieve accounts',
  'account.write': 'Create, update and redact accounts',
  'transaction.read': 'List and retrieve transactions',
  'transaction.write': 'Create, update and redact transactions',
  'webhook.read': 'List and retrieve webhooks and their deliveries',
  'webhook.write': 'Create, update, enable, disable and archive webhooks, rotate their secrets and redeliver',
  'workflow.read': 'List and retrieve workflows and workflow runs',
  'workflow.write': 'Create, update, archive and trigger workflows',
  'api_key.read': 'List and retrieve API keys and the permissions they can hold',
  'api_key.write': 'Create, update, rotate and expire API keys',
  'event.read': 'List and retrieve events',
  'api_log.read': 'List and retrieve API logs',
  'rate_limit.read': 'Retrieve the calling API key\'s rate limit',
};

const KNOWN = new Set<string>(API_KEY_PERMISSIONS);

/** Known permissions, de-duplicated, in the catalog's order. */
export function normalizePermissions(permissions: readonly string[]): ApiKeyPermission[] {
  const wanted = new Set(permissions);
  return API_KEY_PERMISSIONS.filter((p) => wanted.has(p));
}

export function isApiKeyPermission(p: string): p is ApiKeyPermission {
  return KNOWN.has(p);
}

/** 403 unless every permission in `requested` is one the caller holds. */
export function assertWithinCeiling(held: ReadonlySet<string>, requested: readonly string[]): void {
  const beyond = requested.filter((p) => !held.has(p));
  if (beyond.length > 0) {
    throw forbidden(`permissions may not exceed the calling API key's; it lacks ${beyond.join(', ')}`);
  }
}
