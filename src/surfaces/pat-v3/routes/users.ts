/** `GET /v3/me`, `/v3/users[/:id]` (read-only) and `/v3/scopes` (pat-v3-api.md §6). */
import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../app-deps.js';
import { AppError } from '../../../core/errors.js';
import { requireScope, SCOPES } from '../../../credentials/index.js';
import { getOrganization, getUser, listUsers, type UserListField } from '../../../identity/index.js';
import { requestActor as v3Actor } from '../../../http/request-actor.js';
import type { TypedApp } from '../../../http/typed.js';
import { presentUser } from '../presenters.js';
import { parsePaging, type PagingSpec } from '../query.js';
import { IdParams, ScopeList, UserPage, V3User } from '../schemas.js';
import { paginate } from './paging.js';

export const USER_PAGING: PagingSpec<UserListField> = {
  sortable: { createdAt: 'createdAt', name: 'name', email: 'email', lastSeenAt: 'lastSeenAt' },
  defaultSort: 'createdAt',
  search: 'nameOrEmail',
};
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function userRoutes(app: TypedApp, deps: AppDeps): Promise<void> {
  const ctx = (req: FastifyRequest) => ({ actor: v3Actor(req), store: deps.store });

  app.get('/me', { schema: { response: { 200: V3User } } }, async (req) => {
    const c = ctx(req);
    const [user, org] = await Promise.all([getUser({ ctx: c, input: { id: c.actor.userId! } }), getOrganization({ ctx: c })]);
    return presentUser(user, org);
  });

  app.get('/users', { schema: { response: { 200: UserPage } } }, async (req, reply) => {
    const c = ctx(req);
    requireScope(c.actor, 'user:read');
    const { page, limit, query } = parsePaging(req.query, USER_PAGING);
    const [result, org] = await Promise.all([listUsers({ ctx: c, input: { query } }), getOrganization({ ctx: c })]);
    paginate(reply, { page, limit, total: result.total ?? 0 });
    return reply.code(200).send(result.items.map((u) => presentUser(u, org)));
  });

  app.get('/users/:id', { schema: { params: IdParams, response: { 200: V3User } } }, async (req) => {
    const c = ctx(req);
    requireScope(c.actor, 'user:read');
    const id = req.params.id;
    if (!UUID_RE.test(id)) throw new AppError('NOT_FOUND', 'Not found');
    const [user, org] = await Promise.all([getUser({ ctx: c, input: { id: id.toLowerCase() } }), getOrganization({ ctx: c })]);
    return presentUser(user, org);
  });

  app.get('/scopes', { schema: { response: { 200: ScopeList } } }, async () => SCOPES.map((s) => ({ name: s.name, description: s.description, enforced: s.enforced })));
}
