/**
 * The Persona OpenAPI reference (connect-api.md §11.21), loaded at run time
 * from `../shared/reference/` beside the repository — never copied into it
 * (shared/reference/README.md). When the folder is absent (a user's fresh
 * clone), `reference` is null and `describeConformance` registers one test
 * that says so and passes.
 *
 * Response schemas are compiled with Ajv's JSON Schema 2020-12 build. The
 * whole document is added as one schema with an `$id`, so the reference's own
 * `#/components/...` refs resolve inside it. Two in-memory adjustments, both
 * faithful to OpenAPI 3.1 semantics:
 *   - OpenAPI-only keywords (`example`, `discriminator`, `x-*`) are ignored
 *     (`strict: false`), and the non-standard formats `integer` and `json`
 *     accept anything;
 *   - a `discriminator` with a `mapping` over a `oneOf` of `$ref`s selects the
 *     branch named by the discriminating property (what OpenAPI specifies),
 *     written as `if`/`then` pairs instead of the `oneOf`. The result is the
 *     same set of valid bodies, but an error names the one branch that
 *     applies instead of every one of the 44 verification kinds.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';
import { describe, expect, it } from 'vitest';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const REFERENCE_FILE = path.resolve(repoRoot, '../shared/reference/persona-openapi/persona-api-2025-12-08.subset.json');
export const SKIP_MESSAGE = 'shared/reference not found: conformance skipped';

const DOC_ID = 'https://reference.tessera.invalid/persona-api-2025-12-08.json';
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Rewrites discriminated `oneOf`s (see the file comment) in place. */
function selectDiscriminatedBranches(node: Json): void {
  if (Array.isArray(node)) {
    for (const item of node) selectDiscriminatedBranches(item);
    return;
  }
  if (!isObject(node)) return;
  for (const value of Object.values(node)) selectDiscriminatedBranches(value);
  const disc = node.discriminator;
  const oneOf = node.oneOf;
  if (!isObject(disc) || !isObject(disc.mapping) || typeof disc.propertyName !== 'string' || !Array.isArray(oneOf)) return;
  const targets = new Set(Object.values(disc.mapping));
  if (!oneOf.every((b) => isObject(b) && typeof b.$ref === 'string' && targets.has(b.$ref))) return;
  const prop = disc.propertyName;
  const values = Object.keys(disc.mapping);
  const branches: Json[] = Object.entries(disc.mapping).map(([value, ref]) => ({
    if: { properties: { [prop]: { const: value } }, required: [prop] },
    then: { $ref: ref },
  }));
  branches.push({ required: [prop], properties: { [prop]: { enum: values } } });
  delete node.oneOf;
  node.allOf = [...(Array.isArray(node.allOf) ? node.allOf : []), ...branches];
}

/** JSON pointer of `segments`, each escaped (RFC 6901) and URI-encoded for use in a fragment. */
function pointer(segments: string[]): string {
  return '/' + segments.map((s) => encodeURIComponent(s.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/');
}

export interface Reference {
  document: JsonObject;
  /** `GET /events/{event-id}` style keys of every documented operation. */
  operations(): string[];
  /** Documented statuses of an operation, or undefined when the operation is not documented. */
  statuses(method: string, refPath: string): string[] | undefined;
  /** The validator of an operation's response body, or a string saying why there is none. */
  validator(method: string, refPath: string, status: number): ValidateFunction | string;
  /** Response headers documented for an operation and status (name → JSON type). */
  headers(method: string, refPath: string, status: number): Record<string, string>;
  /** The validator of `#/components/schemas/<name>`. */
  schema(name: string): ValidateFunction | string;
  /** The reference's shared error response for a status (`#/components/responses/...`), by validator and headers. */
  errorResponse(status: number): { validator: ValidateFunction; headers: Record<string, string> } | string;
}

/** The shared error responses of the reference, by status. */
export const ERROR_RESPONSES: Record<number, string> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  422: 'unprocessable-entity',
  429: 'too-many-requests',
};

function resolveLocal(doc: JsonObject, ref: string): { value: Json; segments: string[] } {
  if (!ref.startsWith('#/')) throw new Error(`unsupported $ref ${ref}`);
  const segments = ref.slice(2).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let cur: Json = doc;
  for (const s of segments) {
    if (!isObject(cur) || !(s in cur)) throw new Error(`unresolvable $ref ${ref}`);
    cur = cur[s]!;
  }
  return { value: cur, segments };
}

function loadReference(): Reference | null {
  if (!fs.existsSync(REFERENCE_FILE)) return null;
  const document = JSON.parse(fs.readFileSync(REFERENCE_FILE, 'utf8')) as JsonObject;
  const compiledDoc = structuredClone(document);
  selectDiscriminatedBranches(compiledDoc);

  const ajv = new Ajv2020({ strict: false, allErrors: true, verbose: true, validateSchema: false, logger: false });
  (addFormatsPlugin as unknown as (a: Ajv2020) => void)(ajv);
  ajv.addFormat('integer', true);
  ajv.addFormat('json', true);
  ajv.addSchema(compiledDoc, DOC_ID);

  const paths = document.paths as JsonObject;
  const cache = new Map<string, ValidateFunction>();

  function compiled(segments: string[]): ValidateFunction | string {
    const id = `${DOC_ID}#${pointer(segments)}`;
    let v = cache.get(id);
    if (!v) {
      v = ajv.getSchema(id);
      if (!v) return `cannot compile the schema at ${id}`;
      cache.set(id, v);
    }
    return v;
  }

  function headersOf(r: JsonObject): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [name, h] of Object.entries((r.headers as JsonObject | undefined) ?? {})) {
      const header = isObject(h) && typeof h.$ref === 'string' ? resolveLocal(document, h.$ref).value : h;
      const type = isObject(header) && isObject(header.schema) ? header.schema.type : undefined;
      out[name] = typeof type === 'string' ? type : 'string';
    }
    return out;
  }

  function response(method: string, refPath: string, status: number): { value: JsonObject; segments: string[] } | string {
    const op = (paths[refPath] as JsonObject | undefined)?.[method.toLowerCase()];
    if (!isObject(op)) return `the reference has no operation ${method.toUpperCase()} ${refPath}`;
    const responses = op.responses as JsonObject;
    const key = String(status);
    let r = responses[key];
    let segments = ['paths', refPath, method.toLowerCase(), 'responses', key];
    if (r === undefined) {
      return `the reference documents no ${status} for ${method.toUpperCase()} ${refPath} (documented: ${Object.keys(responses).join(', ')})`;
    }
    if (isObject(r) && typeof r.$ref === 'string') ({ value: r, segments } = resolveLocal(document, r.$ref));
    return { value: r as JsonObject, segments };
  }

  return {
    document,
    operations() {
      const out: string[] = [];
      for (const [p, item] of Object.entries(paths)) {
        for (const m of METHODS) if (isObject(item) && item[m]) out.push(`${m.toUpperCase()} ${p}`);
      }
      return out;
    },
    statuses(method, refPath) {
      const op = (paths[refPath] as JsonObject | undefined)?.[method.toLowerCase()];
      return isObject(op) ? Object.keys(op.responses as JsonObject) : undefined;
    },
    validator(method, refPath, status) {
      const found = response(method, refPath, status);
      if (typeof found === 'string') return found;
      const content = found.value.content;
      if (!isObject(content) || !isObject(content['application/json'])) return `no application/json body is documented for ${method.toUpperCase()} ${refPath} ${status}`;
      return compiled([...found.segments, 'content', 'application/json', 'schema']);
    },
    headers(method, refPath, status) {
      const found = response(method, refPath, status);
      return typeof found === 'string' ? {} : headersOf(found.value);
    },
    schema(name) {
      if (!isObject((document.components as JsonObject).schemas) || !((document.components as JsonObject).schemas as JsonObject)[name]) {
        return `the reference has no schema ${name}`;
      }
      return compiled(['components', 'schemas', name]);
    },
    errorResponse(status) {
      const name = ERROR_RESPONSES[status];
      if (!name) return `the reference has no shared error response for ${status}`;
      const validator = compiled(['components', 'responses', name, 'content', 'application/json', 'schema']);
      if (typeof validator === 'string') return validator;
      return { validator, headers: headersOf(resolveLocal(document, `#/components/responses/${name}`).value as JsonObject) };
    },
  };
}

export const reference: Reference | null = loadReference();

/**
 * A describe block that runs only when the reference is present; otherwise one
 * passing test that prints why nothing was checked (no skipped tests either way).
 */
export function describeConformance(name: string, body: (ref: Reference) => void): void {
  if (reference) {
    describe(name, () => body(reference));
    return;
  }
  describe(name, () => {
    it(SKIP_MESSAGE, () => {
      console.warn(`${SKIP_MESSAGE} (looked for ${REFERENCE_FILE})`);
    });
  });
}

/** Removes the `allow`ed paths (dotted, `*` = every element or key) from a copy of `body`. */
export function stripAllowed(body: unknown, allow: readonly string[]): unknown {
  const copy = structuredClone(body);
  for (const spec of allow) {
    const parts = spec.split('.');
    const walk = (node: unknown, i: number): void => {
      if (node === null || typeof node !== 'object') return;
      const part = parts[i]!;
      const last = i === parts.length - 1;
      const children: Array<[string | number, unknown]> =
        part === '*'
          ? Array.isArray(node)
            ? node.map((v, k) => [k, v] as [number, unknown])
            : Object.entries(node)
          : Array.isArray(node)
            ? []
            : part in node
              ? [[part, (node as Record<string, unknown>)[part]]]
              : [];
      // Backwards, so that removing array elements keeps the remaining indexes valid.
      for (const [key, child] of children.reverse()) {
        if (!last) walk(child, i + 1);
        else if (Array.isArray(node)) node.splice(Number(key), 1);
        else delete (node as Record<string, unknown>)[key as string];
      }
    };
    walk(copy, 0);
  }
  return copy;
}

function describeError(e: ErrorObject): string | null {
  // `if` failures only say "must match then schema"; the `then` branch's own errors follow.
  if (e.keyword === 'if') return null;
  const at = e.instancePath === '' ? '(body)' : e.instancePath;
  const p = e.params as Record<string, unknown>;
  let detail = '';
  if (e.keyword === 'additionalProperties') detail = ` "${String(p.additionalProperty)}"`;
  else if (e.keyword === 'unevaluatedProperties') detail = ` "${String(p.unevaluatedProperty)}"`;
  else if (e.keyword === 'const') detail = ` ${JSON.stringify(p.allowedValue)}, got ${JSON.stringify(e.data)}`;
  else if (e.keyword === 'enum') detail = ` ${JSON.stringify(p.allowedValues)}, got ${JSON.stringify(e.data)}`;
  else if (e.keyword === 'type' || e.keyword === 'format') detail = `, got ${JSON.stringify(e.data)}`;
  return `${at}: ${e.message ?? e.keyword}${detail}`;
}

/** Ajv errors as sorted, de-duplicated readable lines. */
export function readableErrors(errors: readonly ErrorObject[] | null | undefined): string[] {
  const lines = new Set<string>();
  for (const e of errors ?? []) {
    const line = describeError(e);
    if (line) lines.add(line);
  }
  return [...lines].sort();
}

type Headers = Record<string, string | string[] | number | undefined>;

export interface ConformsArgs {
  /** HTTP method of the reference operation. */
  method: string;
  /** The reference's path template, e.g. `/connect/share-tokens/{share-token-id}`. */
  path: string;
  status: number;
  body: unknown;
  /** Response headers; when given, every header the reference documents for this response must be present and typed. */
  headers?: Headers;
  /** Documented seed additions to strip before validating (dotted paths, `*` wildcard). */
  allow?: readonly string[];
  /**
   * The request used `fields[type]=…` (connect-api.md §1.3): attributes and
   * relationships the reference marks required may be absent; all else is checked.
   */
  sparse?: boolean;
}

interface CheckOptions {
  allow?: readonly string[] | undefined;
  sparse?: boolean | undefined;
  documented?: Record<string, string> | undefined;
  headers?: Headers | undefined;
}

const SPARSE_MEMBER = /\/(attributes|relationships)$/;

function check(label: string, v: ValidateFunction | string, body: unknown, opts: CheckOptions = {}): void {
  if (typeof v === 'string') {
    expect.fail(`${label}: ${v}`);
    return;
  }
  const { allow, sparse, documented, headers } = opts;
  const value = allow?.length ? stripAllowed(body, allow) : body;
  const errors = v(value) ? [] : (v.errors ?? []).filter((e) => !(sparse && e.keyword === 'required' && SPARSE_MEMBER.test(e.instancePath)));
  const problems = readableErrors(errors);
  if (headers && documented) {
    for (const [name, type] of Object.entries(documented)) {
      const h = headers[name.toLowerCase()];
      if (h === undefined) problems.push(`header ${name}: missing`);
      else if (type === 'integer' && !/^-?\d+$/.test(String(h))) problems.push(`header ${name}: must be an integer, got ${JSON.stringify(h)}`);
    }
  }
  if (problems.length > 0) {
    const excerpt = JSON.stringify(body).slice(0, 1500);
    expect.fail(`${label} does not conform to the Persona reference:\n${problems.map((p) => `  - ${p}`).join('\n')}\nbody: ${excerpt}`);
  }
}

function ref(): Reference {
  if (!reference) throw new Error(SKIP_MESSAGE);
  return reference;
}

/** Asserts `body` (and `headers`) match the reference response of `method path status`. */
export function expectConforms(args: ConformsArgs): void {
  const r = ref();
  const label = `${args.method.toUpperCase()} ${args.path} → ${args.status}`;
  check(label, r.validator(args.method, args.path, args.status), args.body, {
    allow: args.allow,
    sparse: args.sparse,
    documented: r.headers(args.method, args.path, args.status),
    headers: args.headers,
  });
}

/**
 * Asserts an error body (and headers) match the reference's shared error response
 * for its status; for errors connect-api.md adds where an operation documents none
 * (e.g. 404 on POST /connect/share-tokens for an invisible connection-id).
 */
export function expectErrorConforms(args: { status: number; body: unknown; headers?: Headers }): void {
  const r = ref();
  const found = r.errorResponse(args.status);
  const label = `error ${args.status} (${ERROR_RESPONSES[args.status] ?? '?'})`;
  if (typeof found === 'string') {
    expect.fail(`${label}: ${found}`);
    return;
  }
  check(label, found.validator, args.body, { documented: found.headers, headers: args.headers });
}

/** Asserts `value` matches `#/components/schemas/<schema>` (e.g. an `included` object or an event payload). */
export function expectSchemaConforms(args: { schema: string; value: unknown; allow?: readonly string[] }): void {
  check(`schema ${args.schema}`, ref().schema(args.schema), args.value, { allow: args.allow });
}

interface InjectedResponse {
  statusCode: number;
  body: string;
  headers: Headers;
}

/** Asserts the status, then that the body and documented headers conform; returns the parsed body. */
export function expectResponseConforms(
  res: InjectedResponse,
  args: Omit<ConformsArgs, 'body' | 'headers'> & { /** false: skip the documented-headers check. */ headers?: boolean },
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): any {
  const { headers, ...rest } = args;
  expect(res.statusCode, `${args.method.toUpperCase()} ${args.path}: unexpected status; body: ${res.body.slice(0, 1500)}`).toBe(args.status);
  const body = JSON.parse(res.body) as unknown;
  expectConforms({ ...rest, body, ...(headers === false ? {} : { headers: res.headers }) });
  return body;
}

/** Asserts the status, then that the error body and documented headers match the shared error response. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function expectErrorResponseConforms(res: InjectedResponse, status: number): any {
  expect(res.statusCode, `unexpected status; body: ${res.body.slice(0, 1500)}`).toBe(status);
  const body = JSON.parse(res.body) as unknown;
  expectErrorConforms({ status, body, headers: res.headers });
  return body;
}
