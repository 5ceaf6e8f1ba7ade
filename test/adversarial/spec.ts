/**
 * The fuzzer's view of `/openapi.json`: every operation with its surface,
 * path parameters and request body schema, and well-formed values generated
 * from a JSON schema (the base every mutation starts from).
 */
import { uuidFrom, type Rng } from './prng.js';

export type Surface = 'connect' | 'admin' | 'v3' | 'astra' | 'oauth';
export const SURFACES: readonly Surface[] = ['connect', 'admin', 'v3', 'astra', 'oauth'];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Schema = any;

export interface Operation {
  method: string;
  /** OpenAPI path, `/api/v1/inquiries/{id}`. */
  path: string;
  surface: Surface;
  pathParams: string[];
  /** The JSON request body schema, when the operation documents one. */
  body: Schema | undefined;
  /** `METHOD /path`, the name findings are reported under. */
  name: string;
}

interface OpenApiDoc {
  paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: Schema }> }; parameters?: Array<{ in: string; name: string }> }>>;
}

export function surfaceOf(path: string): Surface | null {
  if (path.startsWith('/api/v1/')) return 'connect';
  if (path.startsWith('/admin/v1/')) return 'admin';
  if (path.startsWith('/v3/')) return 'v3';
  if (path.startsWith('/accounts/')) return 'astra';
  if (path.startsWith('/oauth/')) return 'oauth';
  return null;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** Every operation of every surface in the document (plumbing such as /healthz is left out). */
export function operationsOf(doc: OpenApiDoc): Operation[] {
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    const surface = surfaceOf(path);
    if (!surface) continue;
    for (const [method, op] of Object.entries(item)) {
      if (!METHODS.includes(method)) continue;
      const content = op.requestBody?.content ?? {};
      const body = Object.values(content)[0]?.schema;
      ops.push({
        method: method.toUpperCase(),
        path,
        surface,
        pathParams: [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!),
        body,
        name: `${method.toUpperCase()} ${path}`,
      });
    }
  }
  return ops;
}

const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export function word(rng: Rng, min: number, max: number): string {
  const n = rng.int(min, max);
  let s = '';
  for (let i = 0; i < n; i++) s += ALNUM[rng.int(0, ALNUM.length - 1)];
  return s;
}

/** Values a field's name asks for, so well-formed bodies also pass the routes' own checks. */
export interface Hints {
  /** A real id for a field such as `connection-id`, or undefined. */
  idFor(field: string): string | undefined;
}

function stringFor(schema: Schema, field: string, rng: Rng, hints: Hints): string {
  if (Array.isArray(schema.enum) && schema.enum.length) return rng.pick(schema.enum);
  if (schema.const !== undefined) return String(schema.const);
  const pattern = String(schema.pattern ?? '');
  if (schema.format === 'date-time' || pattern.includes('[0-9]{4}-') || /(^|-)at$|At$|date/i.test(field)) {
    return new Date(Date.UTC(2030, rng.int(0, 11), rng.int(1, 28), rng.int(0, 23))).toISOString();
  }
  if (pattern.includes('[0-9a-fA-F]{8}')) return uuidFrom(rng);
  const id = hints.idFor(field);
  if (id !== undefined) return id;
  if (field === 'url') return `https://hooks.tessera.invalid/${word(rng, 1, 8)}`;
  if (/email/i.test(field)) return `${word(rng, 3, 8).toLowerCase()}@example.com`;
  if (field === 'enabled-events' || field === 'event-name') return rng.pick(['inquiry.created', 'inquiry.completed', 'account.created']);
  if (field === 'birthdate') return '1990-04-01';
  if (/country-code/.test(field)) return 'US';
  const min = Math.max(0, Number(schema.minLength ?? 1));
  const max = Math.max(min, Math.min(Number(schema.maxLength ?? 12), 12));
  return word(rng, min, max);
}

/**
 * A well-formed value of `schema`: required properties always, optional ones
 * sometimes, or every one with `full` (so a mutation can reach any field).
 */
export function generate(schema: Schema, rng: Rng, hints: Hints, full = false, field = '', depth = 0): unknown {
  if (!schema || typeof schema !== 'object' || depth > 8) return word(rng, 1, 8);
  const choices = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(choices)) {
    const nonNull = choices.filter((c: Schema) => c.type !== 'null');
    return generate(nonNull.length && rng.chance(0.9) ? rng.pick(nonNull) : rng.pick(choices), rng, hints, full, field, depth + 1);
  }
  if (schema.const !== undefined) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length) return rng.pick(schema.enum);
  const type = Array.isArray(schema.type) ? rng.pick(schema.type.filter((t: string) => t !== 'null')) : schema.type;
  switch (type) {
    case 'string':
      return stringFor(schema, field, rng, hints);
    case 'integer':
    case 'number': {
      const min = Number(schema.minimum ?? 0);
      const max = Number(schema.maximum ?? min + 100);
      const n = rng.int(Math.ceil(min), Math.floor(Math.min(max, min + 100)));
      return n;
    }
    case 'boolean':
      return rng.chance(0.5);
    case 'null':
      return null;
    case 'array': {
      const min = Number(schema.minItems ?? 0);
      const max = Math.max(min, Math.min(Number(schema.maxItems ?? 3), 3));
      const n = rng.int(Math.max(min, full || field === 'enabled-events' || field === 'steps' ? 1 : 0), max);
      const out: unknown[] = [];
      for (let i = 0; i < n; i++) out.push(generate(schema.items, rng, hints, full, field, depth + 1));
      return schema.uniqueItems ? [...new Map(out.map((v) => [JSON.stringify(v), v])).values()] : out;
    }
    case 'object':
    default: {
      const out: Record<string, unknown> = {};
      const required = new Set<string>(schema.required ?? []);
      for (const [key, sub] of Object.entries((schema.properties ?? {}) as Record<string, Schema>)) {
        if (required.has(key) || full || rng.chance(0.4)) out[key] = generate(sub, rng, hints, full, key, depth + 1);
      }
      return out;
    }
  }
}
