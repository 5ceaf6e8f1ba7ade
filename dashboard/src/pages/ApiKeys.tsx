/**
 * Connect API keys of this environment: create one with its permissions, expiry,
 * IP allowlist and note (the secret is shown once), rotate it with an overlap
 * (both secrets work until the grace ends), set its expiry or revoke it.
 */
import { useState } from 'react';
import { unwrap, type Answer, type RequestBody } from 'tessera/sdk';
import { CopyId } from '../components/Copy';
import { ListTable } from '../components/DataTable';
import { ExpiresBadge, useExpiringCredentials } from '../components/ExpiringCredentials';
import { Action, GraceSelect, RotateAction } from '../components/Feedback';
import { check, Field, Form, GroupError } from '../components/forms';
import { LEAK_EVENTS_OF_KEYS, useSecurityReasons } from '../components/SecurityEvents';
import { ErrorMessage, Loading, PageHeader, SecretOnce, Status, Time } from '../components/ui';
import { useAsync, useList, type AsyncState } from '../hooks';
import { Can, ReadOnlyNote, useCan } from '../permissions';
import { useApi } from '../session';

type ApiKey = Answer<'/api/v1/api-keys/{id}', 'get'>['data'];
type Permission = NonNullable<RequestBody<'/api/v1/api-keys', 'post'>>['data']['attributes']['permissions'];

/** The expiry endpoint's limit: 30 days. */
const MAX_EXPIRY_SECONDS = 2_592_000;
const GRACE_CHOICES: [number, string][] = [
  [0, 'Stops at once'],
  [3_600, '1 hour'],
  [86_400, '24 hours (default)'],
  [604_800, '7 days (the longest)'],
];
const EXPIRE_CHOICES: [number, string][] = [
  [0, 'Now (revoke)'],
  [3_600, 'In 1 hour'],
  [86_400, 'In 24 hours'],
  [604_800, 'In 7 days'],
  [MAX_EXPIRY_SECONDS, 'In 30 days'],
];

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}(\/([0-9]|[12]\d|3[0-2]))?$/;
const IPV6 = /^[0-9a-f]*:[0-9a-f:.]*(\/([0-9]|[1-9]\d|1[01]\d|12[0-8]))?$/i;
/** `*`, an IP address or a CIDR block, as the server accepts them (it checks again). */
const allowlistEntryOk = (entry: string) => entry === '*' || IPV4.test(entry) || IPV6.test(entry);

const expired = (at: string | null | undefined) => !!at && new Date(at).getTime() <= Date.now();

/** A secret shown once: a new key's, or a rotated key's with when the old one stops. */
interface Shown {
  label: string;
  value: string;
  previousUntil?: string | null;
}

export function ApiKeysPage() {
  const { client, environment } = useApi();
  const canWrite = useCan('api_key.write');
  const list = useList((query) => unwrap(client.connect.GET('/api/v1/api-keys', { params: { query } })), { page: { size: 25 } }, [client]);
  const [shown, setShown] = useState<Shown | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const catalog = useAsync(() => unwrap(client.connect.GET('/api/v1/api-keys/permissions')), [client]);
  const expiring = useExpiringCredentials();
  // The key itself does not say why it was revoked: a leak report (or a reuse of a retired secret) does.
  const reasons = useSecurityReasons(LEAK_EVENTS_OF_KEYS);

  const rotate = async (key: ApiKey, data: FormData) => {
    const grace = Number(data.get('grace-period-seconds'));
    const rotated = await unwrap(
      client.connect.POST('/api/v1/api-keys/{id}/rotate', { params: { path: { id: key.id } }, body: { meta: { 'grace-period-seconds': grace } } }),
    );
    setShown({ label: `New secret of ${key.attributes.name}`, value: rotated.data.attributes.value ?? '', previousUntil: rotated.meta['previous-value-expires-at'] });
    list.reload();
    return rotated;
  };
  /** `expires-in-seconds: 0` revokes: 401 everywhere at once. */
  const expire = async (key: ApiKey, seconds: number) => {
    const answer = await unwrap(client.connect.POST('/api/v1/api-keys/{id}/expire', { params: { path: { id: key.id } }, body: { meta: { 'expires-in-seconds': seconds } } }));
    list.reload();
    return answer;
  };

  return (
    <>
      <PageHeader title="API keys" />
      <ReadOnlyNote permission="api_key.write" />
      {shown ? (
        <>
          <SecretOnce label={shown.label} value={shown.value} onDone={() => setShown(null)} />
          {shown.previousUntil !== undefined ? (
            <p className="notice" data-testid="previous-until">
              {shown.previousUntil ? (
                <>
                  The old secret keeps working until <Time value={shown.previousUntil} />: move your services to the new one before then.
                </>
              ) : (
                'The old secret stopped working at once.'
              )}
            </p>
          ) : null}
        </>
      ) : null}
      <Can permission="api_key.write">
        <CreateApiKeyForm environment={environment} catalog={catalog} onCreated={(created) => (setShown(created), list.reload())} />
      </Can>
      <h2>Keys</h2>
      <ListTable
        state={list}
        empty="No API keys in this environment."
        testId="api-keys"
        expand={(k) => (open === k.id ? <KeyDetails apiKey={k} catalog={catalog} canEdit={canWrite && !expired(k.attributes['expires-at'])} onSaved={list.reload} /> : null)}
        columns={[
          {
            header: 'Name',
            cell: (k) => (
              <button type="button" className="link" aria-expanded={open === k.id} onClick={() => setOpen(open === k.id ? null : k.id)}>
                {k.attributes.name}
              </button>
            ),
          },
          { header: 'ID', cell: (k) => <CopyId value={k.id} what="API key id" /> },
          {
            header: 'Status',
            cell: (k) => (
              <>
                <Status value={expired(k.attributes['expires-at']) ? 'revoked' : 'active'} />
                {reasons.has(k.id) ? (
                  <span className="security-reason" data-testid={`security-reason-${k.id}`}>
                    {reasons.get(k.id)}
                  </span>
                ) : null}
              </>
            ),
          },
          { header: 'Permissions', cell: (k) => k.attributes.permissions?.length ?? '—' },
          {
            header: 'Expires',
            cell: (k) =>
              k.attributes['expires-at'] ? (
                <>
                  <Time value={k.attributes['expires-at']} />
                  <ExpiresBadge expiresAt={k.attributes['expires-at']} withinSeconds={expiring.withinSeconds} />
                </>
              ) : (
                'never'
              ),
          },
          { header: 'Last used', cell: (k) => <Time value={k.attributes['last-used-at']} /> },
          {
            header: 'Actions',
            hiddenHeader: true,
            cell: (k) =>
              canWrite && !expired(k.attributes['expires-at']) ? (
                <span className="row-actions">
                  <RotateAction
                    name={k.attributes.name ?? ''}
                    body={<p>A new secret is made and shown once. The old one keeps working for the grace period, so services can move over.</p>}
                    field="grace-period-seconds"
                    choices={GRACE_CHOICES}
                    defaultValue={86_400}
                    run={(data) => rotate(k, data)}
                  />
                  <Action
                    className="danger small"
                    label={`Expire ${k.attributes.name}`}
                    success={`Expiry of "${k.attributes.name}" set`}
                    confirm={{
                      title: `Expire "${k.attributes.name}"?`,
                      body: <p>After this, every call with the key fails with 401. &quot;Now&quot; revokes it at once.</p>,
                      fields: <GraceSelect name="expires-in-seconds" label="Stops working" choices={EXPIRE_CHOICES} defaultValue={0} />,
                      confirmLabel: 'Expire',
                      danger: true,
                    }}
                    run={(data) => expire(k, Number(data.get('expires-in-seconds')))}
                  >
                    Expire…
                  </Action>
                </span>
              ) : null,
          },
        ]}
      />
    </>
  );
}

function KeyDetails({ apiKey, catalog, canEdit, onSaved }: { apiKey: ApiKey; catalog: Catalog; canEdit: boolean; onSaved: () => void }) {
  const a = apiKey.attributes;
  const [editing, setEditing] = useState(false);
  if (editing) return <EditApiKeyForm apiKey={apiKey} catalog={catalog} onCancel={() => setEditing(false)} onSaved={() => (setEditing(false), onSaved())} />;
  return (
    <>
      <dl className="key-details" data-testid={`key-details-${apiKey.id}`}>
        <dt>Permissions</dt>
        <dd data-testid="key-permissions">{a.permissions?.length ? a.permissions.join(', ') : 'none'}</dd>
        <dt>IP allowlist</dt>
        <dd data-testid="key-allowlist">{a['ip-address-allowlist']?.join(', ')}</dd>
        <dt>Expires</dt>
        <dd data-testid="key-expires">{a['expires-at'] ? <Time value={a['expires-at']} /> : 'never'}</dd>
        <dt>Note</dt>
        <dd>{a.note || <span className="muted">—</span>}</dd>
        <dt>Created</dt>
        <dd>
          <Time value={a['created-at']} />
        </dd>
      </dl>
      {canEdit ? (
        <button type="button" className="secondary small" onClick={() => setEditing(true)}>
          Edit {a.name}
        </button>
      ) : null}
    </>
  );
}

/** `YYYY-MM-DDTHH:MM` in local time, as a datetime-local input takes it. */
function localInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

type Catalog = AsyncState<Answer<'/api/v1/api-keys/permissions', 'get'>>;

/**
 * The permission picker, filled from GET /api-keys/permissions: one checkbox a
 * permission, grouped by object; those the user's session does not hold are
 * disabled (the server refuses a key above its maker). `checked`: the key's
 * permissions (edit), else every granted one (the API's default).
 */
function PermissionsFieldset({ catalog, checked }: { catalog: Catalog; checked?: string[] }) {
  const groups = new Map<string, { id: string; description: string; granted: boolean }[]>();
  for (const p of catalog.data?.data ?? []) {
    const object = p.id.split('.')[0]!;
    groups.set(object, [...(groups.get(object) ?? []), { id: p.id, description: p.attributes.description ?? '', granted: p.attributes.granted ?? true }]);
  }
  const setAll = (form: HTMLFormElement | null, which: 'all' | 'read' | 'none') =>
    form?.querySelectorAll<HTMLInputElement>('input[name="permissions"]:not(:disabled)').forEach((box) => {
      box.checked = which === 'all' || (which === 'read' && box.value.endsWith('.read'));
    });
  return (
    <fieldset data-field="permissions">
      <legend>Permissions</legend>
      {catalog.error ? <ErrorMessage error={catalog.error} retry={catalog.reload} /> : !catalog.data ? <Loading what="Loading permissions" /> : null}
      <div className="perm-tools">
        {(['all', 'read', 'none'] as const).map((which) => (
          <button key={which} type="button" className="link" onClick={(e) => setAll(e.currentTarget.form, which)}>
            {which === 'all' ? 'All' : which === 'read' ? 'Read only' : 'None'}
          </button>
        ))}
      </div>
      <div className="perm-groups">
        {[...groups.entries()].map(([object, perms]) => (
          <div key={object}>
            {perms.map((p) => (
              <label key={p.id} className="check" title={p.description}>
                <input type="checkbox" name="permissions" value={p.id} disabled={!p.granted} defaultChecked={checked ? checked.includes(p.id) : p.granted} /> <code>{p.id}</code>
              </label>
            ))}
          </div>
        ))}
      </div>
      <GroupError name="permissions" />
    </fieldset>
  );
}

/** The IP allowlist of a textarea (lines or commas), and the message for its first bad entry. */
function allowlistOf(data: FormData): { allowlist: string[]; problem: string | false } {
  const allowlist = String(data.get('ip-address-allowlist') ?? '')
    .split(/[\s,]+/)
    .filter(Boolean);
  const bad = allowlist.find((e) => !allowlistEntryOk(e));
  return { allowlist, problem: bad !== undefined && `"${bad}" is not *, an IP address or a CIDR block.` };
}

/** Name, note, permissions and IP allowlist of a key, changed in place (PATCH); the secret stays. */
function EditApiKeyForm({ apiKey, catalog, onSaved, onCancel }: { apiKey: ApiKey; catalog: Catalog; onSaved: () => void; onCancel: () => void }) {
  const { client } = useApi();
  const a = apiKey.attributes;
  const save = async (data: FormData) => {
    const name = String(data.get('name') ?? '').trim();
    const note = String(data.get('note') ?? '').trim();
    const permissions = data.getAll('permissions').map(String) as Permission;
    const { allowlist, problem } = allowlistOf(data);
    check({ name: !name && 'Give the key a name.', permissions: !permissions?.length && 'Choose at least one permission.', 'ip-address-allowlist': problem });
    await unwrap(
      client.connect.PATCH('/api/v1/api-keys/{id}', {
        params: { path: { id: apiKey.id } },
        body: { data: { attributes: { name, note: note || null, permissions, 'ip-address-allowlist': allowlist.length ? allowlist : ['*'] } } },
      }),
    );
    onSaved();
  };
  return (
    <Form
      label={`Edit ${a.name}`}
      submit="Save key"
      success={`API key "${a.name}" saved`}
      reset={false}
      onSubmit={save}
      onCancel={onCancel}
    >
      <div className="form-row">
        <Field label="Name" name="name">
          <input name="name" maxLength={255} defaultValue={a.name ?? ''} />
        </Field>
        <Field label="Note" name="note">
          <input name="note" maxLength={10_000} defaultValue={a.note ?? ''} />
        </Field>
      </div>
      <PermissionsFieldset catalog={catalog} checked={a.permissions ?? []} />
      <Field label="IP allowlist" name="ip-address-allowlist" hint="*, IP addresses or CIDR blocks, one a line; empty: any.">
        <textarea name="ip-address-allowlist" rows={2} defaultValue={(a['ip-address-allowlist'] ?? []).join('\n')} />
      </Field>
    </Form>
  );
}

function CreateApiKeyForm({ environment, catalog, onCreated }: { environment: string; catalog: Catalog; onCreated: (shown: Shown) => void }) {
  const { client } = useApi();
  const [now] = useState(() => new Date());

  const create = async (data: FormData) => {
    const name = String(data.get('name') ?? '').trim();
    const note = String(data.get('note') ?? '').trim();
    const chosen = data.getAll('permissions').map(String) as Permission;
    const expiresAtText = String(data.get('expires-at') ?? '');
    const expiresAt = expiresAtText ? new Date(expiresAtText) : null;
    const expiresIn = expiresAt ? Math.round((expiresAt.getTime() - Date.now()) / 1000) : null;
    const { allowlist, problem } = allowlistOf(data);
    check({
      name: !name && 'Give the key a name.',
      permissions: !chosen?.length && 'Choose at least one permission.',
      'expires-at':
        expiresIn !== null &&
        (Number.isNaN(expiresIn) ? 'Not a date.' : expiresIn <= 0 ? 'Choose a time in the future.' : expiresIn > MAX_EXPIRY_SECONDS && 'At most 30 days from now.'),
      'ip-address-allowlist': problem,
    });
    const created = await unwrap(
      client.connect.POST('/api/v1/api-keys', {
        body: {
          data: {
            attributes: {
              name,
              permissions: chosen,
              ...(note ? { note } : {}),
              ...(allowlist.length ? { 'ip-address-allowlist': allowlist } : {}),
            },
          },
        },
      }),
    );
    const shown = { label: `New API key ${name}`, value: created.data.attributes.value ?? '' };
    // The API sets an expiry on an existing key: the key is made, then given its end.
    if (expiresIn !== null) {
      try {
        await unwrap(client.connect.POST('/api/v1/api-keys/{id}/expire', { params: { path: { id: created.data.id } }, body: { meta: { 'expires-in-seconds': expiresIn } } }));
      } catch (e) {
        onCreated(shown);
        throw e;
      }
    }
    onCreated(shown);
  };

  return (
    <Form label="New API key" submit={`Create ${environment} key`} success="API key created: copy its secret now" onSubmit={create}>
      <div className="form-row">
        <Field label="Name" name="name">
          <input name="name" maxLength={255} placeholder="Backend service" />
        </Field>
        <Field label="Note" name="note">
          <input name="note" maxLength={10_000} placeholder="optional" />
        </Field>
      </div>
      <PermissionsFieldset catalog={catalog} />
      <div className="form-row">
        <Field label="Expires at" name="expires-at" hint="Empty: never. At most 30 days ahead.">
          <input name="expires-at" type="datetime-local" min={localInput(now)} />
        </Field>
        <Field label="IP allowlist" name="ip-address-allowlist" hint="*, IP addresses or CIDR blocks, one a line; empty: any." className="grow">
          <textarea name="ip-address-allowlist" rows={2} placeholder="203.0.113.0/24" />
        </Field>
      </div>
    </Form>
  );
}
