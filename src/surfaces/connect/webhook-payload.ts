/**
 * How a webhook delivery renders its event (connect-api.md §6): the `event`
 * resource as `GET /events/:id` shows it, in the webhook's key inflection;
 * inside the payload the webhook's `api-attributes-blocklist` (names with a
 * `*` wildcard, or pointers like `/data/attributes/fields/*-number`) and
 * `relationship-allowlist` apply. Deliveries carry no `included`. All API
 * versions render alike today. Injected into the webhooks domain from the
 * composition root (jobs-registry.ts).
 */
import type { EventRecord, Webhook, WebhookRenderer } from '../../events/index.js';
import { inflectKeys } from './inflection.js';
import { presentEvent } from './presenters/index.js';

function glob(pattern: string): RegExp {
  return new RegExp('^' + pattern.split('*').map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
}

/** Removes every member of `node` reached by `segments` (each a glob on keys; arrays are walked through). */
function removePath(node: unknown, segments: RegExp[]): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) removePath(item, segments);
    return;
  }
  const [head, ...rest] = segments;
  if (!head) return;
  const obj = node as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!head.test(key)) continue;
    if (rest.length === 0) delete obj[key];
    else removePath(obj[key], rest);
  }
}

/** The payload (`{"data": {...}}`) with the webhook's blocklist and relationship allowlist applied, on a copy. */
export function shapePayload(payload: Record<string, unknown>, webhook: Pick<Webhook, 'attributesBlocklist' | 'relationshipAllowlist'>): Record<string, unknown> {
  const copy = structuredClone(payload);
  for (const entry of webhook.attributesBlocklist) {
    const segments = entry.startsWith('/') ? entry.slice(1).split('/') : ['data', 'attributes', entry];
    removePath(copy, segments.map((s) => glob(s.replace(/~1/g, '/').replace(/~0/g, '~'))));
  }
  const data = copy.data as Record<string, unknown> | undefined;
  if (data && webhook.relationshipAllowlist.state === 'include_none') delete data.relationships;
  return copy;
}

export const connectWebhookRenderer: WebhookRenderer = {
  payload: (event: EventRecord) => presentEvent(event).attributes.payload as Record<string, unknown>,
  body(event: EventRecord, webhook: Webhook): string {
    const resource = presentEvent(event);
    const payload = shapePayload(resource.attributes.payload as Record<string, unknown>, webhook);
    const data = { ...resource, attributes: { ...resource.attributes, payload } };
    return JSON.stringify({ data: inflectKeys(data, webhook.keyInflection) });
  },
};
