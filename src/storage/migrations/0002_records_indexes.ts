/** Indexes for the record list filters 0001 left unserved: inquiry notes and transaction types. */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- Notes are free text of any length; the btree holds their md5 and the query rechecks the note.
    CREATE INDEX inquiries_env_note_idx ON inquiries (environment_id, md5(note), id DESC);
    CREATE INDEX transactions_env_type_idx ON transactions (environment_id, transaction_type_id, id DESC)
      WHERE transaction_type_id IS NOT NULL;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS inquiries_env_note_idx, transactions_env_type_idx;`.execute(db);
}
