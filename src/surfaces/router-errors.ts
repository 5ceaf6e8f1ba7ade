/**
 * Requests the router refuses before any surface sees them: a path segment
 * that is not valid percent-encoding (`/api/v1/inquiries/%ZZ`) or longer than
 * any id (`FST_ERR_MAX_PARAM_LENGTH`). Fastify's default answers these in its
 * own format and without a Request-Id; here they get what every other path
 * naming nothing gets: the owning surface's 404, in that surface's format.
 * No hook runs for them, so the API log entry every request leaves is recorded here.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../app-deps.js';
import { AppError } from '../core/errors.js';
import { captureApiLog } from '../http/api-log.js';
import { publicBase } from './astra/base.js';
import { toProblem } from './astra/problems.js';
import { toConnectError } from './connect/errors.js';
import { toV3Error } from './pat-v3/errors.js';

const JSON_TYPE = 'application/json; charset=utf-8';

export function routerErrorHandler(deps: Pick<AppDeps, 'config' | 'apiLogs' | 'clock'>) {
  return (_error: Error, req: FastifyRequest, reply: FastifyReply): void => {
    answer(req, reply, deps);
    try {
      deps.apiLogs.record(captureApiLog(req, reply, deps.clock.now().getTime()));
    } catch {
      // Diagnostics only: a failure to record must never touch the answer.
    }
  };
}

function answer(req: FastifyRequest, reply: FastifyReply, deps: Pick<AppDeps, 'config'>): void {
  const requestId = req.id;
  reply.header('Request-Id', requestId);
  const notFound = new AppError('NOT_FOUND', 'Record not found');
  const url = req.url;
  if (url.startsWith('/v3/')) {
    const mapped = toV3Error(notFound, requestId);
    void reply.code(mapped.status).type(JSON_TYPE).send(JSON.stringify(mapped.body));
  } else if (url.startsWith('/accounts/')) {
    const mapped = toProblem(notFound, { requestId, docsBase: publicBase(req, deps), notFound: 1 });
    void reply.code(mapped.status).type('application/problem+json').send(JSON.stringify(mapped.body));
  } else if (url.startsWith('/oauth/')) {
    void reply.code(404).type(JSON_TYPE).header('Cache-Control', 'no-store').send(JSON.stringify({ error: 'invalid_request', error_description: 'unknown endpoint' }));
  } else {
    // Connect, admin (which shares Connect's format) and everything else.
    const mapped = toConnectError(notFound, 'kebab', requestId);
    void reply.code(mapped.status).type(JSON_TYPE).send(JSON.stringify(mapped.body));
  }
}
