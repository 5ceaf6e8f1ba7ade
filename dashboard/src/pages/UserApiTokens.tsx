/** The user's own API tokens on the Astra surface: create (the token is shown once), revoke. */
import { unwrap, type Answer } from 'tessera/sdk';
import { ListTable } from '../components/DataTable';
import { SecretCreateForm } from '../components/forms';
import { ActionButton, Id, PageHeader, Time } from '../components/ui';
import { useAsync } from '../hooks';
import { useApi } from '../session';

type Listed = Answer<'/accounts/{account_id}/core/v1/users/{user_id}/tokens', 'get'>['items'][number];
/** A listed token as an object; an item is a list of values instead only when the request names fields (`include=`). */
type Token = Exclude<Listed, unknown[]>;
const isToken = (t: Listed): t is Token => !Array.isArray(t);

/** Astra times have six fractional digits; Date parses three. */
const astraDate = (v: string) => v.replace(/\.(\d{3})\d*Z$/, '.$1Z');

export function UserApiTokensPage() {
  const { client, me } = useApi();
  const path = { account_id: me.organizationId, user_id: me.id };
  const tokens = useAsync(() => unwrap(client.astra.GET('/accounts/{account_id}/core/v1/users/{user_id}/tokens', { params: { path } })), [client, me]);
  const items = tokens.data?.items.filter(isToken);
  const create = async (data: FormData) => {
    const created = await unwrap(
      client.astra.POST('/accounts/{account_id}/core/v1/users/{user_id}/tokens', {
        params: { path },
        body: { type: 'application/astra-token', version: '1.0', name: String(data.get('name')) },
      }),
    );
    return created.token;
  };
  const revoke = (token_id: string) =>
    unwrap(client.astra.DELETE('/accounts/{account_id}/core/v1/users/{user_id}/tokens/{token_id}', { params: { path: { ...path, token_id } } })).then(tokens.reload);

  return (
    <>
      <PageHeader title="User API tokens" />
      <p className="lede">Tokens that act as you, with your role, on the Astra API (account {me.organizationId}).</p>
      <SecretCreateForm
        inline
        label="New user API token"
        secretLabel="New user API token"
        submit="Create token"
        create={create}
        onCreated={tokens.reload}
      >
        <label>
          Name
          <input name="name" required maxLength={63} placeholder="Snapshot script" />
        </label>
      </SecretCreateForm>
      <ListTable
        state={{ ...tokens, data: items }}
        empty="No user API tokens yet."
        columns={[
          { header: 'Name', cell: (t) => t.name },
          { header: 'ID', cell: (t) => <Id value={t.id} /> },
          { header: 'Created', cell: (t) => <Time value={astraDate(t.metadata.creationTimestamp)} /> },
          {
            header: 'Actions',
            hiddenHeader: true,
            cell: (t) => (
              <ActionButton className="danger small" confirm={`Revoke "${t.name}"?`} onClick={() => revoke(t.id)}>
                Revoke
              </ActionButton>
            ),
          },
        ]}
      />
    </>
  );
}
