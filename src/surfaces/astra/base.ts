import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app-deps.js';

export const VERSION_PREFIX = '/core/v1';

/** The public base URL for absolute links: configured, else this request's origin. */
export function publicBase(req: FastifyRequest, deps: Pick<AppDeps, 'config'>): string {
  return deps.config.publicUrl ?? `${req.protocol}://${req.host}`;
}
