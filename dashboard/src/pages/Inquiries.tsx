/** Inquiries of this environment, filtered by status. */
import { useState } from 'react';
import { Guard, Id, LoadMore, PageHeader, Status, Time } from '../components/ui';
import { useList } from '../hooks';
import { Link } from '../router';
import { useApi } from '../session';

const STATUSES = ['created', 'pending', 'completed', 'approved', 'declined', 'needs_review', 'failed', 'expired'];

export function InquiriesPage() {
  const { client } = useApi();
  const [status, setStatus] = useState('');
  const list = useList(() => client.inquiries.list({ 'page[size]': 25, 'filter[status]': status }), client.connect.next, [client, status]);
  return (
    <>
      <PageHeader title="Inquiries" />
      <div className="filters">
        <label>
          Status
          <select value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">Any</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s.replace('_', ' ')}
              </option>
            ))}
          </select>
        </label>
      </div>
      <Guard state={list} empty="No inquiries in this environment.">
        {(items) => (
          <table>
            <thead>
              <tr>
                <th scope="col">Inquiry</th>
                <th scope="col">Status</th>
                <th scope="col">Reference</th>
                <th scope="col">Name</th>
                <th scope="col">Created</th>
              </tr>
            </thead>
            <tbody>
              {items.map((i) => {
                const f = i.attributes.fields ?? {};
                const name = [f['name-first']?.value, f['name-last']?.value].filter(Boolean).join(' ');
                return (
                  <tr key={i.id}>
                    <td>
                      <Link to={`/inquiries/${i.id}`}>
                        <Id value={i.id} />
                      </Link>
                    </td>
                    <td>
                      <Status value={i.attributes.status} />
                    </td>
                    <td>{i.attributes['reference-id'] ?? <span className="muted">—</span>}</td>
                    <td>{name || <span className="muted">—</span>}</td>
                    <td>
                      <Time value={i.attributes['created-at']} />
                    </td>
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
