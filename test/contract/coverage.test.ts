/**
 * Contract coverage (issue 12): every operation of /openapi.json describes its
 * success answers. A route without a success response schema is documented
 * with no answer at all (and then fails the harness's contract check on its first
 * answer). This test lists the operations declaring no 2xx/3xx answer, a
 * placeholder `default` answer, or a JSON answer without a schema (`unknown`
 * to a generated client), and fails while there is any.
 */
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../harness.js';

type Responses = Record<string, { content?: Record<string, { schema?: Record<string, unknown> }> }>;
interface Doc {
  paths: Record<string, Record<string, { responses?: Responses }>>;
}

const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace']);

const t = await createTestApp();

describe('contract coverage of /openapi.json', () => {
  it('every operation declares its success answers, none the placeholder', async () => {
    const res = await t.request({ method: 'GET', url: '/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json() as Doc;
    const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([method]) => METHODS.has(method))
        .map(([method, op]) => ({ name: `${method.toUpperCase()} ${path}`, responses: op.responses ?? {} })),
    );
    expect(operations.length).toBeGreaterThan(50);

    const placeholder = operations.filter((op) => op.responses.default?.content?.['*/*'] !== undefined).map((op) => op.name);
    const noSuccess = operations.filter((op) => !Object.keys(op.responses).some((status) => /^[23]/.test(status))).map((op) => op.name);
    // A JSON answer with no schema is `unknown` to a generated client (sdk/schema.ts).
    const untyped = operations.flatMap((op) =>
      Object.entries(op.responses).flatMap(([status, r]) =>
        Object.entries(r.content ?? {})
          .filter(([media, m]) => /json/.test(media) && (m.schema === undefined || Object.keys(m.schema).length === 0))
          .map(([media]) => `${op.name} ${status} ${media}`),
      ),
    );
    expect({ placeholder, noSuccess, untyped }, `${placeholder.length} operations answer with the placeholder, ${noSuccess.length} declare no 2xx/3xx`).toEqual({
      placeholder: [],
      noSuccess: [],
      untyped: [],
    });
  });
});
