/**
 * What the shared security test needs to know about Connect routes beyond
 * `app.routeTable`. Every new route is picked up from the route table; a
 * route with an id in its path also needs an entry in ID_FIXTURES (else its
 * test fails), and a POST/PATCH whose body is validated before the
 * permission check needs a SAMPLE_BODIES entry for the 403 test.
 */
import type { IdPrefix } from '../../src/core/ids.js';
import { createOrg, type TestApp, type TestOrg } from '../harness.js';
import {
  apiLogId,
  createAccount,
  createActiveConnection,
  createApiKeyViaConnect,
  createInquiry,
  addVerification,
  createSharedInquiry,
  createTransaction,
  createWebhook,
  createWebhookDelivery,
  createWorkflowRun,
  createWorkflowViaConnect,
  latestEventId,
  randomId,
} from '../fixtures/connect-objects.js';

export const API_PREFIX = '/api/v1';

export interface SecurityContext {
  t: TestApp;
  /** Owns the objects the fixtures create. */
  owner: TestOrg;
}

/** A fresh destination organization: a pair of organizations has at most one live connection (§3). */
const partnerOf = ({ t }: SecurityContext): Promise<TestOrg> => createOrg(t);

export interface IdFixture {
  /** Id prefix of the object (connect-api.md §1), used for random ids. */
  prefix: IdPrefix;
  /** Creates a real object as `owner` through the public API and returns its id. */
  create(ctx: SecurityContext): Promise<string>;
}

/**
 * Keyed by the route url (without /api/v1) up to its path parameter:
 * `/api/v1/inquiries/:id/approve` → `/inquiries/`.
 */
export const ID_FIXTURES: Record<string, IdFixture> = {
  '/events/': { prefix: 'evt', create: ({ t, owner }) => latestEventId(t, owner) },
  '/inquiries/': { prefix: 'inq', create: async ({ t, owner }) => (await createInquiry(t, owner)).id },
  '/verifications/': {
    prefix: 'ver',
    create: async ({ t, owner }) => (await addVerification(t, owner, (await createInquiry(t, owner)).id)).id,
  },
  '/accounts/': { prefix: 'act', create: async ({ t, owner }) => (await createAccount(t, owner)).id },
  '/transactions/': { prefix: 'txn', create: async ({ t, owner }) => (await createTransaction(t, owner)).id },
  '/connect/connections/': {
    prefix: 'cxn',
    create: async (ctx) => (await createActiveConnection(ctx.t, ctx.owner, await partnerOf(ctx))).id,
  },
  '/connect/share-tokens/': {
    prefix: 'cnst',
    create: async (ctx) => (await createSharedInquiry(ctx.t, ctx.owner, await partnerOf(ctx))).token.id,
  },
  '/webhooks/': { prefix: 'wbh', create: async ({ t, owner }) => (await createWebhook(t, owner)).id },
  '/webhooks/deliveries/': { prefix: 'dlv', create: async ({ t, owner }) => (await createWebhookDelivery(t, owner)).id },
  '/api-keys/': { prefix: 'api', create: async ({ t, owner }) => (await createApiKeyViaConnect(t, owner)).id },
  '/api-logs/': { prefix: 'req', create: ({ t, owner }) => apiLogId(t, owner) },
  '/workflows/': { prefix: 'wfl', create: async ({ t, owner }) => (await createWorkflowViaConnect(t, owner)).id },
  '/workflow-runs/': { prefix: 'wfr', create: async ({ t, owner }) => (await createWorkflowRun(t, owner)).id },
};

/** `POST /api/v1/inquiries/:inquiryId/approve` → `POST /inquiries/:id/approve`. */
export function routeKey(method: string, url: string): string {
  return `${method} ${url.slice(API_PREFIX.length).replace(/:[^/]+/g, ':id')}`;
}

/**
 * Well-formed request bodies (connect-api.md) keyed by routeKey, sent with
 * the 401/403/404 probes so that body validation cannot answer first.
 * Ids inside them name nothing; the probes must be refused before that matters.
 */
export const SAMPLE_BODIES: Record<string, () => unknown> = {
  'POST /inquiries': () => ({ data: { attributes: { 'reference-id': 'security-probe' } } }),
  'PATCH /inquiries/:id': () => ({ data: { attributes: { note: 'security probe' } } }),
  'POST /verifications': () => ({
    data: { type: 'verification/database', attributes: { 'inquiry-id': randomId('inq'), status: 'passed', checks: [] } },
  }),
  'POST /accounts': () => ({ data: { attributes: { 'reference-id': 'security-probe' } } }),
  'PATCH /accounts/:id': () => ({ data: { attributes: { tags: ['probe'] } } }),
  'POST /transactions': () => ({ data: { attributes: { 'reference-id': 'security-probe' } } }),
  'PATCH /transactions/:id': () => ({ data: { attributes: { tags: ['probe'] } } }),
  'POST /connect/connections': () => ({ data: { attributes: { 'destination-organization-id': randomId('org') } } }),
  'PATCH /connect/connections/:id/peek-settings': () => ({ data: { attributes: { 'peek-source-data': true } } }),
  'POST /connect/share-tokens': () => ({ data: { attributes: { 'connection-id': randomId('cxn'), 'source-id': randomId('inq') } } }),
  'POST /webhooks': () => ({
    data: { attributes: { name: 'probe', url: 'https://example.com/probe', 'enabled-events': ['inquiry.created'] } },
  }),
  'PATCH /webhooks/:id': () => ({ data: { attributes: { name: 'probe' } } }),
  'POST /api-keys': () => ({ data: { attributes: { name: 'probe' } } }),
  'PATCH /api-keys/:id': () => ({ data: { attributes: { name: 'probe' } } }),
  'POST /api-keys/:id/expire': () => ({ meta: { 'expires-in-seconds': 3600 } }),
  'POST /api-keys/:id/rotate': () => ({ meta: { 'grace-period-seconds': 60 } }),
  'POST /workflows': () => ({
    data: { attributes: { name: 'probe', trigger: { 'event-name': 'inquiry.completed' }, steps: [{ type: 'create-share-token', 'connection-id': randomId('cxn') }] } },
  }),
  'PATCH /workflows/:id': () => ({ data: { attributes: { name: 'probe' } } }),
  'POST /workflows/:id/trigger': () => ({ data: { attributes: { fields: {} } } }),
};

/**
 * Routes allowed to answer without an API-key permission, with the reason.
 * Empty: connect-api.md §10 gives every Connect route one.
 */
export const PERMISSION_EXCEPTIONS: Record<string, string> = {};

/** The object each path belongs to (connect-api.md §10: deliveries → webhook, runs and trigger → workflow). */
const OBJECTS: Array<[RegExp, string]> = [
  [/^\/connect\/share-tokens(\/|$)/, 'share_token'],
  [/^\/connect\/connections(\/|$)/, 'connection'],
  [/^\/inquiries(\/|$)/, 'inquiry'],
  [/^\/verifications(\/|$)/, 'verification'],
  [/^\/accounts(\/|$)/, 'account'],
  [/^\/transactions(\/|$)/, 'transaction'],
  [/^\/events(\/|$)/, 'event'],
  [/^\/webhooks(\/|$)/, 'webhook'],
  [/^\/workflows(\/|$)/, 'workflow'],
  [/^\/workflow-runs(\/|$)/, 'workflow'],
  [/^\/api-keys(\/|$)/, 'api_key'],
  [/^\/api-logs(\/|$)/, 'api_log'],
  [/^\/rate-limits(\/|$)/, 'rate_limit'],
  // Tessera's overview counts (not in connect-api.md): aggregates of the API log, so its permission.
  [/^\/stats$/, 'api_log'],
  // Tessera's expiry overview (issue 14): what of the environment expires soon, API keys first among it.
  [/^\/expiring-credentials$/, 'api_key'],
  // Tessera's names of the organizations at the other end of the connections: read with the connections.
  [/^\/connect\/organizations$/, 'connection'],
];

/** The permission connect-api.md §10 gives a route, or undefined for a path it does not know. */
export function documentedPermission(method: string, url: string): string | undefined {
  const path = url.slice(API_PREFIX.length);
  const object = OBJECTS.find(([re]) => re.test(path))?.[1];
  if (!object) return undefined;
  if (method === 'POST' && /^\/connect\/share-tokens\/:[^/]+\/redeem$/.test(path)) return 'share_token.redeem';
  return `${object}.${method === 'GET' ? 'read' : 'write'}`;
}

/** Names of the path parameters of a route url. */
export function pathParams(url: string): string[] {
  return [...url.matchAll(/:([^/]+)/g)].map((m) => m[1]!);
}

/** The fixture entry for a route with one path parameter, by the url up to it. */
export function fixtureKey(url: string): string {
  return url.slice(API_PREFIX.length, url.indexOf(':'));
}

/** The request url (relative to /api/v1) with the path parameter set to `id`. */
export function fill(url: string, id: string): string {
  return url.slice(API_PREFIX.length).replace(/:[^/]+/, id);
}
