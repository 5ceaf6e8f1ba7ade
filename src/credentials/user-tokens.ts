/**
 * Credentials that belong to a user: personal access tokens (`tpat_…`, `/v3`,
 * with scopes and an optional expiry) and user API tokens (`tut_…`, Astra,
 * no scopes, never expire). Both live in the one credentials table; scopes are
 * kept in its permission list, Astra labels and authorship in its metadata.
 */
import type { ListQuery, ListResult } from '../core/list-query.js';

export type UserTokenKind = 'personal_access_token' | 'user_api_token';

export interface Label {
  name: string;
  value: string;
}

export interface UserToken {
  id: string;
  kind: UserTokenKind;
  organizationId: string;
  userId: string;
  name: string;
  /** Canonical scopes (personal access tokens); empty for user API tokens. */
  scopes: string[];
  /** Astra labels (user API tokens); empty for personal access tokens. */
  labels: Label[];
  /** Who created and last changed it: a user id, or the nil UUID for the admin API. */
  createdBy: string;
  modifiedBy: string | null;
  displayPrefix: string;
  lastUsedAt: Date | null;
  lastRotatedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export type UserTokenField = 'id' | 'userId' | 'name' | 'createdAt' | 'updatedAt' | 'expiresAt' | 'lastUsedAt' | 'revoked' | 'createdBy';

export type UserTokenPatch = Partial<Pick<UserToken, 'name' | 'scopes' | 'labels' | 'modifiedBy' | 'expiresAt' | 'revokedAt' | 'updatedAt'>>;

export interface UserTokenRepository {
  insert(token: UserToken & { hash: Buffer }): Promise<void>;
  /** A live (not deleted) token of `kind` in `organizationId`. */
  find(organizationId: string, kind: UserTokenKind, id: string): Promise<UserToken | null>;
  /** By id alone, any kind (OAuth revocation, jobs). */
  findAny(id: string): Promise<UserToken | null>;
  query(organizationId: string, kind: UserTokenKind, query: ListQuery<UserTokenField>): Promise<ListResult<UserToken>>;
  /** Changes the fields given (a new `expiresAt` gets its own expiry warnings). */
  update(id: string, patch: UserTokenPatch): Promise<UserToken | null>;
  /** New secret; the old one stays valid until `previousValidUntil` (null: not at all). */
  rotate(id: string, change: { hash: Buffer; displayPrefix: string; previousValidUntil: Date | null; at: Date }): Promise<UserToken | null>;
  /** Marks deleted (the secret fails at once); returns the token as it was, or null if already gone. */
  softDelete(id: string, at: Date): Promise<UserToken | null>;
  /** Deletes every live credential of a user; returns the user tokens among them as they were. */
  softDeleteOfUser(userId: string, at: Date): Promise<UserToken[]>;
}

export interface UserTokenStore {
  userTokens: UserTokenRepository;
}

/** The nil UUID: "the admin API did it" in Astra metadata. */
export const NIL_UUID = '00000000-0000-0000-0000-000000000000';

export type { ListQuery, ListResult };
