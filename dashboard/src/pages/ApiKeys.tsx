/** Connect API keys of this environment: create (the secret is shown once) and revoke. */
import { unwrap } from 'tessera/sdk';
import { ListTable } from '../components/DataTable';
import { SecretCreateForm } from '../components/forms';
import { ActionButton, Id, PageHeader, Status, Time } from '../components/ui';
import { useList } from '../hooks';
import { Can, ReadOnlyNote, useCan } from '../permissions';
import { useApi } from '../session';

export function ApiKeysPage() {
  const { client, environment } = useApi();
  const canWrite = useCan('api_key.write');
  const list = useList((query) => unwrap(client.connect.GET('/api/v1/api-keys', { params: { query } })), { page: { size: 25 } }, [client]);

  const expired = (at: string | null | undefined) => !!at && new Date(at).getTime() <= Date.now();
  const create = async (data: FormData) => {
    const note = String(data.get('note') ?? '');
    const created = await unwrap(
      client.connect.POST('/api/v1/api-keys', { body: { data: { attributes: { name: String(data.get('name')), ...(note ? { note } : {}) } } } }),
    );
    return created.data.attributes.value;
  };
  /** Revoking is expiring now (`expires-in-seconds: 0`): 401 everywhere at once. */
  const revoke = (id: string) =>
    unwrap(client.connect.POST('/api/v1/api-keys/{id}/expire', { params: { path: { id } }, body: { meta: { 'expires-in-seconds': 0 } } })).then(list.reload);

  return (
    <>
      <PageHeader title="API keys" />
      <ReadOnlyNote permission="api_key.write" />
      <Can permission="api_key.write">
        <SecretCreateForm inline label="New API key" secretLabel="New API key" submit={`Create ${environment} key`} create={create} onCreated={list.reload}>
          <label>
            Name
            <input name="name" required maxLength={255} placeholder="Backend service" />
          </label>
          <label>
            Note
            <input name="note" maxLength={255} placeholder="optional" />
          </label>
        </SecretCreateForm>
      </Can>
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
              canWrite && !expired(k.attributes['expires-at']) ? (
                <ActionButton className="danger small" confirm={`Revoke "${k.attributes.name ?? k.id}"? Calls with it fail at once.`} onClick={() => revoke(k.id)}>
                  Revoke
                </ActionButton>
              ) : null,
          },
        ]}
      />
    </>
  );
}
