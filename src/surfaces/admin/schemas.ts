/**
 * `/admin/v1` wire schemas: request bodies (kebab keys; an unknown key → 400)
 * and answers. Admin resources have no sparse fieldsets, so every attribute is
 * always sent and required; API keys and connections are Connect's documents.
 */
import { Type, type Static, type TSchema } from 'typebox';
import { API_KEY_PERMISSIONS, INTROSPECT_PERMISSION } from '../../credentials/index.js';
import { LEAD_PATTERN, MAX_LEADS } from '../../core/lead-time.js';
import { LEAKED_SECRET_ACTIONS, ROLES } from '../../identity/index.js';
import { Nullable, NullableTimestamp, SingleDocument, Timestamp } from '../connect/schemas/documents.js';

const closed = { additionalProperties: false } as const;

// ---- Requests ---------------------------------------------------------------------------------

const OptionalText = (max: number) => Type.Optional(Type.Union([Type.String({ maxLength: max }), Type.Null()]));
const Address = Type.Object(
  {
    'address-line-1': OptionalText(255),
    'address-line-2': OptionalText(255),
    city: OptionalText(255),
    state: OptionalText(255),
    country: OptionalText(255),
    'postal-code': OptionalText(64),
  },
  closed,
);
const LeakedSecretAction = Type.Enum([...LEAKED_SECRET_ACTIONS], {
  description:
    'What a secret of this organization reported leaked (`POST /secret-scanning/v1/github`) gets: `revoke` (default) revokes it at once; `notify` only emits `<type>.leaked`',
});
export const CreateOrganizationBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 255 }),
    // Bounded as TESSERA_RATE_LIMIT_PER_MINUTE is (and within the integer column).
    'rate-limit-per-minute': Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000 })),
    /** Login alias (lowercase); derived from the name when absent. */
    alias: Type.Optional(Type.String({ minLength: 2, maxLength: 63 })),
    email: OptionalText(320),
    description: OptionalText(1024),
    address: Type.Optional(Address),
    'user-limit': Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
    'leaked-secret-action': Type.Optional(LeakedSecretAction),
  },
  closed,
);
export type CreateOrganizationBody = Static<typeof CreateOrganizationBody>;

/** The settings an operator changes on an existing organization; each optional, only those given change. */
/** Lead times as written ("7d", "1d", "1h", "30m"); 1m to 365d, checked by the route. */
const ExpiryWarningLeads = Type.Array(Type.String({ pattern: LEAD_PATTERN }), {
  minItems: 1,
  maxItems: MAX_LEADS,
  description:
    'How long before an expiry `<type>.expiring` is sent: whole days (`d`), hours (`h`) or minutes (`m`), 1m to 365d, e.g. `["7d", "1d", "1h"]`. null: the server\'s (`TESSERA_EXPIRY_WARNING_LEADS`, by default 7d and 1d)',
});
export const UpdateOrganizationBody = Type.Object(
  {
    'leaked-secret-action': Type.Optional(LeakedSecretAction),
    'expiry-warning-leads': Type.Optional(Nullable(ExpiryWarningLeads)),
  },
  closed,
);
export type UpdateOrganizationBody = Static<typeof UpdateOrganizationBody>;

const MetadataEntry = Type.Object(
  {
    key: Type.String({ minLength: 1, maxLength: 255 }),
    value: Type.String({ maxLength: 4096 }),
    'view-permissions': Type.Optional(Type.Array(Type.String({ maxLength: 64 }))),
    visible: Type.Optional(Type.Boolean()),
  },
  closed,
);
const Profile = {
  'first-name': Type.Optional(Type.String({ maxLength: 63 })),
  'last-name': Type.Optional(Type.String({ maxLength: 63 })),
  company: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 63 }), Type.Null()])),
  tags: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 255 }))),
  metadata: Type.Optional(Type.Array(MetadataEntry)),
};
const Role = Type.Enum([...ROLES]);
export const CreateUserBody = Type.Object(
  {
    email: Type.String({ minLength: 3, maxLength: 320 }),
    name: Type.Optional(Type.String({ maxLength: 255 })),
    role: Role,
    password: Type.Optional(Type.String({ minLength: 8, maxLength: 1024 })),
    ...Profile,
  },
  closed,
);
export type CreateUserBody = Static<typeof CreateUserBody>;
export const UpdateUserBody = Type.Object(
  {
    role: Type.Optional(Role),
    password: Type.Optional(Type.String({ minLength: 8, maxLength: 1024 })),
    disabled: Type.Optional(Type.Boolean()),
    ...Profile,
  },
  closed,
);
export type UpdateUserBody = Static<typeof UpdateUserBody>;

export const CreateApiKeyBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 255 }),
    // Plus the OAuth introspection permission, which only the admin API grants.
    permissions: Type.Optional(Type.Array(Type.Enum([...API_KEY_PERMISSIONS, INTROSPECT_PERMISSION]))),
    'api-version': Type.Optional(Type.String({ maxLength: 32 })),
    'api-key-inflection': Type.Optional(Type.Enum(['kebab', 'camel', 'snake'] as const)),
  },
  closed,
);
export type CreateApiKeyBody = Static<typeof CreateApiKeyBody>;

export const IdParams = Type.Object({ id: Type.String() });

// ---- Responses --------------------------------------------------------------------------------

export const OrganizationResource = Type.Object({
  type: Type.Literal('organization'),
  id: Type.String({ description: '`org_…`' }),
  attributes: Type.Object({
    name: Type.String(),
    alias: Type.String({ description: 'The login alias (lowercase, unique)' }),
    'rate-limit-per-minute': Nullable(Type.Integer({ description: 'null: the server default (TESSERA_RATE_LIMIT_PER_MINUTE)' })),
    'default-api-version': Type.String({ description: 'The Persona-Version its API keys default to' }),
    'leaked-secret-action': LeakedSecretAction,
    'expiry-warning-leads': Nullable(
      Type.Array(Type.String(), {
        description: 'Its own expiry warning lead times, longest first, each in its largest whole unit (`24h` reads `1d`); null: the server\'s (`TESSERA_EXPIRY_WARNING_LEADS`)',
      }),
    ),
    environments: Type.Array(Type.Object({ id: Type.String({ description: '`env_…`' }), kind: Type.Enum(['sandbox', 'production'] as const) })),
    'created-at': Timestamp,
  }),
});
export type OrganizationResource = Static<typeof OrganizationResource>;

export const AdminUserResource = Type.Object({
  type: Type.Literal('user'),
  id: Type.String({ description: '`user_…`' }),
  attributes: Type.Object({
    email: Type.String(),
    name: Type.String({ description: 'First and last name joined by a space' }),
    'first-name': Type.String(),
    'last-name': Type.String(),
    company: Nullable(Type.String()),
    tags: Type.Array(Type.String()),
    role: Role,
    'user-id': Type.String({ format: 'uuid', description: 'The id the /v3 and Astra surfaces show for this user' }),
    'organization-id': Type.String({ description: '`org_…`' }),
    'disabled-at': NullableTimestamp,
    'created-at': Timestamp,
  }),
});
export type AdminUserResource = Static<typeof AdminUserResource>;

/** `{data: [...], links: {next}}`: one keyset page (`page[after]`, `page[size]`). */
const Page = <S extends TSchema>(resource: S, description: string) =>
  Type.Object(
    { data: Type.Array(resource), links: Type.Object({ next: Nullable(Type.String({ description: 'The next page; null on the last one' })) }) },
    { description },
  );

export const OrganizationDocument = SingleDocument(OrganizationResource, 'The organization with its sandbox and production environments');
export const OrganizationList = Page(OrganizationResource, 'One page of organizations');
export const AdminUserDocument = SingleDocument(AdminUserResource, 'The user');
export const AdminUserList = Page(AdminUserResource, 'One page of the organization’s users');

/** A 204: declared without content (`type: 'null'`); the route sends nothing. */
export const NoContent = (description: string) => Type.Unsafe<undefined>({ type: 'null', description });
