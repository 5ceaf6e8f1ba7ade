/**
 * Named schemas become components: every schema object in the document with
 * a `title` (the resources, src/surfaces/connect/schemas/documents.ts) is
 * written once under `components.schemas.<title>` and referenced wherever it
 * appears. The document (and every client generated from it, sdk/schema.ts
 * included) then names `ShareToken` once instead of repeating it in each
 * operation that answers one. Two different schemas with one title keep
 * distinct names (`Title2`); test/openapi/components.test.ts wants none.
 */
import { isDeepStrictEqual } from 'node:util';

type Json = Record<string, unknown>;

export interface ComponentDoc {
  paths?: Record<string, unknown>;
  webhooks?: Record<string, unknown>;
  components?: { schemas?: Record<string, unknown> } & Json;
}

const NAME = /^[A-Z][A-Za-z0-9]*$/;

export function hoistNamedSchemas(doc: ComponentDoc): void {
  const schemas: Record<string, unknown> = { ...(doc.components?.schemas ?? {}) };

  const nameFor = (title: string, node: Json): string => {
    for (let i = 1; ; i++) {
      const name = i === 1 ? title : `${title}${i}`;
      if (schemas[name] === undefined) {
        schemas[name] = node;
        return name;
      }
      if (isDeepStrictEqual(schemas[name], node)) return name;
    }
  };

  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit);
    if (typeof value !== 'object' || value === null) return value;
    const node: Json = {};
    for (const [k, v] of Object.entries(value)) node[k] = k === 'example' || k === 'examples' ? v : visit(v);
    const title = node.title;
    if (typeof title === 'string' && NAME.test(title) && (node.type === 'object' || node.properties !== undefined)) {
      return { $ref: `#/components/schemas/${nameFor(title, node)}` };
    }
    return node;
  };

  if (doc.paths) doc.paths = visit(doc.paths) as Record<string, unknown>;
  if (doc.webhooks) doc.webhooks = visit(doc.webhooks) as Record<string, unknown>;
  doc.components = { ...(doc.components ?? {}), schemas };
}
