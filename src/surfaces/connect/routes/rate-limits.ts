/**
 * GET /rate-limits (connect-api.md §1.2): the calling key's window, this
 * request counted. Answered from the request pipeline's limiter result alone —
 * no database query — so it doubles as the "authentication only" benchmark path.
 */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';

const RateLimitList = Type.Object(
  {
    data: Type.Array(
      Type.Object(
        {
          type: Type.Literal('rate-limit/api'),
          attributes: Type.Object(
            { limit: Type.Integer(), remaining: Type.Integer(), 'seconds-to-reset': Type.Integer() },
            { additionalProperties: false },
          ),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

export function rateLimitRoutes(app: FastifyInstance): void {
  app.get('/rate-limits', { schema: { response: { 200: RateLimitList } }, config: { permission: 'rate_limit.read' } }, async (req) => {
    const rl = req.connect.rateLimit;
    return {
      data: [{ type: 'rate-limit/api', attributes: { limit: rl.limit, remaining: rl.remaining, 'seconds-to-reset': rl.resetSeconds } }],
    };
  });
}
