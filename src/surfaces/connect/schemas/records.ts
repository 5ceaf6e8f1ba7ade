/**
 * Request schemas of inquiries, verifications, accounts and transactions
 * (kebab keys; unknown keys → 400). `fields` stays an open object: field names
 * and values are business rules, checked by the records domain (422).
 */
import { Type, type Static } from 'typebox';
import { STANDARD_FIELDS, TRANSACTION_STATUSES, VERIFICATION_KINDS } from '../../../records/index.js';

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
