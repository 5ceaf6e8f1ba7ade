/**
 * The environment a login session acts in on an environment-scoped surface
 * (Connect): sessions belong to a user, not an environment, so the request
 * names one in `Tessera-Environment: sandbox|production` and acts in that
 * environment of the user's organization, with the organization's default API
 * version and rate limit. What the session may do there is the surface's call.
 */
import type { Actor, EnvironmentActor, EnvironmentKind } from '../core/actor.js';
import type { IdentityStore } from '../identity/ports.js';

/** The request header naming the environment a session acts in (lowercase, as Node hands headers over). */
export const ENVIRONMENT_HEADER = 'tessera-environment';

const ENVIRONMENTS: readonly EnvironmentKind[] = ['sandbox', 'production'];

/** The session's actor in the environment the header names, or why there is none. */
export async function sessionInEnvironment(
  session: Actor,
  header: string | undefined,
  store: IdentityStore,
): Promise<EnvironmentActor | { detail: string | null }> {
  const kind = ENVIRONMENTS.find((e) => e === header);
  if (kind === undefined) {
    return {
      detail:
        header === undefined
          ? 'A session must name its environment in the Tessera-Environment header (sandbox or production)'
          : 'The Tessera-Environment header must be sandbox or production',
    };
  }
  // Two primary-key reads per call: dashboard traffic is human-paced, and the org's rate limit stays current.
  const [environment, organization] = await Promise.all([
    store.identity.findEnvironmentOf(session.organizationId, kind),
    store.identity.findOrganization(session.organizationId),
  ]);
  if (!environment || !organization || !session.userId) return { detail: null };
  return {
    ...session,
    environmentId: environment.id,
    environmentKind: kind,
    apiVersion: organization.defaultApiVersion,
    rateLimitPerMinute: organization.rateLimitPerMinute,
  };
}
