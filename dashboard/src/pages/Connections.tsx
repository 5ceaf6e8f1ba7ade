/** Connections with other organizations: accept (activate) a pending one, deactivate, reactivate. */
import { unwrap, type Answer } from 'tessera/sdk';
import { CopyId } from '../components/Copy';
import { ListTable } from '../components/DataTable';
import { Action } from '../components/Feedback';
import { PageHeader, Status, Time } from '../components/ui';
import { useList, useSearch } from '../hooks';
import { ReadOnlyNote, useCan } from '../permissions';
import { usePartners } from '../partners';
import { Link } from '../router';
import { useApi } from '../session';

type Connection = Answer<'/api/v1/connect/connections/{id}', 'get'>['data'];

export function ConnectionsPage() {
  const { client, organizationId } = useApi();
  const partners = usePartners();
  // Filters and the page are in the URL: shareable, kept on reload, undone by Back.
  const [search, change] = useSearch();
  const status = search.get('status') ?? '';
  const list = useList(
    (query) => unwrap(client.connect.GET('/api/v1/connect/connections', { params: { query } })),
    { page: { size: 25 }, filter: { status: status || undefined } },
    [client, status],
    { cursor: 'after' },
  );

  const canWrite = useCan('connection.write');
  const actions = (c: Connection) => {
    if (!canWrite) return null;
    const a = c.attributes;
    const isSource = organizationId !== null && a['source-organization-id'] === organizationId;
    const isDestination = organizationId !== null && a['destination-organization-id'] === organizationId;
    const act = (action: 'activate' | 'deactivate' | 'reactivate') => () =>
      unwrap(client.connect.POST(`/api/v1/connect/connections/{id}/${action}`, { params: { path: { id: c.id } } })).then(list.reload);
    return (
      <div className="row-actions">
        {a.status === 'pending' && isDestination ? (
          <Action className="small" success="Connection accepted: share tokens can flow" run={act('activate')}>
            Accept
          </Action>
        ) : null}
        {a.status !== 'inactive' ? (
          <Action
            className="secondary small"
            success="Connection deactivated"
            confirm={{ title: 'Deactivate this connection?', body: <p>No share token can be created or redeemed on it until it is reactivated.</p>, confirmLabel: 'Deactivate', danger: true }}
            run={act('deactivate')}
          >
            Deactivate
          </Action>
        ) : null}
        {a.status === 'inactive' && isSource ? (
          <Action className="secondary small" success="Connection reactivated" run={act('reactivate')}>
            Reactivate
          </Action>
        ) : null}
      </div>
    );
  };
  const weAreSource = (c: Connection) => c.attributes['source-organization-id'] === organizationId;
  const other = (c: Connection) => (weAreSource(c) ? c.attributes['destination-organization-id'] : c.attributes['source-organization-id']) ?? '';

  return (
    <>
      <PageHeader title="Connections" />
      <ReadOnlyNote permission="connection.write" />
      <div className="filters">
        <label>
          Status
          <select value={status} onChange={(e) => change({ status: e.target.value, after: null })}>
            <option value="">Any</option>
            <option value="pending">pending</option>
            <option value="active">active</option>
            <option value="inactive">inactive</option>
          </select>
        </label>
      </div>
      <ListTable
        state={list}
        empty={status ? 'No connection matches this filter.' : 'No connections in this environment.'}
        search={{ label: 'Search connections by organization or id', placeholder: 'Search by organization name or id', text: (c) => [c.id, other(c), partners.organization(other(c))] }}
        columns={[
          {
            header: 'Other organization',
            cell: (c) => (
              <span className="named">
                <strong>{partners.organization(other(c)) ?? 'Unknown organization'}</strong>
                <CopyId value={other(c)} what="organization id" />
              </span>
            ),
          },
          { header: 'Connection', cell: (c) => <CopyId value={c.id} what="connection id" /> },
          { header: 'Status', cell: (c) => <Status value={c.attributes.status} /> },
          { header: 'Role', cell: (c) => (weAreSource(c) ? 'source (we share)' : 'destination (we receive)') },
          { header: 'Created', cell: (c) => <Time value={c.attributes['created-at']} /> },
          { header: 'Peek settings', hiddenHeader: true, cell: (c) => <Link to={`/connections/${c.id}/peek-settings`} aria-label={`Peek settings of the connection with ${partners.organization(other(c)) ?? other(c)}`}>Peek settings</Link> },
          { header: 'Actions', hiddenHeader: true, cell: actions },
        ]}
      />
    </>
  );
}
