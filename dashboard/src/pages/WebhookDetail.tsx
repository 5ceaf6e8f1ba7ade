/**
 * One webhook: edit it, enable, disable or archive it, rotate its signing secret (the
 * live secrets are listed, so both show during the overlap), and its deliveries
 * with every attempt; a redelivery shows its new attempt as soon as it is made.
 */
import { useEffect, useState } from 'react';
import { unwrap } from 'tessera/sdk';
import { CopyButton, CopyId } from '../components/Copy';
import { ListTable } from '../components/DataTable';
import { ExpiresBadge, useExpiringCredentials } from '../components/ExpiringCredentials';
import { Action, GraceSelect, notify } from '../components/Feedback';
import { PropList } from '../components/PropList';
import { check, Field, Form } from '../components/forms';
import { ErrorMessage, Loading, PageHeader, SecretOnce, Status, Time } from '../components/ui';
import { useAsync, useList } from '../hooks';
import { ReadOnlyNote, useCan } from '../permissions';
import { useApi } from '../session';
import type { Answer } from 'tessera/sdk';

type Webhook = Answer<'/api/v1/webhooks/{id}', 'get'>['data'];

const OVERLAP_CHOICES: [number, string][] = [
  [0, 'Stops at once'],
  [3_600, '1 hour'],
  [86_400, '24 hours (default)'],
  [604_800, '7 days (the longest)'],
];
/** How long a redelivery's attempt is waited for before the page stops looking. */
const REDELIVERY_WAIT_MS = 30_000;
const POLL_MS = 500;

/** `whsec_AbCd…wXyZ`: enough to tell secrets apart, not enough to use one. */
const masked = (secret: string) => `${secret.slice(0, 10)}…${secret.slice(-4)}`;

/**
 * A webhook's live signing secrets or public keys, the current one first: each masked with a copy
 * button, and those a rotation replaced with when they stop working (`until`: "signs until").
 */
function LiveValues({ values, what, until, withinSeconds }: { values: Array<{ value: string; 'expires-at'?: string | null }>; what: string; until: string; withinSeconds: number }) {
  return (
    <ul className="secret-list">
      {values.map((v, n) => (
        <li key={v.value}>
          <code>{masked(v.value)}</code>
          <CopyButton value={v.value} what={`${n === 0 ? 'current' : 'older'} ${what}`} />
          {v['expires-at'] ? (
            <span className="muted">
              {until} <Time value={v['expires-at']} />
              <ExpiresBadge expiresAt={v['expires-at']} withinSeconds={withinSeconds} />
            </span>
          ) : (
            <span className="muted">current</span>
          )}
        </li>
      ))}
    </ul>
  );
}

export function WebhookDetailPage({ params }: { params: Record<string, string> }) {
  const { client } = useApi();
  const canWrite = useCan('webhook.write');
  const id = params.id!;
  const webhook = useAsync(() => unwrap(client.connect.GET('/api/v1/webhooks/{id}', { params: { path: { id } } })), [client, id]);
  const deliveries = useList(
    (query) => unwrap(client.connect.GET('/api/v1/webhooks/{id}/deliveries', { params: { path: { id }, query } })),
    { page: { size: 25 } },
    [client, id],
  );
  // A secret in its overlap that stops signing within the organization's smallest warning lead is marked.
  const expiring = useExpiringCredentials();
  const [secret, setSecret] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  /** A redelivery whose attempt the page waits for: the delivery, its attempts before, and until when to look. */
  const [watch, setWatch] = useState<{ id: string; before: number; until: number } | null>(null);

  // Poll the deliveries until the redelivered one shows one attempt more (the attempt is a queued job).
  const watched = watch ? deliveries.data?.find((d) => d.id === watch.id) : undefined;
  const arrived = !!watch && !!watched && (watched.attributes['attempts-made'] ?? 0) > watch.before;
  useEffect(() => {
    if (!watch) return;
    if (arrived) {
      setWatch(null);
      notify(`New attempt of ${watch.id}: ${watched?.attributes.status ?? 'made'}`);
      return;
    }
    if (Date.now() > watch.until) {
      setWatch(null);
      notify('The redelivery is queued; its attempt has not been made yet. Reload the page to see it later.', 'bad');
      return;
    }
    const timer = setTimeout(deliveries.reload, POLL_MS);
    return () => clearTimeout(timer);
  }, [watch, arrived, deliveries.data, deliveries.reload, watched]);

  if (webhook.error) return <ErrorMessage error={webhook.error} retry={webhook.reload} />;
  if (!webhook.data) return <Loading />;
  const w = webhook.data.data.attributes;
  const live = w.status !== 'archived';

  const act = (action: 'enable' | 'disable' | 'archive') => unwrap(client.connect.POST(`/api/v1/webhooks/{id}/${action}`, { params: { path: { id } } })).then(webhook.reload);
  const rotate = async (data: FormData) => {
    const seconds = Number(data.get('expires-in-seconds'));
    const rotated = await unwrap(client.connect.POST('/api/v1/webhooks/{id}/rotate-secret', { params: { path: { id } }, body: { meta: { 'expires-in-seconds': seconds } } }));
    setSecret(rotated.data.attributes.secret ?? null);
    webhook.reload();
  };
  const redeliver = async (deliveryId: string, attemptsBefore: number) => {
    await unwrap(client.connect.POST('/api/v1/webhooks/deliveries/{id}/redeliver', { params: { path: { id: deliveryId } } }));
    setOpen(deliveryId);
    setWatch({ id: deliveryId, before: attemptsBefore, until: Date.now() + REDELIVERY_WAIT_MS });
    deliveries.reload();
  };

  return (
    <>
      <PageHeader title={`Webhook ${w.name ?? id}`}>
        {canWrite && live && !editing ? (
          <button type="button" className="secondary" onClick={() => setEditing(true)}>
            Edit
          </button>
        ) : null}
        {canWrite && w.status === 'disabled' ? (
          <Action success="Webhook enabled: events are sent to it" run={() => act('enable')}>
            Enable
          </Action>
        ) : null}
        {canWrite && w.status === 'enabled' ? (
          <Action className="secondary" success="Webhook disabled: no events are sent to it" run={() => act('disable')}>
            Disable
          </Action>
        ) : null}
        {canWrite && live ? (
          <Action
            className="secondary"
            success="Signing secret rotated: copy the new one now"
            confirm={{
              title: 'Rotate the signing secret?',
              body: <p>A new secret signs every delivery from now on. The current one also signs until the overlap ends, so your endpoint can switch over.</p>,
              fields: <GraceSelect name="expires-in-seconds" label="Current secret keeps signing" choices={OVERLAP_CHOICES} defaultValue={86_400} />,
              confirmLabel: 'Rotate',
            }}
            run={rotate}
          >
            Rotate secret
          </Action>
        ) : null}
        {canWrite && live ? (
          <Action
            className="danger"
            success="Webhook archived"
            confirm={{
              title: `Archive "${w.name ?? id}"?`,
              body: <p>An archived webhook gets no more events and cannot be enabled again. Its deliveries stay readable.</p>,
              confirmLabel: 'Archive',
              danger: true,
            }}
            run={() => act('archive')}
          >
            Archive
          </Action>
        ) : null}
      </PageHeader>
      <ReadOnlyNote permission="webhook.write" />
      {secret ? <SecretOnce label="New signing secret" value={secret} onDone={() => setSecret(null)} /> : null}
      {editing ? <EditWebhookForm webhook={webhook.data.data} onDone={() => setEditing(false)} onSaved={() => (setEditing(false), webhook.reload())} /> : null}
      <PropList
        items={[
          { term: 'ID', value: <CopyId value={id} what="webhook id" /> },
          { term: 'Status', value: <Status value={w.status} />, testId: 'webhook-status' },
          { term: 'URL', className: 'wrap', value: w.url },
          { term: 'Events', value: w['enabled-events']?.join(', ') },
          {
            term: 'Signing secrets',
            testId: 'signing-secrets',
            value: w.secrets?.length ? (
              <>
                <span data-testid="secret-count">{w.secrets.length} active</span>
                <LiveValues values={w.secrets} what="signing secret" until="signs until" withinSeconds={expiring.withinSeconds} />
              </>
            ) : (
              '—'
            ),
          },
          w['public-keys']?.length
            ? {
                term: 'Public keys (Ed25519)',
                testId: 'public-keys',
                value: (
                  <>
                    <span>{w['public-keys'].length} active</span>
                    <LiveValues values={w['public-keys']} what="public key" until="verifies until" withinSeconds={expiring.withinSeconds} />
                  </>
                ),
              }
            : null,
          { term: 'Created', value: <Time value={w['created-at']} /> },
        ]}
      />
      <section>
        <h2>Deliveries</h2>
        {watch ? (
          <p className="notice" role="status">
            Redelivering {watch.id}…
          </p>
        ) : null}
        <ListTable
          state={deliveries}
          testId="deliveries"
          empty="No deliveries yet: events are sent only while the webhook is enabled."
          expand={(d) =>
            open !== d.id ? null : !d.attributes.attempts?.length ? (
              <span className="muted">No attempt yet.</span>
            ) : (
              <ol className="attempts" data-testid={`attempts-${d.id}`}>
                {d.attributes.attempts.map((t, n) => (
                  <li key={n}>
                    <Time value={t['attempted-at']} /> — {t['status-code'] ?? 'no response'}
                    {t['latency-ms'] !== null ? ` in ${t['latency-ms']} ms` : ''}
                    {t.error ? <span className="inline-error"> {t.error}</span> : null}
                    {t['response-excerpt'] ? <pre className="json">{t['response-excerpt']}</pre> : null}
                  </li>
                ))}
              </ol>
            )
          }
          columns={[
            { header: 'Delivery', cell: (d) => <CopyId value={d.id} what="delivery id" /> },
            { header: 'Event', className: 'event-name', cell: (d) => d.attributes['event-name'] },
            { header: 'Status', cell: (d) => <Status value={d.attributes.status} /> },
            {
              header: 'Attempts',
              cell: (d) => (
                <button type="button" className="link" aria-expanded={open === d.id} onClick={() => setOpen(open === d.id ? null : d.id)} data-testid={`attempt-count-${d.id}`}>
                  {d.attributes['attempts-made']} attempt{d.attributes['attempts-made'] === 1 ? '' : 's'}
                </button>
              ),
            },
            { header: 'Next attempt', cell: (d) => <Time value={d.attributes['next-attempt-at']} /> },
            {
              header: 'Actions',
              hiddenHeader: true,
              cell: (d) =>
                canWrite && live ? (
                  <Action
                    className="secondary small"
                    label={`Redeliver ${d.id}`}
                    success={`Redelivery of ${d.id} queued`}
                    disabled={watch?.id === d.id}
                    run={() => redeliver(d.id, d.attributes['attempts-made'] ?? 0)}
                  >
                    Redeliver
                  </Action>
                ) : null,
            },
          ]}
        />
      </section>
    </>
  );
}

/** Name, URL, events, description and signing algorithm, changed in place (PATCH). */
function EditWebhookForm({ webhook, onSaved, onDone }: { webhook: Webhook; onSaved: () => void; onDone: () => void }) {
  const { client } = useApi();
  const w = webhook.attributes;
  const save = async (data: FormData) => {
    const name = String(data.get('name') ?? '').trim();
    const url = String(data.get('url') ?? '').trim();
    const events = String(data.get('enabled-events') ?? '')
      .split(/[\s,]+/)
      .filter(Boolean);
    const description = String(data.get('description') ?? '').trim();
    const current = w['signing-algorithm'] === 'ed25519' ? 'ed25519' : 'hmac-sha256';
    const algorithm = data.get('signing-algorithm') === 'ed25519' ? 'ed25519' : 'hmac-sha256';
    check({
      name: !name && 'Give the webhook a name.',
      url: !/^https?:\/\/[^\s/]+/.test(url) && 'An http or https URL, like https://example.com/hooks.',
    });
    await unwrap(
      client.connect.PATCH('/api/v1/webhooks/{id}', {
        params: { path: { id: webhook.id } },
        body: {
          data: {
            attributes: {
              name,
              url,
              'enabled-events': events.length ? events : ['*'],
              description: description || null,
              // Sent only when changed: a change rotates into the other algorithm.
              ...(algorithm !== current ? { 'signing-algorithm': algorithm } : {}),
            },
          },
        },
      }),
    );
    onSaved();
  };
  return (
    <Form
      label="Edit webhook"
      submit="Save webhook"
      success="Webhook saved"
      reset={false}
      onSubmit={save}
      onCancel={onDone}
    >
      <div className="form-row">
        <Field label="Name" name="name">
          <input name="name" maxLength={255} defaultValue={w.name ?? ''} />
        </Field>
        <Field label="URL" name="url" className="grow">
          <input name="url" type="url" defaultValue={w.url ?? ''} />
        </Field>
      </div>
      <div className="form-row">
        <Field label="Events" name="enabled-events" hint="* or event names, comma-separated." className="grow">
          <input name="enabled-events" defaultValue={(w['enabled-events'] ?? []).join(', ')} />
        </Field>
        <Field label="Signing" name="signing-algorithm" hint="Changing it rotates: the old key keeps signing for 24 hours.">
          <select name="signing-algorithm" defaultValue={w['signing-algorithm'] === 'ed25519' ? 'ed25519' : 'hmac-sha256'}>
            <option value="hmac-sha256">HMAC-SHA256 (whsec_ secret)</option>
            <option value="ed25519">Ed25519 (public key)</option>
          </select>
        </Field>
      </div>
      <Field label="Description" name="description">
        <input name="description" maxLength={10_000} defaultValue={w.description ?? ''} />
      </Field>
    </Form>
  );
}
