/** `/admin/v1` resources: organizations with their environments, users with their roles. */
import { encodeId } from '../../core/ids.js';
import { formatLead } from '../../core/lead-time.js';
import type { Environment, Organization, User } from '../../identity/index.js';
import { iso } from '../connect/jsonapi.js';
import type { AdminUserResource, OrganizationResource } from './schemas.js';

export function presentOrganization(org: Organization, envs: Environment[]): OrganizationResource {
  return {
    type: 'organization',
    id: encodeId('org', org.id),
    attributes: {
      name: org.name,
      alias: org.alias,
      'rate-limit-per-minute': org.rateLimitPerMinute,
      'default-api-version': org.defaultApiVersion,
      'leaked-secret-action': org.leakedSecretAction,
      'expiry-warning-leads': org.expiryWarningLeads?.map(formatLead) ?? null,
      environments: envs.map((e) => ({ id: encodeId('env', e.id), kind: e.kind })),
      'created-at': iso(org.createdAt),
    },
  };
}

export function presentUser(u: User): AdminUserResource {
  return {
    type: 'user',
    id: encodeId('user', u.id),
    attributes: {
      email: u.email,
      name: u.name,
      'first-name': u.firstName,
      'last-name': u.lastName,
      company: u.company,
      tags: u.tags,
      role: u.role,
      // The UUID the /v3 and Astra surfaces show for this user.
      'user-id': u.id,
      'organization-id': encodeId('org', u.organizationId),
      'disabled-at': iso(u.disabledAt),
      'created-at': iso(u.createdAt),
    },
  };
}
