/**
 * Credentials that expire soon (issue 14): within the organization's smallest
 * expiry warning lead — the last warning before a credential stops working, so
 * what is in that window needs someone now. The window and the Connect
 * credentials in it come from `GET /api/v1/expiring-credentials`; the user's own
 * personal access tokens (no environment, so not in that list) are measured
 * against the same window here.
 */
import { unwrap, TesseraApiError, type Answer } from 'tessera/sdk';
import { useAsync, type AsyncState } from '../hooks';
import { Link } from '../router';
import { useApi } from '../session';
import { DataTable } from './DataTable';
import { ErrorMessage, Loading, Time } from './ui';
import './ExpiringCredentials.css';

type Expiring = Answer<'/api/v1/expiring-credentials', 'get'>;
type Kind = Expiring['data'][number]['attributes']['kind'] | 'personal-access-token';

/**
 * The server's default smallest lead (`TESSERA_EXPIRY_WARNING_LEADS` defaults to 7d,1d): the window used
 * only when the list cannot be read (a role without `api_key.read`), so a user's own tokens are still marked.
 */
const FALLBACK_WITHIN_SECONDS = 86_400;

/** The list and its window, loaded once per page. */
export function useExpiringCredentials(): AsyncState<Expiring> & { withinSeconds: number; ids: Set<string> } {
  const { client } = useApi();
  const state = useAsync(() => unwrap(client.connect.GET('/api/v1/expiring-credentials')), [client]);
  return {
    ...state,
    withinSeconds: state.data?.meta['within-seconds'] ?? FALLBACK_WITHIN_SECONDS,
    ids: new Set(state.data?.data.map((c) => c.id) ?? []),
  };
}

/** Whether a credential with this expiry is in force and ends within the window. */
export function expiresWithin(expiresAt: string | null | undefined, withinSeconds: number, now = Date.now()): boolean {
  if (!expiresAt) return false;
  const left = new Date(expiresAt).getTime() - now;
  return left > 0 && left <= withinSeconds * 1000;
}

/** "20 h" and "20 hours": short for the badge, long for screen readers. */
function timeLeft(expiresAt: string, now = Date.now()): { short: string; long: string } {
  const seconds = Math.max(0, Math.round((new Date(expiresAt).getTime() - now) / 1000));
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  // Rounded to the nearest unit: a key given 20 hours reads "20 h" a second later, not "19 h".
  if (seconds >= 2 * 86_400) {
    const d = Math.round(seconds / 86_400);
    return { short: `${d} d`, long: plural(d, 'day') };
  }
  if (seconds >= 3_600) {
    const h = Math.round(seconds / 3_600);
    return { short: `${h} h`, long: plural(h, 'hour') };
  }
  const m = Math.max(1, Math.round(seconds / 60));
  return { short: `${m} min`, long: plural(m, 'minute') };
}

/**
 * "Expires in 20 h", for a credential that ends within the window (else nothing). The abbreviation is
 * for the eye; screen readers get the words and the date.
 */
export function ExpiresBadge({ expiresAt, withinSeconds }: { expiresAt: string | null | undefined; withinSeconds: number }) {
  if (!expiresAt || !expiresWithin(expiresAt, withinSeconds)) return null;
  const left = timeLeft(expiresAt);
  const at = new Date(expiresAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <span className="badge badge-warn expiring-badge" data-testid="expiring-badge" title={`Expires ${at}`}>
      <span aria-hidden="true">Expires in {left.short}</span>
      <span className="sr-only">
        Expires in {left.long}, on {at}
      </span>
    </span>
  );
}

const KINDS: Record<Kind, string> = {
  'api-key': 'API key',
  'share-token': 'Share token',
  'webhook-secret': 'Webhook signing secret',
  'personal-access-token': 'Personal access token (yours)',
};

/** Where each kind is managed. */
function linkOf(kind: Kind, id: string): string {
  switch (kind) {
    case 'api-key':
      return `/api-keys?q=${encodeURIComponent(id)}`;
    case 'share-token':
      return `/share-tokens/${id}`;
    case 'webhook-secret':
      return `/webhooks/${id}`;
    case 'personal-access-token':
      return `/personal-access-tokens?q=${encodeURIComponent(id)}`;
  }
}

interface Row {
  id: string;
  kind: Kind;
  name: string;
  expiresAt: string;
}

/** The overview's list: every credential of this environment and every token of the user that expires within the window. */
export function ExpiringCredentials() {
  const { client } = useApi();
  const expiring = useExpiringCredentials();
  const pats = useAsync(() => unwrap(client.v3.GET('/v3/personal-access-tokens', { params: { query: { sort: '-createdAt', limit: 100 } } })), [client]);
  // Without api_key.read (403) the environment's list is not the user's to see; their own tokens still are.
  const listError = expiring.error instanceof TesseraApiError && expiring.error.status === 403 ? undefined : expiring.error;
  const error = listError ?? pats.error;
  const loading = (expiring.loading && !expiring.data && !expiring.error) || (pats.loading && !pats.data);
  const within = expiring.data?.meta.within ?? '1d';

  const rows: Row[] = [
    ...(expiring.data?.data ?? []).map((c) => ({ id: c.id, kind: c.attributes.kind, name: c.attributes.name ?? c.id, expiresAt: c.attributes['expires-at'] })),
    ...(pats.data ?? [])
      .filter((t) => !t.revoked && expiresWithin(t.expiresAt, expiring.withinSeconds))
      .map((t) => ({ id: t.id, kind: 'personal-access-token' as const, name: t.name, expiresAt: t.expiresAt! })),
  ].sort((a, b) => a.expiresAt.localeCompare(b.expiresAt));

  return (
    <section aria-labelledby="expiring-title" data-testid="expiring-credentials">
      <h2 id="expiring-title">Expiring soon</h2>
      <p className="muted">
        Credentials that stop working within {humanLead(within)}, the shortest expiry warning of your organization: renew or replace them now.
      </p>
      {error ? (
        <ErrorMessage
          error={error}
          retry={() => {
            expiring.reload();
            pats.reload();
          }}
        />
      ) : loading ? (
        <Loading what="Loading expiring credentials" />
      ) : rows.length === 0 ? (
        <p className="empty">Nothing expires within {humanLead(within)}.</p>
      ) : (
        <DataTable
          testId="expiring-list"
          rows={rows}
          rowKey={(r) => `${r.kind}:${r.id}`}
          columns={[
            { header: 'Name', cell: (r) => <Link to={linkOf(r.kind, r.id)}>{r.name}</Link> },
            { header: 'Kind', cell: (r) => KINDS[r.kind] },
            { header: 'Expires at', cell: (r) => <Time value={r.expiresAt} /> },
            { header: 'Left', cell: (r) => <ExpiresBadge expiresAt={r.expiresAt} withinSeconds={Number.MAX_SAFE_INTEGER} /> },
          ]}
        />
      )}
    </section>
  );
}

/** "1d" → "1 day", "12h" → "12 hours", "30m" → "30 minutes" (the API names leads in their largest whole unit). */
function humanLead(lead: string): string {
  const m = /^(\d+)([dhm])$/.exec(lead);
  if (!m) return lead;
  const n = Number(m[1]);
  const unit = m[2] === 'd' ? 'day' : m[2] === 'h' ? 'hour' : 'minute';
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}
