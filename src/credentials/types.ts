/** Every secret Tessera issues lives in one table and goes through one verifier. */
import type { EnvironmentKind, UserRole } from '../core/actor.js';

export type CredentialKind = 'api_key' | 'personal_access_token' | 'user_api_token';

export interface Credential {
  id: string;
  kind: CredentialKind;
  organizationId: string;
  environmentId: string | null;
  userId: string | null;
  displayPrefix: string;
  name: string;
  note: string | null;
  permissions: string[];
  apiVersion: string | null;
  keyInflection: string | null;
  attributesBlocklist: string[];
  ipAllowlist: string[];
  fileAccessTokenExpiresIn: number;
  metadata: Record<string, unknown>;
  creatorType: string | null;
  creatorId: string | null;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  deletedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** What verification needs in one read: the credential and the state of its owners. */
export interface CredentialForVerification extends Credential {
  environmentKind: EnvironmentKind | null;
  organizationRateLimit: number | null;
  userRole: string | null;
  userDisabledAt: Date | null;
  userDeletedAt: Date | null;
  userEmail: string | null;
  /** The presented secret is the one a rotation replaced (valid until `previousHashExpiresAt`). */
  matchedPrevious: boolean;
  previousHashExpiresAt: Date | null;
}

/** What session verification needs to know about a user and one session of theirs, read on a cache miss. */
export interface SessionUser {
  id: string;
  organizationId: string;
  role: UserRole;
  email: string;
  disabledAt: Date | null;
  deletedAt: Date | null;
  /** The user's current session generation; a session issued in another one is dead. */
  sessionGeneration: number;
  /** The session (by `jti`) was ended on its own (logout, OAuth revocation). */
  sessionRevoked: boolean;
}

/** Permissions an API key can hold on the Connect surface (connect-api.md §8). */
export const API_KEY_PERMISSIONS = [
  'connection.read',
  'connection.write',
  'share_token.read',
  'share_token.write',
  'share_token.redeem',
  'inquiry.read',
  'inquiry.write',
  'verification.read',
  'verification.write',
  'account.read',
  'account.write',
  'transaction.read',
  'transaction.write',
  'webhook.read',
  'webhook.write',
  'workflow.read',
  'workflow.write',
  'api_key.read',
  'api_key.write',
  'event.read',
  'api_log.read',
  'rate_limit.read',
] as const;

export type ApiKeyPermission = (typeof API_KEY_PERMISSIONS)[number];
