/** Webhooks, their sealed secrets, deliveries and attempts (migration 0003). */
import type {
  DeliveryAttempt,
  StoredWebhookSecret,
  Webhook,
  WebhookDelivery,
  WebhookDeliveryRepository,
  WebhookRepository,
} from '../../events/index.js';
import { sql } from 'kysely';
import { coalesceById, coalesceGroups } from '../../core/coalesce.js';
import type { AttemptRecord } from '../../events/webhooks/ports.js';
import type { Db, Tx } from '../database.js';
import { paginate } from '../paging.js';
import type { NewRow, Row } from '../schema.js';
import { patchColumns } from './columns.js';

const webhook = (r: Row<'webhooks'>): Webhook => ({
  id: r.id,
  organizationId: r.organization_id,
  environmentId: r.environment_id,
  status: r.status,
  url: r.url,
  name: r.name,
  description: r.description,
  apiVersion: r.api_version,
  keyInflection: r.key_inflection,
  attributesBlocklist: r.attributes_blocklist,
  fileAccessTokenExpiresIn: r.file_access_token_expires_in,
  enabledEvents: r.enabled_events,
  payloadFilter: r.payload_filter,
  includedAllowlist: r.included_allowlist,
  relationshipAllowlist: r.relationship_allowlist,
  signingAlgorithm: r.signing_algorithm,
  customHttpHeadersSealed: r.custom_http_headers_sealed,
  lastSucceededAt: r.last_succeeded_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const json = (v: unknown) => (v === null ? null : JSON.stringify(v));

/** `= any($1)`: one parameter for a list of ids (an IN list would be a statement per length). */
const any = (ids: string[]) => sql<string>`any(${ids}::uuid[])`;

const webhookRow = (w: Webhook): NewRow<'webhooks'> => ({
  id: w.id,
  organization_id: w.organizationId,
  environment_id: w.environmentId,
  status: w.status,
  url: w.url,
  name: w.name,
  description: w.description,
  api_version: w.apiVersion,
  key_inflection: w.keyInflection,
  attributes_blocklist: w.attributesBlocklist,
  file_access_token_expires_in: w.fileAccessTokenExpiresIn,
  enabled_events: w.enabledEvents,
  payload_filter: json(w.payloadFilter),
  included_allowlist: json(w.includedAllowlist),
  relationship_allowlist: JSON.stringify(w.relationshipAllowlist),
  signing_algorithm: w.signingAlgorithm,
  custom_http_headers_sealed: w.customHttpHeadersSealed,
  last_succeeded_at: w.lastSucceededAt,
  created_at: w.createdAt,
  updated_at: w.updatedAt,
});

const WEBHOOK_COLUMNS: Record<string, string> = {
  status: 'status',
  url: 'url',
  name: 'name',
  description: 'description',
  apiVersion: 'api_version',
  keyInflection: 'key_inflection',
  attributesBlocklist: 'attributes_blocklist',
  fileAccessTokenExpiresIn: 'file_access_token_expires_in',
  enabledEvents: 'enabled_events',
  payloadFilter: 'payload_filter',
  includedAllowlist: 'included_allowlist',
  relationshipAllowlist: 'relationship_allowlist',
  signingAlgorithm: 'signing_algorithm',
  customHttpHeadersSealed: 'custom_http_headers_sealed',
  lastSucceededAt: 'last_succeeded_at',
  updatedAt: 'updated_at',
};
const WEBHOOK_JSON = new Set(['payloadFilter', 'includedAllowlist', 'relationshipAllowlist']);

/** How stale `last_succeeded_at` may be (see WebhookRepository.noteSuccess). */
const SUCCESS_RESOLUTION_MS = 1_000;

const secret = (r: Row<'webhook_secrets'>): StoredWebhookSecret => ({
  id: r.id,
  webhookId: r.webhook_id,
  sealed: r.sealed,
  publicKey: r.public_key,
  expiresAt: r.expires_at,
  createdAt: r.created_at,
});

export function webhookRepository(db: Db | Tx): WebhookRepository {
  const select = (environmentId: string, id: string) =>
    db.selectFrom('webhooks').selectAll().where('id', '=', id).where('environment_id', '=', environmentId);
  // Outside a transaction, the reads of one turn (the worker's concurrent deliveries and fan-outs) share a query.
  const byId = db.isTransaction ? null : coalesceById((ids) => db.selectFrom('webhooks').selectAll().where('id', '=', any(ids)).execute(), (r) => r.id);
  const enabledIn = db.isTransaction
    ? null
    : coalesceGroups(
        (ids) => db.selectFrom('webhooks').selectAll().where('environment_id', '=', any(ids)).where('status', '=', 'enabled').execute(),
        (r) => r.environment_id,
      );
  const secretsOf = db.isTransaction
    ? null
    : coalesceGroups((ids) => db.selectFrom('webhook_secrets').selectAll().where('webhook_id', '=', any(ids)).execute(), (r) => r.webhook_id);
  return {
    async insert(w) {
      await db.insertInto('webhooks').values(webhookRow(w)).execute();
    },
    async find(environmentId, id) {
      const r = await select(environmentId, id).executeTakeFirst();
      return r ? webhook(r) : null;
    },
    async findById(id) {
      const r = byId ? await byId(id) : await db.selectFrom('webhooks').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? webhook(r) : null;
    },
    async findForUpdate(environmentId, id) {
      const r = await select(environmentId, id).forUpdate().executeTakeFirst();
      return r ? webhook(r) : null;
    },
    async update(id, patch) {
      // jsonb columns take JSON text; a null filter or allowlist is SQL NULL, not JSON null.
      const values = patchColumns(patch, WEBHOOK_COLUMNS, WEBHOOK_JSON);
      for (const k of WEBHOOK_JSON) if ((patch as Record<string, unknown>)[k] === null) values[WEBHOOK_COLUMNS[k]!] = null;
      const q = Object.keys(values).length
        ? db.updateTable('webhooks').set(values).where('id', '=', id).returningAll()
        : db.selectFrom('webhooks').selectAll().where('id', '=', id);
      const r = await q.executeTakeFirst();
      if (!r) throw new Error(`webhook ${id} vanished during update`);
      return webhook(r);
    },
    async list(environmentId, page) {
      const p = await paginate(db.selectFrom('webhooks').selectAll().where('environment_id', '=', environmentId), 'id', page);
      return { items: p.items.map(webhook), hasMore: p.hasMore };
    },
    async listEnabled(environmentId) {
      const rows = enabledIn
        ? await enabledIn(environmentId)
        : await db.selectFrom('webhooks').selectAll().where('environment_id', '=', environmentId).where('status', '=', 'enabled').execute();
      return rows.map(webhook);
    },
    async noteSuccess(id, at) {
      await db
        .updateTable('webhooks')
        .set({ last_succeeded_at: at })
        .where('id', '=', id)
        .where((eb) => eb.or([eb('last_succeeded_at', 'is', null), eb('last_succeeded_at', '<', new Date(at.getTime() - SUCCESS_RESOLUTION_MS))]))
        .execute();
    },
    async insertSecret(s) {
      await db
        .insertInto('webhook_secrets')
        .values({ id: s.id, webhook_id: s.webhookId, sealed: s.sealed, public_key: s.publicKey, expires_at: s.expiresAt, created_at: s.createdAt })
        .execute();
    },
    async liveSecrets(webhookId, now) {
      if (secretsOf) {
        // Every secret of the webhook (a handful), filtered here as the query below filters them.
        const live = (await secretsOf(webhookId)).filter((r) => r.expires_at === null || r.expires_at > now);
        return live.sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)).map(secret);
      }
      const rows = await db
        .selectFrom('webhook_secrets')
        .selectAll()
        .where('webhook_id', '=', webhookId)
        .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
        .orderBy('id', 'desc')
        .execute();
      return rows.map(secret);
    },
    async retireSecrets(webhookId, keepId, expiresAt) {
      let del = db.deleteFrom('webhook_secrets').where('webhook_id', '=', webhookId);
      if (keepId) del = del.where('id', '<>', keepId);
      await del.execute();
      if (keepId) await db.updateTable('webhook_secrets').set({ expires_at: expiresAt }).where('id', '=', keepId).execute();
    },
  };
}

const delivery = (r: Row<'webhook_deliveries'>): WebhookDelivery => ({
  id: r.id,
  webhookId: r.webhook_id,
  environmentId: r.environment_id,
  eventId: r.event_id,
  eventName: r.event_name,
  status: r.status,
  attemptsMade: r.attempts_made,
  nextAttempt: r.next_attempt,
  nextAttemptAt: r.next_attempt_at,
  firstAttemptedAt: r.first_attempted_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const DELIVERY_COLUMNS: Record<string, string> = {
  eventName: 'event_name',
  status: 'status',
  attemptsMade: 'attempts_made',
  nextAttempt: 'next_attempt',
  nextAttemptAt: 'next_attempt_at',
  firstAttemptedAt: 'first_attempted_at',
  updatedAt: 'updated_at',
};

const attempt = (r: Row<'webhook_delivery_attempts'>): DeliveryAttempt => ({
  id: r.id,
  deliveryId: r.delivery_id,
  number: r.number,
  trigger: r.trigger,
  attemptedAt: r.attempted_at,
  statusCode: r.status_code,
  latencyMs: r.latency_ms,
  responseExcerpt: r.response_excerpt,
  error: r.error,
});

/** Attempts and their outcomes, each delivery's in the order given, in one statement per round (see recordAttempts). */
async function recordRound(db: Db | Tx, items: AttemptRecord[], now: Date): Promise<Array<WebhookDelivery | null>> {
  const col = <T>(f: (i: AttemptRecord) => T) => items.map(f);
  const { rows } = await sql<Row<'webhook_deliveries'> & { attempt_id: string }>`
    WITH input AS (
      SELECT * FROM unnest(
        ${col((i) => i.deliveryId)}::uuid[], ${col((i) => i.awaiting)}::int[], ${col((i) => i.attempt.id)}::uuid[],
        ${col((i) => i.attempt.trigger)}::text[], ${col((i) => i.attempt.attemptedAt)}::timestamptz[], ${col((i) => i.attempt.statusCode)}::int[],
        ${col((i) => i.attempt.latencyMs)}::int[], ${col((i) => i.attempt.responseExcerpt)}::text[], ${col((i) => i.attempt.error)}::text[],
        ${col((i) => i.outcome.status)}::text[], ${col((i) => i.outcome.nextAttempt !== undefined)}::bool[], ${col((i) => i.outcome.nextAttempt ?? null)}::int[],
        ${col((i) => i.outcome.nextAttemptAt !== undefined)}::bool[], ${col((i) => i.outcome.nextAttemptAt ?? null)}::timestamptz[]
      ) AS i(delivery_id, awaiting, attempt_id, trigger, attempted_at, status_code, latency_ms, excerpt, error,
             status, set_next, next_attempt, set_next_at, next_attempt_at)
    ), d AS (
      UPDATE webhook_deliveries w SET
        attempts_made = w.attempts_made + 1,
        status = CASE WHEN i.status <> 'pending-or-failed' THEN i.status WHEN w.status = 'pending' THEN 'pending' ELSE 'failed' END,
        next_attempt = CASE WHEN i.set_next THEN i.next_attempt ELSE w.next_attempt END,
        next_attempt_at = CASE WHEN i.set_next_at THEN i.next_attempt_at ELSE w.next_attempt_at END,
        first_attempted_at = COALESCE(w.first_attempted_at, i.attempted_at),
        updated_at = ${now}
      FROM input i
      WHERE w.id = i.delivery_id AND (i.awaiting IS NULL OR (w.status = 'pending' AND w.next_attempt = i.awaiting))
      RETURNING w.*, i.attempt_id
    ), a AS (
      INSERT INTO webhook_delivery_attempts (id, delivery_id, number, trigger, attempted_at, status_code, latency_ms, response_excerpt, error)
      SELECT i.attempt_id, d.id, d.attempts_made, i.trigger, i.attempted_at, i.status_code, i.latency_ms, i.excerpt, i.error
      FROM d JOIN input i ON i.attempt_id = d.attempt_id
    )
    SELECT * FROM d
  `.execute(db);
  const byAttempt = new Map(rows.map((r) => [r.attempt_id, r]));
  return items.map((i) => {
    const r = byAttempt.get(i.attempt.id);
    return r ? delivery(r) : null;
  });
}

export function webhookDeliveryRepository(db: Db | Tx): WebhookDeliveryRepository {
  const byId = db.isTransaction
    ? null
    : coalesceById((ids) => db.selectFrom('webhook_deliveries').selectAll().where('id', '=', any(ids)).execute(), (r) => r.id);
  return {
    async insertMissing(deliveries) {
      if (deliveries.length === 0) return [];
      const rows = await db
        .insertInto('webhook_deliveries')
        .values(
          deliveries.map((d) => ({
            id: d.id,
            webhook_id: d.webhookId,
            environment_id: d.environmentId,
            event_id: d.eventId,
            event_name: d.eventName,
            status: d.status,
            attempts_made: d.attemptsMade,
            next_attempt: d.nextAttempt,
            next_attempt_at: d.nextAttemptAt,
            first_attempted_at: d.firstAttemptedAt,
            created_at: d.createdAt,
            updated_at: d.updatedAt,
          })),
        )
        .onConflict((oc) => oc.columns(['webhook_id', 'event_id']).doNothing())
        .returningAll()
        .execute();
      return rows.map(delivery);
    },
    async find(environmentId, id) {
      const r = await db.selectFrom('webhook_deliveries').selectAll().where('id', '=', id).where('environment_id', '=', environmentId).executeTakeFirst();
      return r ? delivery(r) : null;
    },
    async findById(id) {
      const r = byId ? await byId(id) : await db.selectFrom('webhook_deliveries').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? delivery(r) : null;
    },
    async findForUpdate(id) {
      const r = await db.selectFrom('webhook_deliveries').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
      return r ? delivery(r) : null;
    },
    async update(id, patch) {
      const values = patchColumns(patch, DELIVERY_COLUMNS);
      // Clearing the schedule sets columns to NULL, which patchColumns keeps (only undefined is dropped).
      const r = await db.updateTable('webhook_deliveries').set(values).where('id', '=', id).returningAll().executeTakeFirst();
      if (!r) throw new Error(`delivery ${id} vanished during update`);
      return delivery(r);
    },
    async list(webhookId, filter, page) {
      let q = db.selectFrom('webhook_deliveries').selectAll().where('webhook_id', '=', webhookId);
      if (filter.eventIds?.length) q = q.where('event_id', 'in', filter.eventIds);
      const p = await paginate(q, 'id', page);
      return { items: p.items.map(delivery), hasMore: p.hasMore };
    },
    async recordAttempt(deliveryId, awaiting, a, outcome, now) {
      const status =
        outcome.status === 'pending-or-failed'
          ? sql<WebhookDelivery['status']>`CASE WHEN status = 'pending' THEN 'pending' ELSE 'failed' END`
          : outcome.status;
      const row = await db
        .with('d', (qb) => {
          let update = qb
            .updateTable('webhook_deliveries')
            .set({
              attempts_made: sql<number>`attempts_made + 1`,
              status,
              ...(outcome.nextAttempt !== undefined ? { next_attempt: outcome.nextAttempt } : {}),
              ...(outcome.nextAttemptAt !== undefined ? { next_attempt_at: outcome.nextAttemptAt } : {}),
              first_attempted_at: sql<Date>`COALESCE(first_attempted_at, ${a.attemptedAt})`,
              updated_at: now,
            })
            .where('id', '=', deliveryId);
          if (awaiting !== null) update = update.where('status', '=', 'pending').where('next_attempt', '=', awaiting);
          return update.returningAll();
        })
        .with('a', (qb) =>
          qb
            .insertInto('webhook_delivery_attempts')
            .columns(['id', 'delivery_id', 'number', 'trigger', 'attempted_at', 'status_code', 'latency_ms', 'response_excerpt', 'error'])
            .expression((eb) =>
              eb
                .selectFrom('d')
                .select((s) => [
                  s.val(a.id).as('id'),
                  'd.id as delivery_id',
                  'd.attempts_made as number',
                  s.val(a.trigger).as('trigger'),
                  s.val(a.attemptedAt).as('attempted_at'),
                  s.val(a.statusCode).as('status_code'),
                  s.val(a.latencyMs).as('latency_ms'),
                  s.val(a.responseExcerpt).as('response_excerpt'),
                  s.val(a.error).as('error'),
                ]),
            ),
        )
        .selectFrom('d')
        .selectAll()
        .executeTakeFirst();
      return row ? delivery(row as Row<'webhook_deliveries'>) : null;
    },
    async recordAttempts(items, now) {
      // A delivery named twice (two runs of one job) goes in a later round: one statement updates a row once.
      const results: Array<WebhookDelivery | null> = new Array(items.length).fill(null);
      let rest = items.map((item, index) => ({ item, index }));
      while (rest.length > 0) {
        const seen = new Set<string>();
        const round = rest.filter((r) => !seen.has(r.item.deliveryId) && seen.add(r.item.deliveryId));
        rest = rest.filter((r) => !round.includes(r));
        const recorded = await recordRound(db, round.map((r) => r.item), now);
        round.forEach((r, i) => (results[r.index] = recorded[i]!));
      }
      return results;
    },
    async attemptsOf(deliveryIds) {
      if (deliveryIds.length === 0) return [];
      const rows = await db
        .selectFrom('webhook_delivery_attempts')
        .selectAll()
        .where('delivery_id', 'in', deliveryIds)
        .orderBy('delivery_id')
        .orderBy('number')
        .execute();
      return rows.map(attempt);
    },
  };
}
