/**
 * The conformance helper itself: it must reject what the reference forbids
 * (else every other conformance test would pass vacuously), report readable
 * errors, and strip only the `allow`ed seed additions.
 */
import { expect, it } from 'vitest';
import { describeConformance, expectConforms, expectSchemaConforms, readableErrors, stripAllowed } from './reference.js';

const TOKEN = {
  type: 'connect/share-token',
  id: 'cnst_ABC123',
  attributes: {
    status: 'created',
    direction: 'outbound',
    'created-at': '2025-10-14T22:36:51.907Z',
    'updated-at': '2025-10-14T22:36:51.907Z',
    'pending-at': null,
    'redeemed-at': null,
    'expires-at': '2025-10-28T22:36:51.907Z',
    'failed-at': null,
    'failure-reason': null,
    'redeem-mode': null,
  },
  relationships: {
    'connect-connection': { data: { type: 'connect/connection', id: 'cxn_ABC123' } },
    connection: { data: { type: 'connect/connection', id: 'cxn_ABC123' } },
    creator: { data: { type: 'api-key', id: 'api_ABC123' } },
    source: { data: { type: 'inquiry', id: 'inq_ABC123' } },
  },
};

const failureOf = (fn: () => void): string => {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected a conformance failure');
};

describeConformance('the conformance helper', (ref) => {
  it('knows the reference operations Tessera implements', () => {
    const ops = ref.operations();
    for (const op of [
      'GET /events',
      'GET /events/{event-id}',
      'POST /connect/share-tokens',
      'POST /connect/share-tokens/{share-token-id}/redeem',
      'GET /inquiries/{inquiry-id}',
      'GET /verifications/{verification-id}',
    ]) {
      expect(ops).toContain(op);
    }
    expect(ref.statuses('POST', '/connect/share-tokens/{share-token-id}/redeem')).toContain('202');
  });

  it("rejects seed 001's connect-connection unless allowed, naming it", () => {
    const message = failureOf(() => expectConforms({ method: 'POST', path: '/connect/share-tokens', status: 201, body: { data: TOKEN } }));
    expect(message).toContain('/data/relationships: must NOT have additional properties "connect-connection"');
    expectConforms({ method: 'POST', path: '/connect/share-tokens', status: 201, body: { data: TOKEN }, allow: ['data.relationships.connect-connection'] });
  });

  it('allows with * in lists and leaves everything else in place', () => {
    const list = { data: [TOKEN, TOKEN], links: { prev: null, next: null } };
    const stripped = stripAllowed(list, ['data.*.relationships.connect-connection']) as typeof list;
    expect(stripped.data.map((d) => Object.keys(d.relationships))).toEqual([
      ['connection', 'creator', 'source'],
      ['connection', 'creator', 'source'],
    ]);
    expect(list.data[0]!.relationships['connect-connection']).toBeDefined();
    expectConforms({ method: 'GET', path: '/connect/share-tokens', status: 200, body: list, allow: ['data.*.relationships.connect-connection'] });
  });

  it('rejects wrong types, formats and undocumented statuses', () => {
    const bad = { data: { ...TOKEN, attributes: { ...TOKEN.attributes, 'created-at': 'yesterday', 'pending-at': 5 } } };
    const message = failureOf(() =>
      expectConforms({ method: 'POST', path: '/connect/share-tokens', status: 201, body: bad, allow: ['data.relationships.connect-connection'] }),
    );
    expect(message).toContain('/data/attributes/created-at: must match format "date-time"');
    expect(message).toContain('/data/attributes/pending-at: must be string,null');
    expect(failureOf(() => expectConforms({ method: 'GET', path: '/events', status: 418, body: {} }))).toContain('documents no 418');
    expect(failureOf(() => expectConforms({ method: 'GET', path: '/nothing', status: 200, body: {} }))).toContain('no operation GET /nothing');
  });

  it('checks the documented response headers when given', () => {
    const message = failureOf(() =>
      expectConforms({
        method: 'GET',
        path: '/events',
        status: 200,
        body: { data: [], links: { prev: null, next: null } },
        headers: { 'request-id': 'req_x', 'ratelimit-limit': 'lots' },
      }),
    );
    expect(message).toContain('header RateLimit-Limit: must be an integer');
    expect(message).toContain('header Persona-Organization-Id: missing');
  });

  it('reports only the branch a discriminator selects', () => {
    const v = ref.schema('verification');
    if (typeof v === 'string') throw new Error(v);
    const ok = v({ type: 'verification/database', id: 'ver_1', attributes: { status: 'passed', 'created-at': '2025-01-01T00:00:00.000Z', checks: [] } });
    expect(ok).toBe(true);
    expect(v({ type: 'verification/database', id: 'ver_1', attributes: { status: 'passed', colour: 'blue' } })).toBe(false);
    expect(readableErrors(v.errors)).toEqual(['/attributes: must NOT have unevaluated properties "colour"']);
    expect(v({ type: 'verification/unknown', id: 'ver_1' })).toBe(false);
    expect(readableErrors(v.errors).join('\n')).toContain('/type: must be equal to one of the allowed values');
    expectSchemaConforms({ schema: 'connect-connection', value: { type: 'connect/connection', id: 'cxn_1', attributes: { status: 'active' } } });
  });
});
