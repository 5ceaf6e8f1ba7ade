/**
 * The logged-in session: the JWT and the environment in sessionStorage (gone
 * with the tab), the API client bound to them, and the user from /v3/me.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { clientFor, logout, type Environment, type Me, type Session, type TesseraClient } from './tessera';

const KEY = 'tessera.dashboard.session';

function load(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    const s = raw ? (JSON.parse(raw) as Session) : null;
    return s && typeof s.accessToken === 'string' ? s : null;
  } catch {
    return null;
  }
}

function save(s: Session | null): void {
  if (s) sessionStorage.setItem(KEY, JSON.stringify(s));
  else sessionStorage.removeItem(KEY);
}

interface SessionState {
  session: Session | null;
  /** Why the user is on the login page again, if not by choice. */
  notice: string | null;
  begin(accessToken: string, environment: Environment): void;
  end(notice?: string): void;
  setEnvironment(environment: Environment): void;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(load);
  const [notice, setNotice] = useState<string | null>(null);
  const update = useCallback((s: Session | null) => {
    save(s);
    setSession(s);
  }, []);
  const value = useMemo<SessionState>(
    () => ({
      session,
      notice,
      begin: (accessToken, environment) => {
        setNotice(null);
        update({ accessToken, environment });
      },
      end: (why) => {
        // Chosen by the user (no reason given): the server ends the session too. After a 401 it is over already.
        if (why === undefined && session) void logout(session.accessToken);
        setNotice(why ?? null);
        update(null);
      },
      setEnvironment: (environment) => session && update({ ...session, environment }),
    }),
    [session, notice, update],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}

interface ApiState {
  /** The SDK client of the session. */
  client: TesseraClient;
  me: Me;
  /** The Connect organization id (`org_…`), once a Connect call has answered. */
  organizationId: string | null;
  environment: Environment;
}

const ApiContext = createContext<ApiState | null>(null);

export function ApiProvider({ value, children }: { value: ApiState; children: ReactNode }) {
  return <ApiContext.Provider value={value}>{children}</ApiContext.Provider>;
}

export function useApi(): ApiState {
  const s = useContext(ApiContext);
  if (!s) throw new Error('useApi outside ApiProvider');
  return s;
}

export { clientFor };
