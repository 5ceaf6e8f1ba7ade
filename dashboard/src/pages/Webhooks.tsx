/** Webhooks of this environment: create one (its signing secret is shown once), open one. */
import { useState, type FormEvent } from 'react';
import { ErrorMessage, Guard, Id, LoadMore, PageHeader, SecretOnce, Status, Time } from '../components/ui';
import { useList } from '../hooks';
import { Link } from '../router';
import { useApi } from '../session';

export function WebhooksPage() {
  const { client } = useApi();
  const list = useList(() => client.webhooks.list({ 'page[size]': 25 }), client.connect.next, [client]);
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<Error | null>(null);

  const create = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const events = String(data.get('events') ?? '')
      .split(/[\s,]+/)
      .filter(Boolean);
    setError(null);
    try {
      const created = await client.webhooks.create({ name: String(data.get('name')), url: String(data.get('url')), enabledEvents: events.length ? events : ['*'] });
      setSecret(created.data.attributes.secret ?? null);
      form.reset();
      list.reload();
    } catch (err) {
      setError(err as Error);
    }
  };

  return (
    <>
      <PageHeader title="Webhooks" />
      {secret ? <SecretOnce label="Signing secret of the new webhook" value={secret} onDone={() => setSecret(null)} /> : null}
      <form className="card form" onSubmit={create} aria-label="New webhook">
        <div className="form-row">
          <label>
            Name
            <input name="name" required placeholder="Share token events" />
          </label>
          <label className="grow">
            URL
            <input name="url" type="url" required placeholder="https://example.com/hooks/tessera" />
          </label>
          <label className="grow">
            Events
            <input name="events" placeholder="* or connect/share-token.outbound-redeemed, …" />
          </label>
        </div>
        {error ? <ErrorMessage error={error} /> : null}
        <div className="form-actions">
          <button type="submit">Create webhook</button>
          <span className="muted">New webhooks start disabled; enable one from its page.</span>
        </div>
      </form>
      <Guard state={list} empty="No webhooks in this environment.">
        {(items) => (
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Status</th>
                <th scope="col">URL</th>
                <th scope="col">Events</th>
                <th scope="col">Created</th>
              </tr>
            </thead>
            <tbody>
              {items.map((w) => (
                <tr key={w.id}>
                  <td>
                    <Link to={`/webhooks/${w.id}`}>{w.attributes.name}</Link> <Id value={w.id} />
                  </td>
                  <td>
                    <Status value={w.attributes.status} />
                  </td>
                  <td className="wrap">{w.attributes.url}</td>
                  <td className="wrap">{w.attributes['enabled-events'].join(', ')}</td>
                  <td>
                    <Time value={w.attributes['created-at']} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Guard>
      <LoadMore hasMore={list.hasMore} loading={list.loadingMore} onClick={list.loadMore} />
    </>
  );
}
