/** The migration runner on a migrated database: nothing to do, and a database from a newer Tessera is refused. */
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from '../../src/storage/database.js';
import { migrateToLatest } from '../../src/storage/migrate.js';
import { createTestDatabase } from '../harness.js';

describe('migrateToLatest', () => {
  it('applies nothing on an up-to-date database and leaves its history as it was', async () => {
    const db = createDb({ url: await createTestDatabase(), max: 2 });
    afterAll(() => db.destroy());
    const history = async () => (await sql<{ name: string }>`select name from tessera_migrations order by name`.execute(db)).rows.map((r) => r.name);
    const before = await history();
    expect(before.length).toBeGreaterThan(0);
    expect(await migrateToLatest(db)).toEqual({ applied: [] });
    expect(await history()).toEqual(before);
  });

  it('refuses a database that has a migration this version does not know', async () => {
    const db = createDb({ url: await createTestDatabase(), max: 2 });
    afterAll(() => db.destroy());
    await sql`insert into tessera_migrations (name, timestamp) values ('9999_from_a_newer_version', now()::text)`.execute(db);
    await expect(migrateToLatest(db)).rejects.toThrow(/9999_from_a_newer_version/);
  });
});
