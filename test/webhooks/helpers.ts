/** Webhook test helpers: webhooks made through the Connect API, deliveries read back through it. */
import { must, send, uniq, type Body } from '../fixtures/connect-objects.js';
import type { TestApp, TestOrg } from '../harness.js';

export interface Hook {
  id: string;
  secret: string;
  data: Body;
}

/** POST /webhooks (→ 201), then /enable unless `enabled: false`. */
export async function createHook(t: TestApp, org: TestOrg, attributes: Record<string, unknown>, opts: { enabled?: boolean } = {}): Promise<Hook> {
  const body = { data: { attributes: { name: uniq('hook'), 'enabled-events': ['inquiry.created'], ...attributes } } };
  const data = must(await send(t, org.apiKey, 'POST', '/webhooks', { body }), 201, 'POST /webhooks').data;
  if (opts.enabled !== false) must(await send(t, org.apiKey, 'POST', `/webhooks/${data.id}/enable`), 200, 'enable');
  return { id: data.id, secret: data.attributes.secret, data };
}

export async function deliveries(t: TestApp, org: TestOrg, hookId: string, query = ''): Promise<Body[]> {
  return must(await send(t, org.apiKey, 'GET', `/webhooks/${hookId}/deliveries?page%5Bsize%5D=100${query}`), 200, 'GET deliveries').data;
}

export async function newInquiry(t: TestApp, org: TestOrg, attributes: Record<string, unknown> = {}): Promise<Body> {
  const body = { data: { attributes: { 'reference-id': uniq('ref'), ...attributes } } };
  return must(await send(t, org.apiKey, 'POST', '/inquiries', { body }), 201, 'POST /inquiries').data;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
