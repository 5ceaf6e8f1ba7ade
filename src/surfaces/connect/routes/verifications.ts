/** Verifications (connect-api.md §4, §10): retrieve, redact and the (ext) create on an inquiry. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
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
import { parseQuery, type ParsedQuery, type Query } from '../query.js';
import { bodyId, pathId, recordsContext } from '../records-adapter.js';
import { IdParams } from '../schemas/common.js';
import { CreateVerificationBody } from '../schemas/records.js';

const SINGLE = { include: ['inquiry'] } as const;

function singleQuery(req: FastifyRequest): ParsedQuery {
  const q = parseQuery(req.query as Query, SINGLE);
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

export function verificationRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.post('/verifications', { schema: { body: CreateVerificationBody }, config: { permission: 'verification.write' } }, async (req, reply) => {
    const q = singleQuery(req);
    const ctx = recordsContext(req, deps);
    const { type, attributes: a } = (req.body as CreateVerificationBody).data;
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

  app.get('/verifications/:id', { schema: { params: IdParams }, config: { permission: 'verification.read' } }, async (req, reply) => {
    const q = singleQuery(req);
    const ctx = recordsContext(req, deps);
    return sendVerification(req, reply, ctx, q, 200, await getVerification({ ctx, input: { id: pathId(req, 'ver') } }));
  });

  app.delete('/verifications/:id', { schema: { params: IdParams }, config: { permission: 'verification.write' } }, async (req, reply) => {
    const q = singleQuery(req);
    const ctx = recordsContext(req, deps);
    return sendVerification(req, reply, ctx, q, 200, await redactVerification({ ctx, input: { id: pathId(req, 'ver') } }));
  });
}
