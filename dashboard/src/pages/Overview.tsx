/** The overview: share tokens counted by status, and the latest events. */
import { unwrap } from 'tessera/sdk';
import { ListTable } from '../components/DataTable';
import { ErrorMessage, Id, Loading, PageHeader, Time } from '../components/ui';
import { useAsync, useList } from '../hooks';
import { Link } from '../router';
import { useApi } from '../session';
import { SHARE_TOKEN_STATUSES } from '../tessera';

/** One list call per status (the API has no count endpoint): at most 100 each, shown as "100+". */
function useCounts() {
  const { client } = useApi();
  return useAsync(
    () =>
      Promise.all(
        SHARE_TOKEN_STATUSES.map(async (status) => {
          const page = await unwrap(client.connect.GET('/api/v1/connect/share-tokens', { params: { query: { page: { size: 100 }, filter: { status } } } }));
          return { status, count: page.data.length, more: page.links.next !== null };
        }),
      ),
    [client],
  );
}

export function OverviewPage() {
  const { client, me, environment } = useApi();
  const counts = useCounts();
  const events = useList((query) => unwrap(client.connect.GET('/api/v1/events', { params: { query } })), { page: { size: 15 } }, [client]);

  return (
    <>
      <PageHeader title="Overview" />
      <p className="lede">
        Signed in as {me.name || me.email}, {me.role} of {me.organization?.name ?? 'your organization'}, in <strong>{environment}</strong>.
      </p>
      <section aria-labelledby="counts-title">
        <h2 id="counts-title">Share tokens by status</h2>
        {counts.error ? (
          <ErrorMessage error={counts.error} retry={counts.reload} />
        ) : !counts.data ? (
          <Loading />
        ) : (
          <ul className="stats">
            {counts.data.map((c) => (
              <li key={c.status} className={`stat stat-${c.status}`}>
                <Link to={`/share-tokens`}>
                  <span className="stat-value" data-testid={`count-${c.status}`}>
                    {c.count}
                    {c.more ? '+' : ''}
                  </span>
                  <span className="stat-label">{c.status}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
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
                const href = obj.id.startsWith('cnst_') ? `/share-tokens/${obj.id}` : obj.id.startsWith('inq_') ? `/inquiries/${obj.id}` : null;
                return href ? (
                  <Link to={href}>
                    <Id value={obj.id} />
                  </Link>
                ) : (
                  <Id value={obj.id} />
                );
              },
            },
            { header: 'When', cell: (e) => <Time value={e.attributes['created-at']} /> },
          ]}
        />
      </section>
    </>
  );
}
