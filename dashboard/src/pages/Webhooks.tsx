/** Webhooks of this environment: create one (its signing secret is shown once), open one. */
import { unwrap } from 'tessera/sdk';
import { ListTable } from '../components/DataTable';
import { check, Field, SecretCreateForm } from '../components/forms';
import { CopyId } from '../components/Copy';
import { PageHeader, Status, Time } from '../components/ui';
import { useList } from '../hooks';
import { Link } from '../router';
import { Can, ReadOnlyNote } from '../permissions';
import { useApi } from '../session';

export function WebhooksPage() {
  const { client } = useApi();
  const list = useList((query) => unwrap(client.connect.GET('/api/v1/webhooks', { params: { query } })), { page: { size: 25 } }, [client]);

  const create = async (data: FormData) => {
    const events = String(data.get('events') ?? '')
      .split(/[\s,]+/)
      .filter(Boolean);
    const url = String(data.get('url') ?? '').trim();
    check({
      name: !String(data.get('name') ?? '').trim() && 'Give the webhook a name.',
      url: !/^https?:\/\/[^\s/]+/.test(url) && 'An http or https URL, like https://example.com/hooks.',
    });
    const created = await unwrap(
      client.connect.POST('/api/v1/webhooks', {
        body: {
          data: {
            attributes: {
              name: String(data.get('name')).trim(),
              'enabled-events': events.length ? events : ['*'],
              url,
              ...(data.get('signing-algorithm') === 'ed25519' ? { 'signing-algorithm': 'ed25519' as const } : {}),
            },
          },
        },
      }),
    );
    // An Ed25519 webhook has no secret to show: its public key is on its page, for anyone to read.
    return created.data.attributes.secret;
  };

  return (
    <>
      <PageHeader title="Webhooks" />
      <ReadOnlyNote permission="webhook.write" />
      <Can permission="webhook.write">
        <SecretCreateForm
          label="New webhook"
          secretLabel="Signing secret of the new webhook"
          success="Webhook created (disabled): enable it from its page"
          submit="Create webhook"
          note={<span className="muted">New webhooks start disabled; enable one from its page.</span>}
          create={create}
          onCreated={list.reload}
        >
          <div className="form-row">
            <Field label="Name" name="name">
              <input name="name" placeholder="Share token events" />
            </Field>
            <Field label="URL" name="url" className="grow">
              <input name="url" type="url" placeholder="https://example.com/hooks/tessera" />
            </Field>
            <Field label="Events" name="enabled-events" className="grow">
              <input name="events" placeholder="* or connect/share-token.outbound-redeemed, …" />
            </Field>
            <Field label="Signing" name="signing-algorithm">
              <select name="signing-algorithm" defaultValue="hmac-sha256">
                <option value="hmac-sha256">HMAC-SHA256 (whsec_ secret)</option>
                <option value="ed25519">Ed25519 (public key)</option>
              </select>
            </Field>
          </div>
        </SecretCreateForm>
      </Can>
      <ListTable
        state={list}
        empty="No webhooks in this environment."
        columns={[
          {
            header: 'Name',
            cell: (w) => (
              <>
                <Link to={`/webhooks/${w.id}`}>{w.attributes.name}</Link> <CopyId value={w.id} what="webhook id" />
              </>
            ),
          },
          { header: 'Status', cell: (w) => <Status value={w.attributes.status} /> },
          { header: 'URL', className: 'wrap', cell: (w) => w.attributes.url },
          { header: 'Events', className: 'wrap', cell: (w) => w.attributes['enabled-events']?.join(', ') },
          { header: 'Created', cell: (w) => <Time value={w.attributes['created-at']} /> },
        ]}
      />
    </>
  );
}
