/** GET /events, GET /events/:id (connect-api.md §5). */
import type { TypedApp } from '../../../http/typed.js';
import type { AppDeps } from '../../../app-deps.js';
import { badRequest, notFound } from '../../../core/errors.js';
import { decodeId, type IdPrefix } from '../../../core/ids.js';
import { getEvent, listEvents, type EventFilter } from '../../../events/index.js';
import { sendList, sendResource } from '../jsonapi.js';
import { presentEvent } from '../presenters/index.js';
import { parseQuery } from '../query.js';
import { IdParams } from '../schemas/common.js';
import { EventDocument, EventList } from '../schemas/events.js';

function date(name: string, value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) throw badRequest(`filter[${name}] must be an ISO 8601 date-time`);
  return d;
}

/** Object ids of any prefix; unknown ones simply match nothing. */
function objectUuids(ids: string[]): string[] {
  const out: string[] = [];
  for (const id of ids) {
    const prefix = id.slice(0, id.indexOf('_')) as IdPrefix;
    const uuid = decodeId(prefix, id);
    out.push(uuid ?? '00000000-0000-0000-0000-000000000000');
  }
  return out;
}

export function eventRoutes(app: TypedApp, deps: AppDeps): void {
  app.get('/events', { schema: { response: { 200: EventList } }, config: { permission: 'event.read' } }, async (req, reply) => {
    const q = parseQuery(req.query, {
      cursor: 'evt',
      filters: ['name', 'object-id', 'id', 'created-at-start', 'created-at-end'],
    });
    const f = q.filters;
    const filter: EventFilter = {};
    if (f.name) filter.names = f.name;
    if (f['object-id']) filter.objectIds = objectUuids(f['object-id']);
    if (f.id) filter.ids = f.id.map((id) => decodeId('evt', id) ?? '00000000-0000-0000-0000-000000000000');
    const start = date('created-at-start', f['created-at-start']?.[0]);
    const end = date('created-at-end', f['created-at-end']?.[0]);
    if (start) filter.createdAtStart = start;
    if (end) filter.createdAtEnd = end;
    req.connect.fields = q.fields;
    const page = await listEvents({ ctx: { actor: req.connect.actor, store: deps.store }, input: { filter, page: q.page } });
    return sendList(req, reply, page, presentEvent);
  });

  app.get('/events/:id', { schema: { params: IdParams, response: { 200: EventDocument } }, config: { permission: 'event.read' } }, async (req, reply) => {
    const q = parseQuery(req.query, {});
    const id = decodeId('evt', req.params.id);
    if (!id) throw notFound();
    req.connect.fields = q.fields;
    const event = await getEvent({ ctx: { actor: req.connect.actor, store: deps.store }, input: { id } });
    return sendResource(req, reply, 200, presentEvent(event));
  });
}
