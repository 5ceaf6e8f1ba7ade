/**
 * Routes typed from their schemas: with the TypeBox type provider, a route's
 * `req.body`, `req.params` and `req.query` are the `Static<>` of the schemas
 * that validate them, and `reply.send()` takes only what a declared response
 * schema describes. Surfaces hand their routes a `TypedApp`.
 */
import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';

export type TypedApp = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, TypeBoxTypeProvider>;

export function typed(app: FastifyInstance): TypedApp {
  return app.withTypeProvider<TypeBoxTypeProvider>();
}
