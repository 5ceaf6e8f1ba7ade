/**
 * The `webhooks` of the OpenAPI 3.1 document: one entry per event name a
 * webhook can subscribe to, describing the POST Tessera sends to the
 * receiver (src/events/webhooks/deliver.ts): the event envelope as
 * `GET /api/v1/events/{id}` shows it (src/surfaces/connect/webhook-payload.ts),
 * the signature and attempt headers (signing.ts), and what each answer of the
 * receiver means.
 *
 * The resource inside `payload.data` is the one the API's own read route
 * returns (`GET /api/v1/inquiries/{id}` for `inquiry.*`, …), copied from that
 * route's documented 200 answer, so the two cannot drift apart; the user
 * credentials, which Connect has no read route for, are described here. Each
 * signature header carries its recipe as `x-tessera-signature` (the key, the
 * signed content, the value's format), and `webhook-signature` the Ed25519
 * one as `x-tessera-signature-v1a`, which test/openapi/webhooks.test.ts
 * follows to verify real deliveries.
 */
import { Type } from 'typebox';
import {
  DEFAULT_ROTATION_OVERLAP_SECONDS,
  DELIVERY_TIMEOUT_MS,
  USER_AGENT,
  type EventName,
  type EventObjectType,
  type WebhookDisabledReason,
} from '../events/index.js';
import { Nullable, NullableTimestamp, ResourceSchema, Timestamp } from '../surfaces/connect/schemas/documents.js';

type Json = Record<string, unknown>;
export interface WebhooksDoc {
  paths?: Record<string, Record<string, Json>>;
  components?: Json;
  tags?: Json[];
  webhooks?: Record<string, Json>;
}

export const WEBHOOKS_TAG = 'Webhooks';

/** Every event a webhook can subscribe to: the object it carries and when it is sent. */
const EVENTS: Record<EventName, { object: EventObjectType; when: string }> = {
  'connect/share-token.outbound-created': { object: 'share-token', when: 'A share token was created for one of this organization\'s records (sent to the source).' },
  'connect/share-token.outbound-redeemed': { object: 'share-token', when: 'The destination redeemed a share token of this organization and its copy is made (sent to the source).' },
  'connect/share-token.outbound-failed': { object: 'share-token', when: 'A redemption of this organization\'s share token failed; `failure-reason` says why (sent to the source).' },
  'connect/share-token.outbound-expired': { object: 'share-token', when: 'A share token of this organization expired or was expired (sent to the source).' },
  'connect/share-token.inbound-created': { object: 'share-token', when: 'A share token was created for this organization to redeem (sent to the destination).' },
  'connect/share-token.inbound-redeemed': { object: 'share-token', when: 'This organization redeemed a share token and the copy is made (sent to the destination).' },
  'connect/share-token.inbound-failed': { object: 'share-token', when: 'This organization\'s redemption of a share token failed (sent to the destination).' },
  'connect/share-token.inbound-expired': { object: 'share-token', when: 'A share token made for this organization expired or was expired (sent to the destination).' },
  'connect/connection.created': { object: 'connection', when: 'A connection was proposed (sent to both organizations).' },
  'connect/connection.updated': { object: 'connection', when: 'A connection\'s peek settings changed (sent to both organizations).' },
  'connect/connection.activated': { object: 'connection', when: 'The destination accepted a connection (sent to both organizations).' },
  'connect/connection.deactivated': { object: 'connection', when: 'Either organization deactivated a connection (sent to both organizations).' },
  'connect/connection.reactivated': { object: 'connection', when: 'The source proposed an inactive connection again; it is pending (sent to both organizations).' },
  'inquiry.created': { object: 'inquiry', when: 'An inquiry was created (by the API, or by a redemption\'s copy).' },
  'inquiry.completed': { object: 'inquiry', when: 'An inquiry was completed.' },
  'inquiry.failed': { object: 'inquiry', when: 'An inquiry failed.' },
  'inquiry.approved': { object: 'inquiry', when: 'An inquiry was approved.' },
  'inquiry.declined': { object: 'inquiry', when: 'An inquiry was declined.' },
  'inquiry.marked-for-review': { object: 'inquiry', when: 'An inquiry was marked for review.' },
  'inquiry.expired': { object: 'inquiry', when: 'An inquiry expired.' },
  'inquiry.redacted': { object: 'inquiry', when: 'An inquiry was redacted.' },
  'api-key.created': { object: 'api-key', when: 'An API key was created in this environment (never with its value).' },
  'api-key.expired': { object: 'api-key', when: 'An API key reached its expiry.' },
  'api-key.rotated': {
    object: 'api-key',
    when: 'An API key was given a new secret (`POST /api/v1/api-keys/{id}/rotate`); its old secret works until the grace period ends (never with either secret).',
  },
  'api-key.expiring': { object: 'api-key', when: 'An API key expires within one of its organization\'s expiry warning lead times (default 7 days, then 1 day); `context` names the lead.' },
  'api-key.reused-after-rotation': {
    object: 'api-key',
    when: 'The secret a rotation replaced was presented after its grace period ended and refused; at most once an hour per key, with the client\'s address in `context`.',
  },
  'webhook.disabled': { object: 'webhook', when: 'A webhook was disabled; `context.reason` says why. The disabled webhook itself receives nothing more.' },
  'webhook.secret-expiring': {
    object: 'webhook',
    when: 'A signing secret that `POST /webhooks/{id}/rotate-secret` replaced stops signing within one of the organization\'s expiry warning lead times (the end of its overlap is `context.expires-at`).',
  },
  'workflow-run.created': { object: 'workflow-run', when: 'A workflow run started (its workflow\'s trigger matched an event, or the API started it).' },
  'workflow-run.completed': { object: 'workflow-run', when: 'A workflow run finished every step.' },
  'workflow-run.failed': { object: 'workflow-run', when: 'A step of a workflow run failed.' },
  'api-key.leaked': {
    object: 'api-key',
    when: 'A secret scanner reported this API key\'s secret found in public (`POST /secret-scanning/v1/github`); `context` says where and whether it was revoked.',
  },
  'personal-access-token.leaked': {
    object: 'personal-access-token',
    when: 'A secret scanner reported this personal access token found in public; `context` says where and whether it was revoked (sent in every environment of the organization).',
  },
  'api-token.leaked': {
    object: 'api-token',
    when: 'A secret scanner reported this Astra user API token found in public; `context` says where and whether it was revoked (deleted, as Astra revokes; sent in every environment of the organization).',
  },
  'personal-access-token.created': { object: 'personal-access-token', when: 'A user created a personal access token (sent in every environment of the organization; never with its secret).' },
  'personal-access-token.rotated': { object: 'personal-access-token', when: 'A personal access token was given a new secret (sent in every environment of the organization).' },
  'personal-access-token.revoked': { object: 'personal-access-token', when: 'A personal access token was revoked or deleted, by itself or with its user (sent in every environment of the organization).' },
  'personal-access-token.expiring': {
    object: 'personal-access-token',
    when: 'A personal access token expires within one of its organization\'s expiry warning lead times (default 7 days, then 1 day; sent in every environment of the organization).',
  },
  'personal-access-token.reused-after-rotation': {
    object: 'personal-access-token',
    when: 'The secret a rotation replaced was presented after its grace period ended and refused; at most once an hour per token, with the client\'s address in `context` (sent in every environment of the organization).',
  },
  'api-token.created': { object: 'api-token', when: 'A user created an Astra user API token (sent in every environment of the organization; never with its secret).' },
  'api-token.deleted': { object: 'api-token', when: 'An Astra user API token was deleted or revoked, by itself or with its user (sent in every environment of the organization).' },
  'api-token.expiring': {
    object: 'api-token',
    when: 'An Astra user API token with an expiry expires within one of its organization\'s expiry warning lead times (sent in every environment of the organization).',
  },
  'share-token.expiring': {
    object: 'share-token',
    when: 'A share token not yet redeemed expires within one of its source organization\'s expiry warning lead times (sent to the source and the destination).',
  },
};

/** The event names documented, in the catalogue's order. */
export const DOCUMENTED_EVENTS = Object.keys(EVENTS) as EventName[];

const DISABLED_REASONS: Record<WebhookDisabledReason, string> = {
  requested: '`POST /webhooks/{id}/disable`',
  failing: 'every attempt of a delivery failed and nothing succeeded since its first attempt',
  gone: 'the receiver answered 410 Gone',
};

/** `context` of the `*.leaked` events: where the scanner found the secret, and what Tessera did. */
const LEAKED: ReadonlySet<EventName> = new Set(['api-key.leaked', 'personal-access-token.leaked', 'api-token.leaked']);
const LEAKED_CONTEXT: Json = {
  type: 'object',
  required: ['url', 'source', 'action'],
  properties: {
    url: { type: 'string', description: 'Where the scanner found the secret, as it reported it (may be empty)' },
    source: { type: 'string', description: 'The scanner\'s source of the finding, as reported (GitHub: `content`, `commit`, `pull_request`, `issue`, `gist`, …; may be empty)' },
    action: {
      enum: ['revoked', 'notified'],
      description: '`revoked`: the credential was revoked at once (the organization\'s `leaked-secret-action` is `revoke`, the default); `notified`: it still works (`notify`)',
    },
  },
};

/** The user credentials as events show them (presenters/user-tokens.ts); Connect has no read route for them. */
const PersonalAccessTokenResource = ResourceSchema(
  'personal-access-token',
  {
    name: Nullable(Type.String()),
    'user-id': Nullable(Type.String({ description: 'The owner\'s id as `/v3` shows it' })),
    scopes: Type.Array(Type.String()),
    revoked: Type.Boolean(),
    'expires-at': NullableTimestamp,
    'last-rotated-at': NullableTimestamp,
    'created-at': Timestamp,
    'updated-at': Timestamp,
  },
  { description: 'A personal access token (`/v3`), its id as `/v3` shows it; never its secret' },
);
const ApiTokenResource = ResourceSchema(
  'api-token',
  {
    name: Nullable(Type.String()),
    'user-id': Nullable(Type.String({ description: 'The owner\'s id as Astra shows it' })),
    labels: Type.Array(Type.String()),
    'created-by': Nullable(Type.String()),
    'modified-by': Nullable(Type.String()),
    'created-at': Timestamp,
    'updated-at': Timestamp,
  },
  { description: 'An Astra user API token, its id as Astra shows it; never its secret' },
);

/** Where each kind of object is read on Connect (its `data` is what events carry), and its wire type. */
const RESOURCES: Record<EventObjectType, { read: string | null; type: string; schema?: object }> = {
  'share-token': { read: '/api/v1/connect/share-tokens/{id}', type: 'connect/share-token' },
  connection: { read: '/api/v1/connect/connections/{id}', type: 'connect/connection' },
  inquiry: { read: '/api/v1/inquiries/{id}', type: 'inquiry' },
  verification: { read: '/api/v1/verifications/{id}', type: 'verification/…' },
  account: { read: '/api/v1/accounts/{id}', type: 'account' },
  transaction: { read: '/api/v1/transactions/{id}', type: 'transaction' },
  'api-key': { read: '/api/v1/api-keys/{id}', type: 'api-key' },
  webhook: { read: '/api/v1/webhooks/{id}', type: 'webhook' },
  'workflow-run': { read: '/api/v1/workflow-runs/{id}', type: 'workflow-run' },
  'personal-access-token': { read: null, type: 'personal-access-token', schema: PersonalAccessTokenResource },
  'api-token': { read: null, type: 'api-token', schema: ApiTokenResource },
};

const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function resolve(doc: WebhooksDoc, node: unknown): unknown {
  let n = node;
  for (let i = 0; i < 10 && n && typeof n === 'object' && typeof (n as Json).$ref === 'string'; i++) {
    const ref = (n as { $ref: string }).$ref;
    if (!ref.startsWith('#/')) return n;
    n = ref
      .slice(2)
      .split('/')
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Json)[key] : undefined), doc);
  }
  return n;
}

/** The schema of `payload.data` for an object type: its read route's documented resource, else a generic resource. */
function resourceSchema(doc: WebhooksDoc, objectType: EventObjectType): Json {
  const r = RESOURCES[objectType];
  if (r.schema) return plain(r.schema) as Json;
  const answer = r.read ? (resolve(doc, doc.paths?.[r.read]?.get?.responses) as Json | undefined) : undefined;
  const document = resolve(doc, (resolve(doc, answer?.['200']) as { content?: Record<string, { schema?: unknown }> } | undefined)?.content?.['application/json']?.schema) as
    | { properties?: { data?: unknown } }
    | undefined;
  const data = resolve(doc, document?.properties?.data);
  // Wrapped, so the resource's own schema stays identical to its read route's (one component for both).
  if (data && typeof data === 'object') return { allOf: [plain(data as Json)], description: `The ${r.type} resource, as \`GET ${r.read}\` answers it` };
  // The read route does not describe its answer yet: what every resource has.
  return {
    type: 'object',
    required: ['type', 'id', 'attributes'],
    description: `The ${r.type} resource, as \`GET ${r.read}\` answers it`,
    properties: { type: { type: 'string' }, id: { type: 'string' }, attributes: { type: 'object' }, relationships: { type: 'object' } },
  };
}

/** `context` of the expiry warnings: which lead time, and when the subject expires. */
const EXPIRY_CONTEXT: Json = {
  type: 'object',
  required: ['lead', 'lead-seconds', 'expires-at'],
  properties: {
    lead: { type: 'string', pattern: '^[1-9][0-9]*[dhm]$', description: 'The lead time in its largest whole unit (`7d`, `1d`, `1h`, `30m`)' },
    'lead-seconds': { type: 'integer', minimum: 60, description: 'The same lead time in seconds' },
    'expires-at': { type: 'string', format: 'date-time', description: 'When the credential (or the replaced webhook secret) stops working' },
  },
};
/** `context` of `*.reused-after-rotation`: who presented the retired secret, and since when it was retired. */
const REUSE_CONTEXT: Json = {
  type: 'object',
  required: ['client-address', 'grace-ended-at'],
  properties: {
    'client-address': { type: 'string', description: 'The address the refused request came from (as the server sees it)' },
    'rotated-at': { type: ['string', 'null'], format: 'date-time', description: 'When the credential was last rotated' },
    'grace-ended-at': { type: 'string', format: 'date-time', description: 'When the retired secret stopped working' },
  },
};
const CONTEXTS: Partial<Record<EventName, Json>> = {
  'api-key.expiring': EXPIRY_CONTEXT,
  'personal-access-token.expiring': EXPIRY_CONTEXT,
  'api-token.expiring': EXPIRY_CONTEXT,
  'share-token.expiring': EXPIRY_CONTEXT,
  'webhook.secret-expiring': EXPIRY_CONTEXT,
  'api-key.reused-after-rotation': REUSE_CONTEXT,
  'personal-access-token.reused-after-rotation': REUSE_CONTEXT,
};

function context(name: EventName): Json {
  const known = CONTEXTS[name];
  if (known) return known;
  if (name === 'webhook.disabled') {
    return {
      type: 'object',
      required: ['reason'],
      properties: {
        reason: {
          enum: Object.keys(DISABLED_REASONS),
          description: Object.entries(DISABLED_REASONS)
            .map(([reason, why]) => `\`${reason}\`: ${why}`)
            .join('; '),
        },
      },
    };
  }
  if (LEAKED.has(name)) return LEAKED_CONTEXT;
  return { type: 'object', maxProperties: 0, description: 'Why the event happened: always `{}` for this event' };
}

/** The delivery's body: the `event` resource, `payload.data` holding the object as it was then. */
function envelope(name: EventName, resource: Json): Json {
  return {
    type: 'object',
    required: ['data'],
    properties: {
      data: {
        type: 'object',
        required: ['type', 'id', 'attributes'],
        properties: {
          type: { const: 'event' },
          id: { type: 'string', pattern: '^evt_[0-9A-Za-z]+$', description: 'The event\'s id (`GET /api/v1/events/{id}` answers the same resource); the same on every attempt' },
          attributes: {
            type: 'object',
            required: ['name', 'payload', 'created-at', 'context'],
            properties: {
              name: { const: name },
              payload: { type: 'object', required: ['data'], properties: { data: resource } },
              'created-at': { type: 'string', format: 'date-time', description: 'When the event happened' },
              context: context(name),
            },
          },
        },
      },
    },
  };
}

const signatureDescription = (what: string) =>
  `${what} One signature per live secret of the webhook, separated by a space: after \`POST /webhooks/{id}/rotate-secret\` the secret it replaces keeps signing for ` +
  `\`meta.expires-in-seconds\` (default ${DEFAULT_ROTATION_OVERLAP_SECONDS} s), so a receiver that knows either secret verifies. ` +
  'Each attempt is signed anew with its own timestamp. Secrets are `whsec_` followed by 36 letters and digits.';

const V1 = 'v1,[A-Za-z0-9+/]{43}=';
const V1A = 'v1a,[A-Za-z0-9+/]{86}==';

/** The headers of every delivery (besides Content-Type `application/json` and the webhook's custom headers). */
const PARAMETERS: Record<string, Json> = {
  PersonaSignature: {
    name: 'Persona-Signature',
    in: 'header',
    // A webhook with `signing-algorithm: ed25519` has no shared secret, and Persona's scheme is HMAC only.
    required: false,
    description: signatureDescription(
      'Persona\'s signature: `t=<unix seconds>,v1=<hex HMAC-SHA256>`, keyed with the whole secret (`whsec_` included, as UTF-8) over `<t>.<raw body>`. ' +
        'Sent by HMAC webhooks (the default); a webhook with `signing-algorithm: ed25519` sends none (once no HMAC secret of it is in its overlap).',
    ),
    schema: { type: 'string', pattern: '^t=[0-9]+,v1=[0-9a-f]{64}( t=[0-9]+,v1=[0-9a-f]{64})*$' },
    'x-tessera-signature': { algorithm: 'HMAC-SHA256', key: 'utf8(secret)', signed: '{t}.{body}', value: 't={t},v1={hex}', separator: ' ' },
  },
  WebhookId: {
    name: 'webhook-id',
    in: 'header',
    required: true,
    description: 'Standard Webhooks: the delivery\'s id (`dlv_…`, as `GET /webhooks/{id}/deliveries` shows it), the same on every attempt of a delivery: deduplicate on it.',
    schema: { type: 'string', pattern: '^dlv_[0-9A-Za-z]+$' },
  },
  WebhookTimestamp: {
    name: 'webhook-timestamp',
    in: 'header',
    required: true,
    description: 'Standard Webhooks: when this attempt was signed, in Unix seconds (the `t` of Persona-Signature).',
    schema: { type: 'integer', minimum: 0 },
  },
  WebhookSignature: {
    name: 'webhook-signature',
    in: 'header',
    required: true,
    description: signatureDescription(
      'Standard Webhooks: `v1,<base64 HMAC-SHA256>`, keyed with the base64 decoding of the secret\'s part after `whsec_`, over `<webhook-id>.<webhook-timestamp>.<raw body>`; ' +
        'for a webhook with `signing-algorithm: ed25519`, `v1a,<base64 Ed25519 signature>` over the same content, verified with the webhook\'s public key ' +
        '(`public-key`: `whpk_` and the base64 of the raw 32-byte key) alone. During a rotation overlap each live key signs, in its own scheme.',
    ),
    schema: { type: 'string', pattern: `^(${V1}|${V1A})( (${V1}|${V1A}))*$` },
    'x-tessera-signature': {
      algorithm: 'HMAC-SHA256',
      key: 'base64decode(secret without whsec_)',
      signed: '{webhook-id}.{webhook-timestamp}.{body}',
      value: 'v1,{base64}',
      separator: ' ',
    },
    'x-tessera-signature-v1a': {
      algorithm: 'Ed25519',
      key: 'base64decode(public key without whpk_)',
      signed: '{webhook-id}.{webhook-timestamp}.{body}',
      value: 'v1a,{base64}',
      separator: ' ',
    },
  },
  AttemptsMade: {
    name: 'Persona-Webhook-Attempts-Made',
    in: 'header',
    required: true,
    description: 'Attempts of this delivery so far, this one included (1 on the first).',
    schema: { type: 'integer', minimum: 1 },
  },
  AttemptsLeft: {
    name: 'Persona-Webhook-Attempts-Left',
    in: 'header',
    required: true,
    description: 'Scheduled attempts still to come if this one fails (`TESSERA_WEBHOOK_RETRY_SCHEDULE`); 0 on the last.',
    schema: { type: 'integer', minimum: 0 },
  },
  FirstAttemptedAt: {
    name: 'Persona-Webhook-First-Attempted-At',
    in: 'header',
    required: true,
    description: 'When the first attempt of this delivery was made, in Unix seconds.',
    schema: { type: 'integer', minimum: 0 },
  },
  UserAgent: {
    name: 'User-Agent',
    in: 'header',
    required: true,
    description: 'Tessera\'s webhook client.',
    schema: { type: 'string', const: USER_AGENT },
  },
};

const RESPONSES: Record<string, Json> = {
  WebhookDelivered: { description: 'Delivered: any 2xx ends the delivery (its body is kept, the first 1 KiB, for the deliveries list).' },
  WebhookGone: {
    description:
      'Gone: the receiver wants nothing more. The delivery fails at once and the webhook is disabled (`webhook.disabled`, reason `gone`); its pending deliveries end without another attempt.',
  },
  WebhookRetried: {
    description:
      `Any other answer, a redirect (never followed), or none within ${DELIVERY_TIMEOUT_MS / 1000} s: a failed attempt. The next one follows the retry schedule ` +
      '(`TESSERA_WEBHOOK_RETRY_SCHEDULE`, by default at once, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h, each ±10 %); after the last the delivery is `failed`, ' +
      'and a webhook with no success since that delivery\'s first attempt is disabled (`webhook.disabled`, reason `failing`).',
  },
};

const ref = (kind: 'parameters' | 'responses', name: string) => ({ $ref: `#/components/${kind}/${name}` });

/** Adds `webhooks` (and the components they share) to the generated document. */
export function addWebhooks(doc: WebhooksDoc): void {
  const components = (doc.components ??= {});
  components.parameters = { ...(components.parameters as Json | undefined), ...PARAMETERS };
  components.responses = { ...(components.responses as Json | undefined), ...RESPONSES };
  doc.tags = [
    ...(doc.tags ?? []),
    {
      name: WEBHOOKS_TAG,
      description:
        'What Tessera POSTs to a webhook\'s URL for each event it subscribes to (`enabled-events`). Bodies are shown in kebab-case; a webhook whose ' +
        '`api-key-inflection` is `camel` or `snake` gets every key of the body renamed so. Its `api-attributes-blocklist` and ' +
        '`relationship-allowlist` may leave attributes and relationships of `payload.data` out.',
    },
  ];
  const webhooks: Record<string, Json> = {};
  for (const [name, { object, when }] of Object.entries(EVENTS) as Array<[EventName, (typeof EVENTS)[EventName]]>) {
    webhooks[name] = {
      post: {
        summary: name,
        description: `${when}\n\nSigned with both \`Persona-Signature\` and the Standard Webhooks headers (an Ed25519 webhook: Standard Webhooks \`v1a\` only); answer 2xx quickly and do the work afterwards.`,
        tags: [WEBHOOKS_TAG],
        parameters: Object.keys(PARAMETERS).map((p) => ref('parameters', p)),
        requestBody: { required: true, content: { 'application/json': { schema: envelope(name, resourceSchema(doc, object)) } } },
        responses: { '2XX': ref('responses', 'WebhookDelivered'), '410': ref('responses', 'WebhookGone'), default: ref('responses', 'WebhookRetried') },
      },
    };
  }
  doc.webhooks = webhooks;
}
