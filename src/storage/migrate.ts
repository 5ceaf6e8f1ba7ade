/** Versioned migrations, applied at start-up and by `tessera migrate`. */
import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './database.js';
import * as m0001 from './migrations/0001_foundation.js';
import * as m0002 from './migrations/0002_records_indexes.js';

const MIGRATIONS: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_records_indexes': m0002,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

export interface MigrationResult {
  applied: string[];
}

export async function migrateToLatest(db: Db): Promise<MigrationResult> {
  const migrator = new Migrator({ db, provider, migrationTableName: 'tessera_migrations', migrationLockTableName: 'tessera_migrations_lock' });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
