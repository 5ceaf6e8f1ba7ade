/** Routes whose plugin loads on first use answer as if it were registered on the app itself. */
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { lazyRoutes } from '../../src/http/lazy-routes.js';

const apps: FastifyInstance[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

async function appWith(setup: (inner: FastifyInstance) => Promise<void>) {
  const app = Fastify({ routerOptions: { ignoreTrailingSlash: true } });
  apps.push(app);
  app.addHook('onRequest', async (_req, reply) => {
    reply.header('request-id', 'req_1');
  });
  lazyRoutes(app, ['/thing/', '/thing/file.txt'], {}, setup);
  await app.ready();
  return app;
}

describe('lazyRoutes', () => {
  it('loads the plugin once, on the first request, and keeps the app hooks and the answer headers', async () => {
    let builds = 0;
    const app = await appWith(async (inner) => {
      builds++;
      inner.get('/thing/file.txt', async (_req, reply) => reply.header('etag', '"v1"').type('text/plain').send('hello'));
    });
    expect(builds).toBe(0);
    for (let i = 0; i < 2; i++) {
      const res = await app.inject({ url: '/thing/file.txt' });
      expect(res.statusCode).toBe(200);
      expect(res.body).toBe('hello');
      expect(res.headers['etag']).toBe('"v1"');
      expect(res.headers['content-type']).toMatch(/^text\/plain/);
      expect(res.headers['request-id']).toBe('req_1');
    }
    expect(builds).toBe(1);
    const head = await app.inject({ method: 'HEAD', url: '/thing/file.txt' });
    expect(head.statusCode).toBe(200);
    expect(head.body).toBe('');
    expect(head.headers['content-length']).toBe('5');
  });

  it('passes redirects and empty answers through without a body or an invented content type', async () => {
    const app = await appWith(async (inner) => {
      inner.get('/thing/', async (req, reply) => (req.url.endsWith('/') ? reply.code(304).send() : reply.redirect('/thing/', 301)));
    });
    const redirect = await app.inject({ url: '/thing' });
    expect(redirect.statusCode).toBe(301);
    expect(redirect.headers.location).toBe('/thing/');
    expect(redirect.headers['content-type']).toBeUndefined();
    const notModified = await app.inject({ url: '/thing/' });
    expect(notModified.statusCode).toBe(304);
    expect(notModified.headers['content-type']).toBeUndefined();
  });

  it('answers 500 when the plugin fails to load, and tries again on the next request', async () => {
    let attempts = 0;
    const app = await appWith(async (inner) => {
      if (++attempts === 1) throw new Error('not installed');
      inner.get('/thing/file.txt', async () => 'ok');
    });
    expect((await app.inject({ url: '/thing/file.txt' })).statusCode).toBe(500);
    const res = await app.inject({ url: '/thing/file.txt' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('ok');
  });
});
