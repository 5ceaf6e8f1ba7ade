/** One inquiry: its fields, its verifications and their checks, and sharing it. */
import { unwrap, type Answer } from 'tessera/sdk';
import { DataTable } from '../components/DataTable';
import { CopyId } from '../components/Copy';
import { PropList } from '../components/PropList';
import { Empty, ErrorMessage, Loading, PageHeader, Status, Time } from '../components/ui';
import { useAsync } from '../hooks';
import { Link } from '../router';
import { useCan } from '../permissions';
import { useApi } from '../session';
import { EventTimeline } from './EventTimeline';

/** A member of the inquiry's `included`: the contract types it as any resource (attributes of unknown values). */
type Included = NonNullable<Answer<'/api/v1/inquiries/{id}', 'get'>['included']>[number];

/** What the page shows of a verification. */
interface VerificationView {
  id: string;
  type: string;
  status: string | null;
  completedAt: string | null;
  checks: { name: string; status: string }[];
}

const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** A verification from `included`, each attribute the page shows read and checked (no cast of the answer). */
function verificationOf(r: Included): VerificationView {
  const a = r.attributes;
  const checks = Array.isArray(a.checks) ? a.checks : [];
  return {
    id: r.id,
    type: r.type,
    status: text(a.status),
    completedAt: text(a['completed-at']),
    checks: checks.flatMap((c: unknown) => {
      if (typeof c !== 'object' || c === null) return [];
      const name = text('name' in c ? c.name : null);
      const status = text('status' in c ? c.status : null);
      return name && status ? [{ name, status }] : [];
    }),
  };
}

function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function InquiryDetailPage({ params }: { params: Record<string, string> }) {
  const { client } = useApi();
  const canShare = useCan('share_token.write');
  const id = params.id!;
  const inquiry = useAsync(
    () => unwrap(client.connect.GET('/api/v1/inquiries/{id}', { params: { path: { id }, query: { include: 'verifications' } } })),
    [client, id],
  );
  if (inquiry.error) return <ErrorMessage error={inquiry.error} retry={inquiry.reload} />;
  if (!inquiry.data) return <Loading />;
  const i = inquiry.data.data;
  const a = i.attributes;
  const verifications = (inquiry.data.included ?? []).filter((r) => r.type.startsWith('verification/')).map(verificationOf);
  const shareable = a.status === 'completed' || a.status === 'approved';
  const fields = Object.entries(a.fields ?? {});

  return (
    <>
      <PageHeader title="Inquiry">
        {canShare && shareable ? (
          <Link className="button" to={`/share-tokens?source-id=${i.id}`}>
            Share…
          </Link>
        ) : null}
      </PageHeader>
      <PropList
        items={[
          { term: 'ID', value: <CopyId value={i.id} what="inquiry id" /> },
          { term: 'Status', value: <Status value={a.status} /> },
          { term: 'Reference', value: a['reference-id'] ?? '—' },
          { term: 'Created', value: <Time value={a['created-at']} /> },
          { term: 'Completed', value: <Time value={a['completed-at']} /> },
          a['redacted-at'] ? { term: 'Redacted', value: <Time value={a['redacted-at']} /> } : null,
        ]}
      />
      <section aria-labelledby="fields-title">
        <h2 id="fields-title">Fields</h2>
        {fields.length === 0 ? (
          <Empty>No fields.</Empty>
        ) : (
          <DataTable
            testId="inquiry-fields"
            rows={fields}
            rowKey={([name]) => name}
            columns={[
              { header: 'Field', cell: ([name]) => <code>{name}</code> },
              { header: 'Value', cell: ([, f]) => show(f?.value) },
              { header: 'Type', className: 'muted', cell: ([, f]) => f?.type },
            ]}
          />
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
                  {v.type.replace('verification/', '')} <Status value={v.status} />
                </h3>
                <p className="muted">
                  <CopyId value={v.id} what="verification id" /> · completed <Time value={v.completedAt} />
                </p>
                {v.checks.length ? (
                  <ul className="checks">
                    {v.checks.map((c) => (
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
