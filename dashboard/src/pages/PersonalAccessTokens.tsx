/** Personal access tokens on /v3: create with scopes (the token is shown once), revoke. */
import { unwrap } from 'tessera/sdk';
import { ListTable } from '../components/DataTable';
import { SecretCreateForm } from '../components/forms';
import { ActionButton, ErrorMessage, Loading, PageHeader, Status, Time } from '../components/ui';
import { useAsync } from '../hooks';
import { useApi } from '../session';

export function PersonalAccessTokensPage() {
  const { client } = useApi();
  // The route parses its sorting and paging itself: they are not declared in the contract.
  const tokens = useAsync(() => unwrap(client.v3.GET('/v3/personal-access-tokens', { params: { query: { sort: '-createdAt', limit: 100 } } })), [client]);
  const scopes = useAsync(() => unwrap(client.v3.GET('/v3/scopes')), [client]);

  const create = async (data: FormData) => {
    const chosen = data.getAll('scopes').map(String);
    const days = Number(data.get('expiresInDays') || 0);
    if (chosen.length === 0) throw new Error('Choose at least one scope.');
    const created = await unwrap(
      client.v3.POST('/v3/personal-access-tokens', {
        body: { name: String(data.get('name')), scopes: chosen, ...(days > 0 ? { expiresAt: new Date(Date.now() + days * 86_400_000).toISOString() } : {}) },
      }),
    );
    return created.token;
  };

  return (
    <>
      <PageHeader title="Personal access tokens" />
      <SecretCreateForm label="New personal access token" secretLabel="New personal access token" submit="Create token" create={create} onCreated={tokens.reload}>
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
      </SecretCreateForm>
      <ListTable
        state={tokens}
        empty="No personal access tokens yet."
        columns={[
          { header: 'Name', cell: (t) => t.name },
          { header: 'Scopes', cell: (t) => <code className="scopes-list">{t.scopes.join(' ')}</code> },
          { header: 'Status', cell: (t) => <Status value={t.revoked ? 'revoked' : t.expiresAt && new Date(t.expiresAt) < new Date() ? 'expired' : 'active'} /> },
          { header: 'Expires', cell: (t) => (t.expiresAt ? <Time value={t.expiresAt} /> : 'never') },
          { header: 'Last used', cell: (t) => <Time value={t.lastUsedAt} /> },
          {
            header: 'Actions',
            hiddenHeader: true,
            cell: (t) =>
              !t.revoked ? (
                <ActionButton className="danger small" confirm={`Revoke "${t.name}"?`} onClick={() => unwrap(client.v3.PATCH('/v3/personal-access-tokens/{id}', { params: { path: { id: t.id } }, body: { revoked: true } })).then(tokens.reload)}>
                  Revoke
                </ActionButton>
              ) : null,
          },
        ]}
      />
    </>
  );
}
