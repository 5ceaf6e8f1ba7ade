/** The events about one object, oldest first: a share token's story. */
import { unwrap } from 'tessera/sdk';
import { ErrorMessage, Empty, Loading, Time } from '../components/ui';
import { useAsync } from '../hooks';
import { useApi } from '../session';

export function EventTimeline({ objectId, refresh = 0 }: { objectId: string; refresh?: number }) {
  const { client } = useApi();
  const events = useAsync(
    () => unwrap(client.connect.GET('/api/v1/events', { params: { query: { page: { size: 100 }, filter: { 'object-id': objectId } } } })),
    [client, objectId, refresh],
  );
  if (events.error) return <ErrorMessage error={events.error} retry={events.reload} />;
  if (!events.data) return <Loading what="Loading events" />;
  const items = [...events.data.data].reverse();
  if (items.length === 0) return <Empty>No events yet.</Empty>;
  return (
    <ol className="timeline" data-testid="timeline">
      {items.map((e) => (
        <li key={e.id}>
          <span className="event-name">{e.attributes.name}</span>
          <Time value={e.attributes['created-at']} />
        </li>
      ))}
    </ol>
  );
}
