/**
 * One PostgreSQL server per test run: the embedded server (default) or the
 * server named by DATABASE_URL. A migrated template database is made once;
 * each test file clones it (CREATE DATABASE … TEMPLATE), so files run in
 * parallel and share nothing.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createDb } from '../src/storage/database.js';
import { startEmbedded } from '../src/storage/embedded.js';
import { migrateToLatest } from '../src/storage/migrate.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of a maintenance database on the test server (used to create and drop databases). */
    adminDatabaseUrl: string;
    templateDatabase: string;
  }
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = '/' + database;
  return u.toString();
}

export default async function setup(project: TestProject) {
  let adminUrl: string;
  let stopServer: () => Promise<void> = async () => undefined;
  if (process.env.DATABASE_URL) {
    adminUrl = process.env.DATABASE_URL;
  } else {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tessera-test-'));
    const server = await startEmbedded({ dir });
    adminUrl = server.url('postgres');
    stopServer = async () => {
      await server.stop();
      await fs.rm(dir, { recursive: true, force: true });
    };
  }
  const template = `tessera_tpl_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${template}`);
  const db = createDb({ url: withDatabase(adminUrl, template), max: 1 });
  await migrateToLatest(db);
  await db.destroy();

  project.provide('adminDatabaseUrl', adminUrl);
  project.provide('templateDatabase', template);

  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
    await stopServer();
  };
}
