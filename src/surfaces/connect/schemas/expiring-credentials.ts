/** GET /api/v1/expiring-credentials: what expires within the smallest expiry warning lead (a Tessera extension). */
import { Type } from 'typebox';

const Lead = Type.String({ pattern: '^[1-9][0-9]*[dhm]$', description: 'A lead time in its largest whole unit (`7d`, `1d`, `1h`, `30m`)' });

const ExpiringCredential = Type.Object(
  {
    type: Type.Literal('expiring-credential'),
    id: Type.String({ description: 'The API key (`api_…`), share token (`cnst_…`) or webhook (`wbh_…`, for a secret of it)' }),
    attributes: Type.Object(
      {
        kind: Type.Union([Type.Literal('api-key'), Type.Literal('share-token'), Type.Literal('webhook-secret')], {
          description: '`webhook-secret`: a secret of the webhook that a rotation replaced, signing until `expires-at`',
        }),
        name: Type.Union([Type.String(), Type.Null()], { description: 'The API key\'s or webhook\'s name; null for a share token' }),
        'expires-at': Type.String({ format: 'date-time' }),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);

export const ExpiringCredentialsDocument = Type.Object(
  {
    data: Type.Array(ExpiringCredential, { description: 'Soonest first; at most 100' }),
    meta: Type.Object(
      {
        'expiry-warning-leads': Type.Array(Lead, { description: 'The organization\'s expiry warning lead times, longest first (its own, or the server\'s)' }),
        within: Lead,
        'within-seconds': Type.Integer({ minimum: 60, description: 'The smallest lead in seconds: everything listed expires within it' }),
      },
      { additionalProperties: false },
    ),
  },
  {
    additionalProperties: false,
    title: 'ExpiringCredentials',
    description:
      "What in the caller's environment expires within its organization's smallest expiry warning lead: API keys in force, share tokens not yet redeemed (either side; with `share_token.read`) and webhook secrets a rotation replaced (with `webhook.read`). Needs `api_key.read`. Attribute names are always kebab-case (Key-Inflection does not apply).",
  },
);
