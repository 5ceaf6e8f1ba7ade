import type { FastifyRequest } from 'fastify';
import type { Actor } from '../core/actor.js';
import { AppError } from '../core/errors.js';

/** The verified caller of a route (the surface's onRequest hook guarantees one). */
export function requestActor(req: FastifyRequest): Actor {
  if (!req.actor) throw new AppError('UNAUTHENTICATED', 'no credential');
  return req.actor;
}
