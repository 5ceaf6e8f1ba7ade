/** One share token: its attributes, its timeline of events, and what the viewer may do with it. */
import { useEffect, useState } from 'react';
import { relId, type Ref, type SourceData } from '../api';
import { ActionButton, ErrorMessage, Id, Loading, PageHeader, Status, Time } from '../components/ui';
import { useAsync } from '../hooks';
import { Link } from '../router';
import { useApi } from '../session';
import { EventTimeline } from './EventTimeline';
import { SourceDataView } from './SourceData';

function RecordLink({ record }: { record: Ref | null }) {
  if (!record) return <span className="muted">—</span>;
  if (record.type === 'inquiry')
    return (
      <Link to={`/inquiries/${record.id}`}>
        <Id value={record.id} />
      </Link>
    );
  return (
    <>
      <Id value={record.id} /> <span className="muted">({record.type})</span>
    </>
  );
}

export function ShareTokenDetailPage({ params }: { params: Record<string, string> }) {
  const { client } = useApi();
  const id = params.id!;
  const token = useAsync(() => client.shareTokens.get(id), [client, id]);
  const [peek, setPeek] = useState<SourceData | null | undefined>(undefined);
  const [eventsTick, setEventsTick] = useState(0);
  const status = token.data?.data.attributes.status;

  // A redemption runs as a job: follow it until the token settles.
  const { reload } = token;
  useEffect(() => {
    if (status !== 'pending') return;
    const timer = setInterval(reload, 1000);
    return () => clearInterval(timer);
  }, [status, reload]);
  useEffect(() => setEventsTick((t) => t + 1), [status]);

  if (token.error) return <ErrorMessage error={token.error} retry={token.reload} />;
  if (!token.data) return <Loading />;
  const t = token.data.data;
  const a = t.attributes;
  const inbound = a.direction === 'inbound';

  return (
    <>
      <PageHeader title="Share token">
        {inbound && a.status === 'created' ? (
          <ActionButton onClick={() => client.shareTokens.redeem(id).then(token.reload)}>Redeem</ActionButton>
        ) : null}
        {!inbound && a.status === 'created' ? (
          <ActionButton className="danger" confirm="Expire this share token? The destination can no longer redeem it." onClick={() => client.shareTokens.expire(id).then(token.reload)}>
            Expire
          </ActionButton>
        ) : null}
        {inbound && a.status === 'created' ? (
          <ActionButton className="secondary" onClick={() => client.shareTokens.get(id, true).then((r) => setPeek(r.data.attributes['source-data'] ?? null))}>
            Peek source data
          </ActionButton>
        ) : null}
      </PageHeader>
      <section className="card">
        <dl className="props">
          <dt>ID</dt>
          <dd>
            <Id value={t.id} />
          </dd>
          <dt>Status</dt>
          <dd data-testid="share-token-status">
            <Status value={a.status} />
            {a.status === 'pending' ? <span className="muted"> redeeming…</span> : null}
          </dd>
          <dt>Direction</dt>
          <dd>{inbound ? 'Inbound (shared with us)' : 'Outbound (we share)'}</dd>
          <dt>Connection</dt>
          <dd>
            <Id value={relId(t, 'connection')?.id ?? ''} />
          </dd>
          {!inbound ? (
            <>
              <dt>Source</dt>
              <dd>
                <RecordLink record={relId(t, 'source')} />
              </dd>
            </>
          ) : (
            <>
              <dt>Redeemed copy</dt>
              <dd data-testid="redeemed-copy">
                <RecordLink record={relId(t, 'destination')} />
              </dd>
            </>
          )}
          <dt>Created</dt>
          <dd>
            <Time value={a['created-at']} />
          </dd>
          <dt>Expires</dt>
          <dd>
            <Time value={a['expires-at']} />
          </dd>
          <dt>Pending since</dt>
          <dd>
            <Time value={a['pending-at']} />
          </dd>
          <dt>Redeemed</dt>
          <dd>
            <Time value={a['redeemed-at']} />
          </dd>
          {a['redeem-mode'] ? (
            <>
              <dt>Redeem mode</dt>
              <dd>{a['redeem-mode']}</dd>
            </>
          ) : null}
          {a.status === 'failed' ? (
            <>
              <dt>Failed</dt>
              <dd>
                <Time value={a['failed-at']} /> — {a['failure-reason']}
              </dd>
            </>
          ) : null}
        </dl>
      </section>
      {peek !== undefined ? (
        <section className="card" aria-label="Source data">
          <h2>Source data</h2>
          {peek ? <SourceDataView data={peek} /> : <p className="muted">Nothing to peek: the connection does not allow it, or the token is no longer redeemable.</p>}
        </section>
      ) : null}
      <section>
        <h2>Timeline</h2>
        <EventTimeline objectId={id} refresh={eventsTick} />
      </section>
    </>
  );
}
