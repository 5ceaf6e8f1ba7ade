/** `…/users/{user_id}/tokens[/{token_id}]` (astra-api.md §4): list, create, retrieve, update, delete. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
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
import { entityTags, matchesTag } from '../media.js';
import { continueToken, parseCollectionQuery, project, type CollectionSpec } from '../list-query.js';
import { publicBase, VERSION_PREFIX } from '../base.js';
import { presentToken, TOKEN_MEDIA, withEtag } from '../presenters.js';
import { TokenPostBody, TokenPutBody } from '../schemas.js';

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
export function pathId(req: FastifyRequest, name: 'user_id' | 'token_id'): string {
  const id = (req.params as Record<string, string>)[name]!;
  if (!UUID_RE.test(id)) throw new AppError('NOT_FOUND', `unknown ${name}`);
  return id.toLowerCase();
}

/** Sends a JSON string as `media`, with `Cache-Control` when it carries a secret. */
function sendJson(reply: FastifyReply, status: number, media: string, body: string) {
  return reply.code(status).type(media).send(body);
}

/** The request's If-Match as a check of the current token's ETag (undefined: none sent). */
function ifMatch(req: FastifyRequest): ((t: UserToken) => boolean) | undefined {
  const raw = req.headers['if-match'];
  const tags = entityTags(Array.isArray(raw) ? raw[0] : raw, 'If-Match');
  if (tags === null) return undefined;
  return (t) => matchesTag(tags, withEtag(presentToken(t)).etag);
}

export async function tokenRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const ctx = (req: FastifyRequest): UserTokenContext => ({
    actor: requestActor(req),
    store: deps.store,
    clock: deps.clock,
    secret: deps.secret,
    verifier: deps.verifier,
  });

  app.get(COLLECTION, { config: { astra: { notFound: 2, media: 'application/json', query: true } } }, async (req, reply) => {
    const cq = parseCollectionQuery(req.query, TOKEN_COLLECTION);
    const result = await listUserApiTokens({ ctx: ctx(req), input: { userId: pathId(req, 'user_id'), query: cq.query } });
    const last = result.items[result.items.length - 1];
    const metadata: Record<string, unknown> = {};
    if (result.hasMore && last) metadata.continue = continueToken(TOKEN_COLLECTION, cq, last);
    if (result.total !== null) metadata.count = result.total;
    const items = result.items.map((t) => project(presentToken(t), cq.include));
    return reply.code(200).type('application/json').send({ type: 'application/astra-tokens', version: '1.0', items, metadata });
  });

  app.post(COLLECTION, { schema: { body: TokenPostBody }, config: { astra: { notFound: 2, media: TOKEN_MEDIA } } }, async (req, reply) => {
    const body = req.body as TokenPostBody;
    const userId = pathId(req, 'user_id');
    const { token, secret } = await createUserApiToken({
      ctx: ctx(req),
      input: { userId, name: body.name, labels: body.metadata?.labels ?? [] },
    });
    const accountId = (req.params as { account_id: string }).account_id.toLowerCase();
    reply.header('Location', `${publicBase(req, deps)}/accounts/${accountId}${VERSION_PREFIX}/users/${userId}/tokens/${token.id}`);
    reply.header('Cache-Control', 'no-store');
    // The only response that ever carries the secret: padded standard base64 of `tut_…`.
    const resource = { ...presentToken(token), token: Buffer.from(secret, 'utf8').toString('base64') };
    return sendJson(reply, 201, TOKEN_MEDIA, JSON.stringify(resource));
  });

  app.get(ITEM, { config: { astra: { notFound: 2, media: TOKEN_MEDIA } } }, async (req, reply) => {
    const token = await getUserApiToken({ ctx: ctx(req), input: { userId: pathId(req, 'user_id'), tokenId: pathId(req, 'token_id') } });
    const { body, etag } = withEtag(presentToken(token));
    reply.header('ETag', etag);
    const raw = req.headers['if-none-match'];
    const tags = entityTags(Array.isArray(raw) ? raw[0] : raw, 'If-None-Match');
    if (tags !== null && matchesTag(tags, etag)) return reply.code(304).send();
    return sendJson(reply, 200, TOKEN_MEDIA, body);
  });

  app.put(ITEM, { schema: { body: TokenPutBody }, config: { astra: { notFound: 1, media: null } } }, async (req, reply) => {
    const body = req.body as TokenPutBody;
    const precondition = ifMatch(req);
    const token = await updateUserApiToken({
      ctx: ctx(req),
      input: {
        userId: pathId(req, 'user_id'),
        tokenId: pathId(req, 'token_id'),
        ...(body.name !== undefined ? { name: body.name } : {}),
        ...(body.metadata?.labels !== undefined ? { labels: body.metadata.labels } : {}),
        ...(body.id !== undefined ? { bodyId: body.id } : {}),
        ...(body.userID !== undefined ? { bodyUserId: body.userID } : {}),
        ...(precondition ? { precondition } : {}),
      },
    });
    reply.header('ETag', withEtag(presentToken(token)).etag);
    return reply.code(204).send();
  });

  app.delete(ITEM, { config: { astra: { notFound: 1, media: null } } }, async (req, reply) => {
    const precondition = ifMatch(req);
    await deleteUserApiToken({
      ctx: ctx(req),
      input: { userId: pathId(req, 'user_id'), tokenId: pathId(req, 'token_id'), ...(precondition ? { precondition } : {}) },
    });
    return reply.code(204).send();
  });
}
