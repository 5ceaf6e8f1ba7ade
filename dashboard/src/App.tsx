/** The shell: login when there is no session, else the header bar, the navigation and the page. */
import { useEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import { unwrap } from 'tessera/sdk';
import { Toasts } from './components/Feedback';
import { ErrorMessage, Loading } from './components/ui';
import { useAsync } from './hooks';
import { ApiKeysPage } from './pages/ApiKeys';
import { ApiLogsPage } from './pages/ApiLogs';
import { ConnectionsPage } from './pages/Connections';
import { InquiriesPage } from './pages/Inquiries';
import { InquiryDetailPage } from './pages/InquiryDetail';
import { LoginPage } from './pages/Login';
import { NotFoundPage } from './pages/NotFound';
import { OverviewPage } from './pages/Overview';
import { PeekSettingsPage } from './pages/PeekSettings';
import { PersonalAccessTokensPage } from './pages/PersonalAccessTokens';
import { ShareTokenDetailPage } from './pages/ShareTokenDetail';
import { ShareTokensPage } from './pages/ShareTokens';
import { UserApiTokensPage } from './pages/UserApiTokens';
import { WebhookDetailPage } from './pages/WebhookDetail';
import { WebhooksPage } from './pages/Webhooks';
import { WorkflowEditPage } from './pages/WorkflowEdit';
import { WorkflowRunPage } from './pages/WorkflowRun';
import { WorkflowsPage } from './pages/Workflows';
import { Link, match, RouterProvider, useRoute } from './router';
import { ApiProvider, clientFor, SessionProvider, useSession } from './session';
import type { Environment, Session } from './tessera';
import { ThemeToggle } from './theme';

const isEnvironment = (value: string): value is Environment => value === 'sandbox' || value === 'production';

type Page = ComponentType<{ params: Record<string, string> }>;

const ROUTES: [string, Page][] = [
  ['/', OverviewPage],
  ['/connections', ConnectionsPage],
  ['/connections/:id/peek-settings', PeekSettingsPage],
  ['/inquiries', InquiriesPage],
  ['/inquiries/:id', InquiryDetailPage],
  ['/share-tokens', ShareTokensPage],
  ['/share-tokens/:id', ShareTokenDetailPage],
  ['/workflows', WorkflowsPage],
  ['/workflows/:id', WorkflowEditPage],
  ['/workflow-runs/:id', WorkflowRunPage],
  ['/webhooks', WebhooksPage],
  ['/webhooks/:id', WebhookDetailPage],
  ['/api-keys', ApiKeysPage],
  ['/personal-access-tokens', PersonalAccessTokensPage],
  ['/user-api-tokens', UserApiTokensPage],
  ['/api-logs', ApiLogsPage],
];

const NAV: [string, string][] = [
  ['/', 'Overview'],
  ['/connections', 'Connections'],
  ['/inquiries', 'Inquiries'],
  ['/share-tokens', 'Share tokens'],
  ['/workflows', 'Workflows'],
  ['/webhooks', 'Webhooks'],
  ['/api-keys', 'API keys'],
  ['/personal-access-tokens', 'Personal access tokens'],
  ['/user-api-tokens', 'User API tokens'],
  ['/api-logs', 'API logs'],
];

export function App() {
  return (
    <SessionProvider>
      <RouterProvider>
        <Shell />
      </RouterProvider>
    </SessionProvider>
  );
}

function Shell() {
  const { session } = useSession();
  if (!session) return <LoginPage />;
  return <Authenticated key={`${session.accessToken}:${session.environment}`} session={session} />;
}

function Authenticated({ session }: { session: Session }) {
  const { end, setEnvironment } = useSession();
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const client = useMemo(
    () => clientFor(session, { onUnauthorized: () => end('Your session has ended. Log in again.'), onOrganization: setOrganizationId }),
    [session, end],
  );
  const me = useAsync(() => unwrap(client.v3.GET('/v3/me')), [client]);
  const { path } = useRoute();
  const mainRef = useRef<HTMLElement>(null);
  // On a narrow screen the navigation folds behind the menu button.
  const [menuOpen, setMenuOpen] = useState(false);
  // A new page takes the focus, so keyboard and screen-reader users start at its top; the menu closes.
  useEffect(() => {
    setMenuOpen(false);
    mainRef.current?.focus();
  }, [path]);

  let page: { Page: Page; params: Record<string, string> } = { Page: NotFoundPage, params: {} };
  for (const [pattern, Page] of ROUTES) {
    const params = match(pattern, path);
    if (params) {
      page = { Page, params };
      break;
    }
  }
  const section = NAV.filter(([to]) => to !== '/' && (path === to || path.startsWith(`${to}/`)))[0]?.[0] ?? (path === '/' ? '/' : null);

  return (
    <div className="app">
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <button
          type="button"
          className="menu-button secondary small"
          aria-expanded={menuOpen}
          aria-controls="sections"
          onClick={() => setMenuOpen((open) => !open)}
        >
          Menu
        </button>
        <span className="brand">Tessera</span>
        {me.data ? <span className="org">{me.data.organization?.name ?? me.data.organizationId}</span> : null}
        <label className="env">
          <span>Environment</span>
          <select value={session.environment} onChange={(e) => isEnvironment(e.target.value) && setEnvironment(e.target.value)} data-environment={session.environment}>
            <option value="sandbox">Sandbox</option>
            <option value="production">Production</option>
          </select>
        </label>
        <span className="spacer" />
        {me.data ? (
          <span className="user" data-role={me.data.role}>
            {me.data.email} <span className="muted">({me.data.role})</span>
          </span>
        ) : null}
        <ThemeToggle />
        <button type="button" className="secondary small" onClick={() => end()}>
          Log out
        </button>
      </header>
      <div className="body">
        <nav id="sections" className={menuOpen ? 'sidenav open' : 'sidenav'} aria-label="Sections">
          <ul>
            {NAV.map(([to, label]) => (
              <li key={to}>
                <Link to={to} aria-current={section === to ? 'page' : undefined}>
                  {label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" ref={mainRef} tabIndex={-1} className={session.environment === 'production' ? 'production' : undefined}>
          {me.error ? (
            <ErrorMessage error={me.error} retry={me.reload} />
          ) : !me.data ? (
            <Loading />
          ) : (
            <ApiProvider value={{ client, me: me.data, organizationId, environment: session.environment }}>
              <page.Page params={page.params} />
            </ApiProvider>
          )}
        </main>
      </div>
      <Toasts />
    </div>
  );
}
