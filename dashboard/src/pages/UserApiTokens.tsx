/** The user's own API tokens on the Astra surface: create (the token is shown once), revoke. */
import { ListTable } from '../components/DataTable';
import { SecretCreateForm } from '../components/forms';
import { ActionButton, Id, PageHeader, Time } from '../components/ui';
import { useAsync } from '../hooks';
import { useApi } from '../session';

/** Astra times have six fractional digits; Date parses three. */
const astraDate = (v: string) => v.replace(/\.(\d{3})\d*Z$/, '.$1Z');

export function UserApiTokensPage() {
  const { client, me } = useApi();
  const tokens = useAsync(() => client.userApiTokens.list(me), [client, me]);

  return (
    <>
      <PageHeader title="User API tokens" />
      <p className="lede">Tokens that act as you, with your role, on the Astra API (account {me.organizationId}).</p>
      <SecretCreateForm
        inline
        label="New user API token"
        secretLabel="New user API token"
        submit="Create token"
        create={async (data) => (await client.userApiTokens.create(me, String(data.get('name')))).token}
        onCreated={tokens.reload}
      >
        <label>
          Name
          <input name="name" required maxLength={63} placeholder="Snapshot script" />
        </label>
      </SecretCreateForm>
      <ListTable
        state={{ ...tokens, data: tokens.data?.items }}
        empty="No user API tokens yet."
        columns={[
          { header: 'Name', cell: (t) => t.name },
          { header: 'ID', cell: (t) => <Id value={t.id} /> },
          { header: 'Created', cell: (t) => <Time value={astraDate(t.metadata.creationTimestamp)} /> },
          {
            header: 'Actions',
            hiddenHeader: true,
            cell: (t) => (
              <ActionButton className="danger small" confirm={`Revoke "${t.name}"?`} onClick={() => client.userApiTokens.revoke(me, t.id).then(tokens.reload)}>
                Revoke
              </ActionButton>
            ),
          },
        ]}
      />
    </>
  );
}
