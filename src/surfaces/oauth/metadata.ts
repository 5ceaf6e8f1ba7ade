/**
 * RFC 8414 authorization server metadata at `/.well-known/oauth-authorization-server`:
 * where introspection and revocation are and how a client authenticates there,
 * so that a generic OAuth client (openid-client's `discovery()`) finds them.
 * Tessera issues no tokens through OAuth flows, so there is no authorization or
 * token endpoint and no response or grant types: RFC 8414 §3.2 has empty lists
 * omitted, and erratum 7793 makes `response_types_supported` required only
 * with an authorization endpoint.
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app-deps.js';
import { publicBase } from '../astra/base.js';
import { AUTH_METHODS, CREDENTIAL_KINDS, Metadata, type MetadataBody } from './schemas.js';
import { PLAIN_ERRORS } from '../../http/error-responses.js';

export const METADATA_PATH = '/.well-known/oauth-authorization-server';

/** The issuer identifier: the public base URL, without a trailing slash. */
export function issuerOf(base: string): string {
  return base.replace(/\/+$/, '');
}

export function oauthMetadataRoute(app: FastifyInstance, deps: Pick<AppDeps, 'config'>): void {
  // An issuer with a path (`https://host/tessera`) has its metadata at `/.well-known/oauth-authorization-server/tessera` (RFC 8414 §3.1).
  const issuerPath = deps.config.publicUrl ? new URL(deps.config.publicUrl).pathname.replace(/\/+$/, '') : '';
  for (const url of issuerPath ? [METADATA_PATH, METADATA_PATH + issuerPath] : [METADATA_PATH]) route(app, deps, url);
}

function route(app: FastifyInstance, deps: Pick<AppDeps, 'config'>, url: string): void {
  app.get(
    url,
    {
      config: { anonymous: true },
      schema: {
        tags: ['OAuth'],
        security: [],
        summary: 'OAuth 2.0 authorization server metadata (RFC 8414)',
        response: { 200: { description: 'The metadata', ...Metadata }, ...PLAIN_ERRORS },
      },
    },
    async (req, reply): Promise<MetadataBody> => {
      const issuer = issuerOf(publicBase(req, deps));
      reply.header('Cache-Control', 'public, max-age=300');
      return {
        issuer,
        introspection_endpoint: `${issuer}/oauth/introspect`,
        introspection_endpoint_auth_methods_supported: [...AUTH_METHODS],
        revocation_endpoint: `${issuer}/oauth/revoke`,
        revocation_endpoint_auth_methods_supported: [...AUTH_METHODS],
        service_documentation: `${issuer}/docs/`,
        tessera_credential_kinds_supported: [...CREDENTIAL_KINDS],
      };
    },
  );
}
