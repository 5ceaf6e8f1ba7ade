/**
 * A small typed client for what the dashboard calls: login and PATs on /v3,
 * user API tokens on Astra, and the Connect API on /api/v1 with the session
 * JWT and the `Tessera-Environment` header. Same origin: no base URL, no CORS.
 */

export type Environment = 'sandbox' | 'production';

export interface Session {
  accessToken: string;
  environment: Environment;
}

/** A failed call, with the message the surface sent (Connect, /v3 or Astra shape). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly requestId: string | null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface Ref {
  type: string;
  id: string;
}
export interface Resource<A> {
  type: string;
  id: string;
  attributes: A;
  relationships?: Record<string, { data: Ref | Ref[] | null }>;
}
export interface Single<A> {
  data: Resource<A>;
  included?: Resource<Record<string, unknown>>[];
}
export interface ListPage<A> {
  data: Resource<A>[];
  links: { prev: string | null; next: string | null };
}

export type Iso = string;
export type FieldValue = { type: string; value: unknown };

export type ShareTokenStatus = 'created' | 'pending' | 'redeemed' | 'expired' | 'failed';
export const SHARE_TOKEN_STATUSES: ShareTokenStatus[] = ['created', 'pending', 'redeemed', 'expired', 'failed'];

export interface SourceData {
  type: string;
  id: string;
  'peekable-attributes': Record<string, unknown>;
  'related-objects'?: unknown[];
}
export interface ShareToken {
  status: ShareTokenStatus;
  direction: 'outbound' | 'inbound';
  'created-at': Iso;
  'updated-at': Iso;
  'pending-at': Iso | null;
  'redeemed-at': Iso | null;
  'expires-at': Iso | null;
  'failed-at': Iso | null;
  'failure-reason': string | null;
  'redeem-mode': string | null;
  'source-data'?: SourceData;
}
export interface Connection {
  status: 'pending' | 'active' | 'inactive';
  'source-organization-id': string;
  'destination-organization-id': string;
  'created-at': Iso;
  'updated-at': Iso;
}
export interface Inquiry {
  status: string;
  'reference-id': string | null;
  note: string | null;
  tags: string[];
  'created-at': Iso;
  'completed-at': Iso | null;
  'redacted-at': Iso | null;
  fields: Record<string, FieldValue>;
}
export interface Check {
  name: string;
  status: string;
  reasons: string[];
}
export interface Verification {
  status: string;
  'created-at': Iso;
  'completed-at': Iso | null;
  'country-code': string | null;
  checks: Check[];
}
export interface TesseraEvent {
  name: string;
  payload: { data: Resource<Record<string, unknown>> };
  'created-at': Iso;
}
export interface ApiKey {
  name: string;
  note: string | null;
  permissions: string[];
  'last-used-at': Iso | null;
  'expires-at': Iso | null;
  'created-at': Iso;
  value?: string;
}
export interface Webhook {
  status: 'enabled' | 'disabled' | 'archived';
  url: string;
  name: string;
  description: string | null;
  'enabled-events': string[];
  'created-at': Iso;
  secret?: string;
  secrets?: { value: string; 'expires-at': Iso | null }[];
}
export interface DeliveryAttempt {
  'attempted-at': Iso;
  'status-code': number | null;
  'latency-ms': number | null;
  'response-excerpt': string | null;
  error: string | null;
}
export interface Delivery {
  status: 'pending' | 'succeeded' | 'failed';
  'event-name': string;
  'attempts-made': number;
  'next-attempt-at': Iso | null;
  'created-at': Iso;
  attempts: DeliveryAttempt[];
}
export interface Workflow {
  name: string;
  status: 'running' | 'paused' | 'archived';
  trigger: { 'event-name': string; filter?: Record<string, unknown> };
  steps: { type: string; [k: string]: unknown }[];
  'created-at': Iso;
  'updated-at': Iso;
}
export interface WorkflowRun {
  status: 'in_progress' | 'completed' | 'failed';
  'created-at': Iso;
  'completed-at': Iso | null;
}
export interface StepResult {
  index: number;
  type: string;
  status: string;
  'started-at': Iso | null;
  'finished-at': Iso | null;
  output: unknown;
  error: unknown;
}
export interface ApiLog {
  request: { method: string; path: string; headers: Record<string, string>; 'get-params': unknown; 'post-params': unknown; 'ip-address': string | null };
  response: { status: number; headers: Record<string, string> };
  'created-at': Iso;
}

/** `GET /v3/me`: the fields the dashboard shows. */
export interface Me {
  id: string;
  name: string;
  email: string;
  role: string;
  organizationId: string;
  organization: { id: string; name: string } | null;
}
export interface Pat {
  id: string;
  name: string;
  createdAt: Iso;
  expiresAt: Iso | null;
  revoked: boolean;
  scopes: string[];
  lastUsedAt: Iso | null;
  token?: string;
}
export interface Scope {
  name: string;
  description: string;
  enforced: boolean;
}
export interface UserApiToken {
  id: string;
  name: string;
  userID: string;
  metadata: { creationTimestamp: string; labels: { name: string; value: string }[] };
  token?: string;
}

export type Query = Record<string, string | number | boolean | undefined>;

function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return qs ? `${path}${path.includes('?') ? '&' : '?'}${qs}` : path;
}

/** The one message to show from any of the three error shapes. */
function errorMessage(status: number, body: unknown): string {
  const b = (body ?? {}) as Record<string, unknown>;
  const first = Array.isArray(b.errors) ? (b.errors[0] as Record<string, unknown> | undefined) : undefined;
  if (first) {
    const detail = first.details ?? first.detail;
    return [first.title, detail].filter((s) => typeof s === 'string' && s).join(': ');
  }
  if (typeof b.message === 'string') return b.message;
  if (typeof b.title === 'string') return typeof b.detail === 'string' ? `${b.title}: ${b.detail}` : b.title;
  return `HTTP ${status}`;
}

/** Logs in on /v3; the JWT is the dashboard's session. */
export async function login(input: { accountAlias: string; email: string; password: string }): Promise<string> {
  const res = await fetch('/v3/accounts/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(input),
  });
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) throw new ApiError(res.status, errorMessage(res.status, body), res.headers.get('request-id'));
  return (body as { accessToken: string }).accessToken;
}

/**
 * Ends the session on the server (`POST /v3/accounts/logout`), so a copied token stops working too.
 * Best effort: the dashboard forgets the session whatever the answer.
 */
export async function logout(accessToken: string): Promise<void> {
  await fetch('/v3/accounts/logout', { method: 'POST', headers: { authorization: `Bearer ${accessToken}` } }).catch(() => undefined);
}

export interface ClientHooks {
  /** A 401 on any call: the session is over. */
  onUnauthorized(): void;
  /** The organization the Connect API answers for (`Persona-Organization-Id`). */
  onOrganization?(id: string): void;
}

export type Client = ReturnType<typeof createClient>;

export function createClient(session: Session, hooks: ClientHooks) {
  async function call<T>(method: string, path: string, opts: { body?: unknown; query?: Query; accept?: string } = {}): Promise<T> {
    const headers: Record<string, string> = {
      authorization: `Bearer ${session.accessToken}`,
      'tessera-environment': session.environment,
      accept: opts.accept ?? 'application/json',
    };
    if (path.startsWith('/api/v1/')) headers['key-inflection'] = 'kebab';
    if (opts.body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(withQuery(path, opts.query), {
      method,
      headers,
      ...(opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}),
    });
    const org = res.headers.get('persona-organization-id');
    if (org) hooks.onOrganization?.(org);
    const text = await res.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      body = null; // not JSON (a proxy's error page): the status speaks
    }
    if (res.status === 401) hooks.onUnauthorized();
    if (!res.ok) throw new ApiError(res.status, errorMessage(res.status, body), res.headers.get('request-id'));
    return body as T;
  }

  const connect = {
    list: <A>(path: string, query?: Query) => call<ListPage<A>>('GET', `/api/v1${path}`, { query }),
    /** Follows a `links.next` (already a full path and query). */
    next: <A>(link: string) => call<ListPage<A>>('GET', link),
    get: <A>(path: string, query?: Query) => call<Single<A>>('GET', `/api/v1${path}`, { query }),
    post: <A>(path: string, body: unknown = {}) => call<Single<A>>('POST', `/api/v1${path}`, { body }),
  };

  return {
    me: () => call<Me>('GET', '/v3/me'),
    connect,

    shareTokens: {
      list: (query?: Query) => connect.list<ShareToken>('/connect/share-tokens', query),
      get: (id: string, peek = false) => connect.get<ShareToken>(`/connect/share-tokens/${id}`, peek ? { 'peek-source-data': true } : undefined),
      create: (input: { connectionId: string; sourceId: string; expiresInSeconds?: number }) =>
        connect.post<ShareToken>('/connect/share-tokens', {
          data: {
            attributes: {
              'connection-id': input.connectionId,
              'source-id': input.sourceId,
              ...(input.expiresInSeconds ? { 'expires-in-seconds': input.expiresInSeconds } : {}),
            },
          },
        }),
      redeem: (id: string, destinationId?: string) =>
        connect.post<ShareToken>(`/connect/share-tokens/${id}/redeem`, destinationId ? { data: { attributes: { 'destination-id': destinationId } } } : {}),
      expire: (id: string) => connect.post<ShareToken>(`/connect/share-tokens/${id}/expire`),
    },
    connections: {
      list: (query?: Query) => connect.list<Connection>('/connect/connections', query),
      act: (id: string, action: 'activate' | 'deactivate' | 'reactivate') => connect.post<Connection>(`/connect/connections/${id}/${action}`),
    },
    inquiries: {
      list: (query?: Query) => connect.list<Inquiry>('/inquiries', query),
      get: (id: string) => connect.get<Inquiry>(`/inquiries/${id}`, { include: 'verifications' }),
    },
    events: {
      list: (query?: Query) => connect.list<TesseraEvent>('/events', query),
    },
    apiKeys: {
      list: (query?: Query) => connect.list<ApiKey>('/api-keys', query),
      create: (input: { name: string; note?: string }) =>
        connect.post<ApiKey>('/api-keys', { data: { attributes: { name: input.name, ...(input.note ? { note: input.note } : {}) } } }),
      /** Revoking is expiring now (`expires-in-seconds: 0`): 401 everywhere at once. */
      revoke: (id: string) => connect.post<ApiKey>(`/api-keys/${id}/expire`, { meta: { 'expires-in-seconds': 0 } }),
    },
    webhooks: {
      list: (query?: Query) => connect.list<Webhook>('/webhooks', query),
      get: (id: string) => connect.get<Webhook>(`/webhooks/${id}`),
      create: (input: { name: string; url: string; enabledEvents: string[] }) =>
        connect.post<Webhook>('/webhooks', { data: { attributes: { name: input.name, url: input.url, 'enabled-events': input.enabledEvents } } }),
      act: (id: string, action: 'enable' | 'disable' | 'archive') => connect.post<Webhook>(`/webhooks/${id}/${action}`),
      rotateSecret: (id: string) => connect.post<Webhook>(`/webhooks/${id}/rotate-secret`),
      deliveries: (id: string, query?: Query) => connect.list<Delivery>(`/webhooks/${id}/deliveries`, query),
      redeliver: (deliveryId: string) => connect.post<Delivery>(`/webhooks/deliveries/${deliveryId}/redeliver`),
    },
    workflows: {
      list: (query?: Query) => connect.list<Workflow>('/workflows', query),
      get: (id: string) => connect.get<Workflow>(`/workflows/${id}`),
      runs: (query?: Query) => connect.list<WorkflowRun>('/workflow-runs', query),
      run: (id: string) => connect.get<WorkflowRun>(`/workflow-runs/${id}`),
      stepResults: (runId: string) => call<{ data: StepResult[] }>('GET', `/api/v1/workflow-runs/${runId}/step-results`),
    },
    apiLogs: {
      list: (query?: Query) => connect.list<ApiLog>('/api-logs', query),
      get: (id: string) => connect.get<ApiLog>(`/api-logs/${id}`),
    },
    pats: {
      list: (query?: Query) => call<Pat[]>('GET', '/v3/personal-access-tokens', { query: { sort: '-createdAt', limit: 100, ...query } }),
      scopes: () => call<Scope[]>('GET', '/v3/scopes'),
      create: (input: { name: string; scopes: string[]; expiresAt?: string }) =>
        call<Pat>('POST', '/v3/personal-access-tokens', { body: { name: input.name, scopes: input.scopes, ...(input.expiresAt ? { expiresAt: input.expiresAt } : {}) } }),
      revoke: (id: string) => call<Pat>('PATCH', `/v3/personal-access-tokens/${id}`, { body: { revoked: true } }),
    },
    userApiTokens: {
      list: (me: Me) => call<{ items: UserApiToken[] }>('GET', `/accounts/${me.organizationId}/core/v1/users/${me.id}/tokens`),
      create: (me: Me, name: string) =>
        call<UserApiToken>('POST', `/accounts/${me.organizationId}/core/v1/users/${me.id}/tokens`, {
          body: { type: 'application/astra-token', version: '1.0', name },
          accept: 'application/astra-token+json',
        }),
      revoke: (me: Me, id: string) => call<null>('DELETE', `/accounts/${me.organizationId}/core/v1/users/${me.id}/tokens/${id}`),
    },
  };
}

/** The id of a to-one relationship, or null. */
export function relId(resource: Resource<unknown>, name: string): Ref | null {
  const data = resource.relationships?.[name]?.data;
  return data && !Array.isArray(data) ? data : null;
}

/** The ids of a to-many relationship. */
export function relIds(resource: Resource<unknown>, name: string): Ref[] {
  const data = resource.relationships?.[name]?.data;
  return Array.isArray(data) ? data : data ? [data] : [];
}
