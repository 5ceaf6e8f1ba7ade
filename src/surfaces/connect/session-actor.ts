/**
 * Connect with a dashboard session (extension): `Authorization: Bearer <session
 * JWT from /v3/accounts/login>` plus `Tessera-Environment: sandbox|production`
 * acts as the user in that environment of the user's organization. Only the
 * session branch lives here, so the API-key path of plugin.ts pays nothing.
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
import type { AppDeps } from '../../app-deps.js';
import type { Actor, EnvironmentActor, EnvironmentKind, UserRole } from '../../core/actor.js';
import { AppError } from '../../core/errors.js';
import { API_KEY_PERMISSIONS } from '../../credentials/index.js';

/** The request header naming the environment a session acts in (lowercase, as Node hands headers over). */
export const ENVIRONMENT_HEADER = 'tessera-environment';

const ENVIRONMENTS: readonly EnvironmentKind[] = ['sandbox', 'production'];
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

function invalidEnvironment(value: string | undefined): AppError {
  const detail =
    value === undefined
      ? 'A session must name its environment in the Tessera-Environment header (sandbox or production)'
      : 'The Tessera-Environment header must be sandbox or production';
  return new AppError('TOKEN_INVALID', detail, { meta: { details: detail } });
}

/**
 * The environment actor of a verified session, or a 401 (Connect's invalid
 * credential body, with a `details` naming the header when it is at fault).
 */
export async function sessionActor(
  session: Actor,
  environmentHeader: string | undefined,
  deps: Pick<AppDeps, 'store'>,
): Promise<EnvironmentActor> {
  const kind = ENVIRONMENTS.find((e) => e === environmentHeader);
  if (kind === undefined) throw invalidEnvironment(environmentHeader);
  // Two primary-key reads per call: dashboard traffic is human-paced, and the org's rate limit stays current.
  const [environment, organization] = await Promise.all([
    deps.store.identity.findEnvironmentOf(session.organizationId, kind),
    deps.store.identity.findOrganization(session.organizationId),
  ]);
  if (!environment || !organization || !session.userId) throw new AppError('TOKEN_INVALID', 'organization or environment gone');
  return {
    ...session,
    environmentId: environment.id,
    environmentKind: kind,
    permissions: connectPermissionsOf(session.userRole),
    apiVersion: organization.defaultApiVersion,
    rateLimitPerMinute: organization.rateLimitPerMinute,
  };
}
