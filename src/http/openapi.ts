/**
 * The OpenAPI 3.1 contract at `GET /openapi.json`, built by @fastify/swagger
 * from the very route schemas that validate requests (body, params,
 * querystring, response), and the API reference at `/docs` (Scalar's
 * standalone bundle, served from node_modules: no external assets; loaded on
 * the first request to /docs, as it costs half a second of CPU to load).
 * Registered before the surfaces, so every route they add is collected.
 */
import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { lazyRoutes } from './lazy-routes.js';
import { addSeedExamples, type OpenApiDoc } from './openapi-examples.js';
import { markOptionalBodies } from './openapi-bodies.js';
import { addQueryParameters } from './openapi-query.js';
import { addWebhooks } from './openapi-webhooks.js';
import { hoistNamedSchemas } from './openapi-components.js';

export const OPENAPI_PATH = '/openapi.json';
export const DOCS_PREFIX = '/docs';

type SecurityRequirement = Record<string, string[]>;

interface SurfaceDoc {
  prefix: string;
  tag: string;
  security: SecurityRequirement[];
}

/** The public surfaces by URL prefix: their tag and how a caller authenticates. */
const SURFACES: SurfaceDoc[] = [
  { prefix: '/api/v1/', tag: 'Connect', security: [{ apiKey: [] }, { userToken: [] }] },
  { prefix: '/v3/', tag: 'Personal access tokens (/v3)', security: [{ userToken: [] }] },
  { prefix: '/accounts/', tag: 'Astra', security: [{ userToken: [] }] },
  // `{}`: client_secret_post puts the client's credentials in the form body, which no security scheme can express.
  { prefix: '/oauth/', tag: 'OAuth', security: [{ oauthClient: [] }, { apiKey: [] }, { adminToken: [] }, {}] },
  { prefix: '/admin/v1/', tag: 'Admin', security: [{ adminToken: [] }] },
  // No credential: GitHub signs each report (an ECDSA signature of the raw body), which no security scheme can express.
  { prefix: '/secret-scanning/', tag: 'Secret scanning', security: [] },
];

/** Fastify's `/a/:id` → OpenAPI's `/a/{id}`. */
export function openApiPath(url: string): string {
  return url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

/** The contract's version (package.json's). */
export const API_VERSION = '0.1.0';

export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Tessera API',
        version: API_VERSION,
        description:
          'Self-hostable token service: API keys, personal access tokens, user API tokens and cross-organization share tokens. ' +
          'Connect (`/api/v1`, Persona-compatible), personal access tokens (`/v3`, Cryptlex-compatible), Astra (`/accounts/{account_id}/core/v1`, NetApp-compatible), ' +
          'token introspection and revocation (`/oauth`), administration (`/admin/v1`) and leaked-secret reports from secret scanners (`/secret-scanning/v1`).',
        license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
      },
      tags: SURFACES.map((s) => ({ name: s.tag })),
      components: {
        securitySchemes: {
          apiKey: { type: 'http', scheme: 'bearer', description: 'A Connect API key (`Authorization: Bearer <key>`).' },
          userToken: {
            type: 'http',
            scheme: 'bearer',
            bearerFormat: 'JWT',
            description:
              'A user credential: a session JWT from `POST /v3/accounts/login`, a personal access token or a user API token. ' +
              'On Connect only a session is accepted, together with the `Tessera-Environment: sandbox|production` header (the dashboard signs in this way).',
          },
          adminToken: { type: 'http', scheme: 'bearer', description: 'The operator token (`TESSERA_ADMIN_TOKEN`).' },
          oauthClient: {
            type: 'http',
            scheme: 'basic',
            description:
              '`client_secret_basic` (RFC 6749 §2.3.1): the API key\'s id (`api_…`) as user name and the API key (holding `oauth.introspect`) as password, or `admin` and the admin token. ' +
              '`client_secret_post` sends the same two as `client_id` and `client_secret` in the form body instead (no header). A bare `Authorization: Bearer <API key or admin token>` works too.',
          },
        },
      },
    },
    // Shared schemas (the error bodies) are components named by their `$id`.
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
    // Every route is documented; the ones without a response schema get a generic answer.
    transform: ({ schema, url, route }) => {
      const surface = SURFACES.find((s) => url.startsWith(s.prefix));
      const anonymous = (route.config as { anonymous?: boolean } | undefined)?.anonymous === true;
      const base = (schema ?? {}) as Record<string, unknown>;
      const out: Record<string, unknown> = { ...base };
      if (surface) {
        out.tags = [surface.tag];
        out.security = anonymous ? [] : surface.security;
      }
      return { schema: out as typeof schema, url };
    },
    transformObject: (documentObject) => {
      const doc = (documentObject as { openapiObject: OpenApiDoc }).openapiObject;
      markOptionalBodies(doc);
      addSeedExamples(doc);
      addQueryParameters(doc);
      addWebhooks(doc);
      // Last: every titled schema (the resources) becomes one component, referenced everywhere.
      hoistNamedSchemas(doc);
      return doc as never;
    },
  });

  app.get(OPENAPI_PATH, { schema: { hide: true } }, async () => app.swagger());

  // The page and its script: the routes Scalar's plugin registers under its prefix (with ignoreTrailingSlash).
  lazyRoutes(app, [`${DOCS_PREFIX}/`, `${DOCS_PREFIX}/js/scalar.js`], { schema: { hide: true } }, async (docs) => {
    const { default: scalar } = await import('@scalar/fastify-api-reference');
    await docs.register(scalar, {
      routePrefix: DOCS_PREFIX,
      configuration: {
        url: OPENAPI_PATH,
        pageTitle: 'Tessera API reference',
        // No request to fonts.scalar.com: the system fonts are used.
        withDefaultFonts: false,
        telemetry: false,
      },
    });
  });
}
