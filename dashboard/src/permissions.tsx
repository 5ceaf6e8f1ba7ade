/**
 * What the signed-in user's role may do through the Connect API, so pages show
 * only the controls the user can use. A mirror of the server's mapping in
 * src/surfaces/connect/session-actor.ts (`connectPermissionsOf`): owners and
 * admins hold every Connect permission, members and viewers only the `*.read`
 * ones. The server still decides; this only hides what would answer 403.
 *
 * /v3 credentials (personal access tokens, user API tokens) are the user's own:
 * every role may create and revoke them (src/credentials/scopes.json), so their
 * pages need no check here.
 */
import type { ReactNode } from 'react';
import { useApi } from './session';

/** A Connect permission, as API keys name them (`share_token.write`). */
export type ConnectPermission = `${string}.${'read' | 'write' | 'redeem'}`;

const WRITERS = new Set(['owner', 'admin']);
const READERS = new Set(['owner', 'admin', 'member', 'viewer']);

/** Whether `role` holds `permission` on the Connect API through a session. */
export function roleAllows(role: string | null | undefined, permission: ConnectPermission): boolean {
  if (!role) return false;
  if (permission.endsWith('.read')) return READERS.has(role);
  return WRITERS.has(role);
}

/** Whether the signed-in user may use `permission`. */
export function useCan(permission: ConnectPermission): boolean {
  return roleAllows(useApi().me.role, permission);
}

/** Its children only when the signed-in user holds `permission`; else `otherwise` (nothing by default). */
export function Can({ permission, children, otherwise = null }: { permission: ConnectPermission; children: ReactNode; otherwise?: ReactNode }) {
  return <>{useCan(permission) ? children : otherwise}</>;
}

/** The note a read-only page shows in place of its write controls. */
export function ReadOnlyNote({ permission }: { permission: ConnectPermission }) {
  const { me } = useApi();
  if (roleAllows(me.role, permission)) return null;
  return (
    <p className="read-only-note" data-testid="read-only">
      Read only: your role ({me.role ?? 'none'}) does not allow {permission}.
    </p>
  );
}
