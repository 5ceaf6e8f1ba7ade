import { sql } from 'kysely';
import type { ConnectionRepository, ShareTokenRepository } from '../../connect/ports.js';
import type { Connection, FieldMapping, ShareToken } from '../../connect/types.js';
import { batchedLoader } from '../batched-reads.js';
import { preparedRows, type Db, type Tx } from '../database.js';
import type { Row } from '../schema.js';

const connection = (r: Row<'connections'>): Connection => ({
  id: r.id,
  sourceOrganizationId: r.source_organization_id,
  destinationOrganizationId: r.destination_organization_id,
  sourceEnvironmentId: r.source_environment_id,
  destinationEnvironmentId: r.destination_environment_id,
  status: r.status,
  creatorType: r.creator_type,
  creatorId: r.creator_id,
  peekSourceData: r.peek_source_data,
  peekVisibleFields: r.peek_visible_fields,
  peekUpdatedAt: r.peek_updated_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const CONNECTION_COLUMNS: Record<string, string> = {
  status: 'status',
  peekSourceData: 'peek_source_data',
  peekVisibleFields: 'peek_visible_fields',
  peekUpdatedAt: 'peek_updated_at',
  updatedAt: 'updated_at',
};


export function connectionRepository(db: Db | Tx): ConnectionRepository {
  return {
    async insert(c) {
      await db
          .insertInto('connections')
          .values({
            id: c.id,
            source_organization_id: c.sourceOrganizationId,
            destination_organization_id: c.destinationOrganizationId,
            source_environment_id: c.sourceEnvironmentId,
            destination_environment_id: c.destinationEnvironmentId,
            status: c.status,
            creator_type: c.creatorType,
            creator_id: c.creatorId,
            peek_source_data: c.peekSourceData,
            peek_visible_fields: c.peekVisibleFields,
            peek_updated_at: c.peekUpdatedAt,
            created_at: c.createdAt,
            updated_at: c.updatedAt,
          })
          .execute();
    },
    async lockPair(source, destination) {
      await sql`SELECT pg_advisory_xact_lock(hashtextextended(${source + destination}, 0))`.execute(db);
    },
    async hasLivePair(source, destination, exceptId) {
      let q = db
        .selectFrom('connections')
        .select('id')
        .where('source_environment_id', '=', source)
        .where('destination_environment_id', '=', destination)
        .where('status', '<>', 'inactive');
      if (exceptId) q = q.where('id', '<>', exceptId);
      return (await q.limit(1).executeTakeFirst()) !== undefined;
    },
    async find(id) {
      const r = await db.selectFrom('connections').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? connection(r) : null;
    },
    async findForUpdate(id) {
      const r = await db.selectFrom('connections').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
      return r ? connection(r) : null;
    },
    async update(id, patch) {
      const values: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(patch)) if (CONNECTION_COLUMNS[k] && v !== undefined) values[CONNECTION_COLUMNS[k]] = v;
      const r = await db.updateTable('connections').set(values).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
      return connection(r);
    },
    async list(environmentId, filter, page) {
      // Two index scans (as source, as destination) merged, so a page costs the same at any depth.
      const branch = (column: 'source_environment_id' | 'destination_environment_id') => {
        let q = db.selectFrom('connections').selectAll().where(column, '=', environmentId);
        if (filter.statuses?.length) q = q.where('status', 'in', filter.statuses);
        if (filter.destinationOrganizationIds?.length) q = q.where('destination_organization_id', 'in', filter.destinationOrganizationIds);
        if (page.after) q = q.where('id', '<', page.after);
        if (page.before) q = q.where('id', '>', page.before);
        return q.orderBy('id', page.before ? 'asc' : 'desc').limit(page.limit + 1);
      };
      const rows = await db
        .selectFrom(
          // Each branch keeps its own ORDER BY/LIMIT, so it must be a subquery of the union.
          db
            .selectFrom(branch('source_environment_id').as('s'))
            .selectAll()
            .unionAll(db.selectFrom(branch('destination_environment_id').as('d')).selectAll())
            .as('c'),
        )
        .selectAll()
        .orderBy('id', page.before ? 'asc' : 'desc')
        .limit(page.limit + 1)
        .execute();
      const hasMore = rows.length > page.limit;
      const items = rows.slice(0, page.limit).map((r) => connection(r as Row<'connections'>));
      if (page.before) items.reverse();
      return { items, hasMore };
    },
  };
}

type TokenRow = Row<'share_tokens'>;

const shareToken = (r: TokenRow): ShareToken => ({
  id: r.id,
  connectionId: r.connection_id,
  sourceEnvironmentId: r.source_environment_id,
  destinationEnvironmentId: r.destination_environment_id,
  sourceOrganizationId: r.source_organization_id,
  destinationOrganizationId: r.destination_organization_id,
  status: r.status,
  sourceType: r.source_type,
  sourceId: r.source_id,
  destinationType: r.destination_type,
  destinationId: r.destination_id,
  redeemMode: r.redeem_mode,
  fieldMappings: r.field_mappings
    ? (r.field_mappings as unknown as Array<Record<string, string>>).map(
        (m): FieldMapping => ({ sourceFieldName: m['source-field-name']!, destinationFieldName: m['destination-field-name']! }),
      )
    : null,
  failureReason: r.failure_reason as ShareToken['failureReason'],
  creatorType: r.creator_type as ShareToken['creatorType'],
  creatorId: r.creator_id,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  pendingAt: r.pending_at,
  redeemedAt: r.redeemed_at,
  expiresAt: r.expires_at,
  failedAt: r.failed_at,
});

const TOKEN_COLUMNS: Record<string, string> = {
  status: 'status',
  destinationType: 'destination_type',
  destinationId: 'destination_id',
  redeemMode: 'redeem_mode',
  failureReason: 'failure_reason',
  updatedAt: 'updated_at',
  pendingAt: 'pending_at',
  redeemedAt: 'redeemed_at',
  failedAt: 'failed_at',
};

function tokenValues(patch: Partial<ShareToken>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(patch)) if (TOKEN_COLUMNS[k] && v !== undefined) values[TOKEN_COLUMNS[k]] = v;
  if (patch.fieldMappings !== undefined) {
    values.field_mappings = patch.fieldMappings
      ? JSON.stringify(patch.fieldMappings.map((m) => ({ 'source-field-name': m.sourceFieldName, 'destination-field-name': m.destinationFieldName })))
      : null;
  }
  return values;
}

/** A canonical UUID: anything else keeps its own query, so its error stays its own. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function shareTokenRepository(db: Db | Tx): ShareTokenRepository {
  const load = db.isTransaction
    ? null
    : batchedLoader(
        (ids) => preparedRows<TokenRow>(db, 'share_tokens_by_ids', 'SELECT * FROM share_tokens WHERE id = ANY($1::uuid[])', [ids]),
        (r) => r.id,
      );
  const select = () => db.selectFrom('share_tokens as t').selectAll('t');
  const byId = async (id: string, lock: boolean) => {
    let q = select().where('t.id', '=', id);
    if (lock) q = q.forUpdate();
    const r = await q.executeTakeFirst();
    return r ? shareToken(r as TokenRow) : null;
  };
  const updateReturning = async (id: string, values: Record<string, unknown>, extra?: (q: ReturnType<typeof baseUpdate>) => ReturnType<typeof baseUpdate>) => {
    let q = baseUpdate(id, values);
    if (extra) q = extra(q);
    const r = await q.executeTakeFirst();
    return r ? shareToken(r as TokenRow) : null;
  };
  const baseUpdate = (id: string, values: Record<string, unknown>) =>
    db
      .updateTable('share_tokens as t')
      .set(values)
      .where('t.id', '=', id)
      .returningAll('t');

  return {
    async insert(t) {
      await db
        .insertInto('share_tokens')
        .values({
          id: t.id,
          connection_id: t.connectionId,
          source_organization_id: t.sourceOrganizationId,
          destination_organization_id: t.destinationOrganizationId,
          source_environment_id: t.sourceEnvironmentId,
          destination_environment_id: t.destinationEnvironmentId,
          status: t.status,
          source_type: t.sourceType,
          source_id: t.sourceId,
          destination_type: t.destinationType,
          destination_id: t.destinationId,
          redeem_mode: t.redeemMode,
          field_mappings: null,
          failure_reason: t.failureReason,
          creator_type: t.creatorType,
          creator_id: t.creatorId,
          created_at: t.createdAt,
          updated_at: t.updatedAt,
          expires_at: t.expiresAt,
        })
        .execute();
    },
    // The read behind GET /connect/share-tokens/:id, the hottest Connect path: outside a
    // transaction, reads of one turn of the event loop share a query (batched-reads.ts).
    async find(id) {
      if (load && UUID.test(id)) {
        const r = await load(id.toLowerCase());
        return r ? shareToken(r) : null;
      }
      const [r] = await preparedRows<TokenRow>(db, 'share_token_by_id', 'SELECT * FROM share_tokens WHERE id = $1', [id]);
      return r ? shareToken(r) : null;
    },
    findForUpdate: (id) => byId(id, true),
    async update(id, patch) {
      const token = await updateReturning(id, tokenValues(patch));
      if (!token) throw new Error(`share token ${id} vanished`);
      return token;
    },
    markPending(id, now, patch) {
      return updateReturning(id, { ...tokenValues(patch), status: 'pending', pending_at: now, updated_at: now }, (q) =>
        q.where('t.status', '=', 'created').where('t.expires_at', '>', now),
      );
    },
    markExpired(id, now) {
      return updateReturning(id, { status: 'expired', updated_at: now }, (q) => q.where('t.status', '=', 'created'));
    },
    async expireDue(now, limit) {
      const rows = await sql<TokenRow>`
        UPDATE share_tokens AS t SET status = 'expired', updated_at = t.expires_at
        WHERE t.id IN (
          SELECT id FROM share_tokens WHERE status = 'created' AND expires_at <= ${now}
          ORDER BY expires_at LIMIT ${limit} FOR UPDATE SKIP LOCKED
        )
        RETURNING t.*
      `.execute(db);
      return rows.rows.map(shareToken);
    },
    async list(environmentId, filter, page) {
      const branch = (column: 'source_environment_id' | 'destination_environment_id') => {
        let q = select().where(`t.${column}`, '=', environmentId);
        if (filter.connectionIds?.length) q = q.where('t.connection_id', 'in', filter.connectionIds);
        if (filter.statuses?.length) {
          const wanted = filter.statuses;
          // Lazy expiry: a created token past expires-at is listed as expired.
          q = q.where((eb) => {
            const stored = wanted.filter((st) => st !== 'created');
            const any = [];
            if (stored.length) any.push(eb('t.status', 'in', stored));
            if (wanted.includes('created')) any.push(eb.and([eb('t.status', '=', 'created'), eb('t.expires_at', '>', filter.now)]));
            if (wanted.includes('expired')) any.push(eb.and([eb('t.status', '=', 'created'), eb('t.expires_at', '<=', filter.now)]));
            return eb.or(any);
          });
        }
        if (page.after) q = q.where('t.id', '<', page.after);
        if (page.before) q = q.where('t.id', '>', page.before);
        return q.orderBy('t.id', page.before ? 'asc' : 'desc').limit(page.limit + 1);
      };
      const branches =
        filter.direction === 'outbound'
          ? branch('source_environment_id')
          : filter.direction === 'inbound'
            ? branch('destination_environment_id')
            : db
                .selectFrom(branch('source_environment_id').as('s'))
                .selectAll()
                .unionAll(db.selectFrom(branch('destination_environment_id').as('d')).selectAll());
      const rows = await db
        .selectFrom(branches.as('x'))
        .selectAll()
        .orderBy('id', page.before ? 'asc' : 'desc')
        .limit(page.limit + 1)
        .execute();
      const hasMore = rows.length > page.limit;
      const items = rows.slice(0, page.limit).map((r) => shareToken(r as unknown as TokenRow));
      if (page.before) items.reverse();
      return { items, hasMore };
    },
  };
}

