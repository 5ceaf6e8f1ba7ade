/**
 * Test harness: a fresh database per test file (cloned from the migrated
 * template), a Tessera app built on it and driven in-process with `inject()`,
 * and fixtures that create organizations and keys through the real use cases.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { afterAll, inject } from 'vitest';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { loadConfig, type Config } from '../src/config/index.js';
import { systemClock, type Clock } from '../src/core/clock.js';
import { decodeId } from '../src/core/ids.js';
import { createDb } from '../src/storage/database.js';
import { startTessera, type Tessera } from '../src/server.js';
import { checkEveryAnswer } from './contract/checked-inject.js';

export const TEST_SECRET = 'test-secret-test-secret-test-secret-0123';
export const ADMIN_TOKEN = 'tadm_test_admin_token_0123456789';

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = '/' + database;
  return u.toString();
}

/** Creates a database for this test file from the template; dropped after the file. */
export async function createTestDatabase(): Promise<string> {
  const adminUrl = inject('adminDatabaseUrl');
  const template = inject('templateDatabase');
  const name = `tessera_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
      break;
    } catch (e) {
      // Two files cloning at the same instant: the template is briefly "in use".
      if (attempt > 20 || !String((e as Error).message).includes('being accessed')) throw e;
      await new Promise((r) => setTimeout(r, 50 + Math.random() * 100));
    }
  }
  afterAll(async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
  });
  return withDatabase(adminUrl, name);
}

export interface TestAppOptions {
  env?: Record<string, string>;
  clock?: Clock;
}

export interface TestApp extends Tessera {
  config: Readonly<Config>;
  databaseUrl: string;
  request(opts: InjectOptions): Promise<LightMyRequestResponse>;
  admin(method: InjectOptions['method'], url: string, payload?: unknown): Promise<LightMyRequestResponse>;
}

/** A Tessera on a fresh database; the worker is not started (tests call `worker.drain()`). */
export async function createTestApp(opts: TestAppOptions = {}): Promise<TestApp> {
  const databaseUrl = await createTestDatabase();
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tessera-data-'));
  const config = loadConfig(
    {
      DATABASE_URL: databaseUrl,
      TESSERA_SECRET: TEST_SECRET,
      TESSERA_ADMIN_TOKEN: ADMIN_TOKEN,
      TESSERA_DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      TESSERA_ROLE: 'api',
      // Test files probe many bad credentials from one address (and often on a stopped clock); the
      // failed-authentication limit has its own test (test/security/failed-auth-limit.test.ts).
      TESSERA_AUTH_FAILURE_LIMIT: '1000000',
      // CI runs the whole suite once more with Redis carrying rate limits and cache invalidation.
      ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
      ...opts.env,
    },
    {},
  );
  const tessera = await startTessera(config, {
    logger: pino({ level: 'silent' }),
    clock: opts.clock ?? systemClock,
    database: { db: createDb({ url: databaseUrl, max: 10 }), embedded: null, url: databaseUrl },
    migrate: false,
  });
  // Every answer any test receives is checked against the app's own /openapi.json.
  checkEveryAnswer(tessera.app);
  afterAll(async () => {
    await tessera.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  });
  return {
    ...tessera,
    config,
    databaseUrl,
    request: (o) => tessera.app.inject(o),
    admin: (method, url, payload) =>
      tessera.app.inject({
        method,
        url,
        headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
        ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}),
      }),
  };
}

export interface TestOrg {
  organizationId: string;
  orgUuid: string;
  sandboxId: string;
  productionId: string;
  sandboxUuid: string;
  productionUuid: string;
  /** An API key with every permission on the sandbox environment. */
  apiKey: string;
  apiKeyId: string;
}

/** Creates an organization and a full-permission sandbox API key through the admin API. */
export async function createOrg(t: TestApp, name = 'Org ' + randomBytes(3).toString('hex')): Promise<TestOrg> {
  const org = await t.admin('POST', '/admin/v1/organizations', { name });
  if (org.statusCode !== 201) throw new Error(`create org: ${org.statusCode} ${org.body}`);
  return testOrgOf(t, org.json().data);
}

/**
 * An existing organization (its admin API object) as a TestOrg, with a new full-permission sandbox
 * API key (named `keyName` when given).
 */
export async function testOrgOf(
  t: TestApp,
  data: { id: string; attributes: { environments: Array<{ id: string; kind: string }> } },
  keyName?: string,
): Promise<TestOrg> {
  const envs = data.attributes.environments;
  const sandboxId = envs.find((e) => e.kind === 'sandbox')!.id;
  const productionId = envs.find((e) => e.kind === 'production')!.id;
  const key = await createApiKey(t, sandboxId, keyName ? { name: keyName } : undefined);
  return {
    organizationId: data.id,
    orgUuid: decodeId('org', data.id)!,
    sandboxId,
    productionId,
    sandboxUuid: decodeId('env', sandboxId)!,
    productionUuid: decodeId('env', productionId)!,
    apiKey: key.value,
    apiKeyId: key.id,
  };
}

export async function createApiKey(t: TestApp, environmentId: string, body: Record<string, unknown> = {}): Promise<{ id: string; value: string }> {
  const res = await t.admin('POST', `/admin/v1/environments/${environmentId}/api-keys`, { name: 'test key', ...body });
  if (res.statusCode !== 201) throw new Error(`create key: ${res.statusCode} ${res.body}`);
  const data = res.json().data;
  return { id: data.id, value: data.attributes.value };
}

/** A Connect request as the holder of `apiKey`. */
export function connect(t: TestApp, apiKey: string | null, opts: InjectOptions & { url: string }) {
  const headers: Record<string, string> = { ...(opts.headers as Record<string, string>) };
  if (apiKey !== null) headers.authorization = `Bearer ${apiKey}`;
  return t.request({ ...opts, url: '/api/v1' + opts.url, headers });
}
