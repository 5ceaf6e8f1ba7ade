/** GET /api-keys/permissions: every permission an API key can hold, and whether the caller holds it. */
import type { EnvironmentActor } from '../core/actor.js';
import { PERMISSION_DESCRIPTIONS } from './permissions.js';
import { API_KEY_PERMISSIONS, type ApiKeyPermission } from './types.js';

export interface ApiKeyPermissionInfo {
  name: ApiKeyPermission;
  description: string;
  granted: boolean;
}

export function listApiKeyPermissions({ ctx }: { ctx: { actor: EnvironmentActor } }): ApiKeyPermissionInfo[] {
  return API_KEY_PERMISSIONS.map((name) => ({ name, description: PERMISSION_DESCRIPTIONS[name], granted: ctx.actor.permissions.has(name) }));
}
