/**
 * The wire contract of `POST /secret-scanning/v1/github`: GitHub's secret
 * scanning partner program's report and answer, as GitHub documents them.
 * Reports are lenient about members GitHub may add later; answers are exact.
 */
import { Type, type Static } from 'typebox';

export const LeakReportBody = Type.Array(
  Type.Object(
    {
      token: Type.String({ maxLength: 4096, description: 'The string the scanner found' }),
      type: Type.String({ maxLength: 255, description: 'The token type it matched (as registered with GitHub, e.g. `tessera_personal_access_token`)' }),
      url: Type.Optional(Type.String({ maxLength: 8192, description: 'Where it was found' })),
      source: Type.Optional(Type.String({ maxLength: 255, description: 'GitHub\'s kind of location: `content`, `commit`, `pull_request`, `issue`, `gist`, …' })),
    },
    { additionalProperties: true },
  ),
  {
    maxItems: 1000,
    description:
      'One entry per finding, signed by GitHub: the raw body\'s ECDSA P-256 SHA-256 signature (base64 DER) in `Github-Public-Key-Signature`, by the key `Github-Public-Key-Identifier` names',
  },
);
export type LeakReportBody = Static<typeof LeakReportBody>;

export const LeakAnswer = Type.Array(
  Type.Object(
    {
      token_raw: Type.String({ description: 'The reported string, as reported' }),
      token_type: Type.String({ description: 'The reported type, as reported' }),
      label: Type.Union([Type.Literal('true_positive'), Type.Literal('false_positive')], {
        description:
          '`true_positive`: it was a live Tessera credential (now revoked, unless its organization only asks to be notified); `false_positive`: anything else — unknown, malformed, expired or already revoked — without saying which',
      }),
    },
    { additionalProperties: false },
  ),
  { description: 'One verdict per reported entry, in the report\'s order (GitHub\'s format)' },
);
export type LeakAnswer = Static<typeof LeakAnswer>;

export const SignatureHeaders = Type.Object(
  {
    'github-public-key-identifier': Type.Optional(Type.String({ description: 'The `key_identifier` of the key (in `TESSERA_SECRET_SCANNING_KEYS`) that signed the body' })),
    'github-public-key-signature': Type.Optional(Type.String({ description: 'Base64 of the DER ECDSA P-256 SHA-256 signature of the raw body' })),
  },
  { additionalProperties: true },
);
