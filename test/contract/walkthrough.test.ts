/**
 * The README's "A five-minute walkthrough" against its own contract (issue 12):
 * a real `tessera serve --demo` process, the values of its data/demo.json, and
 * every request of steps 1–6, the rate limits, the admin organizations, and API
 * keys and API logs, sent with fetch as the curl commands send them. Each
 * answer is checked by ContractValidator against that server's /openapi.json
 * (status declared, required headers, body schema). Where the README waits
 * (step 4's `until` loop, step 6's pause for the workflows) the test polls
 * with a deadline; every poll's answer is checked too.
 */
import { describe, expect, it } from 'vitest';
import { freePort, processTestContext, readDemo, waitFor, waitReady, type DemoFile } from '../process/cli.js';
import { ContractValidator, type Exchange, type OpenApiDocument } from './validator.js';

const ctx = processTestContext();

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON:API answers, read as the README's jq reads them.
type Body = any;

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Body;
}

/** A client that checks every answer against the server's own document and keeps the exchanges. */
class CheckedClient {
  readonly exchanges: Array<Exchange & { problems: string[]; documented: boolean }> = [];

  constructor(
    private readonly base: string,
    private readonly validator: ContractValidator,
  ) {}

  async send(method: string, path: string, opts: { bearer?: string; query?: Record<string, string>; json?: unknown; headers?: Record<string, string> } = {}): Promise<Answer> {
    const url = path + (opts.query ? `?${new URLSearchParams(opts.query).toString()}` : '');
    const requestHeaders: Record<string, string> = {
      ...(opts.bearer ? { authorization: `Bearer ${opts.bearer}` } : {}),
      ...(opts.json !== undefined ? { 'content-type': 'application/json' } : {}),
      ...opts.headers,
    };
    const res = await fetch(this.base + url, {
      method,
      headers: requestHeaders,
      ...(opts.json !== undefined ? { body: JSON.stringify(opts.json) } : {}),
    });
    const text = await res.text();
    const headers = Object.fromEntries(res.headers);
    const exchange: Exchange = { method, url, requestHeaders, status: res.status, headers, body: text };
    this.exchanges.push({ ...exchange, problems: this.validator.check(exchange), documented: this.validator.operationPath(method, url) !== undefined });
    return { status: res.status, headers, body: text && /json/.test(headers['content-type'] ?? '') ? JSON.parse(text) : text };
  }
}

/** Asserts the status the README shows and returns the answer. */
function expectStatus(answer: Answer, status: number, what: string): Answer {
  expect(answer.status, `${what}: ${JSON.stringify(answer.body).slice(0, 500)}`).toBe(status);
  return answer;
}

describe('the README walkthrough against /openapi.json', () => {
  it('answers every request as the document describes it', { timeout: 180_000 }, async () => {
    const dataDir = await ctx.dataDir();
    const port = await freePort();
    const server = ctx.cli(['serve', '--demo', '--port', String(port), '--data-dir', dataDir]);
    await waitReady(server, port);
    const demo: DemoFile = await readDemo(dataDir, port);
    const BASE = demo.baseUrl;
    const SRC = demo.source.apiKey;
    const DST = demo.destination.apiKey;
    const CXN = demo.connectionId;
    const INQ = demo.inquiryId;

    const doc = (await (await fetch(`${BASE}/openapi.json`)).json()) as OpenApiDocument;
    const api = new CheckedClient(BASE, new ContractValidator(doc));
    /** The README's requests, each counted once (polls repeat some). */
    let requests = 0;
    const step = (method: string, path: string, opts?: Parameters<CheckedClient['send']>[2]) => {
      requests++;
      return api.send(method, path, opts);
    };

    // 1. The source creates a share token.
    const created = expectStatus(
      await step('POST', '/api/v1/connect/share-tokens', { bearer: SRC, json: { data: { attributes: { 'connection-id': CXN, 'source-id': INQ } } } }),
      201,
      'create share token',
    ).body;
    const TOKEN = created.data.id as string;
    expect(TOKEN).toMatch(/^cnst_/);
    expect(created.data.attributes).toMatchObject({ status: 'created', direction: 'outbound' });
    expect(Object.keys(created.data.relationships)).toEqual(expect.arrayContaining(['connect-connection', 'connection', 'creator', 'source']));

    // 2. Retrieve it: as the source with include and a sparse fieldset, as the destination peeking,
    //    with the Key-Inflection and Persona-Version headers the README suggests, and with include=connection,creator.
    const retrieved = expectStatus(
      await step('GET', `/api/v1/connect/share-tokens/${TOKEN}`, { bearer: SRC, query: { include: 'source', 'fields[connect/share-token]': 'status,expires-at,source' } }),
      200,
      'retrieve as the source',
    );
    for (const h of ['request-id', 'persona-organization-id', 'persona-environment-id', 'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset']) expect(retrieved.headers).toHaveProperty(h);
    const peek = expectStatus(await step('GET', `/api/v1/connect/share-tokens/${TOKEN}`, { bearer: DST, query: { 'peek-source-data': 'true' } }), 200, 'peek');
    expect(peek.body.data.attributes['source-data']).toBeTruthy();
    expect(expectStatus(await step('GET', `/api/v1/connect/share-tokens/${TOKEN}`, { bearer: SRC, headers: { 'key-inflection': 'camel' } }), 200, 'camel').body.data.attributes).toHaveProperty('expiresAt');
    expectStatus(await step('GET', `/api/v1/connect/share-tokens/${TOKEN}`, { bearer: SRC, headers: { 'persona-version': '2026-09-29' } }), 200, 'Persona-Version');
    const withIncluded = expectStatus(await step('GET', `/api/v1/connect/share-tokens/${TOKEN}`, { bearer: SRC, query: { include: 'connection,creator' } }), 200, 'include').body;
    expect((withIncluded.included as Body[]).map((r) => r.type).sort()).toEqual(['api-key', 'connect/connection']);

    // 3. The destination redeems it.
    const redeem = expectStatus(await step('POST', `/api/v1/connect/share-tokens/${TOKEN}/redeem`, { bearer: DST, json: {} }), 202, 'redeem').body;
    expect(redeem.data.attributes).toMatchObject({ status: 'pending', 'redeem-mode': 'clone' });

    // 4. Watch it become redeemed (the README's `until` loop), then read it with the destination's copy.
    requests++;
    await waitFor('the share token to leave pending', async () => {
      const polled = await api.send('GET', `/api/v1/connect/share-tokens/${TOKEN}`, { bearer: DST });
      return polled.body?.data?.attributes?.status !== 'pending' ? true : undefined;
    }, 30_000, 200);
    const redeemed = expectStatus(await step('GET', `/api/v1/connect/share-tokens/${TOKEN}`, { bearer: DST, query: { include: 'destination' } }), 200, 'redeemed').body;
    expect(redeemed.data.attributes.status).toBe('redeemed');
    expect(redeemed.data.relationships.destination.data.type).toBe('inquiry');
    expect((redeemed.included as Body[]).map((r) => r.type)).toContain('inquiry');

    // 5. The events each side saw.
    const sourceEvents = expectStatus(await step('GET', '/api/v1/events', { bearer: SRC }), 200, 'source events').body;
    expect((sourceEvents.data as Body[]).map((e) => e.attributes.name).slice(0, 2)).toEqual(['connect/share-token.outbound-redeemed', 'connect/share-token.outbound-created']);
    const destinationEvents = expectStatus(await step('GET', '/api/v1/events', { bearer: DST, query: { 'filter[object-id]': TOKEN } }), 200, 'destination events').body;
    expect((destinationEvents.data as Body[]).map((e) => e.attributes.name)).toEqual(['connect/share-token.inbound-redeemed', 'connect/share-token.inbound-created']);

    // 6. Automated sharing: complete an inquiry as the source; the workflows share and redeem it.
    const inq2 = expectStatus(await step('POST', '/api/v1/inquiries', { bearer: SRC, json: { data: { attributes: { fields: { 'name-first': 'Sam' } } } } }), 201, 'create inquiry').body;
    expectStatus(await step('POST', `/api/v1/inquiries/${inq2.data.id}/complete`, { bearer: SRC }), 200, 'complete inquiry');
    // Instead of the README's `sleep 2`: both listings, polled until the destination's copy is made.
    requests += 2;
    const automated = await waitFor('the workflows to share and redeem the inquiry', async () => {
      const runs = await api.send('GET', '/api/v1/workflow-runs', { bearer: DST });
      const tokens = await api.send('GET', '/api/v1/connect/share-tokens', { bearer: DST, query: { 'filter[connection-id]': demo.automatedConnectionId } });
      const done = (runs.body?.data as Body[] | undefined)?.find((r) => r.attributes.status === 'completed');
      const token = (tokens.body?.data as Body[] | undefined)?.find((t) => t.attributes.status === 'redeemed');
      return done && token ? { run: done, token } : undefined;
    }, 60_000, 250);
    expect(expectStatus(await step('GET', `/api/v1/workflow-runs/${automated.run.id}/step-results`, { bearer: DST }), 200, 'step results').body.data.length).toBeGreaterThan(0);

    // The rate limits and the admin API.
    expectStatus(await step('GET', '/api/v1/rate-limits', { bearer: SRC }), 200, 'rate limits');
    expect(expectStatus(await step('GET', '/admin/v1/organizations', { bearer: demo.adminToken }), 200, 'admin organizations').body.data.length).toBeGreaterThanOrEqual(2);

    // API keys and API logs.
    const NEW = expectStatus(
      await step('POST', '/api/v1/api-keys', { bearer: SRC, json: { data: { attributes: { name: 'read-only', permissions: ['inquiry.read', 'api_log.read'] } } } }),
      201,
      'create API key',
    );
    expect(NEW.headers['cache-control']).toContain('no-store');
    const listed = expectStatus(await step('GET', '/api/v1/inquiries', { bearer: NEW.body.data.attributes.value }), 200, 'inquiries with the new key');
    const REQ = listed.headers['request-id']!;
    expect(REQ).toMatch(/^req_/);
    const log = expectStatus(await step('GET', `/api/v1/api-logs/${REQ}`, { bearer: SRC }), 200, 'API log').body;
    expect(log.data.attributes).toMatchObject({ request: { method: 'GET', path: '/api/v1/inquiries' }, response: { status: 200 } });
    const rotated = expectStatus(
      await step('POST', `/api/v1/api-keys/${NEW.body.data.id}/rotate`, { bearer: SRC, json: { meta: { 'grace-period-seconds': 3600 } } }),
      200,
      'rotate API key',
    );
    expect(rotated.headers['cache-control']).toContain('no-store');
    expect(rotated.body.data.attributes.value).toMatch(/^tsk_sandbox_/);
    expect(rotated.body.meta['previous-value-expires-at']).toBeTruthy();
    const expired = expectStatus(await step('POST', `/api/v1/api-keys/${NEW.body.data.id}/expire`, { bearer: SRC, json: { meta: { 'expires-in-seconds': 0 } } }), 200, 'expire').body;
    expect(expired.data.attributes['expires-at']).toBeTruthy();

    // Every answer is described by the document, and every request was one the document lists.
    expect(api.exchanges.flatMap((x) => x.problems)).toEqual([]);
    expect(api.exchanges.filter((x) => !x.documented).map((x) => `${x.method} ${x.url}`)).toEqual([]);
    expect(requests).toBe(23);
    expect(api.exchanges.length).toBeGreaterThanOrEqual(requests);
  });
});
