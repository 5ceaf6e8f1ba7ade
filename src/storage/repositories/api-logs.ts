import { sql } from 'kysely';
import { from as copyFrom } from 'pg-copy-streams';
import type { ApiLogRepository } from '../../api-logs/ports.js';
import type { ApiLogEntry, ApiLogFilter, ApiLogRequest } from '../../api-logs/types.js';
import { isoString } from '../../core/iso-time.js';
import { preparedRows, withPooledClient, type Db, type Tx } from '../database.js';
import { paginate } from '../paging.js';
import type { Row } from '../schema.js';

const entry = (r: Row<'api_logs'>): ApiLogEntry => ({
  id: r.id,
  organizationId: r.organization_id,
  environmentId: r.environment_id,
  credentialId: r.credential_id,
  method: r.method,
  path: r.path,
  status: r.status,
  latencyMs: r.latency_ms,
  ipAddress: r.ip_address,
  userAgent: r.user_agent,
  request: r.request,
  responseHeaders: r.response_headers,
  createdAt: r.created_at,
  redactedAt: r.redacted_at,
});

/** `%`, `_` and `\` taken literally in a LIKE prefix. */
const likePrefix = (s: string) => s.replace(/[\\%_]/g, (c) => '\\' + c) + '%';

const COPY_COLUMNS =
  'id, organization_id, environment_id, credential_id, method, path, status, latency_ms, ip_address, user_agent, request, response_headers, created_at, redacted_at';
const COPY_SPECIAL = /[\\\n\r\t]/;
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A value in COPY's text format: `\N` for null, backslash, tab and line breaks escaped. */
function field(v: string | null): string {
  if (v === null) return '\\N';
  return COPY_SPECIAL.test(v) ? v.replace(/[\\\n\r\t]/g, (c) => COPY_ESCAPES[c]!) : v;
}

/** One entry as a line of COPY text. */
function copyLine(e: ApiLogEntry): string {
  return (
    `${e.id}\t${field(e.organizationId)}\t${field(e.environmentId)}\t${field(e.credentialId)}\t${field(e.method)}\t${field(e.path)}\t` +
    `${e.status}\t${e.latencyMs}\t${field(e.ipAddress)}\t${field(e.userAgent)}\t${field(JSON.stringify(e.request satisfies ApiLogRequest))}\t` +
    `${field(JSON.stringify(e.responseHeaders))}\t${isoString(e.createdAt)}\t${e.redactedAt ? isoString(e.redactedAt) : '\\N'}\n`
  );
}

const UNIQUE_VIOLATION = '23505';
/** Most rows of a created-at window read by their range before a list page is taken from them (see list). */
const WINDOW_IDS = 10_000;

/** The rows of `environmentId` inside the filter's created-at window. */
function windowCondition(environmentId: string, filter: ApiLogFilter) {
  return sql.join(
    [
      sql`environment_id = ${environmentId}`,
      ...(filter.createdAtStart ? [sql`created_at >= ${filter.createdAtStart}`] : []),
      ...(filter.createdAtEnd ? [sql`created_at <= ${filter.createdAtEnd}`] : []),
    ],
    sql` AND `,
  );
}

export function apiLogRepository(db: Db | Tx): ApiLogRepository {
  return {
    async insertMany(entries) {
      if (entries.length === 0) return;
      // COPY is the cheapest way into PostgreSQL, for it and for us (no parameter arrays to build
      // or parse), and every request writes a row. COPY has no ON CONFLICT: a batch retried after
      // it was in fact stored (23505) goes through the INSERT below, which skips the ids it has.
      try {
        const copied = await withPooledClient(db, async (client) => {
          const stream = client.query(copyFrom(`COPY api_logs (${COPY_COLUMNS}) FROM STDIN`));
          await new Promise<void>((resolve, reject) => {
            stream.on('error', reject);
            stream.on('finish', resolve);
            stream.end(entries.map(copyLine).join(''));
          });
          return true;
        });
        if (copied) return;
      } catch (error) {
        if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
      }
      // One array per column through unnest: a few parameters to bind however large the batch,
      // which costs PostgreSQL far less than a VALUES list of 14 parameters a row.
      const col = <T>(f: (e: (typeof entries)[number]) => T) => entries.map(f);
      await sql`
        INSERT INTO api_logs (id, organization_id, environment_id, credential_id, method, path, status, latency_ms,
          ip_address, user_agent, request, response_headers, created_at, redacted_at)
        SELECT * FROM unnest(
          ${col((e) => e.id)}::uuid[], ${col((e) => e.organizationId)}::uuid[], ${col((e) => e.environmentId)}::uuid[],
          ${col((e) => e.credentialId)}::uuid[], ${col((e) => e.method)}::text[], ${col((e) => e.path)}::text[],
          ${col((e) => e.status)}::int[], ${col((e) => e.latencyMs)}::float8[], ${col((e) => e.ipAddress)}::text[],
          ${col((e) => e.userAgent)}::text[], ${col((e) => JSON.stringify(e.request satisfies ApiLogRequest))}::jsonb[],
          ${col((e) => JSON.stringify(e.responseHeaders))}::jsonb[], ${col((e) => e.createdAt.toISOString())}::timestamptz[],
          ${col((e) => e.redactedAt?.toISOString() ?? null)}::timestamptz[]
        )
        ON CONFLICT (id) DO NOTHING
      `.execute(db);
    },
    async find(environmentId, id) {
      // A prepared statement: planning it cost more than running it (0.15 ms against 0.02 ms at a million rows).
      const [r] = await preparedRows<Row<'api_logs'>>(db, 'api_log_find', 'SELECT * FROM api_logs WHERE id = $1 AND environment_id = $2', [id, environmentId]);
      return r ? entry(r) : null;
    },
    async list(environmentId, filter, page) {
      let q = db.selectFrom('api_logs').selectAll().where('environment_id', '=', environmentId);
      let inWindowOnly = false;
      if (filter.createdAtStart || filter.createdAtEnd) {
        // A created-at window: newest first by id is newest first by time, but the planner does not know
        // it and walks the environment's ids from the newest, past every row after the window (a window
        // 10 days back in a million rows: 900 ms). A window of at most WINDOW_IDS rows is read by its
        // created-at range instead (an index-only scan) and its page taken from those ids alone; a wider
        // window holds matches densely and is left to the walk. The probe counts in PostgreSQL: sending
        // the ten thousand ids here and back cost more than both statements.
        const probe = await sql<{ n: number }>`
          SELECT count(*)::int AS n FROM (
            SELECT 1 FROM api_logs WHERE ${windowCondition(environmentId, filter)} LIMIT ${WINDOW_IDS + 1}
          ) w`.execute(db);
        const n = probe.rows[0]?.n ?? 0;
        if (n === 0) return { items: [], hasMore: false };
        inWindowOnly = n <= WINDOW_IDS;
      }
      if (filter.statuses?.length) {
        const statuses = filter.statuses;
        q = q.where((eb) =>
          eb.or(statuses.map((s) => ('exact' in s ? eb('status', '=', s.exact) : eb.between('status', s.min, s.max)))),
        );
      }
      if (filter.methods?.length) q = q.where('method', 'in', filter.methods);
      if (filter.paths?.length) {
        const paths = filter.paths;
        q = q.where((eb) => eb.or(paths.map((p) => eb('path', 'like', likePrefix(p)))));
      }
      if (filter.createdAtStart) q = q.where('created_at', '>=', filter.createdAtStart);
      if (filter.createdAtEnd) q = q.where('created_at', '<=', filter.createdAtEnd);
      if (inWindowOnly) {
        // The window's ids as an array computed first (its range read by the created-at index, ordered so
        // the planner takes that index), then those rows sorted: OFFSET 0 keeps the planner from ordering
        // the subquery by walking an id index instead (the very plan this avoids).
        const ids = sql<string[]>`ARRAY(SELECT id FROM api_logs WHERE ${windowCondition(environmentId, filter)} ORDER BY created_at)`;
        const inWindow = q.where('id', '=', sql<string>`ANY(${ids})`).offset(0);
        const p = await paginate(db.selectFrom(inWindow.as('w')).selectAll(), 'id', page);
        return { items: p.items.map(entry), hasMore: p.hasMore };
      }
      const p = await paginate(q, 'id', page);
      return { items: p.items.map(entry), hasMore: p.hasMore };
    },
    async deleteCreatedBefore(cutoff, limit) {
      // The oldest rows by the retention index, deleted by their physical address (a TID scan: no
      // second lookup by id, no join), as one statement. A row changed meanwhile (redaction) has
      // moved: the re-check finds it at another address and leaves it to the next batch.
      const r = await sql<{ n: number }>`
        DELETE FROM api_logs
        WHERE ctid = ANY(ARRAY(SELECT ctid FROM api_logs WHERE created_at < ${cutoff} ORDER BY created_at LIMIT ${limit}))
          AND created_at < ${cutoff}
      `.execute(db);
      return Number(r.numAffectedRows ?? 0);
    },
  };
}
