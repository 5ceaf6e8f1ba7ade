/** Request schemas of connections and share tokens (kebab keys; unknown keys → 400). */
import { Type, type Static } from 'typebox';
import { ListDocument, Nullable, NullableTimestamp, PlainResourceSchema, ResourceSchema, SingleDocument, Timestamp } from './documents.js';

const closed = { additionalProperties: false } as const;

export const CreateShareTokenBody = Type.Object(
  {
    data: Type.Object(
      {
        attributes: Type.Object(
          {
            'connection-id': Type.String({ maxLength: 255 }),
            'source-id': Type.String({ maxLength: 255 }),
            'expires-in-seconds': Type.Optional(Type.Integer({ minimum: 60, maximum: 1_814_400 })),
          },
          closed,
        ),
      },
      closed,
    ),
  },
  closed,
);
export type CreateShareTokenBody = Static<typeof CreateShareTokenBody>;

const FieldMappingSchema = Type.Object({ 'source-field-name': Type.String({ maxLength: 255 }), 'destination-field-name': Type.String({ maxLength: 255 }) }, closed);

/** Redeem takes no body, `{}`, `{"data": {"attributes": {}}}`, or a destination with optional mappings. */
export const RedeemShareTokenBody = Type.Union([
  Type.Null(),
  Type.Object(
    {
      data: Type.Optional(Type.Object({ attributes: Type.Optional(Type.Object({ 'destination-id': Type.Optional(Type.String({ maxLength: 255 })) }, closed)) }, closed)),
      meta: Type.Optional(Type.Object({ 'field-mappings': Type.Optional(Type.Array(FieldMappingSchema, { maxItems: 200 })) }, closed)),
    },
    closed,
  ),
]);
export type RedeemShareTokenBody = Static<typeof RedeemShareTokenBody>;

/** Actions that take no attributes accept an empty body or an empty envelope. */
export const EmptyBody = Type.Union([
  Type.Null(),
  Type.Object({ data: Type.Optional(Type.Object({ attributes: Type.Optional(Type.Object({}, closed)) }, closed)) }, closed),
]);

export const CreateConnectionBody = Type.Object(
  { data: Type.Object({ attributes: Type.Object({ 'destination-organization-id': Type.String({ maxLength: 255 }) }, closed) }, closed) },
  closed,
);
export type CreateConnectionBody = Static<typeof CreateConnectionBody>;

export const UpdatePeekSettingsBody = Type.Object(
  {
    data: Type.Object(
      {
        attributes: Type.Object(
          {
            'peek-source-data': Type.Optional(Type.Boolean()),
            'peek-visible-fields': Type.Optional(Type.Array(Type.String({ maxLength: 255 }), { maxItems: 100 })),
          },
          closed,
        ),
      },
      closed,
    ),
  },
  closed,
);
export type UpdatePeekSettingsBody = Static<typeof UpdatePeekSettingsBody>;

// ---- Responses -------------------------------------------------------------------------------

export const SHARE_TOKEN_STATUSES = ['created', 'pending', 'redeemed', 'expired', 'failed'] as const;
export const FAILURE_REASONS = ['source_not_found', 'source_redacted', 'import_failed', 'unrecoverable_error'] as const;
const literals = <const T extends string>(values: readonly T[]) => Type.Enum(values as T[]);

const PeekedObject = Type.Object({
  type: Type.String(),
  id: Type.String(),
  'peekable-attributes': Type.Object({ status: Type.Unknown(), fields: Type.Optional(Type.Record(Type.String(), Type.Unknown())) }),
});
/** What the destination may see of the source before redeeming (peek settings of the connection). */
export const SourceData = Type.Object({
  type: Type.String({ description: 'connect/source-data/<kind>' }),
  id: Type.String(),
  'peekable-attributes': Type.Object({
    status: Type.Unknown({ description: 'The status, or `{visibility}` when the peek settings hide it' }),
    fields: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  }),
  'related-objects': Type.Optional(Type.Array(PeekedObject)),
});

export const ShareTokenResource = ResourceSchema(
  'connect/share-token',
  {
    status: literals(SHARE_TOKEN_STATUSES),
    direction: literals(['outbound', 'inbound'] as const),
    'created-at': Timestamp,
    'updated-at': Timestamp,
    'pending-at': NullableTimestamp,
    'redeemed-at': NullableTimestamp,
    'expires-at': Timestamp,
    'failed-at': NullableTimestamp,
    'failure-reason': Nullable(literals(FAILURE_REASONS)),
    'redeem-mode': Nullable(literals(['clone', 'hydrate'] as const)),
    'source-data': SourceData,
  },
  {
    relationships: ['connect-connection', 'connection', 'creator', 'source', 'destination'] as const,
    description: 'A share token as the viewing party sees it: the source sees creator and source, the destination its destination',
  },
);
export type ShareTokenResource = Static<typeof ShareTokenResource>;
export const ShareTokenDocument = SingleDocument(ShareTokenResource);
export const ShareTokenList = ListDocument(ShareTokenResource);

export const ConnectionResource = ResourceSchema(
  'connect/connection',
  {
    status: literals(['pending', 'active', 'inactive'] as const),
    'source-organization-id': Type.String(),
    'destination-organization-id': Type.String(),
    'created-at': Timestamp,
    'updated-at': Timestamp,
  },
  { relationships: ['creator'] as const },
);
export type ConnectionResource = Static<typeof ConnectionResource>;
export const ConnectionDocument = SingleDocument(ConnectionResource);
export const ConnectionList = ListDocument(ConnectionResource);

/** (ext) `organization`: who is at the other end of a connection, by name; the id is its `org_…`. */
export const PartnerOrganizationResource = PlainResourceSchema(
  'organization',
  { name: Type.String({ description: "The organization's name" }) },
  "An organization at the other end of one of the caller's connections (the caller's own is not listed)",
  'ConnectOrganization',
);
export type PartnerOrganizationResource = Static<typeof PartnerOrganizationResource>;
export const PartnerOrganizationList = ListDocument(
  PartnerOrganizationResource,
  'Every organization at the other end of a connection of this environment, any status, by name; one page (both links null)',
);

export const PeekSettingsResource = ResourceSchema('connect/peek-settings', {
  'peek-source-data': Type.Boolean(),
  'peek-visible-fields': Type.Array(Type.String()),
  'updated-at': NullableTimestamp,
});
export type PeekSettingsResource = Static<typeof PeekSettingsResource>;
export const PeekSettingsDocument = SingleDocument(PeekSettingsResource);
export type SourceData = Static<typeof SourceData>;
