/**
 * The result of verifying any credential. Every surface authorizes from this
 * value alone; nothing downstream looks at the raw token again.
 */
export type EnvironmentKind = 'sandbox' | 'production';
export type CredentialKind = 'api_key' | 'personal_access_token' | 'user_api_token' | 'admin' | 'session';
export type UserRole = 'owner' | 'admin' | 'member' | 'viewer';

export interface Actor {
  organizationId: string;
  environmentId: string | null;
  environmentKind: EnvironmentKind | null;
  userId: string | null;
  credentialId: string | null;
  credentialKind: CredentialKind;
  /**
   * What the credential may do: an API key's permissions; for a user's
   * credential (session, personal access token, user API token) its effective
   * scopes, already cut to the owner's current role.
   */
  permissions: ReadonlySet<string>;
  /** The owner's current role, for user credentials; absent for API keys and the admin token. */
  userRole?: UserRole | null;
  /** Per-key defaults on the Connect surface. */
  apiVersion: string | null;
  keyInflection: string | null;
  ipAllowlist: readonly string[];
  attributesBlocklist: readonly string[];
  rateLimitPerMinute: number | null;
  /** A login session's id (`jti`) and expiry, so that it can be ended (logout); absent for every other kind. */
  session?: { id: string; expiresAt: Date };
}

/** Actor of an environment-scoped call; narrows the environment fields to non-null. */
export type EnvironmentActor = Actor & { environmentId: string; environmentKind: EnvironmentKind };

export function hasPermission(actor: Actor, permission: string): boolean {
  return actor.permissions.has(permission);
}

/**
 * An organization acting in one environment without a credential: the
 * platform itself (demo seeding, workflows). Use cases check parties and
 * states for it, not permissions.
 */
export function systemActor(organizationId: string, environmentId: string, environmentKind: EnvironmentKind = 'sandbox'): EnvironmentActor {
  return {
    organizationId,
    environmentId,
    environmentKind,
    userId: null,
    credentialId: null,
    credentialKind: 'admin',
    permissions: new Set(),
    apiVersion: null,
    keyInflection: null,
    ipAllowlist: ['*'],
    attributesBlocklist: [],
    rateLimitPerMinute: null,
  };
}
