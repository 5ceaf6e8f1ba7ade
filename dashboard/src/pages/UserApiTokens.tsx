/**
 * The user's own API tokens on the Astra surface: create (the token is shown
 * once), rename and delete. Astra has no rotation (astra-api.md §4): a new token and
 * deleting the old one is the way to replace a secret.
 */
import { unwrap, type Answer } from 'tessera/sdk';
import { ListTable } from '../components/DataTable';
import { CopyId } from '../components/Copy';
import { Action } from '../components/Feedback';
import { check, Field, SecretCreateForm } from '../components/forms';
import { PageHeader, Time } from '../components/ui';
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
    const name = String(data.get('name') ?? '').trim();
    check({ name: !name && 'Give the token a name.' });
    const created = await unwrap(
      client.astra.POST('/accounts/{account_id}/core/v1/users/{user_id}/tokens', {
        params: { path },
        body: { type: 'application/astra-token', version: '1.0', name },
      }),
    );
    return created.token;
  };
  const rename = (token_id: string, name: string) =>
    unwrap(
      client.astra.PUT('/accounts/{account_id}/core/v1/users/{user_id}/tokens/{token_id}', {
        params: { path: { ...path, token_id } },
        body: { type: 'application/astra-token', version: '1.0', name },
      }),
    ).then(tokens.reload);
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
        success="Token created: copy it now"
        create={create}
        onCreated={tokens.reload}
      >
        <Field label="Name" name="name">
          <input name="name" maxLength={63} placeholder="Snapshot script" />
        </Field>
      </SecretCreateForm>
      <ListTable
        state={{ ...tokens, data: items }}
        empty="No user API tokens yet."
        columns={[
          { header: 'Name', cell: (t) => t.name },
          { header: 'ID', cell: (t) => <CopyId value={t.id} what="token id" /> },
          { header: 'Created', cell: (t) => <Time value={astraDate(t.metadata.creationTimestamp)} /> },
          {
            header: 'Actions',
            hiddenHeader: true,
            cell: (t) => (
              <span className="row-actions">
                <Action
                  className="secondary small"
                  label={`Rename ${t.name}`}
                  success={(name) => `Renamed to "${String(name)}"`}
                  confirm={{
                    title: `Rename "${t.name}"`,
                    fields: (
                      <label>
                        New name
                        <input name="name" required maxLength={63} defaultValue={t.name} />
                      </label>
                    ),
                    confirmLabel: 'Rename',
                  }}
                  run={async (data) => {
                    const name = String(data.get('name') ?? '').trim();
                    if (!name) throw new Error('Give the token a name.');
                    await rename(t.id, name);
                    return name;
                  }}
                >
                  Rename
                </Action>
                <Action
                  className="danger small"
                  label={`Revoke ${t.name}`}
                  success={`Revoked "${t.name}"`}
                  confirm={{ title: `Revoke "${t.name}"?`, body: <p>The token is deleted; calls with it fail at once.</p>, confirmLabel: 'Revoke', danger: true }}
                  run={() => revoke(t.id)}
                >
                  Revoke
                </Action>
              </span>
            ),
          },
        ]}
      />
    </>
  );
}
