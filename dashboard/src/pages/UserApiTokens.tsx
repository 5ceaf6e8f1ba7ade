/** The user's own API tokens on the Astra surface: create (the token is shown once), revoke. */
import { useState, type FormEvent } from 'react';
import { ActionButton, Empty, ErrorMessage, Loading, PageHeader, SecretOnce, Time } from '../components/ui';
import { useAsync } from '../hooks';
import { useApi } from '../session';

/** Astra times have six fractional digits; Date parses three. */
const astraDate = (v: string) => v.replace(/\.(\d{3})\d*Z$/, '.$1Z');

export function UserApiTokensPage() {
  const { client, me } = useApi();
  const tokens = useAsync(() => client.userApiTokens.list(me), [client, me]);
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<Error | null>(null);

  const create = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    setError(null);
    try {
      const created = await client.userApiTokens.create(me, String(new FormData(form).get('name')));
      setSecret(created.token ?? null);
      form.reset();
      tokens.reload();
    } catch (err) {
      setError(err as Error);
    }
  };

  return (
    <>
      <PageHeader title="User API tokens" />
      <p className="lede">Tokens that act as you, with your role, on the Astra API (account {me.organizationId}).</p>
      {secret ? <SecretOnce label="New user API token" value={secret} onDone={() => setSecret(null)} /> : null}
      <form className="card form inline" onSubmit={create} aria-label="New user API token">
        <label>
          Name
          <input name="name" required maxLength={63} placeholder="Snapshot script" />
        </label>
        <button type="submit">Create token</button>
        {error ? <ErrorMessage error={error} /> : null}
      </form>
      {tokens.error ? (
        <ErrorMessage error={tokens.error} retry={tokens.reload} />
      ) : !tokens.data ? (
        <Loading />
      ) : tokens.data.items.length === 0 ? (
        <Empty>No user API tokens yet.</Empty>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">ID</th>
              <th scope="col">Created</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.data.items.map((t) => (
              <tr key={t.id}>
                <td>{t.name}</td>
                <td>
                  <code className="id">{t.id}</code>
                </td>
                <td>
                  <Time value={astraDate(t.metadata.creationTimestamp)} />
                </td>
                <td>
                  <ActionButton className="danger small" confirm={`Revoke "${t.name}"?`} onClick={() => client.userApiTokens.revoke(me, t.id).then(tokens.reload)}>
                    Revoke
                  </ActionButton>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
