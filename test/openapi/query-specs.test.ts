/**
 * The query parameters /openapi.json gives each Connect operation are the ones
 * its handler parses: every Connect route is registered on a recorder, and each
 * handler is called with parseQuery replaced by a spy that notes the spec it is
 * given and stops the handler there. The table the document is built from
 * (src/surfaces/connect/query-parameters.ts) must name exactly those specs —
 * so a filter, an include or a new route added to a handler and not to the
 * table fails here, with the spec to copy.
 */
import { describe, expect, it, vi } from 'vitest';
import type * as QueryModule from '../../src/surfaces/connect/query.js';
import type { QuerySpec } from '../../src/surfaces/connect/query.js';

const spy = vi.hoisted(() => ({ specs: [] as QuerySpec[], Stop: class Stop extends Error {} }));
vi.mock('../../src/surfaces/connect/query.js', async (importOriginal) => {
  const real = await importOriginal<typeof QueryModule>();
  return {
    ...real,
    parseQuery: (_query: unknown, spec: QuerySpec) => {
      spy.specs.push(spec);
      throw new spy.Stop('parseQuery reached');
    },
  };
});

const { loadConfig } = await import('../../src/config/index.js');
const { connectRoutes } = await import('../../src/surfaces/connect/routes/index.js');
const { CONNECT_QUERY_SPECS } = await import('../../src/surfaces/connect/query-parameters.js');

type Handler = (req: unknown, reply: unknown) => unknown;

/** Every Connect route as `METHOD /path` (under /api/v1) with its handler. */
async function connectHandlers(): Promise<Map<string, Handler>> {
  const routes = new Map<string, Handler>();
  const record = (method: string) => (url: string, _options: unknown, handler: Handler) => void routes.set(`${method} ${url}`, handler);
  const app = { get: record('GET'), post: record('POST'), put: record('PUT'), patch: record('PATCH'), delete: record('DELETE') };
  // What the route modules read while registering; handlers stop at parseQuery, before any use case.
  const config = loadConfig({ DATABASE_URL: 'postgres://unused/unused', TESSERA_SECRET: 'query-specs-secret-query-specs-secret-00' }, {});
  const deps = { config, secret: Buffer.alloc(32) };
  for (const routesOf of connectRoutes) await routesOf(app as never, deps as never);
  return routes;
}

/**
 * The spec the handler passes to parseQuery first; null when it returns or fails without parsing
 * its query (a route that reads no query, or one whose handler needs more than this fake request).
 */
async function specOf(handler: Handler): Promise<{ spec: QuerySpec | null; failure?: string }> {
  spy.specs.length = 0;
  const req = {
    query: {},
    params: { id: 'x' },
    body: {},
    headers: {},
    connect: { fields: {}, inflection: 'kebab', rateLimit: { limit: 1, remaining: 1, resetSeconds: 1 } },
  };
  try {
    await handler(req, {});
  } catch (e) {
    if (!(e instanceof spy.Stop)) return { spec: null, failure: String(e) };
  }
  return { spec: spy.specs[0] ?? null };
}

describe('Connect query parameters in /openapi.json', () => {
  it('are listed for every route with the spec its handler parses with, and for no other', async () => {
    const parsed: Record<string, QuerySpec> = {};
    const failures: string[] = [];
    for (const [key, handler] of await connectHandlers()) {
      const { spec, failure } = await specOf(handler);
      if (spec) parsed[key] = spec;
      if (failure) failures.push(`${key}: ${failure}`);
    }
    expect(Object.keys(parsed).length).toBeGreaterThan(60);
    // Spread copies: the table may share one constant between routes, the handlers their own literals.
    const table = Object.fromEntries(Object.entries(CONNECT_QUERY_SPECS).map(([key, spec]) => [key, { ...spec }]));
    const note = failures.length > 0 ? `; handlers that failed before parsing their query (their spec is unknown here):\n${failures.join('\n')}` : '';
    expect(table, `CONNECT_QUERY_SPECS (received) against the specs the handlers parse with (expected)${note}`).toEqual(parsed);
  });

  it('leave out the routes that read no query (they ignore it)', async () => {
    const handlers = await connectHandlers();
    expect(handlers.has('GET /rate-limits')).toBe(true);
    expect(await specOf(handlers.get('GET /rate-limits')!)).toEqual({ spec: null });
    expect(CONNECT_QUERY_SPECS['GET /rate-limits']).toBeUndefined();
  });
});
