/** One webhook: enable or disable, rotate its secret, and its deliveries with every attempt. */
import { useState } from 'react';
import { unwrap } from 'tessera/sdk';
import { ListTable } from '../components/DataTable';
import { PropList } from '../components/PropList';
import { ActionButton, ErrorMessage, Id, Loading, PageHeader, SecretOnce, Status, Time } from '../components/ui';
import { useAsync, useList } from '../hooks';
import { ReadOnlyNote, useCan } from '../permissions';
import { useApi } from '../session';

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
  const act = (action: 'enable' | 'disable') => unwrap(client.connect.POST(`/api/v1/webhooks/{id}/${action}`, { params: { path: { id } } })).then(webhook.reload);
  const rotate = () =>
    unwrap(client.connect.POST('/api/v1/webhooks/{id}/rotate-secret', { params: { path: { id } } })).then((r) => setSecret(r.data.attributes.secret ?? null));
  const redeliver = (deliveryId: string) =>
    unwrap(client.connect.POST('/api/v1/webhooks/deliveries/{id}/redeliver', { params: { path: { id: deliveryId } } })).then(deliveries.reload);
  const [secret, setSecret] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);

  if (webhook.error) return <ErrorMessage error={webhook.error} retry={webhook.reload} />;
  if (!webhook.data) return <Loading />;
  const w = webhook.data.data.attributes;

  return (
    <>
      <PageHeader title={`Webhook ${w.name ?? id}`}>
        {canWrite && w.status === 'disabled' ? <ActionButton onClick={() => act('enable')}>Enable</ActionButton> : null}
        {canWrite && w.status === 'enabled' ? (
          <ActionButton className="secondary" onClick={() => act('disable')}>
            Disable
          </ActionButton>
        ) : null}
        {canWrite && w.status !== 'archived' ? (
          <ActionButton
            className="secondary"
            confirm="Rotate the signing secret? The current one keeps signing for 24 hours."
            onClick={rotate}
          >
            Rotate secret
          </ActionButton>
        ) : null}
      </PageHeader>
      <ReadOnlyNote permission="webhook.write" />
      {secret ? <SecretOnce label="New signing secret" value={secret} onDone={() => setSecret(null)} /> : null}
      <PropList
        items={[
          { term: 'ID', value: <Id value={id} /> },
          { term: 'Status', value: <Status value={w.status} /> },
          { term: 'URL', className: 'wrap', value: w.url },
          { term: 'Events', value: w['enabled-events']?.join(', ') },
          { term: 'Signing secrets', value: w.secrets ? `${w.secrets.length} active` : '—' },
          { term: 'Created', value: <Time value={w['created-at']} /> },
        ]}
      />
      <section>
        <h2>Deliveries</h2>
        <ListTable
          state={deliveries}
          empty="No deliveries yet: events are sent only while the webhook is enabled."
          expand={(d) =>
            open !== d.id ? null : !d.attributes.attempts?.length ? (
              <span className="muted">No attempt yet.</span>
            ) : (
              <ol className="attempts">
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
            { header: 'Delivery', cell: (d) => <Id value={d.id} /> },
            { header: 'Event', className: 'event-name', cell: (d) => d.attributes['event-name'] },
            { header: 'Status', cell: (d) => <Status value={d.attributes.status} /> },
            {
              header: 'Attempts',
              cell: (d) => (
                <button type="button" className="link" aria-expanded={open === d.id} onClick={() => setOpen(open === d.id ? null : d.id)}>
                  {d.attributes['attempts-made']} attempt{d.attributes['attempts-made'] === 1 ? '' : 's'}
                </button>
              ),
            },
            { header: 'Next attempt', cell: (d) => <Time value={d.attributes['next-attempt-at']} /> },
            {
              header: 'Actions',
              hiddenHeader: true,
              cell: (d) =>
                canWrite ? (
                  <ActionButton className="secondary small" onClick={() => redeliver(d.id)}>
                    Redeliver
                  </ActionButton>
                ) : null,
            },
          ]}
        />
      </section>
    </>
  );
}
