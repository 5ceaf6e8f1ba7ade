/** One webhook: enable or disable, rotate its secret, and its deliveries with every attempt. */
import { useState } from 'react';
import { ActionButton, ErrorMessage, Guard, Id, LoadMore, Loading, PageHeader, SecretOnce, Status, Time } from '../components/ui';
import { useAsync, useList } from '../hooks';
import { useApi } from '../session';

export function WebhookDetailPage({ params }: { params: Record<string, string> }) {
  const { client } = useApi();
  const id = params.id!;
  const webhook = useAsync(() => client.webhooks.get(id), [client, id]);
  const deliveries = useList(() => client.webhooks.deliveries(id, { 'page[size]': 25 }), client.connect.next, [client, id]);
  const [secret, setSecret] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);

  if (webhook.error) return <ErrorMessage error={webhook.error} retry={webhook.reload} />;
  if (!webhook.data) return <Loading />;
  const w = webhook.data.data.attributes;

  return (
    <>
      <PageHeader title={`Webhook ${w.name}`}>
        {w.status === 'disabled' ? <ActionButton onClick={() => client.webhooks.act(id, 'enable').then(webhook.reload)}>Enable</ActionButton> : null}
        {w.status === 'enabled' ? (
          <ActionButton className="secondary" onClick={() => client.webhooks.act(id, 'disable').then(webhook.reload)}>
            Disable
          </ActionButton>
        ) : null}
        {w.status !== 'archived' ? (
          <ActionButton
            className="secondary"
            confirm="Rotate the signing secret? The current one keeps signing for 24 hours."
            onClick={() => client.webhooks.rotateSecret(id).then((r) => setSecret(r.data.attributes.secret ?? null))}
          >
            Rotate secret
          </ActionButton>
        ) : null}
      </PageHeader>
      {secret ? <SecretOnce label="New signing secret" value={secret} onDone={() => setSecret(null)} /> : null}
      <section className="card">
        <dl className="props">
          <dt>ID</dt>
          <dd>
            <Id value={id} />
          </dd>
          <dt>Status</dt>
          <dd>
            <Status value={w.status} />
          </dd>
          <dt>URL</dt>
          <dd className="wrap">{w.url}</dd>
          <dt>Events</dt>
          <dd>{w['enabled-events'].join(', ')}</dd>
          <dt>Signing secrets</dt>
          <dd>{w.secrets ? `${w.secrets.length} active` : '—'}</dd>
          <dt>Created</dt>
          <dd>
            <Time value={w['created-at']} />
          </dd>
        </dl>
      </section>
      <section>
        <h2>Deliveries</h2>
        <Guard state={deliveries} empty="No deliveries yet: events are sent only while the webhook is enabled.">
          {(items) => (
            <table>
              <thead>
                <tr>
                  <th scope="col">Delivery</th>
                  <th scope="col">Event</th>
                  <th scope="col">Status</th>
                  <th scope="col">Attempts</th>
                  <th scope="col">Next attempt</th>
                  <th scope="col">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.flatMap((d) => {
                  const a = d.attributes;
                  const rows = [
                    <tr key={d.id}>
                      <td>
                        <Id value={d.id} />
                      </td>
                      <td className="event-name">{a['event-name']}</td>
                      <td>
                        <Status value={a.status} />
                      </td>
                      <td>
                        <button type="button" className="link" aria-expanded={open === d.id} onClick={() => setOpen(open === d.id ? null : d.id)}>
                          {a['attempts-made']} attempt{a['attempts-made'] === 1 ? '' : 's'}
                        </button>
                      </td>
                      <td>
                        <Time value={a['next-attempt-at']} />
                      </td>
                      <td>
                        <ActionButton className="secondary small" onClick={() => client.webhooks.redeliver(d.id).then(deliveries.reload)}>
                          Redeliver
                        </ActionButton>
                      </td>
                    </tr>,
                  ];
                  if (open === d.id)
                    rows.push(
                      <tr key={`${d.id}-attempts`} className="sub">
                        <td colSpan={6}>
                          {a.attempts.length === 0 ? (
                            <span className="muted">No attempt yet.</span>
                          ) : (
                            <ol className="attempts">
                              {a.attempts.map((t, n) => (
                                <li key={n}>
                                  <Time value={t['attempted-at']} /> — {t['status-code'] ?? 'no response'}
                                  {t['latency-ms'] !== null ? ` in ${t['latency-ms']} ms` : ''}
                                  {t.error ? <span className="inline-error"> {t.error}</span> : null}
                                  {t['response-excerpt'] ? <pre className="json">{t['response-excerpt']}</pre> : null}
                                </li>
                              ))}
                            </ol>
                          )}
                        </td>
                      </tr>,
                    );
                  return rows;
                })}
              </tbody>
            </table>
          )}
        </Guard>
        <LoadMore hasMore={deliveries.hasMore} loading={deliveries.loadingMore} onClick={deliveries.loadMore} />
      </section>
    </>
  );
}
