/** One inquiry: its fields, its verifications and their checks, and sharing it. */
import type { Verification } from '../api';
import { Empty, ErrorMessage, Id, Loading, PageHeader, Status, Time } from '../components/ui';
import { useAsync } from '../hooks';
import { Link } from '../router';
import { useApi } from '../session';
import { EventTimeline } from './EventTimeline';

function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function InquiryDetailPage({ params }: { params: Record<string, string> }) {
  const { client } = useApi();
  const id = params.id!;
  const inquiry = useAsync(() => client.inquiries.get(id), [client, id]);
  if (inquiry.error) return <ErrorMessage error={inquiry.error} retry={inquiry.reload} />;
  if (!inquiry.data) return <Loading />;
  const i = inquiry.data.data;
  const a = i.attributes;
  const verifications = (inquiry.data.included ?? []).filter((r) => r.type.startsWith('verification/')) as unknown as { id: string; type: string; attributes: Verification }[];
  const shareable = a.status === 'completed' || a.status === 'approved';
  const fields = Object.entries(a.fields ?? {});

  return (
    <>
      <PageHeader title="Inquiry">
        {shareable ? (
          <Link className="button" to={`/share-tokens?source-id=${i.id}`}>
            Share…
          </Link>
        ) : null}
      </PageHeader>
      <section className="card">
        <dl className="props">
          <dt>ID</dt>
          <dd>
            <Id value={i.id} />
          </dd>
          <dt>Status</dt>
          <dd>
            <Status value={a.status} />
          </dd>
          <dt>Reference</dt>
          <dd>{a['reference-id'] ?? '—'}</dd>
          <dt>Created</dt>
          <dd>
            <Time value={a['created-at']} />
          </dd>
          <dt>Completed</dt>
          <dd>
            <Time value={a['completed-at']} />
          </dd>
          {a['redacted-at'] ? (
            <>
              <dt>Redacted</dt>
              <dd>
                <Time value={a['redacted-at']} />
              </dd>
            </>
          ) : null}
        </dl>
      </section>
      <section aria-labelledby="fields-title">
        <h2 id="fields-title">Fields</h2>
        {fields.length === 0 ? (
          <Empty>No fields.</Empty>
        ) : (
          <table data-testid="inquiry-fields">
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Value</th>
                <th scope="col">Type</th>
              </tr>
            </thead>
            <tbody>
              {fields.map(([name, f]) => (
                <tr key={name}>
                  <td>
                    <code>{name}</code>
                  </td>
                  <td>{show(f?.value)}</td>
                  <td className="muted">{f?.type}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="verifications-title">
        <h2 id="verifications-title">Verifications</h2>
        {verifications.length === 0 ? (
          <Empty>No verifications.</Empty>
        ) : (
          <ul className="cards">
            {verifications.map((v) => (
              <li key={v.id} className="card">
                <h3>
                  {v.type.replace('verification/', '')} <Status value={v.attributes.status} />
                </h3>
                <p className="muted">
                  <Id value={v.id} /> · completed <Time value={v.attributes['completed-at']} />
                </p>
                {v.attributes.checks?.length ? (
                  <ul className="checks">
                    {v.attributes.checks.map((c) => (
                      <li key={c.name}>
                        <Status value={c.status} /> {c.name.replace(/_/g, ' ')}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h2>Events</h2>
        <EventTimeline objectId={i.id} />
      </section>
    </>
  );
}
