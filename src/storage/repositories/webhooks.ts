/** Webhooks, their sealed secrets, deliveries and attempts (migration 0003). */
import type {
  DeliveryAttempt,
  StoredWebhookSecret,
  Webhook,
  WebhookDelivery,
  WebhookDeliveryRepository,
  WebhookRepository,
} from '../../events/index.js';
import { CompiledQuery, sql } from 'kysely';
import { coalesceById, coalesceGroups } from '../../core/coalesce.js';
import type { AttemptRecord } from '../../events/webhooks/ports.js';
import { preparedRows, type Db, type Tx } from '../database.js';
import { JOBS_CHANNEL, jobArrays } from './jobs.js';
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

/**
 * Jobs inserted by the CTE `j` (RETURNING kind, run_at) that are due by `$now` are announced
 * on commit, by kind, as JobRepository.enqueue announces them.
 */
const notifyDue = (now: string) => `(SELECT pg_notify('${JOBS_CHANNEL}', string_agg(DISTINCT j.kind, ',')) FROM j WHERE j.run_at <= ${now} HAVING count(*) > 0)`;

/**
 * Attempts and their outcomes, and each recorded one's next job, in one statement (see recordAttempts).
 * Not a prepared statement: PostgreSQL would keep one generic plan for it, made from the statistics of
 * the moment, and a plan made while webhook_deliveries was small scans it (a hash join) however large it
 * grows: 2 ms a call at 300 events/s before the next ANALYZE (seen with auto_explain in bench:pipeline).
 * Planned at each call, it finds its deliveries by primary key: 0.3 ms of planning and 0.2 of execution
 * a call (pg_stat_statements, same load). test/storage/worker-plans.test.ts keeps it so.
 */
export const RECORD_ATTEMPTS = `
  WITH input AS (
    SELECT * FROM unnest(
      $1::uuid[], $2::int[], $3::uuid[], $4::text[], $5::timestamptz[], $6::int[], $7::int[], $8::text[], $9::text[],
      $10::text[], $11::bool[], $12::int[], $13::bool[], $14::timestamptz[],
      $16::uuid[], $17::text[], $18::jsonb[], $19::text[], $20::timestamptz[], $21::int[]
    ) AS i(delivery_id, awaiting, attempt_id, trigger, attempted_at, status_code, latency_ms, excerpt, error,
           status, set_next, next_attempt, set_next_at, next_attempt_at,
           job_id, job_kind, job_payload, job_dedupe_key, job_run_at, job_max_attempts)
  ), d AS (
    UPDATE webhook_deliveries w SET
      attempts_made = w.attempts_made + 1,
      status = CASE WHEN i.status <> 'pending-or-failed' THEN i.status WHEN w.status = 'pending' THEN 'pending' ELSE 'failed' END,
      next_attempt = CASE WHEN i.set_next THEN i.next_attempt ELSE w.next_attempt END,
      next_attempt_at = CASE WHEN i.set_next_at THEN i.next_attempt_at ELSE w.next_attempt_at END,
      first_attempted_at = COALESCE(w.first_attempted_at, i.attempted_at),
      updated_at = $15
    FROM input i
    WHERE w.id = i.delivery_id AND (i.awaiting IS NULL OR (w.status = 'pending' AND w.next_attempt = i.awaiting))
    RETURNING w.*, i.attempt_id
  ), a AS (
    INSERT INTO webhook_delivery_attempts (id, delivery_id, number, trigger, attempted_at, status_code, latency_ms, response_excerpt, error)
    SELECT i.attempt_id, d.id, d.attempts_made, i.trigger, i.attempted_at, i.status_code, i.latency_ms, i.excerpt, i.error
    FROM d JOIN input i ON i.attempt_id = d.attempt_id
  ), j AS (
    INSERT INTO jobs (id, kind, payload, dedupe_key, run_at, max_attempts, created_at)
    SELECT i.job_id, i.job_kind, i.job_payload, i.job_dedupe_key, i.job_run_at, i.job_max_attempts, $15
    FROM d JOIN input i ON i.attempt_id = d.attempt_id
    WHERE i.job_id IS NOT NULL
    ON CONFLICT (dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
    RETURNING kind, run_at
  )
  SELECT d.*, ${notifyDue('$15')} AS notified FROM d`;

/** Attempts and their outcomes, each delivery's in the order given, in one statement per round (see recordAttempts). */
async function recordRound(db: Db | Tx, items: AttemptRecord[], now: Date): Promise<Array<WebhookDelivery | null>> {
  const col = <T>(f: (i: AttemptRecord) => T) => items.map(f);
  const query = CompiledQuery.raw(RECORD_ATTEMPTS, [
    col((i) => i.deliveryId),
    col((i) => i.awaiting),
    col((i) => i.attempt.id),
    col((i) => i.attempt.trigger),
    col((i) => i.attempt.attemptedAt),
    col((i) => i.attempt.statusCode),
    col((i) => i.attempt.latencyMs),
    col((i) => i.attempt.responseExcerpt),
    col((i) => i.attempt.error),
    col((i) => i.outcome.status),
    col((i) => i.outcome.nextAttempt !== undefined),
    col((i) => i.outcome.nextAttempt ?? null),
    col((i) => i.outcome.nextAttemptAt !== undefined),
    col((i) => i.outcome.nextAttemptAt ?? null),
    now,
    ...jobArrays(col((i) => i.next), now),
  ]);
  const { rows } = await db.executeQuery<Row<'webhook_deliveries'> & { attempt_id: string }>(query);
  const byAttempt = new Map(rows.map((r) => [r.attempt_id, r]));
  return items.map((i) => {
    const r = byAttempt.get(i.attempt.id);
    return r ? delivery(r) : null;
  });
}

/** Deliveries not there yet, and the jobs of those inserted, in one statement (see insertMissingWithJobs). */
export const INSERT_DELIVERIES = `
  WITH input AS (
    SELECT * FROM unnest(
      $1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::int[], $8::int[], $9::timestamptz[], $10::timestamptz[], $11::timestamptz[],
      $13::uuid[], $14::text[], $15::jsonb[], $16::text[], $17::timestamptz[], $18::int[]
    ) AS i(id, webhook_id, environment_id, event_id, event_name, status, attempts_made, next_attempt, next_attempt_at, created_at, updated_at,
           job_id, job_kind, job_payload, job_dedupe_key, job_run_at, job_max_attempts)
  ), d AS (
    INSERT INTO webhook_deliveries (id, webhook_id, environment_id, event_id, event_name, status, attempts_made, next_attempt, next_attempt_at,
      first_attempted_at, created_at, updated_at)
    SELECT id, webhook_id, environment_id, event_id, event_name, status, attempts_made, next_attempt, next_attempt_at, NULL, created_at, updated_at
    FROM input
    ON CONFLICT (webhook_id, event_id) DO NOTHING
    RETURNING id
  ), j AS (
    INSERT INTO jobs (id, kind, payload, dedupe_key, run_at, max_attempts, created_at)
    SELECT i.job_id, i.job_kind, i.job_payload, i.job_dedupe_key, i.job_run_at, i.job_max_attempts, $12
    FROM d JOIN input i ON i.id = d.id
    ON CONFLICT (dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
    RETURNING kind, run_at
  )
  SELECT (SELECT count(*) FROM d)::int AS inserted, ${notifyDue('$12')} AS notified`;

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
    async insertMissingWithJobs(deliveries, jobOf, now) {
      if (deliveries.length === 0) return 0;
      const col = <T>(f: (d: WebhookDelivery) => T) => deliveries.map(f);
      const [row] = await preparedRows<{ inserted: number }>(db, 'webhook_insert_deliveries', INSERT_DELIVERIES, [
        col((d) => d.id),
        col((d) => d.webhookId),
        col((d) => d.environmentId),
        col((d) => d.eventId),
        col((d) => d.eventName),
        col((d) => d.status),
        col((d) => d.attemptsMade),
        col((d) => d.nextAttempt),
        col((d) => d.nextAttemptAt),
        col((d) => d.createdAt),
        col((d) => d.updatedAt),
        now,
        ...jobArrays(deliveries.map(jobOf), now),
      ]);
      return row?.inserted ?? 0;
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
