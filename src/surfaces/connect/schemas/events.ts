/** Response schemas of events (connect-api.md §5). */
import { Type, type Static } from 'typebox';
import { AnyResource, ListDocument, PlainResourceSchema, SingleDocument, Timestamp } from './documents.js';

export const EventResource = PlainResourceSchema(
  'event',
  {
    name: Type.String({ description: 'What happened, as `<object>.<change>` (e.g. `inquiry.completed`, `connect/share-token.redeemed`)' }),
    payload: Type.Object(
      { data: AnyResource },
      { description: 'The object the event is about, as the organization saw it then (any resource type: inquiry, share token, workflow run, …)' },
    ),
    'created-at': Timestamp,
    context: Type.Record(Type.String(), Type.Unknown(), { description: 'Why it happened, for the few events that say; `{}` otherwise' }),
  },
  'Something that happened to an object of the environment',
);
export type EventResource = Static<typeof EventResource>;
export const EventDocument = SingleDocument(EventResource);
export const EventList = ListDocument(EventResource);
