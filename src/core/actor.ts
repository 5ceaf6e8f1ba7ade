/**
 * The result of verifying any credential. Every surface authorizes from this
 * value alone; nothing downstream looks at the raw token again.
 */
export type EnvironmentKind = 'sandbox' | 'production';
export type CredentialKind = 'api_key' | 'personal_access_token' | 'user_api_token' | 'admin' | 'session';

export interface Actor {
  organizationId: string;
  environmentId: string | null;
  environmentKind: EnvironmentKind | null;
  userId: string | null;
  credentialId: string | null;
  credentialKind: CredentialKind;
  permissions: ReadonlySet<string>;
  /** Per-key defaults on the Connect surface. */
  apiVersion: string | null;
  keyInflection: string | null;
  ipAllowlist: readonly string[];
  attributesBlocklist: readonly string[];
  rateLimitPerMinute: number | null;
}

/** Actor of an environment-scoped call; narrows the environment fields to non-null. */
export type EnvironmentActor = Actor & { environmentId: string; environmentKind: EnvironmentKind };

export function hasPermission(actor: Actor, permission: string): boolean {
  return actor.permissions.has(permission);
}
