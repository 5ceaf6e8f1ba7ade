/** GET /api/v1/stats: the overview's counts (a Tessera extension; Persona has no such route). */
import { Type } from 'typebox';

const Count = (description: string) => Type.Integer({ minimum: 0, description });

const Counts = {
  requests: Type.Object(
    {
      '2xx': Count('Requests answered 200–299'),
      '3xx': Count('Requests answered 300–399'),
      '4xx': Count('Requests answered 400–499'),
      '5xx': Count('Requests answered 500–599'),
    },
    {
      additionalProperties: false,
      description: 'Requests of any surface made with a credential of this environment, by the status class of their answer (from the API log)',
    },
  ),
  verifications: Type.Object(
    {
      succeeded: Count('Requests whose credential was verified and allowed (logged with a credential, answered neither 401 nor 403)'),
      failed: Count(
        'Requests of this environment answered 401 or 403: a credential of the environment refused (lacking the permission, an IP outside its allowlist). A key that is not valid at all names no environment and is counted nowhere',
      ),
    },
    { additionalProperties: false, description: 'Credential verifications, from the API log' },
  ),
  'share-tokens': Type.Object(
    {
      created: Count('Share tokens this environment issued, by when they were created'),
      redeemed: Count('Share tokens this environment issued, by when they were redeemed'),
      expired: Count('Share tokens this environment issued that expired unredeemed, by when they expired'),
    },
    { additionalProperties: false, description: 'Share tokens whose source is this environment' },
  ),
  'webhook-deliveries': Type.Object(
    {
      succeeded: Count('Delivery attempts answered 2xx'),
      failed: Count('Delivery attempts that failed (an answer other than 2xx, a timeout, no connection)'),
    },
    { additionalProperties: false, description: "Attempts to deliver this environment's webhook events (each retry and redelivery is an attempt), by when they were made" },
  ),
};

const Bucket = Type.Object(
  { start: Type.String({ format: 'date-time', description: 'The bucket covers [start, start + bucket-seconds)' }), ...Counts },
  { additionalProperties: false },
);

export const StatsWindowParam = Type.Union([Type.Literal('1h'), Type.Literal('24h'), Type.Literal('7d')]);

export const StatsDocument = Type.Object(
  {
    data: Type.Object(
      {
        type: Type.Literal('stats'),
        id: Type.String({ description: 'The window, e.g. `24h`' }),
        attributes: Type.Object(
          {
            window: StatsWindowParam,
            'bucket-seconds': Type.Integer({ description: '300 for 1h (12 buckets), 3600 for 24h (24 buckets), 21600 for 7d (28 buckets)' }),
            start: Type.String({ format: 'date-time', description: 'Start of the first bucket' }),
            end: Type.String({ format: 'date-time', description: 'End of the last bucket (the one now is in, still filling)' }),
            buckets: Type.Array(Bucket, { description: 'Every bucket of the window, oldest first, zeros included; aligned to UTC' }),
            totals: Type.Object(Counts, { additionalProperties: false, description: 'The sum of the buckets' }),
          },
          { additionalProperties: false },
        ),
      },
      { additionalProperties: false },
    ),
  },
  {
    additionalProperties: false,
    title: 'Stats',
    description:
      "Counts of the caller's environment over a window, in fixed time buckets: what the dashboard's overview draws. Needs `api_log.read`. Attribute names are always kebab-case (Key-Inflection does not apply).",
  },
);
