/** Connections with other organizations: accept (activate) a pending one, deactivate, reactivate. */
import { useState } from 'react';
import { unwrap, type Answer } from 'tessera/sdk';
import { ListTable } from '../components/DataTable';
import { ActionButton, Id, PageHeader, Status, Time } from '../components/ui';
import { useList } from '../hooks';
import { ReadOnlyNote, useCan } from '../permissions';
import { useApi } from '../session';

type Connection = Answer<'/api/v1/connect/connections/{id}', 'get'>['data'];

export function ConnectionsPage() {
  const { client, organizationId } = useApi();
  const [status, setStatus] = useState('');
  const list = useList(
    (query) => unwrap(client.connect.GET('/api/v1/connect/connections', { params: { query } })),
    { page: { size: 25 }, filter: { status: status || undefined } },
    [client, status],
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
        {a.status === 'pending' && isDestination ? <ActionButton className="small" onClick={act('activate')}>Accept</ActionButton> : null}
        {a.status !== 'inactive' ? (
          <ActionButton className="secondary small" confirm="Deactivate this connection? No share token can be created or redeemed on it until it is reactivated." onClick={act('deactivate')}>
            Deactivate
          </ActionButton>
        ) : null}
        {a.status === 'inactive' && isSource ? (
          <ActionButton className="secondary small" onClick={act('reactivate')}>
            Reactivate
          </ActionButton>
        ) : null}
      </div>
    );
  };
  const weAreSource = (c: Connection) => c.attributes['source-organization-id'] === organizationId;

  return (
    <>
      <PageHeader title="Connections" />
      <ReadOnlyNote permission="connection.write" />
      <div className="filters">
        <label>
          Status
          <select value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">Any</option>
            <option value="pending">pending</option>
            <option value="active">active</option>
            <option value="inactive">inactive</option>
          </select>
        </label>
      </div>
      <ListTable
        state={list}
        empty="No connections in this environment."
        columns={[
          { header: 'Connection', cell: (c) => <Id value={c.id} /> },
          { header: 'Status', cell: (c) => <Status value={c.attributes.status} /> },
          { header: 'Role', cell: (c) => (weAreSource(c) ? 'source (we share)' : 'destination (we receive)') },
          { header: 'Other organization', cell: (c) => <Id value={(weAreSource(c) ? c.attributes['destination-organization-id'] : c.attributes['source-organization-id']) ?? ''} /> },
          { header: 'Created', cell: (c) => <Time value={c.attributes['created-at']} /> },
          { header: 'Actions', hiddenHeader: true, cell: actions },
        ]}
      />
    </>
  );
}
