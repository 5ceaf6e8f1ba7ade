/**
 * `/v3` resources (pat-v3-api.md §4, seed 003): every key always sent, absent
 * values as null, timestamps ISO 8601 UTC with milliseconds. Built key by key
 * from domain objects, so nothing secret can slip through.
 */
import type { UserToken } from '../../credentials/index.js';
import { isoString } from '../../core/iso-time.js';
import type { Organization, User } from '../../identity/index.js';
import type { V3Organization, V3PersonalAccessToken, V3PersonalAccessTokenWithSecret, V3User } from './schemas.js';

function iso(d: Date): string;
function iso(d: Date | null): string | null;
function iso(d: Date | null): string | null {
  return d ? isoString(d) : null;
}

export function presentOrganization(org: Organization): V3Organization {
  return {
    id: org.id,
    createdAt: iso(org.createdAt),
    updatedAt: iso(org.updatedAt),
    name: org.name,
    email: org.email,
    description: org.description,
    allowedUsers: org.userLimit,
    address: {
      addressLine1: org.address.addressLine1,
      addressLine2: org.address.addressLine2,
      city: org.address.city,
      state: org.address.state,
      country: org.address.country,
      postalCode: org.address.postalCode,
    },
    resellerId: null,
    reseller: null,
  };
}

export function presentUser(user: User, org: Organization): V3User {
  return {
    id: user.id,
    createdAt: iso(user.createdAt),
    updatedAt: iso(user.updatedAt),
    name: user.name,
    firstName: user.firstName,
    lastName: user.lastName,
    email: user.email,
    role: user.role,
    twoFactorEnabled: false,
    googleSsoEnabled: false,
    lastLoginAt: iso(user.lastLoginAt),
    company: user.company,
    allowCustomerPortalAccess: false,
    roles: [user.role],
    lastSeenAt: iso(user.lastSeenAt),
    organizationId: org.id,
    organization: presentOrganization(org),
    resellerId: null,
    reseller: null,
    metadata: user.metadata.map((m) => ({
      id: m.id,
      createdAt: iso(m.createdAt),
      updatedAt: iso(m.updatedAt),
      key: m.key,
      value: m.value,
      viewPermissions: m.viewPermissions,
      visible: m.visible,
    })),
    tags: user.tags,
    emailPreference: { metrics: false },
  };
}

export type { V3User };

export function presentPersonalAccessToken(token: UserToken, user: V3User): V3PersonalAccessToken {
  return {
    id: token.id,
    createdAt: iso(token.createdAt),
    updatedAt: iso(token.updatedAt),
    name: token.name,
    expiresAt: iso(token.expiresAt),
    revoked: token.revokedAt !== null,
    scopes: token.scopes,
    userId: token.userId,
    user,
    lastUsedAt: iso(token.lastUsedAt),
    lastRotatedAt: iso(token.lastRotatedAt),
  };
}

/** Create and rotate: the resource and, this once, its secret. */
export function withSecret(resource: V3PersonalAccessToken, secret: string): V3PersonalAccessTokenWithSecret {
  return { ...resource, token: secret };
}
