/** Connect API keys of this environment: create (the secret is shown once) and revoke. */
import { useState, type FormEvent } from 'react';
import { ActionButton, ErrorMessage, Guard, Id, LoadMore, PageHeader, SecretOnce, Status, Time } from '../components/ui';
import { useList } from '../hooks';
import { useApi } from '../session';

export function ApiKeysPage() {
  const { client, environment } = useApi();
  const list = useList(() => client.apiKeys.list({ 'page[size]': 25 }), client.connect.next, [client]);
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<Error | null>(null);

  const create = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    setError(null);
    try {
      const created = await client.apiKeys.create({ name: String(data.get('name')), note: String(data.get('note') ?? '') });
      setSecret(created.data.attributes.value ?? null);
      form.reset();
      list.reload();
    } catch (err) {
      setError(err as Error);
    }
  };

  const expired = (at: string | null) => at !== null && new Date(at).getTime() <= Date.now();

  return (
    <>
      <PageHeader title="API keys" />
      {secret ? <SecretOnce label="New API key" value={secret} onDone={() => setSecret(null)} /> : null}
      <form className="card form inline" onSubmit={create} aria-label="New API key">
        <label>
          Name
          <input name="name" required maxLength={255} placeholder="Backend service" />
        </label>
        <label>
          Note
          <input name="note" maxLength={255} placeholder="optional" />
        </label>
        <button type="submit">Create {environment} key</button>
        {error ? <ErrorMessage error={error} /> : null}
      </form>
      <Guard state={list} empty="No API keys in this environment.">
        {(items) => (
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">ID</th>
                <th scope="col">Status</th>
                <th scope="col">Last used</th>
                <th scope="col">Created</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((k) => (
                <tr key={k.id}>
                  <td>{k.attributes.name}</td>
                  <td>
                    <Id value={k.id} />
                  </td>
                  <td>{expired(k.attributes['expires-at']) ? <Status value="revoked" /> : <Status value="active" />}</td>
                  <td>
                    <Time value={k.attributes['last-used-at']} />
                  </td>
                  <td>
                    <Time value={k.attributes['created-at']} />
                  </td>
                  <td>
                    {!expired(k.attributes['expires-at']) ? (
                      <ActionButton className="danger small" confirm={`Revoke "${k.attributes.name}"? Calls with it fail at once.`} onClick={() => client.apiKeys.revoke(k.id).then(list.reload)}>
                        Revoke
                      </ActionButton>
                    ) : null}
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
