/** One share token: its attributes, its timeline of events, and what the viewer may do with it. */
import { useEffect, useState } from 'react';
import { relId, type Ref, type SourceData } from '../api';
import { PropList } from '../components/PropList';
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
      <PropList
        items={[
          { term: 'ID', value: <Id value={t.id} /> },
          {
            term: 'Status',
            testId: 'share-token-status',
            value: (
              <>
                <Status value={a.status} />
                {a.status === 'pending' ? <span className="muted"> redeeming…</span> : null}
              </>
            ),
          },
          { term: 'Direction', value: inbound ? 'Inbound (shared with us)' : 'Outbound (we share)' },
          { term: 'Connection', value: <Id value={relId(t, 'connection')?.id ?? ''} /> },
          !inbound
            ? { term: 'Source', value: <RecordLink record={relId(t, 'source')} /> }
            : { term: 'Redeemed copy', testId: 'redeemed-copy', value: <RecordLink record={relId(t, 'destination')} /> },
          { term: 'Created', value: <Time value={a['created-at']} /> },
          { term: 'Expires', value: <Time value={a['expires-at']} /> },
          { term: 'Pending since', value: <Time value={a['pending-at']} /> },
          { term: 'Redeemed', value: <Time value={a['redeemed-at']} /> },
          a['redeem-mode'] ? { term: 'Redeem mode', value: a['redeem-mode'] } : null,
          a.status === 'failed'
            ? {
                term: 'Failed',
                value: (
                  <>
                    <Time value={a['failed-at']} /> — {a['failure-reason']}
                  </>
                ),
              }
            : null,
        ]}
      />
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
