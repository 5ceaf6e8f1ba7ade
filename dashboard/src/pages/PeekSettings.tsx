/**
 * The peek settings of one connection (/connections/:id/peek-settings): whether
 * the destination may look at a shared record before redeeming, and which of
 * its fields it then sees in full. Both parties read them; only the source
 * organization changes them (the server answers 403 to the destination).
 */
import { unwrap } from 'tessera/sdk';
import { CopyId } from '../components/Copy';
import { check, Field, Form } from '../components/forms';
import { ErrorMessage, Loading, PageHeader, Time } from '../components/ui';
import { useAsync } from '../hooks';
import { ReadOnlyNote, useCan } from '../permissions';
import { Link } from '../router';
import { useApi } from '../session';

const FIELD_NAME = /^[a-z0-9_-]{1,64}$/;

export function PeekSettingsPage({ params }: { params: Record<string, string> }) {
  const { client, organizationId } = useApi();
  const id = params.id!;
  const canWrite = useCan('connection.write');
  const state = useAsync(
    () =>
      Promise.all([
        unwrap(client.connect.GET('/api/v1/connect/connections/{id}', { params: { path: { id } } })),
        unwrap(client.connect.GET('/api/v1/connect/connections/{id}/peek-settings', { params: { path: { id } } })),
      ]),
    [client, id],
  );
  if (state.error) return <ErrorMessage error={state.error} retry={state.reload} />;
  if (!state.data) return <Loading />;
  const [connection, settings] = state.data;
  const s = settings.data.attributes;
  const isSource = connection.data.attributes['source-organization-id'] === organizationId;
  const editable = canWrite && isSource;

  const save = async (data: FormData) => {
    const fields = String(data.get('peek-visible-fields') ?? '')
      .split(/[\s,]+/)
      .filter(Boolean);
    const bad = fields.find((f) => !FIELD_NAME.test(f));
    check({ 'peek-visible-fields': bad !== undefined && `"${bad}" is not a field name: a-z, 0-9, _ and -, at most 64 characters.` });
    await unwrap(
      client.connect.PATCH('/api/v1/connect/connections/{id}/peek-settings', {
        params: { path: { id } },
        body: { data: { attributes: { 'peek-source-data': data.get('peek-source-data') === 'on', 'peek-visible-fields': fields } } },
      }),
    );
    state.reload();
  };

  return (
    <>
      <PageHeader title="Peek settings" />
      <p className="lede">
        Connection <CopyId value={id} what="connection id" /> · <Link to="/connections">all connections</Link>
      </p>
      <ReadOnlyNote permission="connection.write" />
      {!isSource ? <p className="read-only-note">Only the source organization of the connection changes its peek settings.</p> : null}
      {editable ? (
        <Form label="Peek settings" submit="Save peek settings" success="Peek settings saved" reset={false} onSubmit={save} key={s['updated-at'] ?? 'never'}>
          <label className="check">
            <input type="checkbox" name="peek-source-data" defaultChecked={s['peek-source-data']} /> Let the destination peek at a shared record before redeeming
          </label>
          <Field label="Fields shown in full" name="peek-visible-fields" hint="Field names, one a line or comma-separated; the others show only whether they are there.">
            <textarea name="peek-visible-fields" className="code" rows={4} defaultValue={(s['peek-visible-fields'] ?? []).join('\n')} />
          </Field>
        </Form>
      ) : null}
      <section className="card">
        <dl className="props" data-testid="peek-settings">
          <dt>Peeking</dt>
          <dd>{s['peek-source-data'] ? 'allowed' : 'not allowed'}</dd>
          <dt>Fields shown in full</dt>
          <dd>{s['peek-visible-fields']?.length ? s['peek-visible-fields'].join(', ') : <span className="muted">none</span>}</dd>
          <dt>Changed</dt>
          <dd>
            <Time value={s['updated-at']} />
          </dd>
        </dl>
      </section>
    </>
  );
}
