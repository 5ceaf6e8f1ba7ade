/**
 * `…/users[/{user_id}]` (astra-api.md §5): read-only. Users are managed through
 * `/admin/v1`, so creating, replacing or deleting one here is problem 11.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../app-deps.js';
import { forbidden } from '../../../core/errors.js';
import type { FieldCondition, FilterOp } from '../../../core/list-query.js';
import { requireScope } from '../../../credentials/index.js';
import { getUser, listUsers, type User, type UserListField } from '../../../identity/index.js';
import { requestActor } from '../../../http/request-actor.js';
import { VERSION_PREFIX } from '../base.js';
import { continueToken, parseCollectionQuery, project, type CollectionSpec } from '../list-query.js';
import { presentUser, USER_MEDIA, withEtag } from '../presenters.js';
import { pathId } from './tokens.js';

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

export async function userRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const ctx = (req: FastifyRequest) => {
    const actor = requestActor(req);
    // Every role reads its organization's users; a personal access token needs user:read.
    requireScope(actor, 'user:read');
    return { actor, store: deps.store };
  };

  app.get(COLLECTION, { config: { astra: { notFound: 2, media: 'application/json', query: true } } }, async (req, reply) => {
    const cq = parseCollectionQuery(req.query, USER_COLLECTION);
    const result = await listUsers({ ctx: ctx(req), input: { query: cq.query } });
    const last = result.items[result.items.length - 1];
    const metadata: Record<string, unknown> = {};
    if (result.hasMore && last) metadata.continue = continueToken(USER_COLLECTION, cq, last);
    if (result.total !== null) metadata.count = result.total;
    const items = result.items.map((u) => project(presentUser(u), cq.include));
    return reply.code(200).type('application/json').send({ type: 'application/astra-users', version: '1.2', items, metadata });
  });

  app.get(ITEM, { config: { astra: { notFound: 2, media: USER_MEDIA } } }, async (req, reply) => {
    const user = await getUser({ ctx: ctx(req), input: { id: pathId(req, 'user_id') } });
    const { body, etag } = withEtag(presentUser(user));
    reply.header('ETag', etag);
    return reply.code(200).type(USER_MEDIA).send(body);
  });

  const managedElsewhere = async (req: FastifyRequest) => {
    // An unknown (or another organization's) user is still a 404.
    if ((req.params as { user_id?: string }).user_id !== undefined) await getUser({ ctx: { actor: requestActor(req), store: deps.store }, input: { id: pathId(req, 'user_id') } });
    throw forbidden('Users are managed through the admin API');
  };
  app.post(COLLECTION, { config: { astra: { notFound: 2, media: USER_MEDIA } } }, managedElsewhere);
  app.put(ITEM, { config: { astra: { notFound: 1, media: null } } }, managedElsewhere);
  app.delete(ITEM, { config: { astra: { notFound: 1, media: null } } }, managedElsewhere);
}
