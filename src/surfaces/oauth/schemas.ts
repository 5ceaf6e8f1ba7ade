/**
 * The /oauth wire contract: the form bodies, the introspection answer (RFC
 * 7662's members with RFC 7662's meanings, Tessera's own details under
 * `tessera_` names), the error body (RFC 6749 §5.2) and the RFC 8414 metadata.
 * Documentation only for the bodies: the surface's own form parser validates
 * them (duplicates, unsafe text), so the route schemas must not re-validate.
 */
import { Type, type Static } from 'typebox';

export const CREDENTIAL_KINDS = ['api_key', 'personal_access_token', 'user_api_token', 'session'] as const;
const CredentialKind = (description?: string) =>
  Type.Union([Type.Literal('api_key'), Type.Literal('personal_access_token'), Type.Literal('user_api_token'), Type.Literal('session')], description ? { description } : {});

const clientAuthFields = {
  client_id: Type.Optional(
    Type.String({ description: '`client_secret_post`: the client: the API key\'s id (`api_…`), or `admin` for the admin token. With Basic, the Basic user name.' }),
  ),
  client_secret: Type.Optional(Type.String({ description: '`client_secret_post`: the API key (or the admin token). Not together with an `Authorization` header.' })),
};

export const IntrospectForm = Type.Object(
  {
    token: Type.String({ minLength: 1, description: 'The credential to describe: an API key, a personal access token, a user API token (either form) or a session JWT.' }),
    token_type_hint: Type.Optional(Type.String({ description: 'Accepted and ignored (RFC 7009 §2.1): Tessera recognizes every credential kind by its format.' })),
    ...clientAuthFields,
  },
  { additionalProperties: true },
);

export const RevokeForm = Type.Object(
  {
    token: Type.String({ minLength: 1, description: 'The credential to revoke (a session JWT ends that session).' }),
    token_type_hint: Type.Optional(Type.String({ description: 'Accepted and ignored (RFC 7009 §2.1).' })),
    ...clientAuthFields,
  },
  { additionalProperties: true },
);

export const Introspection = Type.Object(
  {
    active: Type.Boolean({ description: 'Whether the credential is usable now and visible to the client (its own organization; the admin token sees all).' }),
    scope: Type.Optional(Type.String({ description: 'Space-separated effective scopes (a user credential, cut to the owner\'s role) or an API key\'s permissions.' })),
    username: Type.Optional(Type.String({ description: 'The owning user\'s email (user credentials only).' })),
    token_type: Type.Optional(Type.Literal('Bearer', { description: 'Every Tessera credential is a bearer token (RFC 6750).' })),
    exp: Type.Optional(Type.Integer({ description: 'Expiry (seconds since the epoch); absent for a credential that does not expire.' })),
    iat: Type.Optional(Type.Integer({ description: 'Issue time (seconds since the epoch).' })),
    sub: Type.Optional(Type.String({ description: 'The user\'s id (as `/v3` and Astra show it) for user credentials; the organization\'s id for an API key.' })),
    iss: Type.Optional(Type.String({ description: 'The issuer (the `issuer` of `/.well-known/oauth-authorization-server`).' })),
    jti: Type.Optional(Type.String({ description: 'A session\'s id (sessions only).' })),
    tessera_credential_kind: Type.Optional(CredentialKind('Tessera\'s credential kind.')),
    tessera_credential_id: Type.Optional(
      Type.String({ description: 'The credential\'s id where Tessera shows it: an API key\'s `api_…`, a personal access token\'s `/v3` id, a user API token\'s Astra id (absent for sessions: see `jti`).' }),
    ),
    tessera_organization_id: Type.Optional(Type.String({ description: 'The owning organization (its `/v3` organizationId and Astra account_id).' })),
    tessera_environment_id: Type.Optional(Type.String({ description: 'An API key\'s environment (`env_…`).' })),
    tessera_environment: Type.Optional(Type.Union([Type.Literal('sandbox'), Type.Literal('production')], { description: 'An API key\'s environment kind.' })),
    tessera_user_role: Type.Optional(Type.Union([Type.Literal('owner'), Type.Literal('admin'), Type.Literal('member'), Type.Literal('viewer')], { description: 'The owning user\'s current role (user credentials only).' })),
  },
  { additionalProperties: false },
);
export type IntrospectionBody = Static<typeof Introspection>;

export const OAuthErrorBody = Type.Object(
  {
    error: Type.Union(
      ['invalid_request', 'invalid_client', 'unauthorized_client', 'unsupported_token_type', 'slow_down', 'server_error', 'temporarily_unavailable'].map((e) => Type.Literal(e)),
    ),
    error_description: Type.String(),
  },
  { additionalProperties: false },
);

export const AUTH_METHODS = ['client_secret_basic', 'client_secret_post'] as const;

export const Metadata = Type.Object(
  {
    issuer: Type.String({ description: 'The server\'s public base URL (`TESSERA_PUBLIC_URL`, else the request\'s scheme and host).' }),
    introspection_endpoint: Type.String(),
    introspection_endpoint_auth_methods_supported: Type.Array(Type.String()),
    revocation_endpoint: Type.String(),
    revocation_endpoint_auth_methods_supported: Type.Array(Type.String()),
    service_documentation: Type.String({ description: 'The API reference (`/docs/`).' }),
    tessera_credential_kinds_supported: Type.Array(CredentialKind(), {
      description: 'The credential kinds both endpoints take (Tessera extension; every one is an OAuth `Bearer` access token).',
    }),
  },
  { additionalProperties: false },
);
export type MetadataBody = Static<typeof Metadata>;
