/**
 * The peer benchmark's one Fastify server: `POST /verify/better-auth` calls
 * better-auth's `verifyApiKey` (api-key plugin, rate limiter off), `POST
 * /verify/tessera` calls Tessera's introspection use case with the verifier
 * `serve` builds (LRU cache on). Same framework, same route shape, same JSON
 * body `{ "key": "…" }` and reply `{ "valid": … }`, so only the verification
 * differs. Each side has its own database on the same PostgreSQL server.
 *
 * Run by bench/peers/better-auth.ts: `node --import tsx bench/peers/server.ts
 * '<json options>'`. It migrates both databases, seeds `keys` keys in each,
 * writes them to `keysFile`, listens and prints `ready`.
 */
import { apiKey } from '@better-auth/api-key';
import { betterAuth } from 'better-auth';
import { getMigrations } from 'better-auth/db/migration';
import Fastify from 'fastify';
import fs from 'node:fs';
import pg from 'pg';
import { systemClock } from '../../src/core/clock.js';
import { createVerifier, introspectCredential, issueApiKey } from '../../src/credentials/index.js';
import { createOrganization } from '../../src/identity/index.js';
import { createDb } from '../../src/storage/database.js';
import { migrateToLatest } from '../../src/storage/migrate.js';
import { createStore } from '../../src/storage/store.js';

interface Options {
  port: number;
  tesseraUrl: string;
  betterAuthUrl: string;
  keys: number;
  keysFile: string;
  /** Connections per pool, the same on both sides. */
  pool: number;
  secret: string;
}

const opts = JSON.parse(process.argv[2]!) as Options;

async function tesseraSide() {
  const db = createDb({ url: opts.tesseraUrl, max: opts.pool });
  await migrateToLatest(db);
  const store = createStore(db);
  const secret = Buffer.from(opts.secret, 'utf8');
  const ctx = { store, secret, clock: systemClock };
  const { organization, environments } = await createOrganization({ ctx, input: { name: 'Peer bench' } });
  const env = environments.find((e) => e.kind === 'sandbox')!;
  const keys: string[] = [];
  for (let i = 0; i < opts.keys; i++) {
    const issued = await issueApiKey({
      ctx,
      input: { organizationId: organization.id, environmentId: env.id, environmentKind: env.kind, name: `peer key ${i}` },
    });
    keys.push(issued.token);
  }
  // As `serve` builds it with the defaults (TESSERA_CACHE_MAX=10000, TESSERA_CACHE_TTL_MS=30000).
  const verifier = createVerifier({ credentials: store.credentials, secret, clock: systemClock, cacheMax: 10_000, cacheTtlMs: 30_000 });
  const verify = async (key: string) => (await introspectCredential({ ctx: { client: null, verifier }, input: { token: key } })).active;
  return { keys, verify, close: async () => (await verifier.close(), await db.destroy()) };
}

async function betterAuthSide() {
  const pool = new pg.Pool({ connectionString: opts.betterAuthUrl, max: opts.pool });
  const auth = betterAuth({
    database: pool,
    secret: opts.secret,
    baseURL: `http://127.0.0.1:${opts.port}`,
    emailAndPassword: { enabled: true },
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    logger: { level: 'error' },
    plugins: [apiKey({ rateLimit: { enabled: false } })],
  });
  // better-auth's own schema generation (what `npx auth migrate` runs), programmatically.
  const { runMigrations } = await getMigrations(auth.options);
  await runMigrations();
  const { user } = await auth.api.signUpEmail({ body: { email: 'peer-bench@bench.test', password: 'peer bench password 1', name: 'Peer bench' } });
  const keys: string[] = [];
  for (let i = 0; i < opts.keys; i++) {
    const created = await auth.api.createApiKey({ body: { userId: user.id, name: `peer key ${i}`, rateLimitEnabled: false } });
    keys.push(created.key);
  }
  const verify = async (key: string) => (await auth.api.verifyApiKey({ body: { key } })).valid;
  return { keys, verify, close: () => pool.end() };
}

async function main() {
  const [tessera, peer] = await Promise.all([tesseraSide(), betterAuthSide()]);
  fs.writeFileSync(opts.keysFile, JSON.stringify({ tessera: tessera.keys, betterAuth: peer.keys }));

  const app = Fastify();
  const route = (verify: (key: string) => Promise<boolean>) => async (req: { body: unknown }, reply: { code(n: number): unknown }) => {
    const valid = await verify((req.body as { key: string }).key);
    if (!valid) reply.code(401);
    return { valid };
  };
  const body = { type: 'object', required: ['key'], properties: { key: { type: 'string' } } };
  app.post('/verify/tessera', { schema: { body } }, route(tessera.verify));
  app.post('/verify/better-auth', { schema: { body } }, route(peer.verify));
  await app.listen({ port: opts.port, host: '127.0.0.1' });
  process.stdout.write('ready\n');
  process.once('SIGTERM', () => {
    void app
      .close()
      .then(() => Promise.all([tessera.close(), peer.close()]))
      .finally(() => process.exit(0));
  });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
