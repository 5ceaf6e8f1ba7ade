import type { ListQuery, ListResult } from '../core/list-query.js';
import type { Page, PageQuery } from '../core/store.js';
import type { EnvironmentKind } from '../core/actor.js';
import type { Environment, Organization, User } from './types.js';

/** Fields a user list can filter and sort on. */
export type UserListField = 'id' | 'createdAt' | 'updatedAt' | 'name' | 'firstName' | 'lastName' | 'email' | 'lastSeenAt' | 'enabled' | 'nameOrEmail';

export type UserPatch = Partial<
  Pick<User, 'firstName' | 'lastName' | 'name' | 'company' | 'tags' | 'metadata' | 'role' | 'passwordHash' | 'disabledAt' | 'deletedAt' | 'enabledAt' | 'updatedAt'>
> & {
  /** Ends every session of the user: the session generation is bumped in the same statement. */
  endSessions?: boolean;
};

/** The organization settings the admin API changes; `updatedAt` always. */
export type OrganizationPatch = Partial<Pick<Organization, 'leakedSecretAction' | 'expiryWarningLeads'>> & Pick<Organization, 'updatedAt'>;

export interface IdentityRepository {
  insertOrganization(org: Organization): Promise<void>;
  insertEnvironment(env: Environment): Promise<void>;
  insertUser(user: User): Promise<void>;
  findOrganization(id: string): Promise<Organization | null>;
  /** Changes the settings given; null when there is no such organization. */
  updateOrganization(id: string, patch: OrganizationPatch): Promise<Organization | null>;
  findOrganizationByAlias(alias: string): Promise<Organization | null>;
  listOrganizations(page: PageQuery): Promise<Page<Organization>>;
  environmentsOf(organizationId: string): Promise<Environment[]>;
  findEnvironment(id: string): Promise<Environment | null>;
  findEnvironmentOf(organizationId: string, kind: EnvironmentKind): Promise<Environment | null>;
  findUser(id: string): Promise<User | null>;
  findUserByEmail(email: string): Promise<User | null>;
  listUsers(organizationId: string, page: PageQuery): Promise<Page<User>>;
  /** An organization's users (deleted ones never), filtered, sorted and paged. */
  queryUsers(organizationId: string, query: ListQuery<UserListField>): Promise<ListResult<User>>;
  updateUser(id: string, patch: UserPatch): Promise<User | null>;
  recordLogin(id: string, at: Date): Promise<void>;
  /** Write-behind of `last-seen-at` (the verifier's): one statement for many users. */
  touchLastSeen(usage: Array<{ id: string; at: Date }>): Promise<void>;
}

export interface ThrottleState {
  key: string;
  failures: number;
  windowStartedAt: Date;
}

/** Failed-login counters shared by every process (fixed window from the first failure). */
export interface LoginThrottleRepository {
  /** Current counters of `keys` whose window started after `since`. */
  read(keys: string[], since: Date): Promise<ThrottleState[]>;
  /** Counts one failure for each key; a window older than `windowMs` restarts at `now`. */
  recordFailure(keys: string[], now: Date, windowMs: number): Promise<void>;
  clear(key: string): Promise<void>;
  /** Forgets windows that started before `before`. */
  prune(before: Date): Promise<number>;
}

export interface IdentityStore {
  identity: IdentityRepository;
}

export interface LoginThrottleStore {
  loginThrottle: LoginThrottleRepository;
}

/** Drops cached verifications of a user or organization at once (the credential verifier). */
export interface OwnerInvalidation {
  invalidateOwner(ownerId: string): void;
}
