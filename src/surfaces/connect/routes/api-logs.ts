/** API logs (connect-api.md §9, §10): list with filters and retrieve by `req_…`, the caller's environment only. */
import type { FastifyRequest } from 'fastify';
import type { TypedApp } from '../../../http/typed.js';
import type { AppDeps } from '../../../app-deps.js';
import { getApiLog, listApiLogs, type ApiLogFilter, type ApiLogReadContext, type StatusFilter } from '../../../api-logs/index.js';
import { settlesWithin } from '../../../core/deadline.js';
import { badRequest } from '../../../core/errors.js';
import { sendList, sendResource } from '../jsonapi.js';
import { presentApiLog } from '../presenters/index.js';
import { parseQuery } from '../query.js';
import { filterDate, pathId } from '../records-adapter.js';
import { ApiLogDocument, ApiLogList } from '../schemas/api-logs.js';
import { IdParams } from '../schemas/common.js';

const READ = { permission: 'api_log.read' };
/**
 * Longest a read waits for the buffer to be written first. Normally a write
 * takes milliseconds; while the database is away it would wait out a write
 * that cannot succeed, on top of the read's own bounded wait (then 503).
 */
const FLUSH_WAIT_MS = 1_000;
const FILTERS = ['status', 'path', 'method', 'created-at-start', 'created-at-end'] as const;

/** `404` → exactly 404; `4xx` → 400–499. */
function statusFilter(value: string): StatusFilter {
  if (/^[1-5]\d\d$/.test(value)) return { exact: Number(value) };
  if (/^[1-5]xx$/i.test(value)) {
    const min = Number(value[0]) * 100;
    return { min, max: min + 99 };
  }
  throw badRequest('filter[status] must be a status such as 404 or a class such as 4xx');
}

function toFilter(filters: Record<string, string[]>): ApiLogFilter {
  const f: ApiLogFilter = {};
  if (filters.status) f.statuses = filters.status.map(statusFilter);
  if (filters.method) {
    if (filters.method.some((m) => !/^[A-Za-z]{1,16}$/.test(m))) throw badRequest('filter[method] must be HTTP methods such as GET or POST');
    f.methods = filters.method.map((m) => m.toUpperCase());
  }
  if (filters.path) {
    if (filters.path.some((p) => !p.startsWith('/'))) throw badRequest('filter[path] must be path prefixes starting with /');
    f.paths = filters.path;
  }
  const start = filterDate('created-at-start', filters['created-at-start']);
  const end = filterDate('created-at-end', filters['created-at-end']);
  if (start) f.createdAtStart = start;
  if (end) f.createdAtEnd = end;
  return f;
}

export function apiLogRoutes(app: TypedApp, deps: AppDeps): void {
  // Reads first write what this process has buffered, so a request's log is found right after its response.
  const flush = async () => void (await settlesWithin(deps.apiLogs.flush(), FLUSH_WAIT_MS));
  const ctx = (req: FastifyRequest): ApiLogReadContext => ({ actor: req.connect.actor, store: deps.store, flush });

  app.get('/api-logs', { schema: { response: { 200: ApiLogList } }, config: READ }, async (req, reply) => {
    const q = parseQuery(req.query, { cursor: 'req', filters: FILTERS });
    req.connect.fields = q.fields;
    const page = await listApiLogs({ ctx: ctx(req), input: { filter: toFilter(q.filters), page: q.page } });
    return sendList(req, reply, page, presentApiLog);
  });

  app.get('/api-logs/:id', { schema: { params: IdParams, response: { 200: ApiLogDocument } }, config: READ }, async (req, reply) => {
    const q = parseQuery(req.query, { include: [] });
    req.connect.fields = q.fields;
    const entry = await getApiLog({ ctx: ctx(req), input: { id: pathId(req, 'req') } });
    return sendResource(req, reply, 200, presentApiLog(entry), q.include && []);
  });
}
