/**
 * NetApp's Astra Control Center OpenAPI description (release 24.02, users and
 * tokens subset), loaded at run time from `../shared/reference/astra-openapi/`
 * beside the repository — never copied into it (shared/reference/README.md).
 * When the file is absent, `astraReference` is null and
 * `describeAstraConformance` registers one passing test that says so.
 *
 * In memory, before compiling (OpenAPI 3.0.1 schemas with Ajv's draft-07
 * build): `type` keywords that hold media types (e.g.
 * `"application/vnd.netapp.astra.user"` beside a `$ref`) are removed, as the
 * reference README says, and `example` subtrees are left alone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsPlugin from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { readableErrors, repoRoot } from './reference.js';

export const ASTRA_REFERENCE_FILE = path.resolve(repoRoot, '../shared/reference/astra-openapi/astra-control-24.02-users-tokens.subset.json');
const SKIP = 'shared/reference/astra-openapi not found: Astra conformance skipped';
const DOC_ID = 'https://reference.tessera.invalid/astra-control-24.02.json';
const JSON_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);
export const PREFIX = '/accounts/{account_id}/core/v1';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

function stripMediaTypes(node: Json): void {
  if (Array.isArray(node)) {
    for (const item of node) stripMediaTypes(item);
    return;
  }
  if (!isObject(node)) return;
  if (typeof node.type === 'string' && !JSON_TYPES.has(node.type)) delete node.type;
  for (const [key, value] of Object.entries(node)) if (key !== 'example' && key !== 'examples') stripMediaTypes(value);
}

function pointer(segments: string[]): string {
  return '/' + segments.map((s) => encodeURIComponent(s.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/');
}

export interface AstraReference {
  document: JsonObject;
  /** The schema of a documented response body, or a reason there is none. */
  response(method: string, refPath: string, status: number): { validator: ValidateFunction; mediaType: string } | string;
  schema(name: string): ValidateFunction;
}

function load(): AstraReference | null {
  if (!fs.existsSync(ASTRA_REFERENCE_FILE)) return null;
  const document = JSON.parse(fs.readFileSync(ASTRA_REFERENCE_FILE, 'utf8')) as JsonObject;
  const compiled = structuredClone(document);
  stripMediaTypes(compiled);
  const ajv = new Ajv({ strict: false, allErrors: true, verbose: true, validateSchema: false, logger: false });
  (addFormatsPlugin as unknown as (a: Ajv) => void)(ajv);
  ajv.addSchema(compiled, DOC_ID);
  const get = (segments: string[]): ValidateFunction => {
    const v = ajv.getSchema(`${DOC_ID}#${pointer(segments)}`);
    if (!v) throw new Error(`cannot compile ${segments.join('/')}`);
    return v;
  };
  const paths = document.paths as JsonObject;
  return {
    document,
    response(method, refPath, status) {
      const op = (paths[refPath] as JsonObject | undefined)?.[method.toLowerCase()];
      if (!isObject(op)) return `the reference has no operation ${method} ${refPath}`;
      const r = (op.responses as JsonObject)[String(status)];
      if (!isObject(r)) return `the reference documents no ${status} for ${method} ${refPath}`;
      const content = r.content;
      if (!isObject(content)) return `${method} ${refPath} ${status} has no body`;
      const mediaType = Object.keys(content)[0]!;
      return { validator: get(['paths', refPath, method.toLowerCase(), 'responses', String(status), 'content', mediaType, 'schema']), mediaType };
    },
    schema: (name) => get(['components', 'schemas', name]),
  };
}

export const astraReference = load();

export function describeAstraConformance(name: string, body: (ref: AstraReference) => void): void {
  if (astraReference) {
    describe(name, () => body(astraReference));
    return;
  }
  describe(name, () => {
    it(SKIP, () => console.warn(`${SKIP} (looked for ${ASTRA_REFERENCE_FILE})`));
  });
}

interface Injected {
  statusCode: number;
  body: string;
  headers: Record<string, string | string[] | number | undefined>;
}

/**
 * Asserts the response has the documented status, media type and body schema
 * of `method refPath` (refPath relative to the account prefix); returns the body.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function expectAstraConforms(res: Injected, method: string, refPath: string, status: number): any {
  expect(res.statusCode, `${method} ${refPath}: ${res.body.slice(0, 1500)}`).toBe(status);
  const found = astraReference!.response(method, PREFIX + refPath, status);
  if (typeof found === 'string') {
    expect.fail(found);
    return undefined;
  }
  expect(String(res.headers['content-type']).split(';')[0]).toBe(found.mediaType);
  const body = JSON.parse(res.body) as unknown;
  if (!found.validator(body)) {
    expect.fail(
      `${method} ${refPath} → ${status} does not conform to the Astra reference:\n${readableErrors(found.validator.errors)
        .map((l) => `  - ${l}`)
        .join('\n')}\nbody: ${res.body.slice(0, 1500)}`,
    );
  }
  return body;
}

/** Asserts `value` matches `#/components/schemas/<name>`. */
export function expectAstraSchema(name: string, value: unknown): void {
  const v = astraReference!.schema(name);
  if (!v(value)) expect.fail(`schema ${name}:\n${readableErrors(v.errors).join('\n')}\nvalue: ${JSON.stringify(value).slice(0, 1500)}`);
}
