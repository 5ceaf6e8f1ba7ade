/** Inquiries of this environment: filtered by status and reference (on the server), searched, paged in the URL. */
import { useEffect, useState, type FormEvent } from 'react';
import { unwrap, type Answer } from 'tessera/sdk';
import { CopyId } from '../components/Copy';
import { ListTable } from '../components/DataTable';
import { PageHeader, Status, Time } from '../components/ui';
import { useList, useSearch } from '../hooks';
import { useApi } from '../session';

type Inquiry = Answer<'/api/v1/inquiries/{id}', 'get'>['data'];

const STATUSES = ['created', 'pending', 'completed', 'approved', 'declined', 'needs_review', 'failed', 'expired'];

const nameOf = (i: Inquiry) => {
  const f = i.attributes.fields ?? {};
  return [f['name-first']?.value, f['name-last']?.value].filter(Boolean).join(' ');
};

export function InquiriesPage() {
  const { client } = useApi();
  // Filters and the page are in the URL: shareable, kept on reload, undone by Back.
  const [search, change] = useSearch();
  const status = search.get('status') ?? '';
  const reference = search.get('reference') ?? '';
  const [draft, setDraft] = useState(reference);
  useEffect(() => setDraft(reference), [reference]); // Back or a shared link changes it too
  const list = useList(
    (query) => unwrap(client.connect.GET('/api/v1/inquiries', { params: { query } })),
    { page: { size: 25 }, filter: { status: status || undefined, 'reference-id': reference || undefined } },
    [client, status, reference],
    { cursor: 'after' },
  );
  const byReference = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    change({ reference: draft.trim(), after: null });
  };
  return (
    <>
      <PageHeader title="Inquiries" />
      <form className="filters" onSubmit={byReference} aria-label="Filter inquiries">
        <label>
          Status
          <select value={status} onChange={(e) => change({ status: e.target.value, after: null })}>
            <option value="">Any</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s.replace('_', ' ')}
              </option>
            ))}
          </select>
        </label>
        <label>
          Reference (exact)
          <input name="reference" value={draft} onChange={(e) => setDraft(e.target.value)} placeholder="customer-42" />
        </label>
        <button type="submit" className="secondary">
          Apply
        </button>
      </form>
      <ListTable
        state={list}
        empty={status || reference ? 'No inquiry matches these filters.' : 'No inquiries in this environment.'}
        search={{ label: 'Search inquiries by id, name or reference', text: (i) => [i.id, i.attributes['reference-id'], nameOf(i), i.attributes.status] }}
        columns={[
          { header: 'Inquiry', cell: (i) => <CopyId value={i.id} what="inquiry id" to={`/inquiries/${i.id}`} /> },
          { header: 'Status', cell: (i) => <Status value={i.attributes.status} /> },
          { header: 'Reference', cell: (i) => i.attributes['reference-id'] ?? <span className="muted">—</span> },
          { header: 'Name', cell: (i) => nameOf(i) || <span className="muted">—</span> },
          { header: 'Created', cell: (i) => <Time value={i.attributes['created-at']} /> },
        ]}
      />
    </>
  );
}
