/**
 * The domain modules form layers: each imports only modules below it, never
 * back (events used to import credentials for the webhook secret format while
 * credentials imported events to emit; the format now lives in core). A cycle
 * between domains fails here with the path that closes it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../src');
const DOMAINS = ['core', 'jobs', 'events', 'records', 'credentials', 'identity', 'connect', 'workflows', 'api-logs', 'lifecycle'];

function filesOf(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return filesOf(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

/** domain → the other domains its files import (relative imports only: the domains have no aliases). */
function domainGraph(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const domain of DOMAINS) {
    const edges = new Map<string, string>();
    for (const file of filesOf(path.join(SRC, domain))) {
      for (const m of fs.readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
        const target = path.relative(SRC, path.resolve(path.dirname(file), m[1]!)).split(path.sep)[0]!;
        if (target !== domain && DOMAINS.includes(target) && !edges.has(target)) edges.set(target, path.relative(SRC, file));
      }
    }
    graph.set(domain, edges);
  }
  return graph;
}

describe('domain imports', () => {
  it('have no cycle between domains', () => {
    const graph = domainGraph();
    const cycles: string[] = [];
    const visit = (node: string, trail: string[]) => {
      for (const [next, file] of graph.get(node) ?? []) {
        const at = trail.indexOf(next);
        if (at >= 0) cycles.push([...trail.slice(at), next].join(' → ') + ` (closed by ${file})`);
        else visit(next, [...trail, next]);
      }
    };
    for (const d of DOMAINS) visit(d, [d]);
    expect(cycles).toEqual([]);
  });

  it('events and jobs import no credential, connect or workflow module', () => {
    const graph = domainGraph();
    expect([...graph.get('events')!.keys()].sort()).toEqual(['core', 'jobs']);
    expect([...graph.get('jobs')!.keys()]).toEqual(['core']);
  });
});
