/** `POST /v3/accounts/login` → `{"accessToken": "<JWT>"}` (pat-v3-api.md §2). */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../app-deps.js';
import { login, sessionKey } from '../../../identity/index.js';
import { LoginBody } from '../schemas.js';

export async function loginRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const key = sessionKey(deps.secret);
  app.post('/accounts/login', { schema: { body: LoginBody }, config: { anonymous: true } }, async (req, reply) => {
    const body = req.body as LoginBody;
    const { accessToken } = await login({
      ctx: { store: deps.store, clock: deps.clock, sessionKey: key, sessionTtlSeconds: deps.config.sessionTtlSeconds },
      input: { alias: body.accountAlias, email: body.email, password: body.password, ip: req.ip },
    });
    reply.header('Cache-Control', 'no-store');
    return reply.code(200).send({ accessToken });
  });
}
