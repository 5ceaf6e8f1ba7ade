/** API keys (connect-api.md §8, §10): list, create, retrieve, update, expire; (ext) rotate and the permission catalog. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { TypedApp } from '../../../http/typed.js';
import type { AppDeps } from '../../../app-deps.js';
import { badRequest } from '../../../core/errors.js';
import {
  createApiKey,
  expireApiKey,
  getApiKey,
  listApiKeyPermissions,
  listApiKeys,
  rotateApiKey,
  updateApiKey,
  type ApiKeyContext,
} from '../../../credentials/index.js';
import { isAllowlistEntry } from '../../../http/ip-allowlist.js';
import { blocklisted, iso, sendList, sendResource, sparse } from '../jsonapi.js';
import { presentApiKey, presentApiKeyPermission } from '../presenters/index.js';
import { parseQuery, type ParsedQuery } from '../query.js';
import { pathId } from '../records-adapter.js';
import { IdParams } from '../schemas/common.js';
import {
  ApiKeyDocument,
  ApiKeyList,
  ApiKeyPermissionList,
  ApiKeyWithValueDocument,
  CreateApiKeyBody,
  ExpireApiKeyBody,
  RotateApiKeyBody,
  RotatedApiKeyDocument,
  UpdateApiKeyBody,
} from '../schemas/api-keys.js';

const READ = { permission: 'api_key.read' };
const WRITE = { permission: 'api_key.write' };

type Attributes = UpdateApiKeyBody['data']['attributes'];

/** API keys have no relationships: `include=` gives `included: []`, any name is a 400. */
function singleQuery(req: FastifyRequest): ParsedQuery {
  const q = parseQuery(req.query, { include: [] });
  req.connect.fields = q.fields;
  return q;
}

/** Body attributes as use-case input (the schema has checked types and ranges). */
function attributesInput(a: Attributes) {
  a['ip-address-allowlist']?.forEach((entry, i) => {
    if (!isAllowlistEntry(entry)) throw badRequest(`data.attributes.ip-address-allowlist.${i} must be *, an IP address or a CIDR block`);
  });
  return {
    ...(a.name !== undefined ? { name: a.name } : {}),
    ...(a.note !== undefined ? { note: a.note } : {}),
    ...(a['api-version'] !== undefined ? { apiVersion: a['api-version'] } : {}),
    ...(a['api-key-inflection'] !== undefined ? { keyInflection: a['api-key-inflection'] } : {}),
    ...(a['api-attributes-blocklist'] !== undefined ? { attributesBlocklist: a['api-attributes-blocklist'] } : {}),
    ...(a['ip-address-allowlist'] !== undefined ? { ipAllowlist: a['ip-address-allowlist'] } : {}),
    ...(a.permissions !== undefined ? { permissions: a.permissions } : {}),
    ...(a['file-access-token-expires-in'] !== undefined ? { fileAccessTokenExpiresIn: a['file-access-token-expires-in'] } : {}),
  };
}

/**
 * The key with a secret shown this once (create, rotate): never stripped by sparse fields or the
 * caller's blocklist, never cached, and `[REDACTED]` in a kept idempotent answer (no-store marks it).
 */
function withValue(req: FastifyRequest, reply: FastifyReply, credential: Parameters<typeof presentApiKey>[0], token: string) {
  const key = presentApiKey(credential);
  const shaped = blocklisted(sparse(key, req.connect.fields), req.connect.actor.attributesBlocklist);
  reply.header('Cache-Control', 'no-store');
  return { type: key.type, id: key.id, attributes: { ...shaped.attributes, value: token } };
}

export function apiKeyRoutes(app: TypedApp, deps: AppDeps): void {
  const ctx = (req: FastifyRequest): ApiKeyContext => ({
    actor: req.connect.actor,
    store: deps.store,
    clock: deps.clock,
    secret: deps.secret,
    verifier: deps.verifier,
  });

  app.get('/api-keys', { schema: { response: { 200: ApiKeyList } }, config: READ }, async (req, reply) => {
    const q = parseQuery(req.query, { cursor: 'api', filters: ['name'] });
    req.connect.fields = q.fields;
    const page = await listApiKeys({ ctx: ctx(req), input: { ...(q.filters.name ? { names: q.filters.name } : {}), page: q.page } });
    return sendList(req, reply, page, presentApiKey);
  });

  app.post('/api-keys', { schema: { body: CreateApiKeyBody, response: { 201: ApiKeyWithValueDocument } }, config: WRITE }, async (req, reply) => {
    const q = singleQuery(req);
    const input = attributesInput(req.body.data.attributes);
    const { credential, token } = await createApiKey({
      ctx: ctx(req),
      input: { ...input, name: input.name!, apiVersion: input.apiVersion ?? req.connect.version },
    });
    return reply.code(201).send({ data: withValue(req, reply, credential, token), ...(q.include ? { included: [] } : {}) });
  });

  // Before `/api-keys/:id` in intent; the router prefers the static segment either way.
  app.get('/api-keys/permissions', { schema: { response: { 200: ApiKeyPermissionList } }, config: READ }, async (req, reply) => {
    const q = parseQuery(req.query, {});
    req.connect.fields = q.fields;
    const data = listApiKeyPermissions({ ctx: { actor: req.connect.actor } });
    return sendList(req, reply, { items: data, hasMore: false }, presentApiKeyPermission);
  });

  app.get('/api-keys/:id', { schema: { params: IdParams, response: { 200: ApiKeyDocument } }, config: READ }, async (req, reply) => {
    const q = singleQuery(req);
    const key = await getApiKey({ ctx: ctx(req), input: { id: pathId(req, 'api') } });
    return sendResource(req, reply, 200, presentApiKey(key), q.include && []);
  });

  app.patch('/api-keys/:id', { schema: { params: IdParams, body: UpdateApiKeyBody, response: { 200: ApiKeyDocument } }, config: WRITE }, async (req, reply) => {
    const q = singleQuery(req);
    const input = { id: pathId(req, 'api'), ...attributesInput(req.body.data.attributes) };
    const key = await updateApiKey({ ctx: ctx(req), input });
    return sendResource(req, reply, 200, presentApiKey(key), q.include && []);
  });

  app.post('/api-keys/:id/expire', { schema: { params: IdParams, body: ExpireApiKeyBody, response: { 200: ApiKeyDocument } }, config: WRITE }, async (req, reply) => {
    const q = singleQuery(req);
    const seconds = req.body.meta['expires-in-seconds'];
    const key = await expireApiKey({ ctx: ctx(req), input: { id: pathId(req, 'api'), expiresInSeconds: seconds } });
    return sendResource(req, reply, 200, presentApiKey(key), q.include && []);
  });

  /**
   * (ext) A new secret for the key; the old one works for `meta.grace-period-seconds` more (default
   * one day, at most seven, 0: it stops at once). 200, not 201: the key is the same resource.
   */
  app.post(
    '/api-keys/:id/rotate',
    { schema: { params: IdParams, body: RotateApiKeyBody, response: { 200: RotatedApiKeyDocument } }, config: WRITE },
    async (req, reply) => {
      const q = singleQuery(req);
      const grace = req.body?.meta?.['grace-period-seconds'];
      const rotated = await rotateApiKey({ ctx: ctx(req), input: { id: pathId(req, 'api'), ...(grace !== undefined ? { gracePeriodSeconds: grace } : {}) } });
      return reply.code(200).send({
        data: withValue(req, reply, rotated.credential, rotated.token),
        ...(q.include ? { included: [] } : {}),
        meta: { 'previous-value-expires-at': iso(rotated.previousValidUntil) },
      });
    },
  );
}
