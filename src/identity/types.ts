/** Organizations, their two environments, and users. */
import type { EnvironmentKind, UserRole } from '../core/actor.js';

export type Role = UserRole;
/** Strongest first: owner > admin > member > viewer. */
export const ROLES: readonly Role[] = ['owner', 'admin', 'member', 'viewer'];

export interface OrganizationAddress {
  addressLine1: string | null;
  addressLine2: string | null;
  city: string | null;
  state: string | null;
  country: string | null;
  postalCode: string | null;
}

export type LeakedSecretAction = 'revoke' | 'notify';
export const LEAKED_SECRET_ACTIONS: readonly LeakedSecretAction[] = ['revoke', 'notify'];

export interface Organization {
  id: string;
  name: string;
  /** Unique, lowercase; users log in with it. */
  alias: string;
  email: string | null;
  description: string | null;
  address: OrganizationAddress;
  /** Users allowed by the organization's entitlements; 0 = unlimited. */
  userLimit: number;
  defaultApiVersion: string;
  rateLimitPerMinute: number | null;
  /** What a leaked secret reported by a secret scanner gets: revoked at once (default), or only announced. */
  leakedSecretAction: LeakedSecretAction;
  /** Lead times of `<type>.expiring` warnings in seconds, longest first; null: the server's (TESSERA_EXPIRY_WARNING_LEADS). */
  expiryWarningLeads: number[] | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface Environment {
  id: string;
  organizationId: string;
  kind: EnvironmentKind;
  createdAt: Date;
}

export interface UserMetadataEntry {
  id: string;
  key: string;
  value: string;
  viewPermissions: string[];
  visible: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export interface User {
  id: string;
  organizationId: string;
  email: string;
  /** First and last name joined by a space. */
  name: string;
  firstName: string;
  lastName: string;
  company: string | null;
  tags: string[];
  metadata: UserMetadataEntry[];
  role: Role;
  passwordHash: string | null;
  disabledAt: Date | null;
  deletedAt: Date | null;
  /** Last time the user was (re-)enabled; null = since creation. */
  enabledAt: Date | null;
  /** Bumped by every change that ends the user's sessions (password, role, disabling, enabling, deletion). */
  sessionGeneration: number;
  lastLoginAt: Date | null;
  lastSeenAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export const EMPTY_ADDRESS: OrganizationAddress = {
  addressLine1: null,
  addressLine2: null,
  city: null,
  state: null,
  country: null,
  postalCode: null,
};

export function fullName(firstName: string, lastName: string): string {
  return [firstName, lastName].filter((s) => s !== '').join(' ');
}
