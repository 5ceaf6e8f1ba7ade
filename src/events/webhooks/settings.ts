/**
 * The settings a webhook is created or updated with, and their business rules
 * (422 naming the field): a safe URL, known event names, sendable custom headers.
 * Shapes and types are checked by the surface before this (400).
 */
import { unprocessable } from '../../core/errors.js';
import type { EnvironmentKind } from '../../core/actor.js';
import { EVENT_NAMES } from '../types.js';
import type { UrlPolicy } from './ports.js';
import { seal } from './secret-box.js';
import type { Webhook, WebhookInflection } from './types.js';
import { checkWebhookUrl } from './url-safety.js';

export interface WebhookSettings {
  url?: string;
  name?: string | null;
  description?: string | null;
  apiVersion?: string;
  keyInflection?: WebhookInflection;
  attributesBlocklist?: string[];
  fileAccessTokenExpiresIn?: number;
  enabledEvents?: string[];
  payloadFilter?: Record<string, unknown> | null;
  includedAllowlist?: Record<string, unknown> | null;
  relationshipAllowlist?: Record<string, unknown>;
  /** Sent with every delivery, never shown; null or `{}` removes them. */
  customHttpHeaders?: Record<string, string> | null;
}

const KNOWN_EVENTS = new Set<string>(['*', ...EVENT_NAMES]);
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,256}$/;
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]{0,8192}$/;
const MAX_CUSTOM_HEADERS = 20;
/** Set by the delivery itself: a custom header may not replace them. */
const RESERVED_HEADERS = new Set([
  'content-type',
  'content-length',
  'host',
  'connection',
  'transfer-encoding',
  'user-agent',
  'persona-signature',
  'webhook-id',
  'webhook-timestamp',
  'webhook-signature',
]);

function checkEnabledEvents(names: string[]): string[] {
  const unknown = names.filter((n) => !KNOWN_EVENTS.has(n));
  if (unknown.length > 0) {
    throw unprocessable(`enabled-events contains unknown event names: ${unknown.join(', ')}`, ['enabledEvents']);
  }
  return [...new Set(names)];
}

function checkCustomHeaders(headers: Record<string, string>): Record<string, string> {
  const field = ['customHttpHeaders'];
  const entries = Object.entries(headers);
  if (entries.length > MAX_CUSTOM_HEADERS) throw unprocessable(`custom-http-headers may hold at most ${MAX_CUSTOM_HEADERS} headers`, field);
  for (const [name, value] of entries) {
    const lower = name.toLowerCase();
    if (!HEADER_NAME.test(name)) throw unprocessable(`custom-http-headers: "${name}" is not a valid header name`, field);
    if (RESERVED_HEADERS.has(lower) || lower.startsWith('persona-webhook-')) {
      throw unprocessable(`custom-http-headers: ${name} is set by the delivery itself`, field);
    }
    if (typeof value !== 'string' || !HEADER_VALUE.test(value)) throw unprocessable(`custom-http-headers: the value of ${name} is not a valid header value`, field);
  }
  return headers;
}

/** The columns `settings` change, checked; secrets-bearing parts sealed. */
export async function applySettings(
  settings: WebhookSettings,
  env: { kind: EnvironmentKind; policy: UrlPolicy; sealingKey: Buffer },
): Promise<Partial<Webhook>> {
  const out: Partial<Webhook> = {};
  if (settings.url !== undefined) out.url = await checkWebhookUrl(settings.url, env.kind, env.policy);
  if (settings.name !== undefined) out.name = settings.name;
  if (settings.description !== undefined) out.description = settings.description;
  if (settings.apiVersion !== undefined) out.apiVersion = settings.apiVersion;
  if (settings.keyInflection !== undefined) out.keyInflection = settings.keyInflection;
  if (settings.attributesBlocklist !== undefined) out.attributesBlocklist = settings.attributesBlocklist;
  if (settings.fileAccessTokenExpiresIn !== undefined) out.fileAccessTokenExpiresIn = settings.fileAccessTokenExpiresIn;
  if (settings.enabledEvents !== undefined) out.enabledEvents = checkEnabledEvents(settings.enabledEvents);
  if (settings.payloadFilter !== undefined) out.payloadFilter = settings.payloadFilter;
  if (settings.includedAllowlist !== undefined) out.includedAllowlist = settings.includedAllowlist;
  if (settings.relationshipAllowlist !== undefined) out.relationshipAllowlist = settings.relationshipAllowlist;
  if (settings.customHttpHeaders !== undefined) {
    const headers = checkCustomHeaders(settings.customHttpHeaders ?? {});
    out.customHttpHeadersSealed = Object.keys(headers).length > 0 ? seal(env.sealingKey, JSON.stringify(headers)) : null;
  }
  return out;
}

/** Whether `webhook` subscribes to events named `name`. */
export function subscribesTo(webhook: Pick<Webhook, 'enabledEvents'>, name: string): boolean {
  return webhook.enabledEvents.includes('*') || webhook.enabledEvents.includes(name);
}

/**
 * Whether `payload` contains `filter`: every key of a filter object is present
 * with a contained value; every element of a filter array is contained in some
 * element of the payload array; other values are equal. `{}` and null match all.
 */
export function payloadMatches(payload: unknown, filter: Record<string, unknown> | null): boolean {
  return filter === null || contains(payload, filter);
}

function contains(payload: unknown, filter: unknown): boolean {
  if (Array.isArray(filter)) {
    return Array.isArray(payload) && filter.every((f) => payload.some((p) => contains(p, f)));
  }
  if (filter !== null && typeof filter === 'object') {
    if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) return false;
    const p = payload as Record<string, unknown>;
    return Object.entries(filter as Record<string, unknown>).every(([k, v]) => k in p && contains(p[k], v));
  }
  return payload === filter;
}
