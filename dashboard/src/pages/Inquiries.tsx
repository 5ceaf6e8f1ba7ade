/** Inquiries of this environment, filtered by status. */
import { useState } from 'react';
import { unwrap } from 'tessera/sdk';
import { ListTable } from '../components/DataTable';
import { Id, PageHeader, Status, Time } from '../components/ui';
import { useList } from '../hooks';
import { Link } from '../router';
import { useApi } from '../session';

const STATUSES = ['created', 'pending', 'completed', 'approved', 'declined', 'needs_review', 'failed', 'expired'];

export function InquiriesPage() {
  const { client } = useApi();
  const [status, setStatus] = useState('');
  const list = useList(
    (query) => unwrap(client.connect.GET('/api/v1/inquiries', { params: { query } })),
    { page: { size: 25 }, filter: { status: status || undefined } },
    [client, status],
  );
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
      <ListTable
        state={list}
        empty="No inquiries in this environment."
        columns={[
          {
            header: 'Inquiry',
            cell: (i) => (
              <Link to={`/inquiries/${i.id}`}>
                <Id value={i.id} />
              </Link>
            ),
          },
          { header: 'Status', cell: (i) => <Status value={i.attributes.status} /> },
          { header: 'Reference', cell: (i) => i.attributes['reference-id'] ?? <span className="muted">—</span> },
          {
            header: 'Name',
            cell: (i) => {
              const f = i.attributes.fields ?? {};
              return [f['name-first']?.value, f['name-last']?.value].filter(Boolean).join(' ') || <span className="muted">—</span>;
            },
          },
          { header: 'Created', cell: (i) => <Time value={i.attributes['created-at']} /> },
        ]}
      />
    </>
  );
}
