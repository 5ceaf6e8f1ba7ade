/**
 * `…/users[/{user_id}]` (astra-api.md §5): read-only. Users are managed through
 * `/admin/v1`, so creating, replacing or deleting one here is problem 11.
 */
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { AppDeps } from '../../../app-deps.js';
import { forbidden } from '../../../core/errors.js';
import type { FieldCondition, FilterOp } from '../../../core/list-query.js';
import { requireScope } from '../../../credentials/index.js';
import { getUser, listUsers, type User, type UserListField } from '../../../identity/index.js';
import { requestActor } from '../../../http/request-actor.js';
import type { TypedApp } from '../../../http/typed.js';
import { VERSION_PREFIX } from '../base.js';
import { continueToken, parseCollectionQuery, project, type CollectionSpec } from '../list-query.js';
import { presentUser, USER_MEDIA, withEtag } from '../presenters.js';
import { NoContent, NOT_ACCEPTABLE, NOT_MODIFIED, problem, USER_CREATED, USER_LIST, USER_RETRIEVED } from '../schemas.js';
import { notModified, pathId, sendTagged } from './tokens.js';

const COLLECTION = `/:account_id${VERSION_PREFIX}/users`;
const ITEM = `${COLLECTION}/:user_id`;

/** `state` is always `active`: a condition on it keeps every user or none. */
function stateCondition(op: FilterOp, values: string[]): FieldCondition<UserListField> | null {
  const matches = op === 'eq' || op === 'in' ? values.includes('active') : op === 'lte' || op === 'gte' ? values[0] === 'active' : op === 'lt' ? 'active' < values[0]! : 'active' > values[0]!;
  return matches ? null : { field: 'id', op: 'in', value: [] };
}

function enabledCondition(op: FilterOp, values: string[]): FieldCondition<UserListField> | null {
  const wanted = values.filter((v) => v === 'true' || v === 'false').map((v) => v === 'true');
  if (op !== 'eq' && op !== 'in') return { field: 'id', op: 'in', value: [] };
  return { field: 'enabled', op: 'in', value: wanted };
}

export const USER_COLLECTION: CollectionSpec<UserListField> = {
  includable: [
    'type',
    'version',
    'id',
    'state',
    'isEnabled',
    'authID',
    'authProvider',
    'firstName',
    'lastName',
    'companyName',
    'email',
    'sendWelcomeEmail',
    'enableTimestamp',
    'lastActTimestamp',
    'metadata',
  ],
  filters: {
    id: { field: 'id' },
    email: { field: 'email' },
    firstName: { field: 'firstName' },
    lastName: { field: 'lastName' },
    state: { field: 'id', condition: stateCondition },
    isEnabled: { field: 'enabled', condition: enabledCondition },
    'metadata.creationTimestamp': { field: 'createdAt', parse: (v) => new Date(v) },
  },
  orderable: { id: 'id', email: 'email', firstName: 'firstName', lastName: 'lastName' },
  defaultOrder: 'createdAt',
  sortValue: (field, item) => {
    const u = item as User;
    switch (field) {
      case 'createdAt':
        return u.createdAt.toISOString();
      case 'email':
        return u.email;
      case 'firstName':
        return u.firstName;
      case 'lastName':
        return u.lastName;
      default:
        return u.id;
    }
  },
  parseSortValue: (field, value) => (field === 'createdAt' ? new Date(value) : value),
};

const AccountParams = Type.Object({ account_id: Type.String() });
const UserParams = Type.Object({ account_id: Type.String(), user_id: Type.String() });

/** What NetApp's reference answers to managing users here, and what Tessera answers instead. */
const MANAGED_ELSEWHERE = problem('Users are managed through /admin/v1: operation not permitted (11)');
const REFERENCE_ONLY = 'In NetApp’s reference only: Tessera never changes users here (403, problem 11)';

export async function userRoutes(app: TypedApp, deps: AppDeps): Promise<void> {
  const ctx = (req: FastifyRequest) => {
    const actor = requestActor(req);
    // Every role reads its organization's users; a personal access token needs user:read.
    requireScope(actor, 'user:read');
    return { actor, store: deps.store };
  };

  app.get(
    COLLECTION,
    { schema: { params: AccountParams, response: { 200: USER_LIST, 406: NOT_ACCEPTABLE } }, config: { astra: { notFound: 2, media: 'application/json', query: true } } },
    async (req, reply) => {
      const cq = parseCollectionQuery(req.query, USER_COLLECTION);
      const result = await listUsers({ ctx: ctx(req), input: { query: cq.query } });
      const last = result.items[result.items.length - 1];
      const metadata: { continue?: string; count?: number } = {};
      if (result.hasMore && last) metadata.continue = continueToken(USER_COLLECTION, cq, last);
      if (result.total !== null) metadata.count = result.total;
      const items = result.items.map((u) => project(presentUser(u), cq.include));
      return reply.type('application/json').send({ type: 'application/astra-users', version: '1.2', items, metadata });
    },
  );

  app.get(
    ITEM,
    { schema: { params: UserParams, response: { 200: USER_RETRIEVED, 304: NOT_MODIFIED, 406: NOT_ACCEPTABLE } }, config: { astra: { notFound: 2, media: USER_MEDIA } } },
    async (req, reply) => {
      const user = await getUser({ ctx: ctx(req), input: { id: pathId(req.params.user_id, 'user_id') } });
      const resource = presentUser(user);
      const tagged = withEtag(resource);
      reply.header('ETag', tagged.etag);
      if (notModified(req, tagged.etag)) return reply.code(304).send();
      return sendTagged(reply, USER_MEDIA, resource, tagged);
    },
  );

  const managedElsewhere = async (req: FastifyRequest, userId?: string) => {
    // An unknown (or another organization's) user is still a 404.
    if (userId !== undefined) await getUser({ ctx: { actor: requestActor(req), store: deps.store }, input: { id: pathId(userId, 'user_id') } });
    throw forbidden('Users are managed through the admin API');
  };
  app.post(
    COLLECTION,
    { schema: { params: AccountParams, response: { 201: USER_CREATED, 403: MANAGED_ELSEWHERE, 406: NOT_ACCEPTABLE } }, config: { astra: { notFound: 2, media: USER_MEDIA } } },
    async (req) => managedElsewhere(req),
  );
  app.put(
    ITEM,
    { schema: { params: UserParams, response: { 204: NoContent(REFERENCE_ONLY), 403: MANAGED_ELSEWHERE } }, config: { astra: { notFound: 1, media: null } } },
    async (req) => managedElsewhere(req, req.params.user_id),
  );
  app.delete(
    ITEM,
    { schema: { params: UserParams, response: { 204: NoContent(REFERENCE_ONLY), 403: MANAGED_ELSEWHERE } }, config: { astra: { notFound: 1, media: null } } },
    async (req) => managedElsewhere(req, req.params.user_id),
  );
}
