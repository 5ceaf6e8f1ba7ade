/**
 * The dashboard's use of the SDK: a client per session (the login JWT, and
 * `Tessera-Environment` for Connect), login and logout, and the contract's
 * types under the names the pages use. Same origin: no CORS.
 */
import {
  apiErrorFromResponse,
  createTesseraClient,
  networkError,
  unwrap,
  type Answer,
  type Environment,
  type Middleware,
  type ShareTokenStatus,
  type TesseraClient,
} from 'tessera/sdk';

export type { Environment, TesseraClient };

export interface Session {
  accessToken: string;
  environment: Environment;
}

/** The user the session is for (`GET /v3/me`). */
export type Me = Answer<'/v3/me', 'get'>;

export const SHARE_TOKEN_STATUSES = ['created', 'pending', 'redeemed', 'expired', 'failed'] as const satisfies readonly ShareTokenStatus[];

const baseUrl = () => window.location.origin;

export interface ClientHooks {
  /** A 401 on any call: the session is over. */
  onUnauthorized(): void;
  /** The organization the Connect API answers for (`Persona-Organization-Id`). */
  onOrganization?(id: string): void;
}

/** The SDK client for a session; every answer is watched for the end of the session and the organization. */
export function clientFor(session: Session, hooks: ClientHooks): TesseraClient {
  const watch: Middleware = {
    onResponse({ response }) {
      const organization = response.headers.get('persona-organization-id');
      if (organization) hooks.onOrganization?.(organization);
      if (response.status === 401) hooks.onUnauthorized();
    },
  };
  return createTesseraClient({ baseUrl: baseUrl(), session: session.accessToken, environment: session.environment, middleware: [watch] });
}

/** Too many failed logins from here: the server's 429, with when to try again (its Retry-After). */
export class LoginLockedError extends Error {
  constructor(readonly retryAt: Date) {
    super(`Too many failed login attempts. Try again ${until(retryAt)}.`);
    this.name = 'LoginLockedError';
  }
}

/** "in 4 minutes (at 17:05)": how long, and the clock time, for a wait that people plan around. */
function until(at: Date): string {
  const seconds = Math.max(1, Math.round((at.getTime() - Date.now()) / 1000));
  const clock = at.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  if (seconds < 60) return `in ${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `in ${minutes} minute${minutes === 1 ? '' : 's'} (at ${clock})`;
}

/** Logs in on /v3; the JWT is the dashboard's session. */
export async function login(body: { accountAlias: string; email: string; password: string }): Promise<string> {
  let result;
  try {
    result = await createTesseraClient({ baseUrl: baseUrl() }).v3.POST('/v3/accounts/login', { body });
  } catch (e) {
    throw networkError(e);
  }
  const { data, error, response } = result;
  if (response.status === 429) {
    // The lockout's answer says how long it lasts; the SDK's error keeps the body, not the headers.
    const seconds = Number(response.headers.get('retry-after'));
    if (Number.isFinite(seconds) && seconds > 0) throw new LoginLockedError(new Date(Date.now() + seconds * 1000));
  }
  if (!response.ok || !data) throw apiErrorFromResponse(response, error ?? null);
  return data.accessToken;
}

/**
 * Ends the session on the server (`POST /v3/accounts/logout`), so a copied token stops working too.
 * Best effort: the dashboard forgets the session whatever the answer.
 */
export async function logout(accessToken: string): Promise<void> {
  await unwrap(createTesseraClient({ baseUrl: baseUrl(), session: accessToken }).v3.POST('/v3/accounts/logout')).catch(() => undefined);
}
