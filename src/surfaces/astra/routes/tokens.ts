/** `…/users/{user_id}/tokens[/{token_id}]` (astra-api.md §4): list, create, retrieve, update, delete. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { AppDeps } from '../../../app-deps.js';
import { AppError } from '../../../core/errors.js';
import {
  createUserApiToken,
  deleteUserApiToken,
  getUserApiToken,
  listUserApiTokens,
  updateUserApiToken,
  type UserToken,
  type UserTokenContext,
  type UserTokenField,
} from '../../../credentials/index.js';
import { requestActor } from '../../../http/request-actor.js';
import type { TypedApp } from '../../../http/typed.js';
import { entityTags, matchesTag } from '../media.js';
import { continueToken, parseCollectionQuery, project, type CollectionSpec } from '../list-query.js';
import { publicBase, VERSION_PREFIX } from '../base.js';
import { presentCreatedToken, presentToken, TOKEN_MEDIA, withEtag } from '../presenters.js';
import {
  NoContent,
  NOT_ACCEPTABLE,
  NOT_MODIFIED,
  PRECONDITION_FAILED,
  TOKEN_CREATED,
  TOKEN_LIST,
  TOKEN_RETRIEVED,
  TokenPostBody,
  TokenPutBody,
  type AstraToken,
  type AstraUser,
} from '../schemas.js';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const COLLECTION = `/:account_id${VERSION_PREFIX}/users/:user_id/tokens`;
const ITEM = `${COLLECTION}/:token_id`;

const date = (v: string) => new Date(v);

export const TOKEN_COLLECTION: CollectionSpec<UserTokenField> = {
  includable: ['type', 'version', 'id', 'name', 'userID', 'metadata'],
  filters: {
    id: { field: 'id' },
    name: { field: 'name' },
    'metadata.creationTimestamp': { field: 'createdAt', parse: date },
    'metadata.modificationTimestamp': { field: 'updatedAt', parse: date },
    'metadata.createdBy': { field: 'createdBy' },
  },
  orderable: { id: 'id', name: 'name' },
  defaultOrder: 'createdAt',
  sortValue: (field, item) => {
    const t = item as UserToken;
    return field === 'createdAt' ? t.createdAt.toISOString() : field === 'name' ? t.name : t.id;
  },
  parseSortValue: (field, value) => (field === 'createdAt' ? new Date(value) : value),
};

/** A path id: matched case-insensitively; a malformed one is answered like an unknown one. */
export function pathId(id: string, name: 'user_id' | 'token_id'): string {
  if (!UUID_RE.test(id)) throw new AppError('NOT_FOUND', `unknown ${name}`);
  return id.toLowerCase();
}

/** Path parameters (any string: an id that is no UUID is a 404 problem, like an unknown one). */
export const UserParams = Type.Object({ account_id: Type.String(), user_id: Type.String() });
const TokenParams = Type.Object({ account_id: Type.String(), user_id: Type.String(), token_id: Type.String() });

function header(req: FastifyRequest, name: string): string | undefined {
  const raw = req.headers[name];
  return Array.isArray(raw) ? raw[0] : raw;
}

/** Whether the request's If-None-Match names `etag` (a malformed header is problem 12). */
export function notModified(req: FastifyRequest, etag: string): boolean {
  const tags = entityTags(header(req, 'if-none-match'), 'If-None-Match');
  return tags !== null && matchesTag(tags, etag);
}

/**
 * Answers `resource` as `media` with its ETag: the bytes sent are the very bytes the ETag
 * hashes (withEtag's), and `resource` is typed by the route's response schema.
 */
export function sendTagged<R extends AstraToken | AstraUser>(reply: FastifyReply, media: string, resource: R, tagged: { body: string }) {
  return reply.type(media).serializer(() => tagged.body).send(resource);
}

/** The request's If-Match as a check of the current token's ETag (undefined: none sent). */
function ifMatch(req: FastifyRequest): ((t: UserToken) => boolean) | undefined {
  const tags = entityTags(header(req, 'if-match'), 'If-Match');
  if (tags === null) return undefined;
  return (t) => matchesTag(tags, withEtag(presentToken(t)).etag);
}

export async function tokenRoutes(app: TypedApp, deps: AppDeps): Promise<void> {
  const ctx = (req: FastifyRequest): UserTokenContext => ({
    actor: requestActor(req),
    store: deps.store,
    clock: deps.clock,
    secret: deps.secret,
    verifier: deps.verifier,
  });

  app.get(
    COLLECTION,
    { schema: { params: UserParams, response: { 200: TOKEN_LIST, 406: NOT_ACCEPTABLE } }, config: { astra: { notFound: 2, media: 'application/json', query: true } } },
    async (req, reply) => {
      const cq = parseCollectionQuery(req.query, TOKEN_COLLECTION);
      const result = await listUserApiTokens({ ctx: ctx(req), input: { userId: pathId(req.params.user_id, 'user_id'), query: cq.query } });
      const last = result.items[result.items.length - 1];
      const metadata: { continue?: string; count?: number } = {};
      if (result.hasMore && last) metadata.continue = continueToken(TOKEN_COLLECTION, cq, last);
      if (result.total !== null) metadata.count = result.total;
      const items = result.items.map((t) => project(presentToken(t), cq.include));
      return reply.type('application/json').send({ type: 'application/astra-tokens', version: '1.0', items, metadata });
    },
  );

  app.post(
    COLLECTION,
    { schema: { params: UserParams, body: TokenPostBody, response: { 201: TOKEN_CREATED, 406: NOT_ACCEPTABLE } }, config: { astra: { notFound: 2, media: TOKEN_MEDIA } } },
    async (req, reply) => {
      const body = req.body;
      const userId = pathId(req.params.user_id, 'user_id');
      const { token, secret } = await createUserApiToken({
        ctx: ctx(req),
        input: { userId, name: body.name, labels: body.metadata?.labels ?? [] },
      });
      const accountId = req.params.account_id.toLowerCase();
      reply.header('Location', `${publicBase(req, deps)}/accounts/${accountId}${VERSION_PREFIX}/users/${userId}/tokens/${token.id}`);
      reply.header('Cache-Control', 'no-store');
      // The only response that ever carries the secret.
      return reply.code(201).type(TOKEN_MEDIA).send(presentCreatedToken(token, secret));
    },
  );

  app.get(
    ITEM,
    { schema: { params: TokenParams, response: { 200: TOKEN_RETRIEVED, 304: NOT_MODIFIED, 406: NOT_ACCEPTABLE } }, config: { astra: { notFound: 2, media: TOKEN_MEDIA } } },
    async (req, reply) => {
      const token = await getUserApiToken({ ctx: ctx(req), input: { userId: pathId(req.params.user_id, 'user_id'), tokenId: pathId(req.params.token_id, 'token_id') } });
      const resource = presentToken(token);
      const tagged = withEtag(resource);
      reply.header('ETag', tagged.etag);
      if (notModified(req, tagged.etag)) return reply.code(304).send();
      return sendTagged(reply, TOKEN_MEDIA, resource, tagged);
    },
  );

  app.put(
    ITEM,
    {
      schema: {
        params: TokenParams,
        body: TokenPutBody,
        response: { 204: NoContent('Updated (extension: the new ETag)', { ETag: { type: 'string', description: 'The token’s new entity tag' } }), 412: PRECONDITION_FAILED },
      },
      config: { astra: { notFound: 1, media: null } },
    },
    async (req, reply) => {
      const body = req.body;
      const precondition = ifMatch(req);
      const token = await updateUserApiToken({
        ctx: ctx(req),
        input: {
          userId: pathId(req.params.user_id, 'user_id'),
          tokenId: pathId(req.params.token_id, 'token_id'),
          ...(body.name !== undefined ? { name: body.name } : {}),
          ...(body.metadata?.labels !== undefined ? { labels: body.metadata.labels } : {}),
          ...(body.id !== undefined ? { bodyId: body.id } : {}),
          ...(body.userID !== undefined ? { bodyUserId: body.userID } : {}),
          ...(precondition ? { precondition } : {}),
        },
      });
      reply.header('ETag', withEtag(presentToken(token)).etag);
      return reply.code(204).send();
    },
  );

  app.delete(
    ITEM,
    { schema: { params: TokenParams, response: { 204: NoContent('Deleted: the token’s secret fails at once'), 412: PRECONDITION_FAILED } }, config: { astra: { notFound: 1, media: null } } },
    async (req, reply) => {
      const precondition = ifMatch(req);
      await deleteUserApiToken({
        ctx: ctx(req),
        input: { userId: pathId(req.params.user_id, 'user_id'), tokenId: pathId(req.params.token_id, 'token_id'), ...(precondition ? { precondition } : {}) },
      });
      return reply.code(204).send();
    },
  );
}
