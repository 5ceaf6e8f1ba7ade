/** Personal access tokens on /v3: create with scopes (the token is shown once), revoke. */
import { useState, type FormEvent } from 'react';
import { ActionButton, Empty, ErrorMessage, Loading, PageHeader, SecretOnce, Status, Time } from '../components/ui';
import { useAsync } from '../hooks';
import { useApi } from '../session';

export function PersonalAccessTokensPage() {
  const { client } = useApi();
  const tokens = useAsync(() => client.pats.list(), [client]);
  const scopes = useAsync(() => client.pats.scopes(), [client]);
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<Error | null>(null);

  const create = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const chosen = data.getAll('scopes').map(String);
    const days = Number(data.get('expiresInDays') || 0);
    setError(null);
    if (chosen.length === 0) {
      setError(new Error('Choose at least one scope.'));
      return;
    }
    try {
      const created = await client.pats.create({
        name: String(data.get('name')),
        scopes: chosen,
        ...(days > 0 ? { expiresAt: new Date(Date.now() + days * 86_400_000).toISOString() } : {}),
      });
      setSecret(created.token ?? null);
      form.reset();
      tokens.reload();
    } catch (err) {
      setError(err as Error);
    }
  };

  return (
    <>
      <PageHeader title="Personal access tokens" />
      {secret ? <SecretOnce label="New personal access token" value={secret} onDone={() => setSecret(null)} /> : null}
      <form className="card form" onSubmit={create} aria-label="New personal access token">
        <div className="form-row">
          <label>
            Name
            <input name="name" required maxLength={255} placeholder="CI pipeline" />
          </label>
          <label>
            Expires in (days)
            <input name="expiresInDays" type="number" min="1" step="1" placeholder="never" />
          </label>
        </div>
        <fieldset>
          <legend>Scopes</legend>
          {scopes.error ? <ErrorMessage error={scopes.error} /> : !scopes.data ? <Loading what="Loading scopes" /> : null}
          <div className="scopes">
            {scopes.data
              ?.filter((s) => s.enforced)
              .map((s) => (
                <label key={s.name} className="check" title={s.description}>
                  <input type="checkbox" name="scopes" value={s.name} /> <code>{s.name}</code>
                </label>
              ))}
          </div>
        </fieldset>
        {error ? <ErrorMessage error={error} /> : null}
        <div className="form-actions">
          <button type="submit">Create token</button>
        </div>
      </form>
      {tokens.error ? (
        <ErrorMessage error={tokens.error} retry={tokens.reload} />
      ) : !tokens.data ? (
        <Loading />
      ) : tokens.data.length === 0 ? (
        <Empty>No personal access tokens yet.</Empty>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Scopes</th>
              <th scope="col">Status</th>
              <th scope="col">Expires</th>
              <th scope="col">Last used</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.data.map((t) => (
              <tr key={t.id}>
                <td>{t.name}</td>
                <td>
                  <code className="scopes-list">{t.scopes.join(' ')}</code>
                </td>
                <td>
                  <Status value={t.revoked ? 'revoked' : t.expiresAt && new Date(t.expiresAt) < new Date() ? 'expired' : 'active'} />
                </td>
                <td>{t.expiresAt ? <Time value={t.expiresAt} /> : 'never'}</td>
                <td>
                  <Time value={t.lastUsedAt} />
                </td>
                <td>
                  {!t.revoked ? (
                    <ActionButton className="danger small" confirm={`Revoke "${t.name}"?`} onClick={() => client.pats.revoke(t.id).then(tokens.reload)}>
                      Revoke
                    </ActionButton>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
