/** `/v3/personal-access-tokens` (pat-v3-api.md §5): list, create, retrieve, update, delete, rotate. */
import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../app-deps.js';
import { AppError } from '../../../core/errors.js';
import type { FieldCondition } from '../../../core/list-query.js';
import {
  createPersonalAccessToken,
  deletePersonalAccessToken,
  getPersonalAccessToken,
  listPersonalAccessTokens,
  rotatePersonalAccessToken,
  updatePersonalAccessToken,
  type UserToken,
  type UserTokenContext,
  type UserTokenField,
} from '../../../credentials/index.js';
import { getOrganization, getUser, type Organization } from '../../../identity/index.js';
import { requestActor as v3Actor } from '../../../http/request-actor.js';
import type { TypedApp } from '../../../http/typed.js';
import { presentPersonalAccessToken, presentUser, withSecret, type V3User } from '../presenters.js';
import { parseBooleanParam, parseDateParam, parsePaging, parseUuidParam, type PagingSpec } from '../query.js';
import { CreatedPat, CreatePatBody, IdParams, NoContent, PatPage, RotateBody, RotatedPat, UpdatePatBody, V3PersonalAccessToken } from '../schemas.js';
import { paginate } from './paging.js';

export const PAT_PAGING: PagingSpec<UserTokenField> = {
  sortable: { createdAt: 'createdAt', updatedAt: 'updatedAt', name: 'name', expiresAt: 'expiresAt', lastUsedAt: 'lastUsedAt' },
  defaultSort: 'createdAt',
  search: 'name',
};
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BASE = '/v3/personal-access-tokens';

/** Path ids match case-insensitively; a malformed one is answered like an unknown one. */
function tokenId(req: { params: { id: string } }): string {
  const id = req.params.id;
  if (!UUID_RE.test(id)) throw new AppError('NOT_FOUND', 'Not found');
  return id.toLowerCase();
}

const date = (s: string | null | undefined): Date | null | undefined => (s === undefined ? undefined : s === null ? null : new Date(s));

export async function personalAccessTokenRoutes(app: TypedApp, deps: AppDeps): Promise<void> {
  const ctx = (req: FastifyRequest): UserTokenContext => ({
    actor: v3Actor(req),
    store: deps.store,
    clock: deps.clock,
    secret: deps.secret,
    verifier: deps.verifier,
  });

  /** Presents tokens with their owners embedded, each owner read once. */
  async function present(c: UserTokenContext, tokens: UserToken[]) {
    const read = { actor: c.actor, store: deps.store };
    const org: Organization = await getOrganization({ ctx: read });
    const users = new Map<string, V3User>();
    for (const id of new Set(tokens.map((t) => t.userId))) users.set(id, presentUser(await getUser({ ctx: read, input: { id } }), org));
    return tokens.map((t) => presentPersonalAccessToken(t, users.get(t.userId)!));
  }

  app.get('/personal-access-tokens', { schema: { response: { 200: PatPage } } }, async (req, reply) => {
    const c = ctx(req);
    const extra: FieldCondition<UserTokenField>[] = [];
    const userId = parseUuidParam(req.query, 'userId');
    const revoked = parseBooleanParam(req.query, 'revoked');
    const gte = parseDateParam(req.query, 'expiresAt[gte]');
    const lte = parseDateParam(req.query, 'expiresAt[lte]');
    if (userId !== undefined) extra.push({ field: 'userId', op: 'eq', value: userId });
    if (revoked !== undefined) extra.push({ field: 'revoked', op: 'eq', value: revoked });
    if (gte) extra.push({ field: 'expiresAt', op: 'gte', value: gte });
    if (lte) extra.push({ field: 'expiresAt', op: 'lte', value: lte });
    const { page, limit, query } = parsePaging(req.query, { ...PAT_PAGING, extra });
    const result = await listPersonalAccessTokens({ ctx: c, input: { query } });
    paginate(reply, { page, limit, total: result.total ?? 0 });
    return reply.code(200).send(await present(c, result.items));
  });

  app.post('/personal-access-tokens', { schema: { body: CreatePatBody, response: { 201: CreatedPat } } }, async (req, reply) => {
    const c = ctx(req);
    const body = req.body;
    const { token, secret } = await createPersonalAccessToken({
      ctx: c,
      input: { name: body.name, scopes: body.scopes, expiresAt: date(body.expiresAt) ?? null, ...(body.revoked !== undefined ? { revoked: body.revoked } : {}) },
    });
    reply.header('Location', `${BASE}/${token.id}`);
    reply.header('Cache-Control', 'no-store');
    return reply.code(201).send(withSecret((await present(c, [token]))[0]!, secret));
  });

  app.get('/personal-access-tokens/:id', { schema: { params: IdParams, response: { 200: V3PersonalAccessToken } } }, async (req) => {
    const c = ctx(req);
    const token = await getPersonalAccessToken({ ctx: c, input: { id: tokenId(req) } });
    return (await present(c, [token]))[0]!;
  });

  app.patch('/personal-access-tokens/:id', { schema: { params: IdParams, body: UpdatePatBody, response: { 200: V3PersonalAccessToken } } }, async (req) => {
    const c = ctx(req);
    const body = req.body;
    const expiresAt = date(body.expiresAt);
    const token = await updatePersonalAccessToken({
      ctx: c,
      input: {
        id: tokenId(req),
        ...(body.name !== undefined ? { name: body.name } : {}),
        ...(body.scopes !== undefined ? { scopes: body.scopes } : {}),
        ...(expiresAt !== undefined ? { expiresAt } : {}),
        ...(body.revoked !== undefined ? { revoked: body.revoked } : {}),
      },
    });
    return (await present(c, [token]))[0]!;
  });

  app.delete('/personal-access-tokens/:id', { schema: { params: IdParams, response: { 204: NoContent('The token is gone; its secret fails at once') } } }, async (req, reply) => {
    await deletePersonalAccessToken({ ctx: ctx(req), input: { id: tokenId(req) } });
    return reply.code(204).send();
  });

  app.post('/personal-access-tokens/:id/rotate', { schema: { params: IdParams, body: RotateBody, response: { 200: RotatedPat } } }, async (req, reply) => {
    const c = ctx(req);
    // No body (or null): no grace, the old secret stops at once.
    const gracePeriodSeconds = req.body?.gracePeriodSeconds ?? 0;
    const { token, secret } = await rotatePersonalAccessToken({ ctx: c, input: { id: tokenId(req), gracePeriodSeconds } });
    reply.header('Cache-Control', 'no-store');
    return reply.code(200).send(withSecret((await present(c, [token]))[0]!, secret));
  });
}
