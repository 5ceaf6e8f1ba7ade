/** Organizations, their two environments, and users. */
import type { EnvironmentKind } from '../core/actor.js';

export type Role = 'owner' | 'admin' | 'member' | 'viewer';
export const ROLES: readonly Role[] = ['owner', 'admin', 'member', 'viewer'];

export interface Organization {
  id: string;
  name: string;
  defaultApiVersion: string;
  rateLimitPerMinute: number | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface Environment {
  id: string;
  organizationId: string;
  kind: EnvironmentKind;
  createdAt: Date;
}

export interface User {
  id: string;
  organizationId: string;
  email: string;
  name: string;
  role: Role;
  passwordHash: string | null;
  disabledAt: Date | null;
  deletedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}
