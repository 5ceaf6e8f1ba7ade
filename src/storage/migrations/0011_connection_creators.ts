/**
 * Every connection names its creator (issue 12, Persona parity): rows the
 * platform made before creators were recorded (demo seeds acted with no
 * credential) get the source environment's oldest API key, else the source
 * organization's longest-standing owner or admin. Share tokens with no
 * creator id get the same. A row that finds neither keeps no creator; the
 * presenter then leaves the relationship out instead of `{"data": null}`.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ['connections', 'share_tokens']) {
    const pending = sql`t.creator_id IS NULL AND t.creator_type IS DISTINCT FROM 'workflow'`;
    const key = sql`(SELECT c.id FROM credentials c
      WHERE c.kind = 'api_key' AND c.environment_id = t.source_environment_id AND c.deleted_at IS NULL
      ORDER BY c.created_at, c.id LIMIT 1)`;
    const user = sql`(SELECT u.id FROM users u
      WHERE u.organization_id = t.source_organization_id AND u.deleted_at IS NULL AND u.role IN ('owner', 'admin')
      ORDER BY (u.role = 'owner') DESC, u.created_at, u.id LIMIT 1)`;
    await sql`UPDATE ${sql.table(table)} AS t SET creator_type = 'api-key', creator_id = ${key} WHERE ${pending} AND ${key} IS NOT NULL`.execute(db);
    await sql`UPDATE ${sql.table(table)} AS t SET creator_type = 'user', creator_id = ${user} WHERE ${pending} AND ${user} IS NOT NULL`.execute(db);
  }
}

/** Nothing to undo: the creators named are true of the rows either way. */
export async function down(): Promise<void> {}
