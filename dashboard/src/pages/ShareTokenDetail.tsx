/** One share token: its attributes, its timeline of events, and what the viewer may do with it. */
import { useEffect, useState } from 'react';
import { getShareToken, related, unwrap, type ResourceIdentifier, type ShareTokenAttributes } from 'tessera/sdk';
import { CopyId } from '../components/Copy';
import { PropList } from '../components/PropList';
import { Action } from '../components/Feedback';
import { ActionButton, ErrorMessage, Loading, PageHeader, Status, Time } from '../components/ui';
import { useAsync } from '../hooks';
import { useCan } from '../permissions';
import { usePartners } from '../partners';
import { useApi } from '../session';
import { EventTimeline } from './EventTimeline';
import { SourceDataView } from './SourceData';

type SourceData = NonNullable<ShareTokenAttributes['source-data']>;

function RecordLink({ record }: { record: ResourceIdentifier | null }) {
  if (!record) return <span className="muted">—</span>;
  if (record.type === 'inquiry') return <CopyId value={record.id} what="inquiry id" to={`/inquiries/${record.id}`} />;
  return (
    <>
      <CopyId value={record.id} what={`${record.type} id`} /> <span className="muted">({record.type})</span>
    </>
  );
}

export function ShareTokenDetailPage({ params }: { params: Record<string, string> }) {
  const canWrite = useCan('share_token.write');
  const canRedeem = useCan('share_token.redeem');
  const { client } = useApi();
  const partners = usePartners();
  const id = params.id!;
  const token = useAsync(() => getShareToken(client, id), [client, id]);
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
        {canRedeem && inbound && a.status === 'created' ? (
          <Action success="Share token redeemed: the copy is being made" run={() => unwrap(client.connect.POST('/api/v1/connect/share-tokens/{id}/redeem', { params: { path: { id } } })).then(token.reload)}>
            Redeem
          </Action>
        ) : null}
        {canWrite && !inbound && a.status === 'created' ? (
          <Action
            className="danger"
            success="Share token expired"
            confirm={{ title: 'Expire this share token?', body: <p>The destination can no longer redeem it.</p>, confirmLabel: 'Expire', danger: true }}
            run={() => unwrap(client.connect.POST('/api/v1/connect/share-tokens/{id}/expire', { params: { path: { id } } })).then(token.reload)}
          >
            Expire
          </Action>
        ) : null}
        {inbound && a.status === 'created' ? (
          <ActionButton
            className="secondary"
            // `peek-source-data` is parsed by the route, not declared in the contract.
            onClick={() =>
              unwrap(client.connect.GET('/api/v1/connect/share-tokens/{id}', { params: { path: { id }, query: { 'peek-source-data': true } } })).then((r) =>
                setPeek(r.data.attributes['source-data'] ?? null),
              )
            }
          >
            Peek source data
          </ActionButton>
        ) : null}
      </PageHeader>
      <PropList
        items={[
          // The id is what the source sends to the other side: copied in one click.
          { term: 'ID', testId: 'share-token-id', value: <CopyId value={t.id} what="share token id" /> },
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
          {
            term: inbound ? 'Shared by' : 'Shared with',
            testId: 'share-token-partner',
            value: (
              <span className="named">
                <strong>{partners.connection(related(t, 'connection')?.id) ?? 'Unknown organization'}</strong>
                <CopyId value={related(t, 'connection')?.id ?? ''} what="connection id" />
              </span>
            ),
          },
          !inbound
            ? { term: 'Source', value: <RecordLink record={related(t, 'source')} /> }
            : { term: 'Redeemed copy', testId: 'redeemed-copy', value: <RecordLink record={related(t, 'destination')} /> },
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
