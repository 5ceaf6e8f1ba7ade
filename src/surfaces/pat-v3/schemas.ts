/** `/v3` request bodies (pat-v3-api.md §2, §5): strict, an unknown or mistyped field is 400 ValidationFailed. */
import { Type, type Static, type TSchema } from 'typebox';
import { MAX_GRACE_PERIOD_SECONDS } from '../../credentials/index.js';
import { ROLES } from '../../identity/index.js';

const DateTime = Type.String({ format: 'date-time', maxLength: 64 });
/** Generous caps (the exact rules, e.g. a name of 1–255 characters after trimming, are the domain's): they keep any value within its column and index. */
const Name = Type.String({ maxLength: 512 });
const Scopes = Type.Array(Type.String({ maxLength: 64 }), { maxItems: 100 });

export const LoginBody = Type.Object(
  // Longer than any alias, address or password Tessera stores: a wrong one is still a plain 401.
  { accountAlias: Type.String({ maxLength: 255 }), email: Type.String({ maxLength: 320 }), password: Type.String({ maxLength: 1024 }) },
  { additionalProperties: false },
);
export type LoginBody = Static<typeof LoginBody>;

export const CreatePatBody = Type.Object(
  {
    name: Name,
    scopes: Scopes,
    expiresAt: Type.Optional(Type.Union([DateTime, Type.Null()])),
    revoked: Type.Optional(Type.Literal(false)),
  },
  { additionalProperties: false },
);
export type CreatePatBody = Static<typeof CreatePatBody>;

export const UpdatePatBody = Type.Object(
  {
    name: Type.Optional(Name),
    scopes: Type.Optional(Scopes),
    expiresAt: Type.Optional(Type.Union([DateTime, Type.Null()])),
    revoked: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type UpdatePatBody = Static<typeof UpdatePatBody>;

/**
 * Rotate's body is optional: none (validated as `null`), `null`, `{}` or `{gracePeriodSeconds}`.
 * One schema of type object-or-null rather than a union, so a bad body is answered with its own
 * error alone (`foo is not allowed`), not with one per alternative.
 */
export const RotateBody = Type.Unsafe<{ gracePeriodSeconds?: number } | null>({
  type: ['object', 'null'],
  properties: {
    gracePeriodSeconds: {
      type: 'integer',
      minimum: 0,
      maximum: MAX_GRACE_PERIOD_SECONDS,
      default: 0,
      description: 'How long the old secret keeps working, in seconds (0: it stops at once)',
    },
  },
  additionalProperties: false,
});
export type RotateBody = Static<typeof RotateBody>;

export const IdParams = Type.Object({ id: Type.String() });

// ---- Responses (pat-v3-api.md §4, seed 003) ----------------------------------------------------
// Every key is always sent (absent values as null), so every key is required. The schemas are the
// serializer's allowlist too: a key a presenter adds without declaring it here is not sent.

const Uuid = Type.String({ format: 'uuid' });
const Timestamp = Type.String({ format: 'date-time', description: 'ISO 8601 UTC with milliseconds' });
const Nullable = <S extends TSchema>(s: S) => Type.Union([s, Type.Null()]);
const NullableTimestamp = Nullable(Timestamp);
const Role = Type.Enum([...ROLES]);

/** Seed 003's reseller; Tessera has none, so `reseller` and `resellerId` are always null. */
const Reseller = Type.Object({
  id: Type.String(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  name: Type.String(),
  email: Type.String(),
  description: Type.String(),
  allowedUsers: Type.Integer(),
  allowedOrganizations: Type.Integer(),
});

export const V3Organization = Type.Object({
  id: Uuid,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  name: Type.String(),
  email: Nullable(Type.String()),
  description: Nullable(Type.String()),
  allowedUsers: Type.Integer({ minimum: 0, description: 'The user limit from entitlements; 0 = unlimited' }),
  address: Type.Object({
    addressLine1: Nullable(Type.String()),
    addressLine2: Nullable(Type.String()),
    city: Nullable(Type.String()),
    state: Nullable(Type.String()),
    country: Nullable(Type.String()),
    postalCode: Nullable(Type.String()),
  }),
  resellerId: Nullable(Type.String({ description: 'Always null' })),
  reseller: Nullable(Reseller),
});
export type V3Organization = Static<typeof V3Organization>;

const UserMetadataEntry = Type.Object({
  id: Uuid,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  key: Type.String(),
  value: Type.String(),
  viewPermissions: Type.Array(Type.String()),
  visible: Type.Boolean(),
});

export const V3User = Type.Object(
  {
    id: Uuid,
    createdAt: Timestamp,
    updatedAt: Timestamp,
    name: Type.String({ description: 'First and last name joined by a space' }),
    firstName: Type.String(),
    lastName: Type.String(),
    email: Type.String(),
    role: Role,
    twoFactorEnabled: Type.Boolean({ description: 'Always false' }),
    googleSsoEnabled: Type.Boolean({ description: 'Always false' }),
    lastLoginAt: NullableTimestamp,
    company: Nullable(Type.String()),
    allowCustomerPortalAccess: Type.Boolean({ description: 'Always false' }),
    roles: Type.Array(Role, { description: '`[role]`' }),
    lastSeenAt: NullableTimestamp,
    organizationId: Uuid,
    organization: V3Organization,
    resellerId: Nullable(Type.String({ description: 'Always null' })),
    reseller: Nullable(Reseller),
    metadata: Type.Array(UserMetadataEntry),
    tags: Type.Array(Type.String()),
    emailPreference: Type.Object({ metrics: Type.Boolean({ description: 'Always false' }) }),
  },
  { description: 'A user of the caller’s organization (managed through /admin/v1)' },
);
export type V3User = Static<typeof V3User>;

const PatProperties = {
  id: Uuid,
  createdAt: Timestamp,
  updatedAt: Type.String({ format: 'date-time', description: 'Moves on every change, revoke and rotate included' }),
  name: Type.String(),
  expiresAt: Nullable(Type.String({ format: 'date-time', description: 'null = never' })),
  revoked: Type.Boolean(),
  scopes: Type.Array(Type.String(), { description: 'Canonical, sorted, unique' }),
  userId: Uuid,
  user: V3User,
  lastUsedAt: NullableTimestamp,
  lastRotatedAt: NullableTimestamp,
};

export const V3PersonalAccessToken = Type.Object(PatProperties, { description: 'A personal access token (its secret is never returned)' });
export type V3PersonalAccessToken = Static<typeof V3PersonalAccessToken>;

/** Create and rotate alone show the secret, with `Cache-Control: no-store`. */
export const V3PersonalAccessTokenWithSecret = Type.Object({
  ...PatProperties,
  token: Type.String({ description: 'The `tpat_…` secret, shown this once (`[REDACTED]` in an Idempotency-Key replay)' }),
});
export type V3PersonalAccessTokenWithSecret = Static<typeof V3PersonalAccessTokenWithSecret>;

export const V3Scope = Type.Object({
  name: Type.String({ description: '<resource>:<read|write>' }),
  description: Type.String(),
  enforced: Type.Boolean({ description: 'Whether the scope opens anything in Tessera (the rest are stored for Cryptlex compatibility)' }),
});

const integerHeader = (description: string) => ({ type: 'integer', description });
const NO_STORE = { 'Cache-Control': { type: 'string', description: '`no-store`: the answer carries a secret' } };
/** Lists are bare arrays; the page is described by these headers. */
const PAGINATION_HEADERS = {
  'Pagination-Count': integerHeader('Items matching the query, on every page'),
  'Pagination-Page': integerHeader('This page (from 1)'),
  'Pagination-Limit': integerHeader('Items per page'),
};

/** A bare array of one page of `item`, with the `Pagination-*` headers. */
const Page = <S extends TSchema>(item: S, description: string) => Type.Array(item, { description, headers: PAGINATION_HEADERS });

export const PatPage = Page(V3PersonalAccessToken, 'One page of personal access tokens (owners and admins see all of the organization’s, others their own)');
export const UserPage = Page(V3User, 'One page of the organization’s users');
export const ScopeList = Type.Array(V3Scope, { description: 'The scope catalog, in catalog order (aliases omitted)' });

export const CreatedPat = Type.Object(V3PersonalAccessTokenWithSecret.properties, {
  description: 'The new token with its secret, shown this once',
  headers: { Location: { type: 'string', description: '/v3/personal-access-tokens/{id}' }, ...NO_STORE },
});
export const RotatedPat = Type.Object(V3PersonalAccessTokenWithSecret.properties, {
  description: 'The token with its new secret, shown this once',
  headers: NO_STORE,
});
export const LoggedIn = Type.Object(
  { accessToken: Type.String({ description: 'A session JWT for `Authorization: Bearer`' }) },
  { description: 'A new session', headers: NO_STORE },
);

/** A 204: declared without content (`type: 'null'`); the route sends nothing (`reply.send()`). */
export const NoContent = (description: string) => Type.Unsafe<undefined>({ type: 'null', description });
