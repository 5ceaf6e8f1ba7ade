/**
 * The overview: what happened in this environment over a window (1 h, 24 h,
 * 7 d, kept in the URL) drawn from the aggregate endpoint `GET /api/v1/stats`
 * — requests, credential verifications, share tokens, webhook deliveries —
 * and the latest events.
 */
import { unwrap, type Answer } from 'tessera/sdk';
import { BarChart } from '../components/BarChart';
import { CopyId } from '../components/Copy';
import { ListTable } from '../components/DataTable';
import { ExpiringCredentials } from '../components/ExpiringCredentials';
import { SecurityEvents } from '../components/SecurityEvents';
import { ErrorMessage, Loading, PageHeader, Time } from '../components/ui';
import { useAsync, useList, useSearch } from '../hooks';
import { Link } from '../router';
import { useApi } from '../session';

type Stats = Answer<'/api/v1/stats', 'get'>['data']['attributes'];
type Window = Stats['window'];

const WINDOWS: { value: Window; label: string; period: string }[] = [
  { value: '1h', label: '1 hour', period: 'in the last hour' },
  { value: '24h', label: '24 hours', period: 'in the last 24 hours' },
  { value: '7d', label: '7 days', period: 'in the last 7 days' },
];
const isWindow = (v: string | null): v is Window => WINDOWS.some((w) => w.value === v);

/** Labels under the bars (short) and in the tables (full), in the viewer's time zone. */
function bucketLabels(stats: Stats): { short: string[]; full: string[] } {
  const starts = stats.buckets.map((b) => new Date(b.start));
  const time = (d: Date) => d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  const short = starts.map((d) => (stats.window === '7d' ? `${d.toLocaleDateString(undefined, { weekday: 'short' })} ${time(d)}` : time(d)));
  const full = starts.map((d) => d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }));
  return { short, full };
}

function Charts({ stats, period }: { stats: Stats; period: string }) {
  const { short, full } = bucketLabels(stats);
  const b = stats.buckets;
  const common = { period, labels: short, bucketTitles: full };
  return (
    <div className="charts">
      <BarChart
        id="requests"
        title="Requests by status"
        stacked
        {...common}
        series={[
          { key: '2xx', label: '2xx', color: '--ok', values: b.map((x) => x.requests['2xx']) },
          { key: '3xx', label: '3xx', color: '--info', values: b.map((x) => x.requests['3xx']) },
          { key: '4xx', label: '4xx', color: '--warn', values: b.map((x) => x.requests['4xx']) },
          { key: '5xx', label: '5xx', color: '--bad', values: b.map((x) => x.requests['5xx']) },
        ]}
      />
      <BarChart
        id="verifications"
        title="Credential verifications"
        stacked
        {...common}
        series={[
          { key: 'succeeded', label: 'succeeded', color: '--ok', values: b.map((x) => x.verifications.succeeded) },
          { key: 'failed', label: 'failed', color: '--bad', values: b.map((x) => x.verifications.failed) },
        ]}
      />
      <BarChart
        id="share-tokens"
        title="Share tokens issued"
        {...common}
        series={[
          { key: 'created', label: 'created', color: '--info', values: b.map((x) => x['share-tokens'].created) },
          { key: 'redeemed', label: 'redeemed', color: '--ok', values: b.map((x) => x['share-tokens'].redeemed) },
          { key: 'expired', label: 'expired', color: '--muted', values: b.map((x) => x['share-tokens'].expired) },
        ]}
      />
      <BarChart
        id="webhook-deliveries"
        title="Webhook deliveries"
        stacked
        {...common}
        series={[
          { key: 'succeeded', label: 'succeeded', color: '--ok', values: b.map((x) => x['webhook-deliveries'].succeeded) },
          { key: 'failed', label: 'failed', color: '--bad', values: b.map((x) => x['webhook-deliveries'].failed) },
        ]}
      />
    </div>
  );
}

export function OverviewPage() {
  const { client, me, environment } = useApi();
  const [search] = useSearch();
  const requested = search.get('window');
  const window: Window = isWindow(requested) ? requested : '24h';
  const chosen = WINDOWS.find((w) => w.value === window)!;
  const stats = useAsync(() => unwrap(client.connect.GET('/api/v1/stats', { params: { query: { window } } })), [client, window]);
  const events = useList((query) => unwrap(client.connect.GET('/api/v1/events', { params: { query } })), { page: { size: 15 } }, [client]);

  return (
    <>
      <PageHeader title="Overview" />
      <p className="lede">
        Signed in as {me.name || me.email}, {me.role} of {me.organization?.name ?? 'your organization'}, in <strong>{environment}</strong>.
      </p>
      <ExpiringCredentials />
      <SecurityEvents />
      <nav className="window-picker" aria-label="Time window">
        {WINDOWS.map((w) => (
          <Link key={w.value} to={w.value === '24h' ? '/' : `/?window=${w.value}`} aria-current={w.value === window ? 'true' : undefined}>
            {w.label}
          </Link>
        ))}
      </nav>
      {stats.error ? (
        <ErrorMessage error={stats.error} retry={stats.reload} />
      ) : !stats.data ? (
        <Loading what="Loading the numbers" />
      ) : (
        <Charts stats={stats.data.data.attributes} period={chosen.period} />
      )}
      <section aria-labelledby="events-title">
        <h2 id="events-title">Recent events</h2>
        <ListTable
          state={events}
          paged={false}
          empty="No events yet. Create a share token to see the first ones."
          columns={[
            { header: 'Event', className: 'event-name', cell: (e) => e.attributes.name },
            {
              header: 'Object',
              cell: (e) => {
                const obj = e.attributes.payload?.data;
                if (!obj) return null;
                const href = obj.id.startsWith('cnst_') ? `/share-tokens/${obj.id}` : obj.id.startsWith('inq_') ? `/inquiries/${obj.id}` : undefined;
                return <CopyId value={obj.id} what={`${obj.type} id`} to={href} />;
              },
            },
            { header: 'When', cell: (e) => <Time value={e.attributes['created-at']} /> },
          ]}
        />
      </section>
    </>
  );
}
