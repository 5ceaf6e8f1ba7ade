/**
 * GET routes answered by a Fastify instance built on their first request: for
 * plugins whose modules cost far more to load than the server can spend at
 * start-up (Scalar's 5 MB bundle, @fastify/static) and that most processes
 * never use. The routes and the parent's hooks (request id, API log, metrics)
 * stay where they were; the inner instance answers through `inject()`, so the
 * plugin behaves exactly as if it were registered on the parent.
 */
import Fastify, { LogController, type FastifyInstance, type FastifyReply, type FastifyRequest, type RouteShorthandOptions } from 'fastify';

/** Headers of the inner answer that belong to its own (virtual) connection. */
const CONNECTION_HEADERS = new Set(['content-length', 'transfer-encoding', 'connection', 'keep-alive', 'date']);

export function lazyRoutes(
  app: FastifyInstance,
  urls: string[],
  options: RouteShorthandOptions,
  setup: (inner: FastifyInstance) => Promise<void>,
): void {
  let inner: Promise<FastifyInstance> | null = null;
  const build = async () => {
    // The same routing options as the parent, so trailing slashes and redirects behave alike.
    const instance = Fastify({
      loggerInstance: app.log,
      // The parent logs (and records) the request already.
      logController: new LogController({ disableRequestLogging: true }),
      routerOptions: { ignoreTrailingSlash: true },
    });
    await setup(instance);
    await instance.ready();
    return instance;
  };
  const handler = async (req: FastifyRequest, reply: FastifyReply) => {
    inner ??= build().catch((err: unknown) => {
      inner = null; // the next request tries again
      throw err;
    });
    // Always a GET: for a HEAD request the parent drops the body and keeps its length.
    const res = await (await inner).inject({ method: 'GET', url: req.url, headers: req.headers });
    for (const [name, value] of Object.entries(res.headers)) {
      if (value !== undefined && !CONNECTION_HEADERS.has(name)) reply.header(name, value);
    }
    // An empty answer (a redirect, 304) stays without a body, so no content type is invented for it.
    return reply.code(res.statusCode).send(res.rawPayload.length > 0 ? res.rawPayload : undefined);
  };
  for (const url of urls) app.get(url, options, handler);
  app.addHook('onClose', async () => {
    const instance = await inner?.catch(() => null);
    await instance?.close();
  });
}
