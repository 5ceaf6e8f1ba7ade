/**
 * Webhooks (connect-api.md §6, §10): list, create, retrieve, update, enable,
 * disable, archive, rotate-secret; (ext) deliveries and redeliver. Bodies with
 * a secret are sent with `Cache-Control: no-store`; retrieve shows secrets only
 * to callers holding `webhook.write`.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../app-deps.js';
import type { TypedApp } from '../../../http/typed.js';
import {
  createWebhook,
  getWebhook,
  listWebhookDeliveries,
  listWebhooks,
  redeliverWebhookDelivery,
  resolveHost,
  rotateWebhookSecret,
  transitionWebhook,
  updateWebhook,
  webhookSealingKey,
  type Webhook,
  type WebhookAction,
  type WebhookSettings,
  type WebhooksContext,
  type WebhookWithSecrets,
} from '../../../events/index.js';
import { sendList, sendResource } from '../jsonapi.js';
import { presentWebhook, presentWebhookDelivery } from '../presenters/index.js';
import { parseQuery, type ParsedQuery } from '../query.js';
import { filterIds, pathId } from '../records-adapter.js';
import { IdParams } from '../schemas/common.js';
import { EmptyBody } from '../schemas/connect.js';
import {
  CreateWebhookBody,
  RotateWebhookSecretBody,
  UpdateWebhookBody,
  WebhookDeliveryDocument,
  WebhookDeliveryList,
  WebhookDocument,
  WebhookList,
  type WebhookAttributes,
} from '../schemas/webhooks.js';

const READ = { permission: 'webhook.read' };
const WRITE = { permission: 'webhook.write' };

/** Webhooks have no relationships: `include=` gives `included: []`, any name is a 400. */
function singleQuery(req: FastifyRequest): ParsedQuery {
  const q = parseQuery(req.query, { include: [] });
  req.connect.fields = q.fields;
  return q;
}

function settingsInput(a: WebhookAttributes): WebhookSettings {
  const out: WebhookSettings = {};
  if (a.url !== undefined) out.url = a.url;
  if (a.name !== undefined) out.name = a.name;
  if (a.description !== undefined) out.description = a.description;
  if (a['api-version'] !== undefined) out.apiVersion = a['api-version'];
  if (a['api-key-inflection'] !== undefined) out.keyInflection = a['api-key-inflection'];
  if (a['api-attributes-blocklist'] !== undefined) out.attributesBlocklist = a['api-attributes-blocklist'];
  if (a['file-access-token-expires-in'] !== undefined) out.fileAccessTokenExpiresIn = a['file-access-token-expires-in'];
  if (a['enabled-events'] !== undefined) out.enabledEvents = a['enabled-events'];
  if (a['payload-filter'] !== undefined) out.payloadFilter = a['payload-filter'];
  if (a['included-allowlist'] !== undefined) out.includedAllowlist = a['included-allowlist'];
  if (a['relationship-allowlist'] !== undefined) out.relationshipAllowlist = a['relationship-allowlist'];
  if (a['custom-http-headers'] !== undefined) out.customHttpHeaders = a['custom-http-headers'];
  return out;
}

const algorithmOf = (a: WebhookAttributes) => (a['signing-algorithm'] !== undefined ? { signingAlgorithm: a['signing-algorithm'] } : {});

/** `secrets` null: the caller may not see them (get-webhook.ts), and the body has neither `secret` nor `secrets`. */
function sendWithSecrets(
  req: FastifyRequest,
  reply: FastifyReply,
  status: number,
  found: { webhook: Webhook; secrets: WebhookWithSecrets['secrets'] | null; publicKeys: WebhookWithSecrets['publicKeys'] },
  q: ParsedQuery,
) {
  reply.header('Cache-Control', 'no-store');
  return sendResource(req, reply, status, presentWebhook(found.webhook, found.secrets ?? undefined, found.publicKeys), q.include && []);
}

export function webhookRoutes(app: TypedApp, deps: AppDeps): void {
  const sealingKey = webhookSealingKey(deps.secret);
  const urlPolicy = { allowPrivate: deps.config.webhookAllowPrivate, resolve: resolveHost };
  const ctx = (req: FastifyRequest): WebhooksContext => ({ actor: req.connect.actor, store: deps.store, clock: deps.clock, sealingKey, urlPolicy });

  app.get('/webhooks', { schema: { response: { 200: WebhookList } }, config: READ }, async (req, reply) => {
    const q = parseQuery(req.query, { cursor: 'wbh' });
    req.connect.fields = q.fields;
    const page = await listWebhooks({ ctx: ctx(req), input: { page: q.page } });
    return sendList(req, reply, page, (w) => presentWebhook(w));
  });

  app.post('/webhooks', { schema: { body: CreateWebhookBody, response: { 201: WebhookDocument } }, config: WRITE }, async (req, reply) => {
    const q = singleQuery(req);
    const a = req.body.data.attributes;
    const created = await createWebhook({
      ctx: ctx(req),
      input: { ...settingsInput(a), ...algorithmOf(a), url: a.url, name: a.name, enabledEvents: a['enabled-events'], apiVersion: a['api-version'] ?? req.connect.version },
    });
    return sendWithSecrets(req, reply, 201, created, q);
  });

  app.get('/webhooks/:id', { schema: { params: IdParams, response: { 200: WebhookDocument } }, config: READ }, async (req, reply) => {
    const q = singleQuery(req);
    const found = await getWebhook({ ctx: ctx(req), input: { id: pathId(req, 'wbh') } });
    return sendWithSecrets(req, reply, 200, found, q);
  });

  app.patch('/webhooks/:id', { schema: { params: IdParams, body: UpdateWebhookBody, response: { 200: WebhookDocument } }, config: WRITE }, async (req, reply) => {
    const q = singleQuery(req);
    const attributes = req.body.data?.attributes ?? {};
    const input = { ...settingsInput(attributes), ...algorithmOf(attributes), id: pathId(req, 'wbh') };
    const { webhook, publicKeys } = await updateWebhook({ ctx: ctx(req), input });
    return sendResource(req, reply, 200, presentWebhook(webhook, undefined, publicKeys), q.include && []);
  });

  for (const action of ['enable', 'disable', 'archive'] as WebhookAction[]) {
    app.post(`/webhooks/:id/${action}`, { schema: { params: IdParams, body: EmptyBody, response: { 200: WebhookDocument } }, config: WRITE }, async (req, reply) => {
      const q = singleQuery(req);
      const webhook = await transitionWebhook({ ctx: ctx(req), input: { id: pathId(req, 'wbh'), action } });
      return sendResource(req, reply, 200, presentWebhook(webhook), q.include && []);
    });
  }

  app.post(
    '/webhooks/:id/rotate-secret',
    { schema: { params: IdParams, body: RotateWebhookSecretBody, response: { 200: WebhookDocument } }, config: WRITE },
    async (req, reply) => {
      const q = singleQuery(req);
      const seconds = req.body?.meta?.['expires-in-seconds'];
      const rotated = await rotateWebhookSecret({
        ctx: ctx(req),
        input: { id: pathId(req, 'wbh'), ...(seconds !== undefined ? { expiresInSeconds: seconds } : {}) },
      });
      return sendWithSecrets(req, reply, 200, rotated, q);
    },
  );

  app.get('/webhooks/:id/deliveries', { schema: { params: IdParams, response: { 200: WebhookDeliveryList } }, config: READ }, async (req, reply) => {
    const q = parseQuery(req.query, { cursor: 'dlv', filters: ['event-id'] });
    req.connect.fields = q.fields;
    const eventIds = q.filters['event-id'];
    const page = await listWebhookDeliveries({
      ctx: ctx(req),
      input: { webhookId: pathId(req, 'wbh'), filter: eventIds ? { eventIds: filterIds(eventIds, 'evt') } : {}, page: q.page },
    });
    return sendList(req, reply, page, presentWebhookDelivery);
  });

  app.post(
    '/webhooks/deliveries/:id/redeliver',
    { schema: { params: IdParams, body: EmptyBody, response: { 200: WebhookDeliveryDocument } }, config: WRITE },
    async (req, reply) => {
      const q = parseQuery(req.query, {});
      req.connect.fields = q.fields;
      const delivery = await redeliverWebhookDelivery({ ctx: ctx(req), input: { id: pathId(req, 'dlv') } });
      return sendResource(req, reply, 200, presentWebhookDelivery(delivery));
    },
  );
}
