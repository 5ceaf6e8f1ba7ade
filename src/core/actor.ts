/**
 * The result of verifying any credential. Every surface authorizes from this
 * value alone; nothing downstream looks at the raw token again.
 */
import { AppError } from './errors.js';

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
 * platform itself (demo seeding, workflows), with the permissions its caller
 * grants it; use cases check them like any other actor's.
 */
export function systemActor(
  organizationId: string,
  environmentId: string,
  environmentKind: EnvironmentKind,
  permissions: Iterable<string>,
): EnvironmentActor {
  return {
    organizationId,
    environmentId,
    environmentKind,
    userId: null,
    credentialId: null,
    credentialKind: 'admin',
    permissions: new Set(permissions),
    apiVersion: null,
    keyInflection: null,
    ipAllowlist: ['*'],
    attributesBlocklist: [],
    rateLimitPerMinute: null,
  };
}

/**
 * The permission check every use case makes first, whoever calls it (a route, a workflow
 * step, the admin surface): FORBIDDEN naming what is missing, in the caller's terms (an API
 * key's permission, a signed-in user's role). A null actor is the operator acting through
 * the admin API, which may do anything.
 */
export function authorize(actor: Actor | null, permission: string): void {
  if (actor === null || actor.permissions.has(permission)) return;
  const message =
    actor.credentialKind === 'session' && actor.userRole
      ? `Your role (${actor.userRole}) does not allow ${permission}`
      : `This API key lacks the ${permission} permission`;
  throw new AppError('FORBIDDEN', message);
}
