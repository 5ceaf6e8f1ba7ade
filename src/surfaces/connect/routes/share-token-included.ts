/**
 * `included` of a share token (connect-api.md §2; Persona lists `include` on
 * create, retrieve, redeem and expire): `source` and `destination` (the
 * records), `connection` / `connect-connection` (the connection, once), and
 * `creator` (the API key, user or workflow that made the token).
 *
 * Each party includes only what it already sees: the connection as that party
 * reads it (both may), the source and the creator only for the source (they
 * are the source organization's objects), the destination only for the
 * destination. An API key or workflow is included only for a caller that may
 * read API keys or workflows; a name the caller may not see includes nothing.
 */
import type { AppDeps } from '../../../app-deps.js';
import { shareTokenRelated, type ConnectContext, type VisibleShareToken } from '../../../connect/index.js';
import { hasPermission } from '../../../core/actor.js';
import type { Resource } from '../jsonapi.js';
import {
  presentApiKey,
  presentConnection,
  presentCreatorUser,
  presentIncludedWorkflow,
  presentSharedRecord,
} from '../presenters/index.js';

export const SHARE_TOKEN_INCLUDES = ['source', 'destination', 'connection', 'connect-connection', 'creator'] as const;

async function creatorOf(deps: AppDeps, ctx: ConnectContext, visible: VisibleShareToken): Promise<Resource | null> {
  const { token } = visible;
  if (visible.party !== 'source' || !token.creatorId) return null;
  if (token.creatorType === 'api-key') {
    if (!hasPermission(ctx.actor, 'api_key.read')) return null;
    const key = await deps.store.credentials.find(token.creatorId);
    const visibleKey = key && key.kind === 'api_key' && key.environmentId === token.sourceEnvironmentId && !key.deletedAt;
    return visibleKey ? presentApiKey(key) : null;
  }
  if (token.creatorType === 'workflow') {
    if (!hasPermission(ctx.actor, 'workflow.read')) return null;
    const workflow = await deps.store.workflows.find(token.sourceEnvironmentId, token.creatorId);
    return workflow ? presentIncludedWorkflow(workflow) : null;
  }
  const user = await deps.store.identity.findUser(token.creatorId);
  return user && user.organizationId === token.sourceOrganizationId && !user.deletedAt ? presentCreatorUser(user) : null;
}

/** The objects `include` names, as the calling party may see them; `undefined` when `include` was absent. */
export async function shareTokenIncluded(
  deps: AppDeps,
  ctx: ConnectContext,
  visible: VisibleShareToken,
  names: string[] | undefined,
): Promise<Resource[] | undefined> {
  if (!names) return undefined;
  const out: Resource[] = (await shareTokenRelated(ctx, visible, names)).map((r) => presentSharedRecord(r.shared, r.verifications));
  if ((names.includes('connection') || names.includes('connect-connection')) && hasPermission(ctx.actor, 'connection.read')) {
    const connection = await deps.store.connections.find(visible.token.connectionId);
    if (connection) out.push(presentConnection(connection, { environmentId: ctx.actor.environmentId }));
  }
  if (names.includes('creator')) {
    const creator = await creatorOf(deps, ctx, visible);
    if (creator) out.push(creator);
  }
  return out;
}
