/** Users of an organization (`/admin/v1/organizations/:id/users`, `/admin/v1/users/:id`): roles, state, password, profile. */
import type { AppDeps } from '../../../app-deps.js';
import { notFound } from '../../../core/errors.js';
import { decodeId } from '../../../core/ids.js';
import type { TypedApp } from '../../../http/typed.js';
import { createUser, deleteUser, updateUser, type ProfileInput } from '../../../identity/index.js';
import { parseQuery } from '../../connect/query.js';
import { presentUser } from '../presenters.js';
import { AdminUserDocument, AdminUserList, CreateUserBody, IdParams, NoContent, UpdateUserBody } from '../schemas.js';
import { loadOrganization } from './organizations.js';
import { nextLink } from './paging.js';

/** The admin API's kebab profile fields → the domain's. */
function profileInput(body: Partial<UpdateUserBody>): ProfileInput {
  const out: ProfileInput = {};
  if (body['first-name'] !== undefined) out.firstName = body['first-name'];
  if (body['last-name'] !== undefined) out.lastName = body['last-name'];
  if (body.company !== undefined) out.company = body.company;
  if (body.tags !== undefined) out.tags = body.tags;
  if (body.metadata !== undefined) {
    out.metadata = body.metadata.map((m) => ({
      key: m.key,
      value: m.value,
      ...(m['view-permissions'] !== undefined ? { viewPermissions: m['view-permissions'] } : {}),
      ...(m.visible !== undefined ? { visible: m.visible } : {}),
    }));
  }
  return out;
}

function userUuid(id: string): string {
  const uuid = decodeId('user', id);
  if (!uuid) throw notFound();
  return uuid;
}

export function userRoutes(app: TypedApp, deps: AppDeps): void {
  const ctx = { store: deps.store, clock: deps.clock, secret: deps.secret, verifier: deps.verifier };

  app.post('/organizations/:id/users', { schema: { params: IdParams, body: CreateUserBody, response: { 201: AdminUserDocument } } }, async (req, reply) => {
    const org = await loadOrganization(deps, req.params.id);
    const body = req.body;
    const user = await createUser({
      ctx,
      input: { organizationId: org.id, email: body.email, role: body.role, name: body.name ?? '', password: body.password ?? null, ...profileInput(body) },
    });
    return reply.code(201).send({ data: presentUser(user) });
  });

  app.get('/organizations/:id/users', { schema: { params: IdParams, response: { 200: AdminUserList } } }, async (req) => {
    const org = await loadOrganization(deps, req.params.id);
    const q = parseQuery(req.query, { cursor: 'user' });
    const page = await deps.store.identity.listUsers(org.id, q.page);
    const data = page.items.map(presentUser);
    return { data, links: { next: nextLink(`/organizations/${req.params.id}/users`, q.page, page.hasMore, data[data.length - 1]?.id) } };
  });

  /** Role, state, password and profile; applies to the user's sessions and tokens at once. */
  app.patch('/users/:id', { schema: { params: IdParams, body: UpdateUserBody, response: { 200: AdminUserDocument } } }, async (req) => {
    const body = req.body;
    const user = await updateUser({
      ctx: { ...ctx, sessions: deps.verifier },
      input: {
        id: userUuid(req.params.id),
        ...profileInput(body),
        ...(body.role !== undefined ? { role: body.role } : {}),
        ...(body.disabled !== undefined ? { disabled: body.disabled } : {}),
        ...(body.password !== undefined ? { password: body.password } : {}),
      },
    });
    return { data: presentUser(user) };
  });

  /** Deletes the user and every credential it holds; its sessions and tokens fail at once. */
  app.delete('/users/:id', { schema: { params: IdParams, response: { 204: NoContent('The user and every credential it held are gone; its sessions and tokens fail at once') } } }, async (req, reply) => {
    await deleteUser({ ctx: { ...ctx, sessions: deps.verifier }, input: { id: userUuid(req.params.id) } });
    return reply.code(204).send();
  });
}
