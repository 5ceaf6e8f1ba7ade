/** Connect API keys of this environment: create (the secret is shown once) and revoke. */
import { ListTable } from '../components/DataTable';
import { SecretCreateForm } from '../components/forms';
import { ActionButton, Id, PageHeader, Status, Time } from '../components/ui';
import { useList } from '../hooks';
import { useApi } from '../session';

export function ApiKeysPage() {
  const { client, environment } = useApi();
  const list = useList(() => client.apiKeys.list({ 'page[size]': 25 }), client.connect.next, [client]);

  const expired = (at: string | null) => at !== null && new Date(at).getTime() <= Date.now();

  return (
    <>
      <PageHeader title="API keys" />
      <SecretCreateForm
        inline
        label="New API key"
        secretLabel="New API key"
        submit={`Create ${environment} key`}
        create={async (data) => (await client.apiKeys.create({ name: String(data.get('name')), note: String(data.get('note') ?? '') })).data.attributes.value}
        onCreated={list.reload}
      >
        <label>
          Name
          <input name="name" required maxLength={255} placeholder="Backend service" />
        </label>
        <label>
          Note
          <input name="note" maxLength={255} placeholder="optional" />
        </label>
      </SecretCreateForm>
      <ListTable
        state={list}
        empty="No API keys in this environment."
        columns={[
          { header: 'Name', cell: (k) => k.attributes.name },
          { header: 'ID', cell: (k) => <Id value={k.id} /> },
          { header: 'Status', cell: (k) => (expired(k.attributes['expires-at']) ? <Status value="revoked" /> : <Status value="active" />) },
          { header: 'Last used', cell: (k) => <Time value={k.attributes['last-used-at']} /> },
          { header: 'Created', cell: (k) => <Time value={k.attributes['created-at']} /> },
          {
            header: 'Actions',
            hiddenHeader: true,
            cell: (k) =>
              !expired(k.attributes['expires-at']) ? (
                <ActionButton className="danger small" confirm={`Revoke "${k.attributes.name}"? Calls with it fail at once.`} onClick={() => client.apiKeys.revoke(k.id).then(list.reload)}>
                  Revoke
                </ActionButton>
              ) : null,
          },
        ]}
      />
    </>
  );
}
