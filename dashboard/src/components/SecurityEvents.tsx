/**
 * Security events (issue 14): credentials a secret scanner reported as leaked
 * (`<type>.leaked`, revoked or only announced per the organization's setting)
 * and retired secrets presented after their rotation's grace ended
 * (`<type>.reused-after-rotation`) — from the events list, filtered by name.
 * The credentials carry no "why revoked" field; these events are the record.
 */
import { unwrap, type Answer } from 'tessera/sdk';
import { useAsync, useList } from '../hooks';
import { useApi } from '../session';
import { CopyId } from './Copy';
import { ListTable } from './DataTable';
import { Time } from './ui';
import './SecurityEvents.css';

export const LEAK_EVENTS = ['api-key.leaked', 'personal-access-token.leaked', 'api-token.leaked'] as const;
export const REUSE_EVENTS = ['api-key.reused-after-rotation', 'personal-access-token.reused-after-rotation'] as const;
const SECURITY_EVENTS = [...LEAK_EVENTS, ...REUSE_EVENTS];
/** What can be said about one kind of credential, for its list. */
export const LEAK_EVENTS_OF_KEYS = ['api-key.leaked', 'api-key.reused-after-rotation'] as const;
export const LEAK_EVENTS_OF_PATS = ['personal-access-token.leaked', 'personal-access-token.reused-after-rotation'] as const;

type Event = Answer<'/api/v1/events', 'get'>['data'][number];

/** What these events carry in `context` (README, "Credential lifecycle" and "Leaked-secret reports"). */
interface SecurityContext {
  url?: string;
  source?: string;
  action?: 'revoked' | 'notified';
  'client-address'?: string;
  'grace-ended-at'?: string;
}

const KIND: Record<string, string> = { 'api-key': 'API key', 'personal-access-token': 'Personal access token', 'api-token': 'User API token' };

/** The event's name (always there unless a request asked for other fields only). */
const nameOf = (e: Event): string => e.attributes.name ?? '';

function contextOf(e: Event): SecurityContext {
  return (e.attributes.context ?? {}) as SecurityContext;
}

/** The credential the event is about: its id, kind and name as the event's object shows them. */
function credentialOf(e: Event): { id: string; kind: string; name: string | null } | null {
  const obj = e.attributes.payload?.data as { id: string; type: string; attributes?: { name?: string | null } } | undefined;
  if (!obj) return null;
  const type = nameOf(e).split('.')[0]!;
  return { id: obj.id, kind: KIND[type] ?? type, name: obj.attributes?.name ?? null };
}

function what(e: Event): string {
  const kind = KIND[nameOf(e).split('.')[0]!] ?? 'Credential';
  if (nameOf(e).endsWith('.leaked')) return `${kind} leaked${contextOf(e).action === 'revoked' ? ', revoked' : ''}`;
  return `${kind}: retired secret reused`;
}

function Details({ event }: { event: Event }) {
  const c = contextOf(event);
  if (nameOf(event).endsWith('.leaked')) {
    return (
      <>
        Reported {c.source ? <>by {c.source} </> : null}
        {c.url ? (
          <>
            at <span className="wrap">{c.url}</span>
          </>
        ) : null}
        {c.action === 'notified' ? ' (still valid: your organization only notifies)' : null}
      </>
    );
  }
  return (
    <>
      From {c['client-address'] ?? 'an unknown address'}
      {c['grace-ended-at'] ? (
        <>
          , after the grace ended at <Time value={c['grace-ended-at']} />
        </>
      ) : null}
      : a deployment still uses the old secret, or someone else has it.
    </>
  );
}

/** The overview's panel: the latest leak and reuse reports of this environment. */
export function SecurityEvents() {
  const { client } = useApi();
  const events = useList(
    (query) => unwrap(client.connect.GET('/api/v1/events', { params: { query } })),
    { page: { size: 10 }, filter: { name: SECURITY_EVENTS.join(',') } },
    [client],
  );
  return (
    <section aria-labelledby="security-title" data-testid="security-events">
      <h2 id="security-title">Security events</h2>
      <ListTable
        state={events}
        paged={false}
        testId="security-events-list"
        empty="No leaked or reused credentials reported."
        columns={[
          { header: 'What', cell: (e) => <strong>{what(e)}</strong> },
          {
            header: 'Credential',
            cell: (e) => {
              const cred = credentialOf(e);
              if (!cred) return null;
              return (
                <>
                  {cred.name ? <span>{cred.name} </span> : null}
                  <CopyId value={cred.id} what={`${cred.kind} id`} />
                </>
              );
            },
          },
          { header: 'Details', cell: (e) => <Details event={e} /> },
          { header: 'When', cell: (e) => <Time value={e.attributes['created-at']} /> },
        ]}
      />
    </section>
  );
}

/**
 * Why a credential of this environment was revoked or flagged, by id: its latest leak or reuse report.
 * For lists that mark such credentials; an error (no `event.read`) just marks nothing.
 */
export function useSecurityReasons(names: readonly string[]): Map<string, string> {
  const { client } = useApi();
  const state = useAsync(
    () => unwrap(client.connect.GET('/api/v1/events', { params: { query: { page: { size: 100 }, filter: { name: names.join(',') } } } })),
    [client, names.join(',')],
  );
  const reasons = new Map<string, string>();
  // Newest first: the first event of a credential is its latest.
  for (const e of state.data?.data ?? []) {
    const cred = credentialOf(e);
    if (!cred || reasons.has(cred.id)) continue;
    const c = contextOf(e);
    reasons.set(
      cred.id,
      nameOf(e).endsWith('.leaked')
        ? `Reported leaked${c.url ? ` at ${c.url}` : ''}${c.action === 'revoked' ? ', so revoked' : ''}`
        : `Old secret reused from ${c['client-address'] ?? 'an unknown address'} after the grace`,
    );
  }
  return reasons;
}
