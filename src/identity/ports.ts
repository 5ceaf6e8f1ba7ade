import type { Page, PageQuery } from '../core/store.js';
import type { EnvironmentKind } from '../core/actor.js';
import type { Environment, Organization, User } from './types.js';

export interface IdentityRepository {
  insertOrganization(org: Organization): Promise<void>;
  insertEnvironment(env: Environment): Promise<void>;
  insertUser(user: User): Promise<void>;
  findOrganization(id: string): Promise<Organization | null>;
  listOrganizations(page: PageQuery): Promise<Page<Organization>>;
  environmentsOf(organizationId: string): Promise<Environment[]>;
  findEnvironment(id: string): Promise<Environment | null>;
  findEnvironmentOf(organizationId: string, kind: EnvironmentKind): Promise<Environment | null>;
  findUser(id: string): Promise<User | null>;
  findUserByEmail(email: string): Promise<User | null>;
  listUsers(organizationId: string, page: PageQuery): Promise<Page<User>>;
}

export interface IdentityStore {
  identity: IdentityRepository;
}
