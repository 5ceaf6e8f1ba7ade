/**
 * Which request bodies may be left out. @fastify/swagger marks every declared
 * body `required: true`, but Fastify validates a request without a body as
 * `null` (lib/validation.js), so a body schema that admits `null` is one the
 * server takes absent — the actions (enable, expire, redeliver …) that need no
 * input. Their `requestBody` says `required: false`, so clients and generated
 * SDKs may call them with no body at all.
 */
import type { OpenApiDoc } from './openapi-examples.js';

type Schema = { type?: unknown; anyOf?: unknown[]; oneOf?: unknown[] };

/** True when `null` is valid against `schema` (as far as its type and its alternatives say). */
export function admitsNull(schema: unknown): boolean {
  if (typeof schema !== 'object' || schema === null) return schema === true;
  const s = schema as Schema;
  if (s.type === 'null' || (Array.isArray(s.type) && s.type.includes('null'))) return true;
  const alternatives = [...(s.anyOf ?? []), ...(s.oneOf ?? [])];
  if (alternatives.length > 0) return alternatives.some(admitsNull);
  // No type and no alternatives: anything, null included.
  return s.type === undefined && !('$ref' in s) && !('properties' in s) && !('const' in s) && !('enum' in s);
}

/** Sets `requestBody.required: false` on each operation whose every body schema admits `null`. */
export function markOptionalBodies(doc: OpenApiDoc): void {
  for (const ops of Object.values(doc.paths ?? {})) {
    for (const op of Object.values(ops)) {
      const body = op.requestBody as { required?: boolean; content?: Record<string, { schema?: unknown }> } | undefined;
      const media = Object.values(body?.content ?? {});
      if (body && media.length > 0 && media.every((m) => admitsNull(m.schema))) body.required = false;
    }
  }
}
