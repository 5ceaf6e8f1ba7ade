/** Versioned migrations, applied at start-up and by `tessera migrate`. */
import { Migrator, sql, type Migration, type MigrationProvider } from 'kysely';
import { unboundedDb, type Db } from './database.js';
import * as m0001 from './migrations/0001_foundation.js';
import * as m0002 from './migrations/0002_records_indexes.js';
import * as m0003 from './migrations/0003_webhooks.js';
import * as m0004 from './migrations/0004_api_logs.js';
import * as m0005 from './migrations/0005_workflows.js';
import * as m0006 from './migrations/0006_identity_tokens.js';
import * as m0007 from './migrations/0007_api_log_indexes.js';
import * as m0008 from './migrations/0008_session_generation.js';
import * as m0011 from './migrations/0011_connection_creators.js';
import * as m0012 from './migrations/0012_stats_indexes.js';
import * as m0013 from './migrations/0013_api_log_hourly.js';
import * as m0014 from './migrations/0014_expiry_warnings.js';
import * as m0015 from './migrations/0015_leaked_secrets_and_ed25519.js';
import * as m0016 from './migrations/0016_job_lanes.js';

const MIGRATIONS: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_records_indexes': m0002,
  '0003_webhooks': m0003,
  '0004_api_logs': m0004,
  '0005_workflows': m0005,
  '0006_identity_tokens': m0006,
  '0007_api_log_indexes': m0007,
  '0008_session_generation': m0008,
  '0011_connection_creators': m0011,
  '0012_stats_indexes': m0012,
  '0013_api_log_hourly': m0013,
  '0014_expiry_warnings': m0014,
  '0015_leaked_secrets_and_ed25519': m0015,
  '0016_job_lanes': m0016,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

export interface MigrationResult {
  applied: string[];
}

export const MIGRATION_TABLE = 'tessera_migrations';

/**
 * True when exactly the known migrations are applied (every start but the
 * first after an upgrade): one query instead of the migrator's dozen round
 * trips and its lock. Anything else (none, some, or unknown ones) is left to
 * the migrator, which applies or reports it.
 */
async function upToDate(db: Db): Promise<boolean> {
  const known = Object.keys(MIGRATIONS).sort();
  try {
    const { rows } = await sql<{ name: string }>`select name from ${sql.table(MIGRATION_TABLE)}`.execute(db);
    const applied = rows.map((r) => r.name).sort();
    return applied.length === known.length && applied.every((name, i) => name === known[i]);
  } catch (e) {
    if ((e as { code?: string }).code === '42P01') return false; // undefined_table: a fresh database
    throw e;
  }
}

export async function migrateToLatest(db: Db): Promise<MigrationResult> {
  if (await upToDate(db)) return { applied: [] };
  // A migration may rightly run longer than one request's statement limit: it gets a connection without it.
  const long = unboundedDb(db);
  const migrator = new Migrator({ db: long ?? db, provider, migrationTableName: MIGRATION_TABLE, migrationLockTableName: 'tessera_migrations_lock' });
  const { error, results } = await migrator.migrateToLatest().finally(() => long?.destroy());
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
