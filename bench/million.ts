/**
 * `npm run bench:million`: Tessera with 1,000,000 stored API keys (issue 7).
 * A fresh database on the machine's PostgreSQL server; the built server
 * (`node bin/tessera.js serve`, DATABASE_URL) creates one organization through
 * the admin API, then the keys go straight in with COPY FROM STDIN
 * (pg-copy-streams): every row a real key, HMAC(server secret) as the server
 * computes it, so any of them verifies. The sandbox environment holds 1,000
 * keys, the production environment 1,000,000.
 *
 * Measures, at a fixed request rate (open loop, latency from when a request
 * was due): `POST /oauth/introspect` of random keys among 1,000 of the
 * million, p99 with the cache warm (≤ 5 ms) and with `TESSERA_CACHE_MAX=0`
 * (≤ 15 ms); and a list page (`GET /api/v1/api-keys?page[size]=50`, the first
 * page and one deep in the list) in the 1,000-key environment vs the
 * 1,000,000-key one (≤ 1.5×), with the query plans.
 *
 * Options: --keys N (1000000), --small N (1000), --rate R (100 req/s),
 *          --seconds S (15) per latency case, --list-requests N (300), --no-build.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { keyedHash } from '../src/core/crypto.js';
import { CREDENTIAL_PREFIXES, displayPrefix, generateCredential, type CredentialPrefix } from '../src/core/secret-format.js';
import { pacedLoad, type PacedResult } from './lib/paced.js';
import { createDatabase, dropDatabase, serverVersion } from './lib/postgres.js';
import { gitInfo, header, loadNote, machineInfo, percentile, round, verdict, writeResults } from './lib/results.js';
import { build, call, startTessera, stopProcess, type TesseraProcess } from './lib/tessera.js';
import { log, runBench } from './lib/util.js';

const { values: opts } = parseArgs({
  options: {
    keys: { type: 'string', default: '1000000' },
    small: { type: 'string', default: '1000' },
    rate: { type: 'string', default: '100' },
    seconds: { type: 'string', default: '15' },
    'list-requests': { type: 'string', default: '300' },
    'no-build': { type: 'boolean', default: false },
  },
});
const LARGE = Number(opts.keys);
const SMALL = Number(opts.small);
const RATE = Number(opts.rate);
const SECONDS = Number(opts.seconds);
const LIST_REQUESTS = Number(opts['list-requests']);
const PAGE_SIZE = 50;
const SAMPLE = 1000;
const SECRET = randomBytes(32).toString('base64url');
const ADMIN_TOKEN = 'tadm_' + randomBytes(24).toString('base64url');

/** A UUIDv7 for `ms` (ids order by creation, as Tessera's do). */
function uuidv7(ms: number): string {
  const b = randomBytes(16);
  b.writeUIntBE(ms, 0, 6);
  b[6] = 0x70 | (b[6]! & 0x0f);
  b[8] = 0x80 | (b[8]! & 0x3f);
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

interface Env {
  id: string;
  uuid: string;
  kind: 'sandbox' | 'production';
  /** An API key of this environment (oauth.introspect, api_key.read), made through the admin API. */
  key: string;
}

/** COPY `n` API keys of `env` into credentials; returns up to SAMPLE of their tokens. */
async function copyKeys(db: pg.Client, orgId: string, env: Env, n: number): Promise<string[]> {
  const secret = Buffer.from(SECRET, 'utf8');
  const prefix: CredentialPrefix = env.kind === 'sandbox' ? CREDENTIAL_PREFIXES.apiKeySandbox : CREDENTIAL_PREFIXES.apiKeyProduction;
  const sample: string[] = [];
  // Spread over the last few days, older than the admin-made key, one millisecond apart.
  const start = Date.now() - 3 * 86_400_000;
  const created = new Date(start).toISOString();
  function* rows(): Generator<string> {
    const CHUNK = 5000;
    for (let done = 0; done < n; done += CHUNK) {
      let text = '';
      for (let i = done; i < Math.min(n, done + CHUNK); i++) {
        const token = generateCredential(prefix);
        if (sample.length < SAMPLE && i % Math.max(1, Math.floor(n / SAMPLE)) === 0) sample.push(token);
        const hash = keyedHash(secret, token).toString('hex');
        text += `${uuidv7(start + i)}\tapi_key\t${orgId}\t${env.uuid}\t\\\\x${hash}\t${displayPrefix(token, prefix)}\tbench key ${i}\t{event.read}\t${created}\t${created}\n`;
      }
      yield text;
    }
  }
  const copy = db.query(
    copyFrom('COPY credentials (id, kind, organization_id, environment_id, hash, display_prefix, name, permissions, created_at, updated_at) FROM STDIN'),
  );
  await pipeline(Readable.from(rows()), copy);
  return sample;
}

interface ListCase {
  environment: string;
  keys: number;
  page: 'first' | 'deep';
  requests: number;
  p50: number;
  p95: number;
  /** Execution time of the page's query, EXPLAIN ANALYZE, ms. */
  explainMs: number;
  plan: string;
}

async function main() {
  const started = new Date();
  if (!opts['no-build']) build();
  const postgres = await serverVersion();
  const database = await createDatabase('tessera_bench_million');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-bench-million-'));
  const logFile = path.join(work, 'tessera.log');
  const env = (extra: Record<string, string> = {}) => ({
    DATABASE_URL: database.url,
    TESSERA_SECRET: SECRET,
    TESSERA_ADMIN_TOKEN: ADMIN_TOKEN,
    TESSERA_ROLE: 'api',
    TESSERA_RATE_LIMIT_PER_MINUTE: '1000000',
    TESSERA_USER_RATE_LIMIT: '1000000',
    ...extra,
  });
  let server: TesseraProcess | null = null;
  process.once('exit', () => server?.child.exitCode === null && server.child.kill('SIGKILL'));
  const verification: Array<PacedResult & { cache: 'warm' | 'disabled'; target: number; met: boolean }> = [];
  const lists: ListCase[] = [];
  let seed!: Record<string, unknown>;
  let db: pg.Client | null = null;
  try {
    server = await startTessera({ dataDir: path.join(work, 'data'), logFile, env: env() });
    const alias = `million-${randomBytes(3).toString('hex')}`;
    const org = await call(server.base, ADMIN_TOKEN, 'POST', '/admin/v1/organizations', { name: 'Million Org', alias });
    const envs: Env[] = [];
    for (const e of org.data.attributes.environments as Array<{ id: string; kind: Env['kind'] }>) {
      const k = await call(server.base, ADMIN_TOKEN, 'POST', `/admin/v1/environments/${e.id}/api-keys`, { name: 'bench client', permissions: ['oauth.introspect', 'api_key.read'] });
      envs.push({ id: e.id, uuid: '', kind: e.kind, key: k.data.attributes.value as string });
    }
    const small = envs.find((e) => e.kind === 'sandbox')!;
    const large = envs.find((e) => e.kind === 'production')!;

    db = new pg.Client({ connectionString: database.url });
    db.on('error', () => undefined);
    await db.connect();
    // Public ids are prefixed; the rows want the UUIDs.
    const { rows: envRows } = await db.query<{ id: string; kind: string; organization_id: string }>(
      'SELECT e.id, e.kind, e.organization_id FROM environments e JOIN organizations o ON o.id = e.organization_id WHERE o.alias = $1',
      [alias],
    );
    for (const e of envs) e.uuid = envRows.find((r) => r.kind === e.kind)!.id;
    const orgUuid = envRows[0]!.organization_id;
    log(`COPY ${SMALL - 1} keys into the sandbox environment and ${LARGE - 1} into production…`);
    const t0 = performance.now();
    await copyKeys(db, orgUuid, small, SMALL - 1);
    const sample = await copyKeys(db, orgUuid, large, LARGE - 1);
    const copySeconds = round((performance.now() - t0) / 1000, 1);
    await db.query('ANALYZE credentials');
    const counts = await db.query<{ environment_id: string; n: number }>(`SELECT environment_id, count(*)::int AS n FROM credentials WHERE kind = 'api_key' GROUP BY environment_id`);
    const count = (e: Env) => counts.rows.find((r) => r.environment_id === e.uuid)?.n ?? 0;
    seed = { method: 'COPY credentials FROM STDIN (pg-copy-streams), tokens and HMACs computed in the bench', seconds: copySeconds, sandboxKeys: count(small), productionKeys: count(large), tableRows: Number((await db.query('SELECT count(*) AS n FROM credentials')).rows[0].n) };
    log(`Seeded in ${copySeconds} s: ${JSON.stringify(seed)}`);

    const introspectToken = (token: string) => ({
      path: '/oauth/introspect',
      method: 'POST' as const,
      headers: { authorization: `Bearer ${large.key}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: `token=${encodeURIComponent(token)}`,
    });
    const introspect = () => introspectToken(sample[Math.floor(Math.random() * sample.length)]!);
    // The warm-up presents every sampled key once, in turn: random draws would leave about a third of
    // them unseen, and their first use in the measured run would be a cache miss, not a warm verification.
    let nextInTurn = 0;
    const introspectEach = () => introspectToken(sample[nextInTurn++ % sample.length]!);
    const check = await fetch(server.base + '/oauth/introspect', { method: 'POST', headers: introspect().headers, body: introspect().body });
    const checked = (await check.json()) as { active?: boolean };
    if (!checked.active) throw new Error(`a seeded key does not verify: ${check.status} ${JSON.stringify(checked)}`);

    for (const cache of ['warm', 'disabled'] as const) {
      if (cache === 'disabled') {
        await stopProcess(server.child);
        server = await startTessera({ dataDir: path.join(work, 'data'), logFile, env: env({ TESSERA_CACHE_MAX: '0' }) });
      }
      const origin = server.base;
      log(`Verification, cache ${cache}: warm-up, then ${SECONDS} s at ${RATE} req/s…`);
      nextInTurn = 0;
      await pacedLoad({ origin, rate: RATE, seconds: Math.max(4, SAMPLE / RATE + 1), connections: 20, next: introspectEach });
      const r = await pacedLoad({ origin, rate: RATE, seconds: SECONDS, connections: 20, next: introspect });
      const target = cache === 'warm' ? 5 : 15;
      verification.push({ ...r, cache, target, met: r.p99 <= target && r.non2xx === 0 });
      log(`  p50 ${r.p50} ms, p99 ${r.p99} ms, max ${r.max} ms, non-2xx ${r.non2xx}`);
    }

    // List pages: the same page size in both environments; the first page and one 10,000 keys deep
    // (`page[after]`, keyset), or as deep as the small environment goes.
    const origin = server.base;
    const pageAfter = async (e: Env, depth: number): Promise<string> => {
      const { rows } = await db!.query<{ id: string }>(
        `SELECT id FROM credentials WHERE environment_id = $1 AND kind = 'api_key' ORDER BY id DESC OFFSET $2 LIMIT 1`,
        [e.uuid, depth],
      );
      return rows[0]!.id;
    };
    const cases: Array<{ e: Env; label: string; keys: number; page: ListCase['page']; url: string; after: string | null }> = [];
    for (const [e, label, keys] of [
      [small, 'sandbox', count(small)],
      [large, 'production', count(large)],
    ] as const) {
      cases.push({ e, label, keys, page: 'first', url: `/api/v1/api-keys?page[size]=${PAGE_SIZE}`, after: null });
      const first = await call<{ data: Array<{ id: string }>; links?: { next?: string } }>(origin, e.key, 'GET', `/api/v1/api-keys?page[size]=${PAGE_SIZE}`);
      if (first.data.length !== PAGE_SIZE) throw new Error(`list page of ${label}: ${first.data.length} items`);
      // A deep page: the cursor of the key at depth min(900, keys-100), as the API encodes it (walk the links).
      let url = `/api/v1/api-keys?page[size]=${PAGE_SIZE}`;
      for (let i = 0; i < Math.floor(Math.min(900, keys - 100) / PAGE_SIZE); i++) {
        const p = await call<{ data: unknown[]; links?: { next?: string | null } }>(origin, e.key, 'GET', url);
        const next = p.links?.next;
        if (!next) break;
        url = next.startsWith('http') ? new URL(next).pathname + new URL(next).search : next;
      }
      cases.push({ e, label, keys, page: 'deep', url, after: await pageAfter(e, Math.floor(Math.min(900, keys - 100) / PAGE_SIZE) * PAGE_SIZE - 1) });
    }
    const timings = new Map<string, number[]>(cases.map((c) => [`${c.label} ${c.page}`, []]));
    log(`List pages: ${LIST_REQUESTS} sequential requests per case, interleaved…`);
    for (let i = 0; i < LIST_REQUESTS + 20; i++) {
      for (const c of cases) {
        const t = performance.now();
        const res = await fetch(origin + c.url, { headers: { authorization: `Bearer ${c.e.key}` } });
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`${c.url}: ${res.status}`);
        if (i >= 20) timings.get(`${c.label} ${c.page}`)!.push(performance.now() - t); // first 20: warm-up
      }
    }
    for (const c of cases) {
      const sql = `SELECT * FROM credentials WHERE environment_id = $1 AND kind = 'api_key' AND deleted_at IS NULL${c.after ? ' AND id < $2' : ''} ORDER BY id DESC LIMIT ${PAGE_SIZE + 1}`;
      const explain = await db!.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, c.after ? [c.e.uuid, c.after] : [c.e.uuid]);
      const plan = explain.rows.map((r) => r['QUERY PLAN']);
      const t = timings.get(`${c.label} ${c.page}`)!;
      lists.push({
        environment: c.label,
        keys: c.keys,
        page: c.page,
        requests: t.length,
        p50: round(percentile(t, 50), 2),
        p95: round(percentile(t, 95), 2),
        explainMs: Number(/Execution Time: ([\d.]+)/.exec(plan.join('\n'))?.[1] ?? NaN),
        plan: plan.join('\n'),
      });
    }
  } finally {
    await db?.end().catch(() => undefined);
    if (server) await stopProcess(server.child);
    await dropDatabase(database.name);
  }
  fs.rmSync(work, { recursive: true, force: true }); // kept (with the server's log) when the run failed

  const ratio = (page: ListCase['page']) => {
    const s = lists.find((l) => l.environment === 'sandbox' && l.page === page)!;
    const l = lists.find((x) => x.environment === 'production' && x.page === page)!;
    return round(l.p50 / s.p50, 2);
  };
  const targets = [
    ...verification.map((v) => ({ what: `verify p99, cache ${v.cache}`, target: `≤ ${v.target} ms`, measured: `${v.p99} ms`, met: v.met })),
    ...(['first', 'deep'] as const).map((p) => ({ what: `list page (${p}), 1,000,000 keys / 1,000 keys (p50)`, target: '≤ 1.5×', measured: `${ratio(p)}×`, met: ratio(p) <= 1.5 })),
  ];
  const machine = machineInfo();
  const git = gitInfo();
  const notes = [
    `Latency cases are open loop at ${RATE} req/s (20 connections, undici): a request is due every ${round(1000 / RATE, 2)} ms (sent in a burst when the bench's timer is late) and its latency counts from when it is sent, in the bench process on the same machine (its own CPU time included). A saturation run would measure the queue, not the request (see \`npm run bench:verify\` for throughput).`,
    '`POST /oauth/introspect` verifies two credentials per request: the client (an API key of the million-key environment) and the presented key (random among 1,000 spread over the million). With the cache disabled, both are read from the 1,000,000-row table by the unique index on the keyed hash.',
    'List pages are timed one request at a time (the bench\'s fetch, keep-alive), the four cases interleaved after 20 warm-up rounds; the query plans are EXPLAIN (ANALYZE, BUFFERS) of the repository\'s query (keyset on the partial index `credentials_env_idx (environment_id, id DESC) WHERE kind = \'api_key\'`).',
    loadNote(machine, 'npm run bench:million'),
  ];
  const result = {
    benchmark: 'million',
    date: started.toISOString(),
    git,
    machine,
    postgres,
    settings: { rate: RATE, seconds: SECONDS, pageSize: PAGE_SIZE, listRequests: LIST_REQUESTS, tessera: 'node bin/tessera.js serve, DATABASE_URL on the machine\'s PostgreSQL server (fresh database), TESSERA_ROLE=api, LOG_LEVEL=warn, rate limits raised; cache warm = defaults, disabled = TESSERA_CACHE_MAX=0' },
    seed,
    verification,
    lists,
    targets,
    notes,
  };
  const md = [
    ...header('1,000,000 API keys', started, machine, git, 'npm run bench:million', postgres),
    `Data: ${JSON.stringify(seed)}.`,
    '',
    '| Target | Wanted | Measured | Result |',
    '|---|---|---:|---|',
    ...targets.map((x) => `| ${x.what} | ${x.target} | ${x.measured} | ${verdict(x.met)} |`),
    '',
    `Verification (\`POST /oauth/introspect\`, ${RATE} req/s for ${SECONDS} s):`,
    '',
    '| Cache | requests | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | non-2xx |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...verification.map((v) => `| ${v.cache} | ${v.requests} | ${v.p50} | ${v.p95} | ${v.p99} | ${v.max} | ${v.non2xx} |`),
    '',
    `List page (\`GET /api/v1/api-keys?page[size]=${PAGE_SIZE}\`):`,
    '',
    '| Environment | keys | page | requests | p50 (ms) | p95 (ms) | query (EXPLAIN ANALYZE, ms) |',
    '|---|---:|---|---:|---:|---:|---:|',
    ...lists.map((l) => `| ${l.environment} | ${l.keys} | ${l.page} | ${l.requests} | ${l.p50} | ${l.p95} | ${l.explainMs} |`),
    '',
    'Query plan, 1,000,000 keys, deep page:',
    '',
    '```',
    lists.find((l) => l.environment === 'production' && l.page === 'deep')?.plan ?? '',
    '```',
    '',
    '## Notes',
    '',
    ...notes.map((n) => `- ${n}`),
  ].join('\n');
  writeResults('million', started, result, md);
}

runBench(main);
