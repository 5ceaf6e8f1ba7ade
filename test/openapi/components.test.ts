/**
 * Named schemas are components (src/http/openapi-components.ts): each
 * resource is written once and referenced by every operation and webhook that
 * carries it, so generated clients name it (`components['schemas']['ShareToken']`).
 */
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../harness.js';

const t = await createTestApp();

describe('components of /openapi.json', () => {
  it('name each resource once, with no second schema under the same title', async () => {
    const doc = (await t.request({ method: 'GET', url: '/openapi.json' })).json();
    const names = Object.keys(doc.components.schemas);
    expect(names).toEqual(expect.arrayContaining(['ShareToken', 'Connection', 'Inquiry', 'ApiKey', 'ApiKeyWithValue', 'Webhook', 'Event', 'ConnectError', 'V3Error', 'AstraProblem']));
    expect(names.filter((n) => /\d$/.test(n))).toEqual([]);
    expect(Object.keys(doc.components.headers)).toEqual(expect.arrayContaining(['Request-Id', 'RateLimit-Limit']));
  });

  it('reference them from operations and webhooks', async () => {
    const doc = (await t.request({ method: 'GET', url: '/openapi.json' })).json();
    const answer = doc.paths['/api/v1/connect/share-tokens/{id}'].get.responses['200'].content['application/json'].schema;
    expect(answer.properties.data).toEqual({ $ref: '#/components/schemas/ShareToken' });
    const text = JSON.stringify(doc.webhooks['connect/share-token.outbound-created']);
    expect(text).toContain('#/components/schemas/ShareToken');
  });
});
