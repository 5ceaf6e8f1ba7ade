/**
 * GET /rate-limits (connect-api.md §1.2): the calling key's window, this
 * request counted. Answered from the request pipeline's limiter result alone —
 * no database query — so it doubles as the "authentication only" benchmark path.
 */
import { Type } from 'typebox';
import type { TypedApp } from '../../../http/typed.js';

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

export function rateLimitRoutes(app: TypedApp): void {
  app.get('/rate-limits', { schema: { response: { 200: RateLimitList } }, config: { permission: 'rate_limit.read' } }, async (req) => {
    const rl = req.connect.rateLimit;
    return {
      data: [{ type: 'rate-limit/api' as const, attributes: { limit: rl.limit, remaining: rl.remaining, 'seconds-to-reset': rl.resetSeconds } }],
    };
  });
}
