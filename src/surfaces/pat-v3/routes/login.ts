/**
 * `POST /v3/accounts/login` → `{"accessToken": "<JWT>"}` (pat-v3-api.md §2),
 * and `POST /v3/accounts/logout` (extension), which ends the presented session.
 */
import type { AppDeps } from '../../../app-deps.js';
import { endSession } from '../../../credentials/index.js';
import { requestActor } from '../../../http/request-actor.js';
import { login, sessionKey } from '../../../identity/index.js';
import type { TypedApp } from '../../../http/typed.js';
import { LoggedIn, LoginBody, NoContent } from '../schemas.js';

export async function loginRoutes(app: TypedApp, deps: AppDeps): Promise<void> {
  const key = sessionKey(deps.secret);
  app.post('/accounts/login', { schema: { body: LoginBody, response: { 200: LoggedIn } }, config: { anonymous: true } }, async (req, reply) => {
    const body = req.body;
    const { accessToken } = await login({
      ctx: { store: deps.store, clock: deps.clock, sessionKey: key, sessionTtlSeconds: deps.config.sessionTtlSeconds },
      input: { alias: body.accountAlias, email: body.email, password: body.password, ip: req.ip },
    });
    reply.header('Cache-Control', 'no-store');
    return reply.code(200).send({ accessToken });
  });

  app.post(
    '/accounts/logout',
    {
      schema: {
        summary: 'Log out: end the presented session',
        description:
          'Extension. Ends the login session (JWT) in the Authorization header at once, on every surface and in every process; ' +
          "the user's other sessions and tokens are untouched. Only a session can log out: a personal access token or user API token " +
          'gets 400 ValidationFailed (revoke those instead). `POST /oauth/revoke` ends a session the same way.',
        response: { 204: NoContent('The session is ended; it gets 401 InvalidToken from now on') },
      },
    },
    async (req, reply) => {
      await endSession({ ctx: { store: deps.store, verifier: deps.verifier }, input: { actor: requestActor(req) } });
      return reply.code(204).send();
    },
  );
}
