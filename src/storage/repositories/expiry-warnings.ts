/**
 * Expiry warnings in PostgreSQL. Finding what is due is one indexed range scan
 * per kind of subject (expiring after now, within the longest lead any
 * organization uses), with each subject's smallest lead it is inside computed
 * from its organization's leads, and subjects already warned for that lead (or
 * a smaller one) left out. The rows are locked with SKIP LOCKED, so concurrent
 * sweeps in other processes take other subjects; the record is a separate
 * statement (a fresh snapshot: it sees what a sweep that held the lock before
 * committed) keyed by the table's primary key, so a warning is written once.
 */
import { sql, type RawBuilder } from 'kysely';
import type { ExpiringSubject, ExpiryWarningRepository } from '../../lifecycle/ports.js';
import type { Db, Tx } from '../database.js';

interface DueRow {
  subject: ExpiringSubject;
  id: string;
  parent_id: string | null;
  expires_at: Date;
  lead: number;
}

/** The smallest of the organization's leads (or the defaults) that `expires` is inside of at `now`. */
const smallestLead = (expires: RawBuilder<unknown>, now: Date, defaults: readonly number[]) => sql`
  CROSS JOIN LATERAL (
    SELECT min(l) AS lead FROM unnest(coalesce(o.expiry_warning_leads, ${[...defaults]}::int[])) AS l
    WHERE ${expires} <= ${now}::timestamptz + make_interval(secs => l)
  ) d`;

/** The longest lead in use anywhere: the end of the range scanned. */
const horizon = (now: Date, defaults: readonly number[]) => sql`
  ${now}::timestamptz + make_interval(secs => greatest(${Math.max(...defaults)}::int,
    (SELECT max(l) FROM organizations, unnest(expiry_warning_leads) AS l)))`;

const notWarned = (subject: RawBuilder<unknown>, id: RawBuilder<unknown>, expires: RawBuilder<unknown>) => sql`
  NOT EXISTS (SELECT 1 FROM expiry_warnings w
    WHERE w.subject = ${subject} AND w.subject_id = ${id} AND w.expires_at = ${expires} AND w.lead_seconds <= d.lead)`;

const CREDENTIAL_SUBJECT = sql`(CASE c.kind WHEN 'api_key' THEN 'api-key' WHEN 'personal_access_token' THEN 'personal-access-token' ELSE 'api-token' END)`;

export function expiryWarningRepository(db: Db | Tx): ExpiryWarningRepository {
  return {
    async claimDue(subjects, now, defaults, limit) {
      let q: RawBuilder<DueRow>;
      if (subjects === 'credentials') {
        q = sql<DueRow>`
          SELECT ${CREDENTIAL_SUBJECT} AS subject, c.id, NULL::uuid AS parent_id, c.expires_at, d.lead
          FROM credentials c JOIN organizations o ON o.id = c.organization_id
          ${smallestLead(sql`c.expires_at`, now, defaults)}
          WHERE c.expires_at IS NOT NULL AND c.revoked_at IS NULL AND c.deleted_at IS NULL
            AND c.expires_at > ${now} AND c.expires_at <= ${horizon(now, defaults)}
            AND d.lead IS NOT NULL AND ${notWarned(CREDENTIAL_SUBJECT, sql`c.id`, sql`c.expires_at`)}
          ORDER BY c.expires_at LIMIT ${limit}
          FOR UPDATE OF c SKIP LOCKED`;
      } else if (subjects === 'share-tokens') {
        // Only a created token expires; its source organization's leads apply.
        q = sql<DueRow>`
          SELECT 'share-token' AS subject, s.id, NULL::uuid AS parent_id, s.expires_at, d.lead
          FROM share_tokens s JOIN organizations o ON o.id = s.source_organization_id
          ${smallestLead(sql`s.expires_at`, now, defaults)}
          WHERE s.status = 'created' AND s.expires_at > ${now} AND s.expires_at <= ${horizon(now, defaults)}
            AND d.lead IS NOT NULL AND ${notWarned(sql`'share-token'`, sql`s.id`, sql`s.expires_at`)}
          ORDER BY s.expires_at LIMIT ${limit}
          FOR UPDATE OF s SKIP LOCKED`;
      } else {
        // A secret with an expiry is one a rotation replaced: it signs until then.
        q = sql<DueRow>`
          SELECT 'webhook-secret' AS subject, s.id, s.webhook_id AS parent_id, s.expires_at, d.lead
          FROM webhook_secrets s JOIN webhooks h ON h.id = s.webhook_id JOIN organizations o ON o.id = h.organization_id
          ${smallestLead(sql`s.expires_at`, now, defaults)}
          WHERE s.expires_at IS NOT NULL AND s.expires_at > ${now} AND s.expires_at <= ${horizon(now, defaults)}
            AND h.status <> 'archived'
            AND d.lead IS NOT NULL AND ${notWarned(sql`'webhook-secret'`, sql`s.id`, sql`s.expires_at`)}
          ORDER BY s.expires_at LIMIT ${limit}
          FOR UPDATE OF s SKIP LOCKED`;
      }
      const { rows } = await q.execute(db);
      return rows.map((r) => ({ subject: r.subject, id: r.id, parentId: r.parent_id, expiresAt: r.expires_at, leadSeconds: Number(r.lead) }));
    },
    async record(warnings, now) {
      if (warnings.length === 0) return [];
      const { rows } = await sql<{ subject: ExpiringSubject; subject_id: string; expires_at: Date; lead_seconds: number }>`
        INSERT INTO expiry_warnings (subject, subject_id, expires_at, lead_seconds, sent_at)
        SELECT v.subject, v.subject_id, v.expires_at, v.lead_seconds, ${now}
        FROM unnest(${warnings.map((w) => w.subject)}::text[], ${warnings.map((w) => w.id)}::uuid[],
          ${warnings.map((w) => w.expiresAt.toISOString())}::timestamptz[], ${warnings.map((w) => w.leadSeconds)}::int[])
          AS v(subject, subject_id, expires_at, lead_seconds)
        WHERE NOT EXISTS (SELECT 1 FROM expiry_warnings w WHERE w.subject = v.subject AND w.subject_id = v.subject_id
          AND w.expires_at = v.expires_at AND w.lead_seconds <= v.lead_seconds)
        ON CONFLICT DO NOTHING
        RETURNING subject, subject_id, expires_at, lead_seconds
      `.execute(db);
      const recorded = new Set(rows.map((r) => `${r.subject}:${r.subject_id}:${r.expires_at.getTime()}:${r.lead_seconds}`));
      return warnings.filter((w) => recorded.has(`${w.subject}:${w.id}:${w.expiresAt.getTime()}:${w.leadSeconds}`));
    },
    async listExpiring(environmentId, { from, until }, include, limit) {
      const { rows } = await sql<{ subject: 'api-key' | 'share-token' | 'webhook-secret'; id: string; name: string | null; expires_at: Date }>`
        SELECT 'api-key' AS subject, id, name, expires_at FROM credentials
        WHERE environment_id = ${environmentId} AND kind = 'api_key' AND revoked_at IS NULL AND deleted_at IS NULL
          AND expires_at > ${from} AND expires_at <= ${until}
        UNION ALL
        SELECT 'share-token', id, NULL, expires_at FROM share_tokens
        WHERE ${include.shareTokens} AND status = 'created' AND expires_at > ${from} AND expires_at <= ${until}
          AND (source_environment_id = ${environmentId} OR destination_environment_id = ${environmentId})
        UNION ALL
        SELECT 'webhook-secret', h.id, h.name, s.expires_at FROM webhook_secrets s JOIN webhooks h ON h.id = s.webhook_id
        WHERE ${include.webhookSecrets} AND h.environment_id = ${environmentId} AND h.status <> 'archived'
          AND s.expires_at > ${from} AND s.expires_at <= ${until}
        ORDER BY expires_at, id LIMIT ${limit}
      `.execute(db);
      return rows.map((r) => ({ subject: r.subject, id: r.id, name: r.name, expiresAt: r.expires_at }));
    },
    async prune(before) {
      const r = await db.deleteFrom('expiry_warnings').where('expires_at', '<', before).executeTakeFirst();
      return Number(r.numDeletedRows);
    },
  };
}
