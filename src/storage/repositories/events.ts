import type { EventRepository } from '../../events/ports.js';
import type { EventName, EventPayload, EventRecord } from '../../events/types.js';
import { sql } from 'kysely';
import { coalesceById } from '../../core/coalesce.js';
import type { Db, Tx } from '../database.js';
import { paginate } from '../paging.js';
import type { Row } from '../schema.js';

const event = (r: Row<'events'>): EventRecord => ({
  id: r.id,
  organizationId: r.organization_id,
  environmentId: r.environment_id,
  name: r.name as EventName,
  objectId: r.object_id,
  payload: r.payload as unknown as EventPayload,
  createdAt: r.created_at,
});

export function eventRepository(db: Db | Tx): EventRepository {
  // Outside a transaction, the dispatcher's and the deliveries' reads of one turn share a query.
  const byId = db.isTransaction
    ? null
    : coalesceById((ids) => db.selectFrom('events').selectAll().where('id', '=', sql<string>`any(${ids}::uuid[])`).execute(), (r) => r.id);
  return {
    async insert(events) {
      await db
        .insertInto('events')
        .values(
          events.map((e) => ({
            id: e.id,
            organization_id: e.organizationId,
            environment_id: e.environmentId,
            name: e.name,
            object_id: e.objectId,
            payload: JSON.stringify(e.payload),
            created_at: e.createdAt,
          })),
        )
        .execute();
    },
    async find(environmentId, id) {
      const r = await db.selectFrom('events').selectAll().where('id', '=', id).where('environment_id', '=', environmentId).executeTakeFirst();
      return r ? event(r) : null;
    },
    async findById(id) {
      const r = byId ? await byId(id) : await db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? event(r) : null;
    },
    async list(environmentId, filter, page) {
      let q = db.selectFrom('events').selectAll().where('environment_id', '=', environmentId);
      if (filter.names?.length) q = q.where('name', 'in', filter.names);
      if (filter.objectIds?.length) q = q.where('object_id', 'in', filter.objectIds);
      if (filter.ids?.length) q = q.where('id', 'in', filter.ids);
      if (filter.createdAtStart) q = q.where('created_at', '>=', filter.createdAtStart);
      if (filter.createdAtEnd) q = q.where('created_at', '<=', filter.createdAtEnd);
      const p = await paginate(q, 'id', page);
      return { items: p.items.map(event), hasMore: p.hasMore };
    },
  };
}
