/**
 * Request and response schemas of inquiries, verifications, accounts and
 * transactions (kebab keys; unknown request keys → 400). A request's `fields`
 * stays an open object: field names and values are business rules, checked by
 * the records domain (422).
 */
import { Type, type Static } from 'typebox';
import { INQUIRY_STATUSES, STANDARD_FIELDS, TRANSACTION_STATUSES, VERIFICATION_KINDS } from '../../../records/index.js';
import { AnyResource, ListDocument, Nullable, NullableTimestamp, PlainResourceSchema, ResourceSchema, SingleDocument, Timestamp } from './documents.js';

const closed = { additionalProperties: false } as const;
const Text = (maxLength = 255) => Type.String({ maxLength });
const NullableText = (maxLength = 255) => Type.Union([Type.String({ maxLength }), Type.Null()]);
const Tags = Type.Array(Text(), { maxItems: 100 });
const NullableTags = Type.Union([Tags, Type.Null()]);
const Fields = Type.Record(Type.String(), Type.Unknown(), { maxProperties: 200 });
const NullableFields = Type.Union([Fields, Type.Null()]);
const NullableSeconds = Type.Union([Type.Integer({ minimum: 0, maximum: 2_147_483_647 }), Type.Null()]);

export const CreateInquiryBody = Type.Object(
  {
    data: Type.Object(
      {
        attributes: Type.Object(
          {
            // Template, theme and flow attributes are accepted and ignored (connect-api.md §4).
            'template-id': Type.Optional(NullableText()),
            'inquiry-template-id': Type.Optional(NullableText()),
            'inquiry-template-version-id': Type.Optional(NullableText()),
            'creator-email-address': Type.Optional(NullableText()),
            'theme-id': Type.Optional(NullableText()),
            'theme-set-id': Type.Optional(NullableText()),
            'initial-step-name': Type.Optional(NullableText()),
            'reference-id': Type.Optional(NullableText()),
            'account-id': Type.Optional(NullableText()),
            'redirect-uri': Type.Optional(NullableText(2048)),
            note: Type.Optional(NullableText(10_000)),
            fields: Type.Optional(NullableFields),
            tags: Type.Optional(NullableTags),
          },
          closed,
        ),
      },
      closed,
    ),
    meta: Type.Optional(
      Type.Object(
        {
          'auto-create-account': Type.Optional(Type.Boolean()),
          'auto-create-account-type-id': Type.Optional(Text()),
          'auto-create-account-reference-id': Type.Optional(Text()),
          'auto-create-inquiry-session': Type.Optional(Type.Boolean()),
          'auto-create-one-time-link': Type.Optional(Type.Boolean()),
          'expiration-after-create-interval-seconds': Type.Optional(NullableSeconds),
          'expiration-after-start-interval-seconds': Type.Optional(NullableSeconds),
          'expiration-after-resume-interval-seconds': Type.Optional(NullableSeconds),
          'one-time-link-expiration-seconds': Type.Optional(NullableSeconds),
        },
        closed,
      ),
    ),
  },
  closed,
);
export type CreateInquiryBody = Static<typeof CreateInquiryBody>;

export const UpdateInquiryBody = Type.Object(
  {
    data: Type.Optional(
      Type.Object(
        {
          attributes: Type.Optional(
            Type.Object(
              {
                note: Type.Optional(NullableText(10_000)),
                fields: Type.Optional(NullableFields),
                tags: Type.Optional(Tags),
                'redirect-uri': Type.Optional(NullableText(2048)),
              },
              closed,
            ),
          ),
        },
        closed,
      ),
    ),
  },
  closed,
);
export type UpdateInquiryBody = Static<typeof UpdateInquiryBody>;

/** approve and decline: no body, or `meta.comment`. The object comes first so a bad key is what a 400 names. */
export const DecisionBody = Type.Union([
  Type.Object({ meta: Type.Optional(Type.Object({ comment: Type.Optional(Text(10_000)) }, closed)) }, closed),
  Type.Null(),
]);
export type DecisionBody = Static<typeof DecisionBody>;

/** Other inquiry actions take no body, `{}` or an empty envelope. */
export const ActionBody = Type.Union([
  Type.Object(
    {
      data: Type.Optional(Type.Object({ attributes: Type.Optional(Type.Object({}, closed)) }, closed)),
      meta: Type.Optional(Type.Object({}, closed)),
    },
    closed,
  ),
  Type.Null(),
]);

const Check = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 255 }),
    status: Type.Enum(['passed', 'failed', 'not_applicable']),
    reasons: Type.Optional(Type.Array(Text(), { maxItems: 100 })),
    requirement: Type.Optional(Text()),
    metadata: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  },
  closed,
);

export const CreateVerificationBody = Type.Object(
  {
    data: Type.Object(
      {
        type: Type.Enum(VERIFICATION_KINDS.map((k) => `verification/${k}` as const)),
        attributes: Type.Object(
          {
            'inquiry-id': Text(),
            status: Type.Enum(['passed', 'failed']),
            checks: Type.Optional(Type.Array(Check, { maxItems: 100 })),
            'country-code': Type.Optional(NullableText(2)),
            tags: Type.Optional(Tags),
          },
          closed,
        ),
      },
      closed,
    ),
  },
  closed,
);
export type CreateVerificationBody = Static<typeof CreateVerificationBody>;

/** Accounts take the standard fields as top-level attributes too. */
const standardAttributes = Object.fromEntries(Object.keys(STANDARD_FIELDS).map((name) => [name, Type.Optional(NullableText(1024))]));

const AccountAttributes = Type.Object(
  {
    'reference-id': Type.Optional(Text()),
    'account-status': Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    'account-type-id': Type.Optional(Text()),
    fields: Type.Optional(NullableFields),
    tags: Type.Optional(NullableTags),
    ...standardAttributes,
  },
  closed,
);
export type AccountAttributes = Static<typeof AccountAttributes>;

export const AccountBody = Type.Object({ data: Type.Optional(Type.Object({ attributes: Type.Optional(AccountAttributes) }, closed)) }, closed);
export type AccountBody = Static<typeof AccountBody>;

export const CreateTransactionBody = Type.Object(
  {
    data: Type.Optional(
      Type.Object(
        {
          attributes: Type.Optional(
            Type.Object(
              {
                'transaction-type-id': Type.Optional(Text()),
                'reference-id': Type.Optional(Text()),
                fields: Type.Optional(NullableFields),
                tags: Type.Optional(NullableTags),
              },
              closed,
            ),
          ),
        },
        closed,
      ),
    ),
    meta: Type.Optional(Type.Object({}, closed)),
  },
  closed,
);
export type CreateTransactionBody = Static<typeof CreateTransactionBody>;

export const UpdateTransactionBody = Type.Object(
  {
    data: Type.Optional(
      Type.Object(
        {
          attributes: Type.Optional(
            Type.Object(
              {
                'reference-id': Type.Optional(Text()),
                status: Type.Optional(Type.Enum([...TRANSACTION_STATUSES])),
                fields: Type.Optional(NullableFields),
                tags: Type.Optional(Tags),
              },
              closed,
            ),
          ),
        },
        closed,
      ),
    ),
  },
  closed,
);
export type UpdateTransactionBody = Static<typeof UpdateTransactionBody>;

// ---- Responses -------------------------------------------------------------------------------

/** `fields` as sent: field name (not inflected) → `{type, value}`. */
const FieldValues = Type.Record(Type.String(), Type.Object({ type: Type.String({ description: 'string, number, boolean or date' }), value: Type.Unknown() }), {
  description: 'Field name (never key-inflected) → its type and value',
});
const StringList = Type.Array(Type.String());

export const AccountResource = PlainResourceSchema(
  'account',
  {
    'reference-id': Nullable(Type.String()),
    'account-type-name': Type.String(),
    'account-status': Type.String(),
    fields: FieldValues,
    tags: StringList,
    'created-at': Timestamp,
    'updated-at': Timestamp,
    'redacted-at': NullableTimestamp,
  },
  'An account; it has no relationships',
);
export type AccountResource = Static<typeof AccountResource>;
export const AccountDocument = SingleDocument(AccountResource);
export const AccountList = ListDocument(AccountResource);

export const TransactionResource = PlainResourceSchema(
  'transaction',
  {
    status: Type.Enum([...TRANSACTION_STATUSES]),
    'reference-id': Nullable(Type.String()),
    fields: FieldValues,
    tags: StringList,
    'created-at': Timestamp,
    'updated-at': Timestamp,
  },
  'A transaction; it has no relationships',
);
export type TransactionResource = Static<typeof TransactionResource>;
export const TransactionDocument = SingleDocument(TransactionResource);
export const TransactionList = ListDocument(TransactionResource);

const VerificationCheck = Type.Object({
  name: Type.String(),
  status: Type.Enum(['passed', 'failed', 'not_applicable']),
  reasons: StringList,
  requirement: Type.String({ description: 'required, not_required or requires_retry' }),
  metadata: Type.Record(Type.String(), Type.Unknown()),
});
const UnixSeconds = Type.Integer({ description: 'The same time in Unix seconds' });

export const VerificationResource = ResourceSchema(
  VERIFICATION_KINDS.map((k) => `verification/${k}` as const),
  {
    status: Type.Enum(['passed', 'failed']),
    'created-at': Timestamp,
    'created-at-ts': UnixSeconds,
    'submitted-at': NullableTimestamp,
    'submitted-at-ts': Nullable(UnixSeconds),
    'completed-at': NullableTimestamp,
    'completed-at-ts': Nullable(UnixSeconds),
    'redacted-at': NullableTimestamp,
    'country-code': Nullable(Type.String({ description: 'ISO 3166-1 alpha-2' })),
    tags: StringList,
    checks: Type.Array(VerificationCheck),
  },
  { relationships: ['inquiry'] as const, title: 'Verification', description: 'A verification (`verification/<kind>`): the attributes every kind shares' },
);
export type VerificationResource = Static<typeof VerificationResource>;
export const VerificationDocument = SingleDocument(VerificationResource);

export const InquiryResource = ResourceSchema(
  'inquiry',
  {
    status: Type.Enum([...INQUIRY_STATUSES]),
    'reference-id': Nullable(Type.String()),
    note: Nullable(Type.String()),
    behaviors: Nullable(Type.Record(Type.String(), Type.Unknown(), { description: 'Always null: Tessera computes no risk signals' })),
    tags: StringList,
    creator: Type.String({ description: 'The id of the API key that created it; empty when none did (a redemption clone)' }),
    'reviewer-comment': Nullable(Type.String()),
    'created-at': Timestamp,
    'updated-at': Timestamp,
    'started-at': NullableTimestamp,
    'expires-at': NullableTimestamp,
    'completed-at': NullableTimestamp,
    'failed-at': NullableTimestamp,
    'marked-for-review-at': NullableTimestamp,
    'decisioned-at': NullableTimestamp,
    'expired-at': NullableTimestamp,
    'redacted-at': NullableTimestamp,
    'previous-step-name': Nullable(Type.String({ description: 'Always null: Tessera runs no hosted flow' })),
    'next-step-name': Nullable(Type.String({ description: 'Always null: Tessera runs no hosted flow' })),
    fields: FieldValues,
  },
  { relationships: ['account', 'verifications', 'reviewer'] as const },
);
export type InquiryResource = Static<typeof InquiryResource>;
export const InquiryDocument = SingleDocument(InquiryResource);
export const InquiryList = ListDocument(InquiryResource);

/** POST /inquiries: Tessera runs no hosted flow, so no session or one-time link is ever made. */
export const CreatedInquiryDocument = Type.Object({
  data: InquiryResource,
  included: Type.Optional(Type.Array(AnyResource)),
  meta: Type.Object({ 'session-token': Type.Null(), 'one-time-link': Type.Null(), 'one-time-link-short': Type.Null() }),
});
