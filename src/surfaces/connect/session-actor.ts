/**
 * Connect with a dashboard session (extension): `Authorization: Bearer <session
 * JWT from /v3/accounts/login>` plus `Tessera-Environment: sandbox|production`
 * acts as the user in that environment of the user's organization (resolved
 * by the shared authentication path, http/session-environment.ts). What is
 * Connect's own lives here, so the API-key path of plugin.ts pays nothing.
 *
 * Rights: owners and admins hold every Connect permission, members and viewers
 * only the `*.read` ones (a write answers 403 as for a key lacking it).
 *
 * Attribution (the natural reading of how API keys are rendered): objects with
 * a typed `creator` relationship (share tokens, connections, API keys) name
 * `{type: "user", id: "user_…"}`; an inquiry's `creator` is typed as an API
 * key's `api_` id, so a user's inquiry reads `''`, like any inquiry no key
 * made; API log rows carry the organization and environment and no credential
 * (a session is not one). Nothing here invents a credential id for the user.
 */
import type { EnvironmentActor, UserRole } from '../../core/actor.js';
import { API_KEY_PERMISSIONS } from '../../credentials/index.js';

const ALL = new Set<string>(API_KEY_PERMISSIONS);
const READS = new Set<string>(API_KEY_PERMISSIONS.filter((p) => p.endsWith('.read')));

/** The Connect permissions a user's role holds through a session. */
export function connectPermissionsOf(role: UserRole | null | undefined): ReadonlySet<string> {
  if (role === 'owner' || role === 'admin') return ALL;
  if (role === 'member' || role === 'viewer') return READS;
  return new Set();
}

/** Rate-limit bucket of a session: one per user and environment, apart from every API key's. */
export function sessionRateKey(actor: EnvironmentActor): string {
  return `user:${actor.userId}:${actor.environmentKind}`;
}
