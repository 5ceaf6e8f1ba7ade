/** Verifications (connect-api.md §4, §10): retrieve, redact and the (ext) create on an inquiry. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { TypedApp } from '../../../http/typed.js';
import type { AppDeps } from '../../../app-deps.js';
import {
  createVerification,
  getInquiry,
  getVerification,
  redactVerification,
  type RecordsContext,
  type Verification,
  type VerificationKind,
} from '../../../records/index.js';
import { sendResource } from '../jsonapi.js';
import { presentInquiry, presentVerification } from '../presenters/index.js';
import { parseQuery, type ParsedQuery } from '../query.js';
import { bodyId, pathId, recordsContext } from '../records-adapter.js';
import { IdParams } from '../schemas/common.js';
import { NOT_FOUND } from '../schemas/errors.js';
import { CreateVerificationBody, VerificationDocument } from '../schemas/records.js';

const SINGLE = { include: ['inquiry'] } as const;

function singleQuery(req: FastifyRequest): ParsedQuery {
  const q = parseQuery(req.query, SINGLE);
  req.connect.fields = q.fields;
  return q;
}

async function sendVerification(req: FastifyRequest, reply: FastifyReply, ctx: RecordsContext, q: ParsedQuery, status: number, v: Verification) {
  let included;
  if (q.include) {
    included = [];
    if (q.include.includes('inquiry') && v.inquiryId) {
      const { inquiry, verifications } = await getInquiry({ ctx, input: { id: v.inquiryId } });
      included.push(presentInquiry(inquiry, verifications));
    }
  }
  return sendResource(req, reply, status, presentVerification(v), included);
}

export function verificationRoutes(app: TypedApp, deps: AppDeps): void {
  const created = { 201: VerificationDocument, 404: NOT_FOUND('The inquiry (data.attributes.inquiry-id) does not exist in this environment') };
  app.post('/verifications', { schema: { body: CreateVerificationBody, response: created }, config: { permission: 'verification.write' } }, async (req, reply) => {
    const q = singleQuery(req);
    const ctx = recordsContext(req, deps);
    const { type, attributes: a } = req.body.data;
    const verification = await createVerification({
      ctx,
      input: {
        kind: type.slice('verification/'.length) as VerificationKind,
        inquiryId: bodyId(a['inquiry-id'], 'inq', 'inquiry-id'),
        status: a.status,
        checks: (a.checks ?? []).map((c) => ({
          name: c.name,
          status: c.status,
          reasons: c.reasons ?? [],
          requirement: c.requirement ?? 'required',
          metadata: c.metadata ?? {},
        })),
        countryCode: a['country-code'] ?? null,
        tags: a.tags ?? [],
      },
    });
    return sendVerification(req, reply, ctx, q, 201, verification);
  });

  app.get('/verifications/:id', { schema: { params: IdParams, response: { 200: VerificationDocument } }, config: { permission: 'verification.read' } }, async (req, reply) => {
    const q = singleQuery(req);
    const ctx = recordsContext(req, deps);
    return sendVerification(req, reply, ctx, q, 200, await getVerification({ ctx, input: { id: pathId(req, 'ver') } }));
  });

  app.delete('/verifications/:id', { schema: { params: IdParams, response: { 200: VerificationDocument } }, config: { permission: 'verification.write' } }, async (req, reply) => {
    const q = singleQuery(req);
    const ctx = recordsContext(req, deps);
    return sendVerification(req, reply, ctx, q, 200, await redactVerification({ ctx, input: { id: pathId(req, 'ver') } }));
  });
}
