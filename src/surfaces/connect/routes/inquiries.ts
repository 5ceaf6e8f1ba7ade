/** Inquiries (connect-api.md §4, §10): create, retrieve, list, update, redact and the status actions. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { TypedApp } from '../../../http/typed.js';
import type { AppDeps } from '../../../app-deps.js';
import { badRequest } from '../../../core/errors.js';
import {
  approveInquiry,
  completeInquiry,
  createInquiry,
  declineInquiry,
  expireInquiry,
  failInquiry,
  getAccount,
  getInquiry,
  listInquiries,
  markInquiryForReview,
  redactInquiry,
  updateInquiry,
  INQUIRY_STATUSES,
  type InquiryFilter,
  type InquiryStatus,
  type InquiryWithVerifications,
  type RecordsContext,
} from '../../../records/index.js';
import { sendList, sendResource, type ResourceLike } from '../jsonapi.js';
import { presentAccount, presentInquiry, presentVerification } from '../presenters/index.js';
import { parseQuery, type ParsedQuery } from '../query.js';
import { bodyId, filterDate, filterIds, pathId, recordsContext } from '../records-adapter.js';
import { IdParams } from '../schemas/common.js';
import { NOT_FOUND } from '../schemas/errors.js';
import { ActionBody, CreatedInquiryDocument, CreateInquiryBody, DecisionBody, InquiryDocument, InquiryList, UpdateInquiryBody } from '../schemas/records.js';

const READ = { permission: 'inquiry.read' };
const WRITE = { permission: 'inquiry.write' };
const SINGLE = { include: ['verifications', 'account'] } as const;
const FILTERS = ['inquiry-id', 'account-id', 'reference-id', 'status', 'created-at-start', 'created-at-end', 'note', 'inquiry-template-id', 'template-id'];

const present = (r: InquiryWithVerifications) => presentInquiry(r.inquiry, r.verifications);

/** Parsed before any change, so a bad `include` or `fields` never leaves a half-done request. */
function singleQuery(req: FastifyRequest): ParsedQuery {
  const q = parseQuery(req.query, SINGLE);
  req.connect.fields = q.fields;
  return q;
}

async function sendInquiry(
  req: FastifyRequest,
  reply: FastifyReply,
  ctx: RecordsContext,
  q: ParsedQuery,
  status: number,
  result: InquiryWithVerifications,
  meta?: Record<string, unknown>,
) {
  let included: ResourceLike[] | undefined;
  if (q.include) {
    included = [];
    for (const name of q.include) {
      if (name === 'verifications') included.push(...result.verifications.map(presentVerification));
      if (name === 'account' && result.inquiry.accountId) {
        included.push(presentAccount(await getAccount({ ctx, input: { id: result.inquiry.accountId } })));
      }
    }
  }
  return sendResource(req, reply, status, present(result), included, meta);
}

/** `filter[note]` as the client sent it (parseQuery splits it at commas). */
function rawNote(query: unknown): unknown {
  return typeof query === 'object' && query !== null && 'filter[note]' in query ? query['filter[note]'] : undefined;
}

function listFilter(query: unknown, filters: Record<string, string[]>): InquiryFilter {
  const names = Object.keys(filters);
  const filter: InquiryFilter = {};
  if (filters.note) {
    if (names.length > 1) throw badRequest('filter[note] must be the only filter');
    // Notes may hold commas: take the parameter as given, not as a list.
    filter.note = String(rawNote(query) ?? filters.note.join(','));
  }
  if (filters['inquiry-id']) filter.ids = filterIds(filters['inquiry-id'], 'inq');
  if (filters['account-id']) filter.accountIds = filterIds(filters['account-id'], 'act');
  if (filters['reference-id']) filter.referenceIds = filters['reference-id'];
  if (filters.status) {
    const bad = filters.status.find((s) => !(INQUIRY_STATUSES as readonly string[]).includes(s));
    if (bad !== undefined) throw badRequest(`filter[status] must be any of ${INQUIRY_STATUSES.join(', ')}`);
    filter.statuses = filters.status as InquiryStatus[];
  }
  const start = filterDate('created-at-start', filters['created-at-start']);
  const end = filterDate('created-at-end', filters['created-at-end']);
  if (start) filter.createdAtStart = start;
  if (end) filter.createdAtEnd = end;
  // Tessera has no templates: a template filter matches nothing.
  if (filters['inquiry-template-id'] || filters['template-id']) filter.matchNothing = true;
  return filter;
}

export function inquiryRoutes(app: TypedApp, deps: AppDeps): void {
  const created = { 201: CreatedInquiryDocument, 404: NOT_FOUND('The account (data.attributes.account-id) does not exist in this environment') };
  app.post('/inquiries', { schema: { body: CreateInquiryBody, response: created }, config: WRITE }, async (req, reply) => {
    const q = singleQuery(req);
    const ctx = recordsContext(req, deps);
    const { data, meta } = req.body;
    const a = data.attributes;
    const result = await createInquiry({
      ctx,
      input: {
        referenceId: a['reference-id'] ?? null,
        accountId: a['account-id'] ? bodyId(a['account-id'], 'act', 'account-id') : null,
        note: a.note ?? null,
        fields: a.fields ?? null,
        tags: a.tags ?? null,
        redirectUri: a['redirect-uri'] ?? null,
        autoCreateAccount: meta?.['auto-create-account'] ?? true,
        autoCreateAccountReferenceId: meta?.['auto-create-account-reference-id'] ?? null,
      },
    });
    // Tessera runs no hosted flow: no session or one-time link is ever made.
    return sendInquiry(req, reply, ctx, q, 201, result, { 'session-token': null, 'one-time-link': null, 'one-time-link-short': null });
  });

  app.get('/inquiries', { schema: { response: { 200: InquiryList } }, config: READ }, async (req, reply) => {
    const q = parseQuery(req.query, { cursor: 'inq', filters: FILTERS });
    req.connect.fields = q.fields;
    const page = await listInquiries({ ctx: recordsContext(req, deps), input: { filter: listFilter(req.query, q.filters), page: q.page } });
    return sendList(req, reply, page, present);
  });

  app.get('/inquiries/:id', { schema: { params: IdParams, response: { 200: InquiryDocument } }, config: READ }, async (req, reply) => {
    const q = singleQuery(req);
    const ctx = recordsContext(req, deps);
    return sendInquiry(req, reply, ctx, q, 200, await getInquiry({ ctx, input: { id: pathId(req, 'inq') } }));
  });

  app.patch('/inquiries/:id', { schema: { params: IdParams, body: UpdateInquiryBody, response: { 200: InquiryDocument } }, config: WRITE }, async (req, reply) => {
    const q = singleQuery(req);
    const ctx = recordsContext(req, deps);
    const a = req.body.data?.attributes ?? {};
    const result = await updateInquiry({
      ctx,
      input: {
        id: pathId(req, 'inq'),
        ...(a.note !== undefined ? { note: a.note } : {}),
        ...(a.fields !== undefined ? { fields: a.fields } : {}),
        ...(a.tags !== undefined ? { tags: a.tags } : {}),
        ...(a['redirect-uri'] !== undefined ? { redirectUri: a['redirect-uri'] } : {}),
      },
    });
    return sendInquiry(req, reply, ctx, q, 200, result);
  });

  app.delete('/inquiries/:id', { schema: { params: IdParams, response: { 200: InquiryDocument } }, config: WRITE }, async (req, reply) => {
    const q = singleQuery(req);
    const ctx = recordsContext(req, deps);
    return sendInquiry(req, reply, ctx, q, 200, await redactInquiry({ ctx, input: { id: pathId(req, 'inq') } }));
  });

  for (const [action, decide] of [['approve', approveInquiry], ['decline', declineInquiry]] as const) {
    app.post(`/inquiries/:id/${action}`, { schema: { params: IdParams, body: DecisionBody, response: { 200: InquiryDocument } }, config: WRITE }, async (req, reply) => {
      const q = singleQuery(req);
      const ctx = recordsContext(req, deps);
      const comment = req.body?.meta?.comment;
      const result = await decide({ ctx, input: { id: pathId(req, 'inq'), ...(comment !== undefined ? { comment } : {}) } });
      return sendInquiry(req, reply, ctx, q, 200, result);
    });
  }

  const actions = [
    ['mark-for-review', markInquiryForReview],
    ['expire', expireInquiry],
    ['complete', completeInquiry],
    ['fail', failInquiry],
  ] as const;
  for (const [action, run] of actions) {
    app.post(`/inquiries/:id/${action}`, { schema: { params: IdParams, body: ActionBody, response: { 200: InquiryDocument } }, config: WRITE }, async (req, reply) => {
      const q = singleQuery(req);
      const ctx = recordsContext(req, deps);
      return sendInquiry(req, reply, ctx, q, 200, await run({ ctx, input: { id: pathId(req, 'inq') } }));
    });
  }
}
