/**
 * `npm run bench:verify`: the credential verifier under load (issue 5). Seeds
 * 100,000 credentials (personal access tokens, user API tokens and API keys,
 * multi-row inserts of keyed hashes computed here with the server secret) into
 * an embedded PostgreSQL server of the bench's own, then drives the built
 * Tessera (`node bin/tessera.js serve`, the build `npm start` runs) with
 * autocannon:
 *
 *   - `POST /oauth/introspect` (form body, an API key as client) for a PAT;
 *   - `GET /v3/me` with a PAT (verification plus two indexed reads);
 *
 * each with the verification cache warm (one SHA-256 digest + one LRU lookup) and with
 * the cache disabled (`TESSERA_CACHE_MAX=0`: every request reads the
 * credential by its hash among the 100,000). A "many tokens" case spreads the
 * load over 1,000 different PATs. Records req/s, p50 and p99 in
 * bench/results/verify-<date>.{json,md}.
 *
 * Options: --duration S (10), --warmup S (3), --connections N (50),
 *          --credentials N (100000), --no-build.
 */
import autocannon, { type Result } from 'autocannon';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { keyedHash } from '../src/core/crypto.js';
import { CREDENTIAL_PREFIXES, displayPrefix, generateCredential, type CredentialPrefix } from '../src/core/secret-format.js';
import { startEmbedded } from '../src/storage/embedded.js';
import { machineBusySec, treeCpu } from './lib/process-tree.js';
import { freePort, log, sh } from './lib/util.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = path.join(ROOT, 'bench', 'results');
const SECRET = randomBytes(32).toString('base64url');
const ADMIN_TOKEN = 'tadm_' + randomBytes(24).toString('base64url');

const { values: opts } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '50' },
    credentials: { type: 'string', default: '100000' },
    'no-build': { type: 'boolean', default: false },
  },
});
const DURATION = Number(opts.duration);
const WARMUP = Number(opts.warmup);
const CONNECTIONS = Number(opts.connections);
const CREDENTIALS = Number(opts.credentials);
const USERS = 200;
const SAMPLE = 1000;

const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;


function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = '/' + database;
  return u.toString();
}

interface Server {
  child: ChildProcess;
  base: string;
}

async function startTessera(databaseUrl: string, dataDir: string, logFile: string, env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const out = fs.openSync(logFile, 'a');
  const child = spawn(process.execPath, ['bin/tessera.js', 'serve', '--port', String(port), '--data-dir', dataDir], {
    cwd: ROOT,
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(PORT|HOST|DATABASE_URL|LOG_LEVEL|TESSERA_.*)$/.test(k))),
      DATABASE_URL: databaseUrl,
      TESSERA_SECRET: SECRET,
      TESSERA_ADMIN_TOKEN: ADMIN_TOKEN,
      TESSERA_USER_RATE_LIMIT: '1000000',
      TESSERA_RATE_LIMIT_PER_MINUTE: '1000000',
      TESSERA_ROLE: 'api',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`tessera exited (${child.exitCode}); log: ${logFile}`);
    const ok = await fetch(`${base}/readyz`).then((r) => r.ok, () => false);
    if (ok) return { child, base };
    if (Date.now() > deadline) throw new Error(`tessera not ready; log: ${logFile}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  await new Promise((r) => child.once('exit', r));
  clearTimeout(timer);
}

async function admin(base: string, method: string, url: string, body?: unknown) {
  const res = await fetch(base + url, {
    method,
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const json = (await res.json()) as { data: { id: string; attributes: Record<string, unknown> } };
  if (res.status >= 300) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(json)}`);
  return json.data;
}

interface Seeded {
  introspectClient: string;
  /** PATs with every enforced scope, for the load. */
  pats: string[];
  seconds: number;
  counts: Record<string, number>;
}

/** The organization and one user through the admin API, then users and credentials straight into the database. */
async function seed(base: string, databaseUrl: string): Promise<Seeded> {
  const started = performance.now();
  const org = await admin(base, 'POST', '/admin/v1/organizations', { name: 'Bench Org', alias: `bench-${randomBytes(3).toString('hex')}` });
  const envs = org.attributes.environments as Array<{ id: string; kind: string }>;
  const sandbox = envs.find((e) => e.kind === 'sandbox')!.id;
  const client = await admin(base, 'POST', `/admin/v1/environments/${sandbox}/api-keys`, { name: 'introspection client', permissions: ['oauth.introspect'] });
  const firstUser = await admin(base, 'POST', `/admin/v1/organizations/${org.id}/users`, { email: 'bench-admin@bench.test', role: 'admin', password: 'bench password 1' });

  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const { rows } = await db.query<{ organization_id: string; id: string }>('SELECT organization_id, id FROM users WHERE id = $1', [firstUser.attributes['user-id']]);
  const orgId = rows[0]!.organization_id;
  const envRows = await db.query<{ id: string }>(`SELECT id FROM environments WHERE organization_id = $1 AND kind = 'sandbox'`, [orgId]);
  const envId = envRows.rows[0]!.id;
  const userIds = [rows[0]!.id];
  const now = new Date();
  // Users: plain inserts (no password), admins so that every scope is grantable.
  const more = Array.from({ length: USERS - 1 }, () => randomUUID());
  await db.query(
    `INSERT INTO users (id, organization_id, email, name, first_name, last_name, role, created_at, updated_at)
     SELECT u, $1, 'bench-' || u || '@bench.test', 'Bench User', 'Bench', 'User', 'admin', $2, $2 FROM unnest($3::uuid[]) AS u`,
    [orgId, now, more],
  );
  userIds.push(...more);

  const secret = Buffer.from(SECRET, 'utf8');
  const counts: Record<string, number> = { personal_access_token: 0, user_api_token: 0, api_key: 0 };
  const pats: string[] = [];
  const BATCH = 2000;
  for (let done = 0; done < CREDENTIALS; done += BATCH) {
    const n = Math.min(BATCH, CREDENTIALS - done);
    const cols = { id: [] as string[], kind: [] as string[], env: [] as Array<string | null>, user: [] as Array<string | null>, hash: [] as Buffer[], prefix: [] as string[], perms: [] as string[] };
    for (let i = 0; i < n; i++) {
      const k = (done + i) % 10;
      // 50 % personal access tokens, 30 % user API tokens, 20 % API keys.
      const kind = k < 5 ? 'personal_access_token' : k < 8 ? 'user_api_token' : 'api_key';
      const prefix: CredentialPrefix =
        kind === 'personal_access_token' ? CREDENTIAL_PREFIXES.personalAccessToken : kind === 'user_api_token' ? CREDENTIAL_PREFIXES.userApiToken : CREDENTIAL_PREFIXES.apiKeySandbox;
      const token = generateCredential(prefix);
      if (kind === 'personal_access_token' && pats.length < SAMPLE) pats.push(token);
      counts[kind]!++;
      cols.id.push(randomUUID());
      cols.kind.push(kind);
      cols.env.push(kind === 'api_key' ? envId : null);
      cols.user.push(kind === 'api_key' ? null : userIds[(done + i) % userIds.length]!);
      cols.hash.push(keyedHash(secret, token));
      cols.prefix.push(displayPrefix(token, prefix));
      cols.perms.push(kind === 'personal_access_token' ? '{personalAccessToken:write,apiToken:write,user:read}' : kind === 'api_key' ? '{event.read}' : '{}');
    }
    await db.query(
      `INSERT INTO credentials (id, kind, organization_id, environment_id, user_id, hash, display_prefix, name, permissions, created_at, updated_at)
       SELECT id, kind, $1, env, usr, hash, prefix, 'bench credential', perms::text[], $2, $2
       FROM unnest($3::uuid[], $4::text[], $5::uuid[], $6::uuid[], $7::bytea[], $8::text[], $9::text[]) AS t(id, kind, env, usr, hash, prefix, perms)`,
      [orgId, now, cols.id, cols.kind, cols.env, cols.user, cols.hash, cols.prefix, cols.perms],
    );
  }
  await db.query('ANALYZE credentials');
  const total = Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM credentials')).rows[0]!.n);
  await db.end();
  log(`Seeded ${total} credentials (${JSON.stringify(counts)}) for ${USERS} users in ${round((performance.now() - started) / 1000, 1)} s`);
  return { introspectClient: client.attributes.value as string, pats, seconds: round((performance.now() - started) / 1000, 1), counts: { ...counts, total } };
}

interface Case {
  name: string;
  request: string;
  cache: 'warm' | 'disabled';
  reqPerSec: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
  /** CPU during the measured run, % of one core: Tessera, the PostgreSQL server, the load generator, everything else. */
  cpu: { serverPct: number; postgresPct: number; loadGeneratorPct: number; otherProcessesPct: number };
}

/** The postmaster of the bench's PostgreSQL (its backends are its children). */
function postmasterPid(pgDir: string): number {
  return Number(fs.readFileSync(path.join(pgDir, 'pgdata', 'postmaster.pid'), 'utf8').split('\n')[0]);
}

interface Plan {
  name: string;
  request: string;
  options: (server: Server, seeded: Seeded) => Parameters<typeof autocannon>[0];
}

const form = (token: string) => `token=${encodeURIComponent(token)}`;

const PLANS: Plan[] = [
  {
    name: 'introspect, one PAT',
    request: 'POST /oauth/introspect',
    options: (s, d) => ({
      url: `${s.base}/oauth/introspect`,
      method: 'POST',
      headers: { authorization: `Bearer ${d.introspectClient}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: form(d.pats[0]!),
    }),
  },
  {
    name: `introspect, ${SAMPLE} PATs`,
    request: 'POST /oauth/introspect',
    options: (s, d) => ({
      url: `${s.base}/oauth/introspect`,
      method: 'POST',
      headers: { authorization: `Bearer ${d.introspectClient}`, 'content-type': 'application/x-www-form-urlencoded' },
      requests: [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, body: form(d.pats[Math.floor(Math.random() * d.pats.length)]!) }) }],
    }),
  },
  {
    name: 'GET /v3/me, one PAT',
    request: 'GET /v3/me',
    options: (s, d) => ({ url: `${s.base}/v3/me`, headers: { authorization: `Bearer ${d.pats[1]!}` } }),
  },
];

async function run(server: Server, seeded: Seeded, plan: Plan, cache: Case['cache'], postgresPid: number): Promise<Case> {
  const base = { connections: CONNECTIONS, pipelining: 1 };
  const check = await autocannon({ ...plan.options(server, seeded), ...base, duration: 1 });
  if (check.non2xx > 0) throw new Error(`${plan.name}: ${check.non2xx} non-2xx responses in the check run (${JSON.stringify(check.statusCodeStats)})`);
  await autocannon({ ...plan.options(server, seeded), ...base, duration: WARMUP });
  const cpu0 = treeCpu(server.child.pid!);
  const pg0 = treeCpu(postgresPid);
  const self0 = process.cpuUsage();
  const busy0 = machineBusySec();
  const t0 = performance.now();
  const r: Result = await autocannon({ ...plan.options(server, seeded), ...base, duration: DURATION });
  const seconds = (performance.now() - t0) / 1000;
  const cpu1 = treeCpu(server.child.pid!);
  const pg1 = treeCpu(postgresPid);
  const self = process.cpuUsage(self0);
  const busy = machineBusySec() - busy0;
  const pct = (sec: number) => Math.round((sec / seconds) * 100);
  const serverSec = cpu1.rootSec - cpu0.rootSec;
  const postgresSec = pg1.rootSec - pg0.rootSec + (pg1.descendantsSec - pg0.descendantsSec);
  const selfSec = (self.user + self.system) / 1e6;
  return {
    name: plan.name,
    request: plan.request,
    cache,
    reqPerSec: round(r.requests.average, 0),
    p50: r.latency.p50,
    p99: r.latency.p99,
    requests: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
    cpu: {
      serverPct: pct(serverSec),
      postgresPct: pct(postgresSec),
      loadGeneratorPct: pct(selfSec),
      otherProcessesPct: Math.max(0, pct(busy - serverSec - postgresSec - selfSec)),
    },
  };
}

function markdown(result: { date: string; git: { commit: string; dirty: boolean }; machine: Record<string, unknown>; settings: Record<string, unknown>; seed: Record<string, unknown>; cases: Case[]; notes: string[] }): string {
  const m = result.machine;
  return [
    `# Verifier benchmark — ${result.date}`,
    '',
    `Machine: ${m.cpuModel}, ${m.cores} cores, ${m.memoryGiB} GiB RAM, ${m.platform}, Node ${m.node}.`,
    `Commit ${result.git.commit || 'unknown'}${result.git.dirty ? ' (with uncommitted changes)' : ''}. Reproduce: \`npm run bench:verify\`.`,
    '',
    `Data: ${JSON.stringify(result.seed)}. Load: autocannon, ${result.settings.connections} connections, pipelining 1, ${result.settings.warmupSeconds} s warm-up, ${result.settings.durationSeconds} s measured, in the bench process on the same machine. ` +
      `Tessera: ${result.settings.tessera}.`,
    '',
    '| Case | Request | Cache | req/s | p50 (ms) | p99 (ms) | non-2xx | CPU % of one core: server / postgres / load gen. / others |',
    '|---|---|---|---:|---:|---:|---:|---|',
    ...result.cases.map(
      (c) =>
        `| ${c.name} | \`${c.request}\` | ${c.cache} | ${c.reqPerSec} | ${c.p50} | ${c.p99} | ${c.non2xx} | ${c.cpu.serverPct} / ${c.cpu.postgresPct} / ${c.cpu.loadGeneratorPct} / ${c.cpu.otherProcessesPct} |`,
    ),
    '',
    ...(result.notes.length ? ['## Notes', '', ...result.notes.map((n) => `- ${n}`), ''] : []),
  ].join('\n');
}

async function main() {
  const started = new Date();
  if (!opts['no-build']) {
    log('Building (tsc -p tsconfig.build.json) so the server runs what `npm start` runs…');
    const tsc = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, encoding: 'utf8' });
    if (tsc.status !== 0 && !fs.existsSync(path.join(ROOT, 'dist/main.js'))) throw new Error(`build failed:\n${tsc.stdout}${tsc.stderr}`);
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-bench-verify-'));
  fs.chmodSync(work, 0o755); // PostgreSQL runs as `postgres` when we are root
  const logFile = path.join(work, 'tessera.log');
  log(`Starting the bench's embedded PostgreSQL in ${work}…`);
  const pgServer = await startEmbedded({ dir: path.join(work, 'postgres') });
  const children: ChildProcess[] = [];
  process.once('exit', () => children.forEach((c) => c.exitCode === null && c.kill('SIGKILL')));
  const notes: string[] = [];
  const cases: Case[] = [];
  let seeded: Seeded;
  try {
    const maintenance = new pg.Client({ connectionString: pgServer.url('postgres') });
    await maintenance.connect();
    await maintenance.query('CREATE DATABASE tessera_bench');
    await maintenance.end();
    const databaseUrl = withDatabase(pgServer.url('postgres'), 'tessera_bench');
    const dataDir = path.join(work, 'data');

    let server = await startTessera(databaseUrl, dataDir, logFile, {});
    children.push(server.child);
    seeded = await seed(server.base, databaseUrl);
    for (const cache of ['warm', 'disabled'] as const) {
      if (cache === 'disabled') {
        await stop(server.child);
        server = await startTessera(databaseUrl, dataDir, logFile, { TESSERA_CACHE_MAX: '0' });
        children.push(server.child);
      }
      for (const plan of PLANS) {
        log(`\n${plan.name} (cache ${cache}): ${WARMUP} s warm-up, ${DURATION} s with ${CONNECTIONS} connections…`);
        const c = await run(server, seeded, plan, cache, postmasterPid(path.join(work, 'postgres')));
        if (c.non2xx || c.errors) notes.push(`${c.name} (cache ${cache}): ${c.non2xx} non-2xx responses, ${c.errors} errors/timeouts`);
        if (c.cpu.otherProcessesPct > 15) notes.push(`${c.name} (cache ${cache}): other processes used ${c.cpu.otherProcessesPct} % of one core during the run; the numbers are disturbed`);
        cases.push(c);
        log(`  ${c.reqPerSec} req/s, p50 ${c.p50} ms, p99 ${c.p99} ms; CPU % server ${c.cpu.serverPct}, postgres ${c.cpu.postgresPct}, load gen. ${c.cpu.loadGeneratorPct}, others ${c.cpu.otherProcessesPct}`);
      }
    }
    await stop(server.child);
  } finally {
    for (const c of children) await stop(c);
    await pgServer.stop();
  }

  const cpus = os.cpus();
  const result = {
    benchmark: 'verify',
    date: started.toISOString(),
    git: { commit: sh('git', ['rev-parse', 'HEAD']), dirty: sh('git', ['status', '--porcelain']) !== '' },
    machine: {
      cpuModel: cpus[0]?.model ?? 'unknown',
      cores: os.availableParallelism(),
      memoryGiB: round(os.totalmem() / 2 ** 30, 1),
      node: process.version,
      platform: `${os.type()} ${os.release()} ${os.arch()}`,
    },
    settings: {
      connections: CONNECTIONS,
      durationSeconds: DURATION,
      warmupSeconds: WARMUP,
      pipelining: 1,
      tessera:
        'node bin/tessera.js serve (the build npm start runs) on the bench\'s embedded PostgreSQL via DATABASE_URL, TESSERA_ROLE=api, LOG_LEVEL=warn, rate limits raised; cache warm = defaults (TESSERA_CACHE_MAX=10000, TESSERA_CACHE_TTL_MS=30000), cache disabled = TESSERA_CACHE_MAX=0',
    },
    seed: { credentials: seeded!.counts, users: USERS, seconds: seeded!.seconds, method: 'multi-row INSERT … SELECT FROM unnest(…), 2,000 rows per statement' },
    cases,
    notes,
  };
  fs.mkdirSync(RESULTS, { recursive: true });
  const stamp = started.toISOString().slice(0, 16).replace(/:/g, '-');
  const jsonFile = path.join(RESULTS, `verify-${stamp}.json`);
  const mdFile = path.join(RESULTS, `verify-${stamp}.md`);
  fs.writeFileSync(jsonFile, JSON.stringify(result, null, 2) + '\n');
  fs.writeFileSync(mdFile, markdown(result));
  log('\n' + markdown(result));
  log(`Results: ${path.relative(ROOT, jsonFile)}, ${path.relative(ROOT, mdFile)}`);
  fs.rmSync(work, { recursive: true, force: true });
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
