/**
 * `createTesseraClient`: typed openapi-fetch clients for each public surface,
 * sharing one base URL and fetch, each sending the credential its surface
 * takes (an API key to Connect, a user token to `/v3` and Astra).
 */
import createClient, { createQuerySerializer, type Client, type Middleware } from 'openapi-fetch';
import type { paths } from './schema.js';

/** The operations whose path starts with `Prefix`. */
export type SurfacePaths<Prefix extends string> = { [P in keyof paths as P extends `${Prefix}${string}` ? P : never]: paths[P] };

export type ConnectPaths = SurfacePaths<'/api/v1/'>;
export type V3Paths = SurfacePaths<'/v3/'>;
export type AstraPaths = SurfacePaths<'/accounts/'>;
export type OAuthPaths = SurfacePaths<'/oauth/'>;
export type AdminPaths = SurfacePaths<'/admin/v1/'>;

export type Environment = 'sandbox' | 'production';

export interface TesseraClientOptions {
  /** Where Tessera answers, e.g. `http://127.0.0.1:8080` (no trailing path). */
  baseUrl: string;
  /** A Connect API key (`tsk_sandbox_…`, `tsk_production_…`): sent to `/api/v1` and `/oauth`. */
  apiKey?: string;
  /** A user credential: a session JWT from `POST /v3/accounts/login`, a personal access token or a user API token; sent to `/v3` and Astra. */
  session?: string;
  /** The operator token (`TESSERA_ADMIN_TOKEN`): sent to `/admin/v1`. */
  adminToken?: string;
  /**
   * The environment a user session acts in on Connect, sent as
   * `Tessera-Environment` when no API key is given (an API key names its own).
   */
  environment?: Environment;
  /** A fetch to use instead of the global one (tests, proxies, retries). */
  fetch?: (input: Request) => Promise<Response>;
  /** Headers added to every request (e.g. `Key-Inflection`). */
  headers?: Record<string, string>;
  /** Aborts every request of this client (e.g. on Ctrl-C). */
  signal?: AbortSignal;
  /**
   * openapi-fetch middleware run on every request of every surface, e.g. to
   * notice a 401 or read a response header.
   */
  middleware?: Middleware[];
}

export interface TesseraClient {
  /** Connect `/api/v1` (Persona-compatible), authenticated with the API key. */
  connect: Client<ConnectPaths>;
  /** `/v3` (Cryptlex-compatible): login, users and personal access tokens, with the session. */
  v3: Client<V3Paths>;
  /** Astra `/accounts/{account_id}/core/v1` (NetApp-compatible): users and user API tokens, with the session. */
  astra: Client<AstraPaths>;
  /** `/oauth` token introspection and revocation, with the API key (or the admin token). */
  oauth: Client<OAuthPaths>;
  /** `/admin/v1`, with the admin token. */
  admin: Client<AdminPaths>;
  /** The options this client was made with. */
  readonly options: Readonly<TesseraClientOptions>;
}

const bearer = (token: string | undefined): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {});

const serializeQuery = createQuerySerializer();

/**
 * openapi-fetch's query string (a family such as `page` or `filter` as `page[size]=…`), without
 * the members left undefined or null — `filter: { status: undefined }` sends no `filter[status]`,
 * as an undefined parameter sends nothing — so a call can pass an optional value as it is.
 */
function querySerializer(query: Record<string, unknown>): string {
  const given: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(query)) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      given[name] = value;
      continue;
    }
    const members = Object.entries(value).filter(([, v]) => v !== undefined && v !== null);
    if (members.length > 0) given[name] = Object.fromEntries(members);
  }
  return serializeQuery(given);
}

/**
 * Creates the typed clients of every surface. Each call returns openapi-fetch's
 * `{ data, error, response }`; pass it to `unwrap` to get the data or a thrown
 * `TesseraApiError`.
 *
 * @example
 * import { createTesseraClient, unwrap } from 'tessera/sdk';
 *
 * const tessera = createTesseraClient({ baseUrl: 'http://127.0.0.1:8080', apiKey: 'tsk_sandbox_…' });
 * const created = await unwrap(
 *   tessera.connect.POST('/api/v1/connect/share-tokens', {
 *     body: { data: { attributes: { 'connection-id': 'cxn_…', 'source-id': 'inq_…' } } },
 *   }),
 * );
 * console.log(created.data.id); // cnst_…
 */
export function createTesseraClient(options: TesseraClientOptions): TesseraClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const common = { baseUrl, querySerializer, ...(options.fetch ? { fetch: options.fetch } : {}), ...(options.signal ? { signal: options.signal } : {}) };
  const headers = (credential: Record<string, string>) => ({ ...options.headers, ...credential });
  const connectHeaders = options.apiKey
    ? bearer(options.apiKey)
    : { ...bearer(options.session), ...(options.environment ? { 'tessera-environment': options.environment } : {}) };
  // The generated types spell Connect's keys in kebab-case; an API key set to another inflection would
  // answer keys the types do not name. `headers` may still ask for another one.
  const connectDefaults = { 'key-inflection': 'kebab' };
  const oauthCredential = options.apiKey ?? options.adminToken;
  const withMiddleware = <C extends { use: (...m: Middleware[]) => void }>(client: C): C => {
    if (options.middleware?.length) client.use(...options.middleware);
    return client;
  };
  return {
    connect: withMiddleware(createClient<ConnectPaths>({ ...common, headers: { ...connectDefaults, ...headers(connectHeaders) } })),
    v3: withMiddleware(createClient<V3Paths>({ ...common, headers: headers(bearer(options.session)) })),
    astra: withMiddleware(createClient<AstraPaths>({ ...common, headers: headers(bearer(options.session)) })),
    oauth: withMiddleware(createClient<OAuthPaths>({ ...common, headers: headers(bearer(oauthCredential)) })),
    admin: withMiddleware(createClient<AdminPaths>({ ...common, headers: headers(bearer(options.adminToken)) })),
    options: Object.freeze({ ...options }),
  };
}
