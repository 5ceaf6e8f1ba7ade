/**
 * An independent check of an answer against Tessera's own `/openapi.json`: the
 * document as a client downloads it, read with Ajv's JSON Schema 2020-12 build
 * (not the schemas the server compiled). For one request and its response it
 * lists what the document gets wrong: an undeclared status, a body where none
 * is declared (a 204) or none where one is, another media type, a body that
 * does not match its schema, a declared required header that is missing.
 *
 * Requests to paths the document does not list (hidden routes such as
 * `/healthz` or `/dashboard`, and unknown paths answered 404 by the router)
 * are not checked: there is nothing to check them against.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: Record<string, unknown>;
}

interface MediaType {
  schema?: unknown;
}

interface ResponseObject {
  description?: string;
  content?: Record<string, MediaType>;
  headers?: Record<string, { required?: boolean; schema?: unknown }>;
}

interface Operation {
  responses?: Record<string, ResponseObject>;
}

export interface Exchange {
  method: string;
  url: string;
  requestHeaders?: Record<string, unknown>;
  status: number;
  headers: Record<string, unknown>;
  body: string;
}

interface PathMatcher {
  template: string;
  pattern: RegExp;
  literal: number;
}

const DOC_ID = 'tessera-openapi.json';

function escapePointer(s: string): string {
  return s.replace(/~/g, '~0').replace(/\//g, '~1');
}

function header(headers: Record<string, unknown>, name: string): string | undefined {
  const v = headers[name.toLowerCase()];
  if (v === undefined) return undefined;
  return Array.isArray(v) ? String(v[0]) : String(v);
}

export class ContractValidator {
  private readonly ajv: Ajv2020;
  private readonly matchers: PathMatcher[];
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly doc: OpenApiDocument) {
    this.ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
    addFormats.default(this.ajv);
    this.ajv.addSchema(doc as object, DOC_ID);
    // The most literal template wins: `/webhooks/permissions` before `/webhooks/{id}`.
    this.matchers = Object.keys(doc.paths)
      .map((template) => ({
        template,
        pattern: new RegExp('^' + template.split(/\{[^}]+\}/).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^/]+') + '/?$'),
        literal: template.replace(/\{[^}]+\}/g, '').length,
      }))
      .sort((a, b) => b.literal - a.literal);
  }

  /** The document's path template for a request path, or undefined when it lists none. */
  operationPath(method: string, url: string): string | undefined {
    const path = url.split('?')[0]!;
    const m = method.toLowerCase();
    return this.matchers.find((p) => p.pattern.test(path) && this.doc.paths[p.template]![m] !== undefined)?.template;
  }

  private validator(pointer: string): ValidateFunction {
    let v = this.compiled.get(pointer);
    if (!v) {
      v = this.ajv.compile({ $ref: `${DOC_ID}#${pointer}` });
      this.compiled.set(pointer, v);
    }
    return v;
  }

  /** What the document gets wrong about this exchange; empty when it describes it. */
  check(x: Exchange): string[] {
    const method = x.method.toLowerCase();
    if (method === 'head' || method === 'options') return [];
    const template = this.operationPath(method, x.url);
    if (!template) return [];
    const where = `${x.method.toUpperCase()} ${template} → ${x.status}`;
    const responses = this.doc.paths[template]![method]!.responses ?? {};
    const code = String(x.status);
    const key = code in responses ? code : `${code[0]}XX` in responses ? `${code[0]}XX` : 'default' in responses ? 'default' : undefined;
    if (key === undefined) return [`${where}: status not declared (declared: ${Object.keys(responses).join(', ')})`];
    const declared = responses[key]!;
    const base = `/paths/${escapePointer(template)}/${method}/responses/${key}`;
    const problems: string[] = [];

    for (const [name, h] of Object.entries(declared.headers ?? {})) {
      const value = header(x.headers, name);
      if (h.required && value === undefined) problems.push(`${where}: required header ${name} missing`);
    }

    const content = declared.content ?? {};
    const mediaTypes = Object.keys(content);
    const hasBody = x.body.length > 0;
    if (mediaTypes.length === 0) {
      if (hasBody) problems.push(`${where}: a body is sent where the document declares none (${x.body.slice(0, 80)})`);
      return problems;
    }
    if (!hasBody) {
      problems.push(`${where}: no body, the document declares ${mediaTypes.join(', ')}`);
      return problems;
    }
    const contentType = (header(x.headers, 'content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    const media = mediaTypes.find((t) => t.toLowerCase() === contentType) ?? mediaTypes.find((t) => t === '*/*');
    if (!media) {
      problems.push(`${where}: content type ${contentType || '(none)'} not declared (declared: ${mediaTypes.join(', ')})`);
      return problems;
    }
    if (content[media]!.schema === undefined || !/json/.test(media)) return problems;
    // Connect bodies are described in kebab-case; Key-Inflection camel/snake renames every key.
    const inflection = header(x.requestHeaders ?? {}, 'key-inflection');
    if (inflection !== undefined && inflection !== 'kebab' && template.startsWith('/api/v1/')) return problems;
    let parsed: unknown;
    try {
      parsed = JSON.parse(x.body);
    } catch {
      problems.push(`${where}: body is not JSON although declared ${media}`);
      return problems;
    }
    const validate = this.validator(`${base}/content/${escapePointer(media)}/schema`);
    if (!validate(parsed)) {
      const errors = (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
      problems.push(`${where}: body does not match the schema: ${errors.join('; ')} — body: ${x.body.slice(0, 300)}`);
    }
    return problems;
  }
}
