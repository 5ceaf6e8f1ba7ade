/**
 * The dashboard at `/dashboard`: the static files `vite build` writes to
 * dist/dashboard, with a single-page-app fallback (any path that is not a
 * file gets index.html, so a reload on `/dashboard/share-tokens/cnst_…` works).
 * Not part of the API: hidden from the OpenAPI document. A missing build is a
 * 503 page that says how to make it, never a failed start. @fastify/static
 * loads on the first request: most processes never serve the dashboard.
 * `/` and `/favicon.ico` lead there too: a browser pointed at the server's
 * address lands on the dashboard, with its icon.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lazyRoutes } from './lazy-routes.js';
import { Type } from 'typebox';
import { typed } from './typed.js';

export const DASHBOARD_PREFIX = '/dashboard';

/** dist/dashboard at the package root: the same from src/http (tsx) and dist/http (built). */
export const DEFAULT_DASHBOARD_DIR = fileURLToPath(new URL('../../dist/dashboard/', import.meta.url));

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Tessera dashboard not built</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; line-height: 1.5">
<h1>The dashboard is not built</h1>
<p>Run <code>npm run build</code> (it builds the server and the dashboard), then reload this page.</p>
</body></html>
`;

async function isFile(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isFile();
  } catch {
    return false;
  }
}

export async function registerDashboard(app: FastifyInstance, dir: string = DEFAULT_DASHBOARD_DIR): Promise<void> {
  const root = path.resolve(dir);
  const hidden = { schema: { hide: true } };
  // Found (not Moved Permanently): what `/` shows is not a promise browsers should cache.
  app.get('/', hidden, async (_req, reply) => reply.redirect(DASHBOARD_PREFIX, 302));
  // Browsers ask every site for /favicon.ico (the API reference at /docs too): the dashboard's SVG icon answers.
  app.get('/favicon.ico', hidden, async (_req, reply) => reply.redirect(`${DASHBOARD_PREFIX}/favicon.svg`, 302));
  lazyRoutes(app, [DASHBOARD_PREFIX, `${DASHBOARD_PREFIX}/*`], hidden, (dashboard) => serveDashboard(dashboard, root));
}

async function serveDashboard(app: FastifyInstance, root: string): Promise<void> {
  const { default: fastifyStatic } = await import('@fastify/static');
  // Only `reply.sendFile` (safe path resolution, ranges, ETags); the routes are ours.
  await app.register(fastifyStatic, { root, serve: false });

  const sendIndex = async (reply: FastifyReply) => {
    if (!(await isFile(path.join(root, 'index.html')))) {
      return reply.code(503).type('text/html; charset=utf-8').header('Cache-Control', 'no-store').send(NOT_BUILT);
    }
    // Never cached: it names the current hashed assets.
    return reply.header('Cache-Control', 'no-cache').sendFile('index.html', root, { cacheControl: false });
  };

  const hidden = { schema: { hide: true } };
  app.get(DASHBOARD_PREFIX, hidden, async (_req, reply) => sendIndex(reply));
  // The wildcard as a typed parameter (the schema validates nothing more than its presence).
  const wildcard = { schema: { hide: true, params: Type.Object({ '*': Type.String() }) } };
  typed(app).get(`${DASHBOARD_PREFIX}/*`, wildcard, async (req, reply) => {
    const rel = req.params['*'];
    const file = path.resolve(root, rel);
    if (rel !== '' && file.startsWith(root + path.sep) && (await isFile(file))) {
      // Vite names assets by content hash: they never change.
      const immutable = rel.startsWith('assets/');
      return reply.sendFile(rel, root, immutable ? { immutable: true, maxAge: '365d' } : { maxAge: 0 });
    }
    // A missing asset is a 404; anything else is a page of the app.
    if (rel.startsWith('assets/')) return reply.code(404).type('text/plain').send('Not found');
    return sendIndex(reply);
  });
}
