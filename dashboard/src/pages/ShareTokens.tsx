/** Share tokens of both directions, filtered by status and direction; create one from an inquiry. */
import { useState, type FormEvent } from 'react';
import { relatedId, unwrap } from 'tessera/sdk';
import { CopyId } from '../components/Copy';
import { ListTable } from '../components/DataTable';
import { notify } from '../components/Feedback';
import { ErrorMessage, Loading, PageHeader, Status, Time } from '../components/ui';
import { toError, useAsync, useList, useSearch } from '../hooks';
import { navigate } from '../router';
import { ReadOnlyNote, useCan } from '../permissions';
import { usePartners } from '../partners';
import { useApi } from '../session';
import { SHARE_TOKEN_STATUSES } from '../tessera';

export function ShareTokensPage() {
  const { client } = useApi();
  // Filters and the page are in the URL: shareable, kept on reload, undone by Back.
  const [search, change] = useSearch();
  const status = search.get('status') ?? '';
  const direction = search.get('direction') ?? '';
  const canWrite = useCan('share_token.write');
  const partners = usePartners();
  const [creating, setCreating] = useState(search.has('source-id'));
  const list = useList(
    (query) => unwrap(client.connect.GET('/api/v1/connect/share-tokens', { params: { query } })),
    { page: { size: 25 }, filter: { status: status || undefined, direction: direction || undefined } },
    [client, status, direction],
    { cursor: 'after' },
  );

  return (
    <>
      <PageHeader title="Share tokens">
        {canWrite ? (
          <button type="button" onClick={() => setCreating((c) => !c)} aria-expanded={creating}>
            New share token
          </button>
        ) : null}
      </PageHeader>
      <ReadOnlyNote permission="share_token.write" />
      {canWrite && creating ? <CreateShareToken initialSource={search.get('source-id') ?? ''} onCancel={() => setCreating(false)} /> : null}
      <div className="filters">
        <label>
          Status
          <select value={status} onChange={(e) => change({ status: e.target.value, after: null })} name="status">
            <option value="">Any</option>
            {SHARE_TOKEN_STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          Direction
          <select value={direction} onChange={(e) => change({ direction: e.target.value, after: null })} name="direction">
            <option value="">Both</option>
            <option value="outbound">Outbound (we share)</option>
            <option value="inbound">Inbound (shared with us)</option>
          </select>
        </label>
      </div>
      <ListTable
        state={list}
        empty={status || direction ? 'No share token matches these filters.' : 'No share tokens yet. Create one from a completed inquiry.'}
        search={{
          label: 'Search share tokens by id, inquiry, organization or connection',
          placeholder: 'Search by token, inquiry or organization',
          text: (t) => [t.id, relatedId(t, 'source'), relatedId(t, 'connection'), partners.connection(relatedId(t, 'connection')), t.attributes.status],
        }}
        columns={[
          { header: 'Token', cell: (t) => <CopyId value={t.id} what="share token id" to={`/share-tokens/${t.id}`} /> },
          { header: 'Status', cell: (t) => <Status value={t.attributes.status} /> },
          { header: 'Direction', cell: (t) => t.attributes.direction },
          {
            header: 'Source',
            cell: (t) => {
              const source = relatedId(t, 'source');
              return source ? <CopyId value={source} what="source id" to={source.startsWith('inq_') ? `/inquiries/${source}` : undefined} /> : <span className="muted">hidden</span>;
            },
          },
          {
            header: 'With',
            cell: (t) => (
              <span className="named">
                <strong>{partners.connection(relatedId(t, 'connection')) ?? 'Unknown organization'}</strong>
                <CopyId value={relatedId(t, 'connection') ?? ''} what="connection id" />
              </span>
            ),
          },
          { header: 'Created', cell: (t) => <Time value={t.attributes['created-at']} /> },
          { header: 'Expires', cell: (t) => <Time value={t.attributes['expires-at']} /> },
        ]}
      />
    </>
  );
}

/** Picks a shareable inquiry and an active connection on which this organization is the source. */
function CreateShareToken({ initialSource, onCancel }: { initialSource: string; onCancel: () => void }) {
  const { client, organizationId } = useApi();
  const partners = usePartners();
  const options = useAsync(
    async () =>
      Promise.all([
        unwrap(client.connect.GET('/api/v1/inquiries', { params: { query: { page: { size: 100 }, filter: { status: 'completed,approved' } } } })),
        unwrap(client.connect.GET('/api/v1/connect/connections', { params: { query: { page: { size: 100 }, filter: { status: 'active' } } } })),
      ]),
    [client],
  );
  const [error, setError] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const days = Number(form.get('expiresInDays') || 0);
    setBusy(true);
    setError(null);
    try {
      const created = await unwrap(
        client.connect.POST('/api/v1/connect/share-tokens', {
          body: {
            data: {
              attributes: {
                'source-id': String(form.get('sourceId')),
                'connection-id': String(form.get('connectionId')),
                ...(days > 0 ? { 'expires-in-seconds': Math.round(days * 86_400) } : {}),
              },
            },
          },
        }),
      );
      notify(`Share token ${created.data.id} created: send its id to the destination`);
      navigate(`/share-tokens/${created.data.id}`);
    } catch (err) {
      setError(toError(err));
      setBusy(false);
    }
  };

  if (options.error) return <ErrorMessage error={options.error} retry={options.reload} />;
  if (!options.data) return <Loading what="Loading inquiries and connections" />;
  const [inquiries, connections] = options.data;
  const outbound = connections.data.filter((c) => !organizationId || c.attributes['source-organization-id'] === organizationId);
  return (
    <form className="card form" onSubmit={submit} aria-label="New share token">
      <h2>New share token</h2>
      {inquiries.data.length === 0 || outbound.length === 0 ? (
        <p className="muted">
          {inquiries.data.length === 0 ? 'No completed or approved inquiry to share.' : 'No active connection on which this organization is the source.'}
        </p>
      ) : null}
      <div className="form-row">
        <label>
          Inquiry
          <select name="sourceId" required defaultValue={initialSource}>
            <option value="" disabled>
              Choose an inquiry
            </option>
            {inquiries.data.map((i) => (
              <option key={i.id} value={i.id}>
                {i.attributes['reference-id'] ?? 'no reference'} — {i.id} ({i.attributes.status})
              </option>
            ))}
          </select>
        </label>
        <label>
          Connection
          <select name="connectionId" required defaultValue={outbound.length === 1 ? outbound[0]!.id : ''}>
            <option value="" disabled>
              Choose a connection
            </option>
            {outbound.map((c) => (
              <option key={c.id} value={c.id}>
                {partners.organization(c.attributes['destination-organization-id']) ?? c.attributes['destination-organization-id']} — {c.id}
              </option>
            ))}
          </select>
        </label>
        <label>
          Expires in (days)
          <input name="expiresInDays" type="number" min="0.001" max="21" step="any" placeholder="14" />
        </label>
      </div>
      {error ? <ErrorMessage error={error} /> : null}
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Creating…' : 'Create share token'}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
