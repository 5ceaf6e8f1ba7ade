/**
 * 405 for a known path with the wrong method: a surface records its routes
 * (onRoute, in its own scope) and its not-found handler asks which methods the
 * path has. Kept apart from the route table, so no extra routes exist.
 */
import type { FastifyInstance } from 'fastify';

export interface RouteMethods {
  /** The methods `path` (no query) has, or null when no route matches it at all. */
  allowed(path: string): string[] | null;
}

export function trackRouteMethods(app: FastifyInstance): RouteMethods {
  const routes: Array<{ re: RegExp; methods: Set<string> }> = [];
  app.addHook('onRoute', (route) => {
    const pattern = '^' + route.url.replace(/\/+$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z0-9_]+/g, '[^/]+') + '/?$';
    let entry = routes.find((r) => r.re.source === pattern);
    if (!entry) routes.push((entry = { re: new RegExp(pattern), methods: new Set() }));
    for (const m of [route.method].flat()) entry.methods.add(m);
  });
  return {
    allowed(path) {
      const found = new Set<string>();
      for (const r of routes) if (r.re.test(path)) for (const m of r.methods) found.add(m);
      return found.size > 0 ? [...found].sort() : null;
    },
  };
}
