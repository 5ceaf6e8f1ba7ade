/**
 * The logged-in session: the JWT, shared by every tab of this browser (in
 * localStorage, so a new tab or a link opened in one is logged in), and the
 * environment, chosen per tab (in sessionStorage: one tab on production does
 * not move another). Logging out, or the server ending the session (a 401),
 * clears the JWT, and the `storage` event logs out the other tabs at once.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { clientFor, logout, type Environment, type Me, type Session, type TesseraClient } from './tessera';

const TOKEN_KEY = 'tessera.dashboard.token';
const ENVIRONMENT_KEY = 'tessera.dashboard.environment';

const isEnvironment = (v: string | null): v is Environment => v === 'sandbox' || v === 'production';

function storedToken(): string | null {
  try {
    return localStorage.getItem(TOKEN_KEY);
  } catch {
    return null; // storage refused (private mode): a session lasts as long as the page
  }
}

function storedEnvironment(): Environment {
  try {
    const v = sessionStorage.getItem(ENVIRONMENT_KEY);
    return isEnvironment(v) ? v : 'sandbox';
  } catch {
    return 'sandbox';
  }
}

function load(): Session | null {
  const accessToken = storedToken();
  return accessToken ? { accessToken, environment: storedEnvironment() } : null;
}

function save(s: Session | null): void {
  try {
    if (s) {
      localStorage.setItem(TOKEN_KEY, s.accessToken);
      sessionStorage.setItem(ENVIRONMENT_KEY, s.environment);
    } else localStorage.removeItem(TOKEN_KEY);
  } catch {
    // As above: this tab still has the session in memory.
  }
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
  // Another tab logged in, out, or as someone else: follow it (this tab keeps its environment).
  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.key !== TOKEN_KEY && e.key !== null) return;
      const accessToken = storedToken();
      setSession((current) => {
        if (!accessToken) {
          if (current) setNotice('You were logged out in another tab, or the session ended. Log in again.');
          return null;
        }
        if (current?.accessToken === accessToken) return current;
        setNotice(null);
        return { accessToken, environment: current?.environment ?? storedEnvironment() };
      });
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
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
