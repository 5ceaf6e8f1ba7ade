/**
 * Webhooks (connect-api.md §6, §10): list, create, retrieve, update, enable,
 * disable, archive, rotate-secret; (ext) deliveries and redeliver. Bodies with
 * a secret are sent with `Cache-Control: no-store`; retrieve shows secrets only
 * to callers holding `webhook.write`.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../app-deps.js';
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
import { parseQuery, type ParsedQuery, type Query } from '../query.js';
import { filterIds, pathId } from '../records-adapter.js';
import { IdParams } from '../schemas/common.js';
import { EmptyBody } from '../schemas/connect.js';
import {
  CreateWebhookBody,
  RotateWebhookSecretBody,
  UpdateWebhookBody,
  type WebhookAttributes,
} from '../schemas/webhooks.js';

const READ = { permission: 'webhook.read' };
const WRITE = { permission: 'webhook.write' };

/** Webhooks have no relationships: `include=` gives `included: []`, any name is a 400. */
function singleQuery(req: FastifyRequest): ParsedQuery {
  const q = parseQuery(req.query as Query, { include: [] });
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

/** `secrets` null: the caller may not see them (get-webhook.ts), and the body has neither `secret` nor `secrets`. */
function sendWithSecrets(req: FastifyRequest, reply: FastifyReply, status: number, found: { webhook: Webhook; secrets: WebhookWithSecrets['secrets'] | null }, q: ParsedQuery) {
  reply.header('Cache-Control', 'no-store');
  return sendResource(req, reply, status, presentWebhook(found.webhook, found.secrets ?? undefined), q.include && []);
}

export function webhookRoutes(app: FastifyInstance, deps: AppDeps): void {
  const sealingKey = webhookSealingKey(deps.secret);
  const urlPolicy = { allowPrivate: deps.config.webhookAllowPrivate, resolve: resolveHost };
  const ctx = (req: FastifyRequest): WebhooksContext => ({ actor: req.connect.actor, store: deps.store, clock: deps.clock, sealingKey, urlPolicy });

  app.get('/webhooks', { config: READ }, async (req, reply) => {
    const q = parseQuery(req.query as Query, { cursor: 'wbh' });
    req.connect.fields = q.fields;
    const page = await listWebhooks({ ctx: ctx(req), input: { page: q.page } });
    return sendList(req, reply, page, (w) => presentWebhook(w));
  });

  app.post('/webhooks', { schema: { body: CreateWebhookBody }, config: WRITE }, async (req, reply) => {
    const q = singleQuery(req);
    const a = (req.body as CreateWebhookBody).data.attributes;
    const created = await createWebhook({
      ctx: ctx(req),
      input: { ...settingsInput(a), url: a.url, name: a.name, enabledEvents: a['enabled-events'], apiVersion: a['api-version'] ?? req.connect.version },
    });
    return sendWithSecrets(req, reply, 201, created, q);
  });

  app.get('/webhooks/:id', { schema: { params: IdParams }, config: READ }, async (req, reply) => {
    const q = singleQuery(req);
    const found = await getWebhook({ ctx: ctx(req), input: { id: pathId(req, 'wbh') } });
    return sendWithSecrets(req, reply, 200, found, q);
  });

  app.patch('/webhooks/:id', { schema: { params: IdParams, body: UpdateWebhookBody }, config: WRITE }, async (req, reply) => {
    const q = singleQuery(req);
    const input = { ...settingsInput((req.body as UpdateWebhookBody).data?.attributes ?? {}), id: pathId(req, 'wbh') };
    const webhook = await updateWebhook({ ctx: ctx(req), input });
    return sendResource(req, reply, 200, presentWebhook(webhook), q.include && []);
  });

  for (const action of ['enable', 'disable', 'archive'] as WebhookAction[]) {
    app.post(`/webhooks/:id/${action}`, { schema: { params: IdParams, body: EmptyBody }, config: WRITE }, async (req, reply) => {
      const q = singleQuery(req);
      const webhook = await transitionWebhook({ ctx: ctx(req), input: { id: pathId(req, 'wbh'), action } });
      return sendResource(req, reply, 200, presentWebhook(webhook), q.include && []);
    });
  }

  app.post('/webhooks/:id/rotate-secret', { schema: { params: IdParams, body: RotateWebhookSecretBody }, config: WRITE }, async (req, reply) => {
    const q = singleQuery(req);
    const seconds = (req.body as RotateWebhookSecretBody)?.meta?.['expires-in-seconds'];
    const rotated = await rotateWebhookSecret({
      ctx: ctx(req),
      input: { id: pathId(req, 'wbh'), ...(seconds !== undefined ? { expiresInSeconds: seconds } : {}) },
    });
    return sendWithSecrets(req, reply, 200, rotated, q);
  });

  app.get('/webhooks/:id/deliveries', { schema: { params: IdParams }, config: READ }, async (req, reply) => {
    const q = parseQuery(req.query as Query, { cursor: 'dlv', filters: ['event-id'] });
    req.connect.fields = q.fields;
    const eventIds = q.filters['event-id'];
    const page = await listWebhookDeliveries({
      ctx: ctx(req),
      input: { webhookId: pathId(req, 'wbh'), filter: eventIds ? { eventIds: filterIds(eventIds, 'evt') } : {}, page: q.page },
    });
    return sendList(req, reply, page, presentWebhookDelivery);
  });

  app.post('/webhooks/deliveries/:id/redeliver', { schema: { params: IdParams, body: EmptyBody }, config: WRITE }, async (req, reply) => {
    const q = parseQuery(req.query as Query, {});
    req.connect.fields = q.fields;
    const delivery = await redeliverWebhookDelivery({ ctx: ctx(req), input: { id: pathId(req, 'dlv') } });
    return sendResource(req, reply, 200, presentWebhookDelivery(delivery));
  });
}
