/** Connections with other organizations: accept (activate) a pending one, deactivate, reactivate. */
import { useState } from 'react';
import type { Connection, Resource } from '../api';
import { ActionButton, Guard, Id, LoadMore, PageHeader, Status, Time } from '../components/ui';
import { useList } from '../hooks';
import { useApi } from '../session';

export function ConnectionsPage() {
  const { client, organizationId } = useApi();
  const [status, setStatus] = useState('');
  const list = useList(() => client.connections.list({ 'page[size]': 25, 'filter[status]': status }), client.connect.next, [client, status]);

  const actions = (c: Resource<Connection>) => {
    const a = c.attributes;
    const isSource = organizationId !== null && a['source-organization-id'] === organizationId;
    const isDestination = organizationId !== null && a['destination-organization-id'] === organizationId;
    const act = (action: 'activate' | 'deactivate' | 'reactivate') => () => client.connections.act(c.id, action).then(list.reload);
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

  return (
    <>
      <PageHeader title="Connections" />
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
      <Guard state={list} empty="No connections in this environment.">
        {(items) => (
          <table>
            <thead>
              <tr>
                <th scope="col">Connection</th>
                <th scope="col">Status</th>
                <th scope="col">Role</th>
                <th scope="col">Other organization</th>
                <th scope="col">Created</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((c) => {
                const a = c.attributes;
                const isSource = a['source-organization-id'] === organizationId;
                return (
                  <tr key={c.id}>
                    <td>
                      <Id value={c.id} />
                    </td>
                    <td>
                      <Status value={a.status} />
                    </td>
                    <td>{isSource ? 'source (we share)' : 'destination (we receive)'}</td>
                    <td>
                      <Id value={isSource ? a['destination-organization-id'] : a['source-organization-id']} />
                    </td>
                    <td>
                      <Time value={a['created-at']} />
                    </td>
                    <td>{actions(c)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </Guard>
      <LoadMore hasMore={list.hasMore} loading={list.loadingMore} onClick={list.loadMore} />
    </>
  );
}
