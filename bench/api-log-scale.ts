/**
 * `npm run bench:api-log-scale`: the API log with 1,000,000 rows in one
 * environment (issue 15, deliverable 4).
 *
 * Tessera runs as `npm start` does (`node bin/tessera.js serve`), on its
 * embedded PostgreSQL (fresh data dir) or, with `--db server`, on a fresh
 * database of the PostgreSQL server at --server-url. One organization is made
 * through the admin API; then the rows go straight into the database with one
 * `INSERT … SELECT generate_series` per environment (no round trip per row):
 * --rows in the sandbox spread evenly over the last --days days (ids are
 * time-ordered like the writer's UUIDv7s; statuses, methods and paths mixed as
 * below), --other more in production. Then `VACUUM ANALYZE` (autovacuum's job
 * after a bulk load; done once so the bench measures the steady state).
 *
 * Measures, one request at a time (keep-alive), cases interleaved:
 * - GET /api/v1/api-logs/{req_…} for --requests random rows of the sandbox;
 * - GET /api/v1/api-logs?filter[…] first pages (page size 10, the default) for
 *   each filter below, and the unfiltered first page;
 * then the lookups again with fetch (pages between, untimed), and the same reads
 * in SQL, through the repository the routes use (no HTTP), each a pass of its
 * own, with the query plan of each (EXPLAIN ANALYZE, BUFFERS).
 * Then the cost of the writer's insert (COPY of 500-row batches, with the
 * table's indexes and triggers at a million rows), and the retention purge of
 * every row older than 30 days in batches of 5,000 while a writer keeps
 * copying batches: the purge's time and the inserts' latency meanwhile.
 *
 * Options: --rows N (1000000), --other N (200000), --days N (35), --requests N (1000), --warmup N (100),
 *          --db embedded|server (embedded), --server-url URL, --no-build.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Kysely, PostgresDialect, type CompiledQuery } from 'kysely';
import pg from 'pg';
import { Pool } from 'undici';
import { purgeExpiredApiLogs, type ApiLogEntry, type ApiLogFilter } from '../src/api-logs/index.js';
import { systemClock } from '../src/core/clock.js';
import { encodeId, newId, decodeId } from '../src/core/ids.js';
import { closeDb, createDb } from '../src/storage/database.js';
import { embeddedUrl } from '../src/storage/embedded.js';
import { apiLogRepository } from '../src/storage/repositories/api-logs.js';
import type { Database } from '../src/storage/schema.js';
import { gitInfo, header, loadNote, machineInfo, percentile, round, verdict, writeResults } from './lib/results.js';
import { build, call, startTessera, stopProcess, type TesseraProcess } from './lib/tessera.js';
import { freshServerDatabase } from './lib/postgres.js';
import { log, runBench } from './lib/util.js';

const { values: opts } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    other: { type: 'string', default: '200000' },
    days: { type: 'string', default: '35' },
    requests: { type: 'string', default: '1000' },
    warmup: { type: 'string', default: '100' },
    db: { type: 'string', default: 'embedded' },
    'server-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
    'no-build': { type: 'boolean', default: false },
  },
});
const ROWS = Number(opts.rows);
const OTHER = Number(opts.other);
const DAYS = Number(opts.days);
const REQUESTS = Number(opts.requests);
// Rounds of every read before timing starts: V8 optimizes a function after some hundreds of calls, on a
// thread that takes one of the two cores, and the first reads of each filter warm PostgreSQL's caches.
const WARMUP = Number(opts.warmup);
const DB = opts.db === 'server' ? 'server' : 'embedded';
const SECRET = randomBytes(32).toString('base64url');
const ADMIN_TOKEN = 'tadm_' + randomBytes(24).toString('base64url');
const LOOKUP_TARGET_MS = 5;
const PAGE_TARGET_MS = 20;
const RETENTION_DAYS = 30;
const DAY_MS = 86_400_000;

/** Paths by weight (of 100): the share a real environment's log might show. */
const PATHS: Array<[string, number]> = [
  ['/api/v1/inquiries', 20],
  ['/api/v1/inquiries/inq_000358NAB0000000000000001', 15],
  ['/api/v1/connect/share-tokens', 10],
  ['/api/v1/connect/share-tokens/shtk_000358NAB000000000000001', 15],
  ['/api/v1/accounts', 10],
  ['/api/v1/transactions', 8],
  ['/api/v1/verifications', 8],
  ['/api/v1/events', 6],
  ['/api/v1/rate-limits', 4],
  ['/api/v1/webhooks', 3],
  ['/api/v1/api-keys', 1],
];

/**
 * `n` rows of `env` spread evenly over the `days` days before `now`, as the
 * writer stores them: the id's first 48 bits are the arrival in milliseconds
 * (UUIDv7), so newest-first by id is newest-first by time. Of every 100
 * requests 80 are 200, 4 are 201, 2 are 304, 6 are 404, 3 are 401, 2 are 403,
 * 1 is 422, 2 are 500; 70 are GET, 20 POST, 8 PATCH, 2 DELETE.
 */
async function seed(db: pg.Client, orgId: string, envId: string, credentialId: string, n: number, now: Date): Promise<void> {
  const pathCase = ['CASE'];
  let acc = 0;
  for (const [p, w] of PATHS) {
    acc += w;
    pathCase.push(`WHEN h.bucket < ${acc} THEN '${p}'`);
  }
  pathCase.push(`ELSE '/api/v1/inquiries' END`);
  await db.query(
    `INSERT INTO api_logs (id, organization_id, environment_id, credential_id, method, path, status, latency_ms,
       ip_address, user_agent, request, response_headers, created_at, redacted_at)
     SELECT encode(set_byte(overlay(uuid_send(gen_random_uuid()) PLACING substring(int8send((extract(epoch FROM t.at) * 1000)::bigint) FROM 3 FOR 6) FROM 1 FOR 6),
              6, (get_byte(uuid_send(gen_random_uuid()), 6) & 15) | 112), 'hex')::uuid,
       $1, $2, CASE WHEN s.status = 401 THEN NULL ELSE $3::uuid END,
       CASE WHEN i % 50 = 7 THEN 'DELETE' WHEN i % 50 < 4 THEN 'PATCH' WHEN i % 5 = 1 THEN 'POST' ELSE 'GET' END,
       ${pathCase.join(' ')}, s.status, 3.5 + (i % 40),
       '203.0.113.' || (i % 250), 'bench/1.0',
       '{"headers":{"Accept":"application/json","Authorization":"Bearer tsk_sandbox_AbCd****"},"getParams":{},"postParams":{}}'::jsonb,
       '{"Content-Type":"application/json; charset=utf-8","Request-Id":"req_x"}'::jsonb,
       t.at, NULL
     FROM generate_series(1, $5::int) AS i
     CROSS JOIN LATERAL (SELECT $4::timestamptz - make_interval(secs => (i::float8 / $5) * $6) AS at) AS t
     -- Multiplicative hashing: the path does not follow the status or method (both taken from i's residues).
     CROSS JOIN LATERAL (SELECT ((i::bigint * 2654435761) % 4294967296) * 100 / 4294967296 AS bucket) AS h
     CROSS JOIN LATERAL (SELECT CASE
       WHEN i % 100 < 80 THEN 200 WHEN i % 100 < 84 THEN 201 WHEN i % 100 < 86 THEN 304 WHEN i % 100 < 92 THEN 404
       WHEN i % 100 < 95 THEN 401 WHEN i % 100 < 97 THEN 403 WHEN i % 100 < 98 THEN 422 ELSE 500 END AS status) AS s`,
    [orgId, envId, credentialId, now.toISOString(), n, (DAYS * DAY_MS) / 1000],
  );
}

interface FilterCase {
  name: string;
  query: string;
  filter: ApiLogFilter;
}

function filterCases(now: number): FilterCase[] {
  const start = new Date(now - 10 * DAY_MS);
  const end = new Date(start.getTime() + 3_600_000);
  return [
    { name: 'no filter (newest first)', query: '', filter: {} },
    { name: 'status=4xx', query: 'filter[status]=4xx', filter: { statuses: [{ min: 400, max: 499 }] } },
    { name: 'status=500 (2 % of rows)', query: 'filter[status]=500', filter: { statuses: [{ exact: 500 }] } },
    { name: 'method=DELETE (2 %)', query: 'filter[method]=DELETE', filter: { methods: ['DELETE'] } },
    { name: 'path=/api/v1/connect/share-tokens (prefix, 25 %)', query: 'filter[path]=/api/v1/connect/share-tokens', filter: { paths: ['/api/v1/connect/share-tokens'] } },
    { name: 'path=/api/v1/api-keys (prefix, 1 %)', query: 'filter[path]=/api/v1/api-keys', filter: { paths: ['/api/v1/api-keys'] } },
    {
      name: 'created-at: one hour, 10 days ago',
      query: `filter[created-at-start]=${start.toISOString()}&filter[created-at-end]=${end.toISOString()}`,
      filter: { createdAtStart: start, createdAtEnd: end },
    },
    { name: 'status=4xx and method=POST', query: 'filter[status]=4xx&filter[method]=POST', filter: { statuses: [{ min: 400, max: 499 }], methods: ['POST'] } },
    {
      name: 'status=500, path=/api/v1/inquiries, last 7 days',
      query: `filter[status]=500&filter[path]=/api/v1/inquiries&filter[created-at-start]=${new Date(now - 7 * DAY_MS).toISOString()}`,
      filter: { statuses: [{ exact: 500 }], paths: ['/api/v1/inquiries'], createdAtStart: new Date(now - 7 * DAY_MS) },
    },
  ];
}

interface Timing {
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

const timing = (ms: number[]): Timing => ({
  requests: ms.length,
  p50: round(percentile(ms, 50), 2),
  p95: round(percentile(ms, 95), 2),
  p99: round(percentile(ms, 99), 2),
  max: round(Math.max(...ms), 2),
});

function apiLogEntry(environmentId: string, organizationId: string): ApiLogEntry {
  return {
    id: decodeId('req', newId('req'))!,
    organizationId,
    environmentId,
    credentialId: null,
    method: 'GET',
    path: '/api/v1/inquiries',
    status: 200,
    latencyMs: 4.2,
    ipAddress: '203.0.113.9',
    userAgent: 'bench/1.0',
    request: { headers: { Accept: 'application/json', Authorization: 'Bearer tsk_sandbox_AbCd****' }, getParams: {}, postParams: {} },
    responseHeaders: { 'Content-Type': 'application/json; charset=utf-8', 'Request-Id': 'req_x' },
    createdAt: new Date(),
    redactedAt: null,
  };
}


async function main() {
  const started = new Date();
  const loadStart = fs.readFileSync('/proc/loadavg', 'utf8').trim();
  if (!opts['no-build']) build();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-bench-api-log-'));
  fs.chmodSync(work, 0o755); // PostgreSQL runs as `postgres` when we are root
  const dataDir = path.join(work, 'data');
  const logFile = path.join(work, 'tessera.log');
  let server: TesseraProcess | null = null;
  let admin: pg.Client | null = null;
  const fresh = DB === 'server' ? await freshServerDatabase(opts['server-url']!) : null;
  process.once('exit', () => server?.child.exitCode === null && server.child.kill('SIGKILL'));
  const result: Record<string, unknown> = {};
  const md: string[] = [];
  try {
    log(`Starting Tessera (serve, ${DB === 'server' ? 'PostgreSQL server, fresh database' : 'embedded PostgreSQL'}) in ${dataDir}…`);
    server = await startTessera({
      dataDir,
      logFile,
      env: {
        TESSERA_SECRET: SECRET,
        TESSERA_ADMIN_TOKEN: ADMIN_TOKEN,
        TESSERA_RATE_LIMIT_PER_MINUTE: '1000000',
        // The bench purges the old rows itself, timed, while it writes: the server's own purge stays out of it.
        TESSERA_API_LOG_RETENTION_DAYS: '3650',
        ...(fresh ? { DATABASE_URL: fresh.url } : {}),
      },
      timeoutMs: 120_000,
    });
    const alias = `apilog-${randomBytes(3).toString('hex')}`;
    const org = await call(server.base, ADMIN_TOKEN, 'POST', '/admin/v1/organizations', { name: 'API Log Org', alias });
    const envs = org.data.attributes.environments as Array<{ id: string; kind: string }>;
    const sandbox = envs.find((e) => e.kind === 'sandbox')!;
    const key = await call(server.base, ADMIN_TOKEN, 'POST', `/admin/v1/environments/${sandbox.id}/api-keys`, { name: 'bench', permissions: ['api_log.read'] });
    const apiKey = key.data.attributes.value as string;

    const url = fresh ? fresh.url : embeddedUrl(path.join(dataDir, 'postgres'), fs.readFileSync(path.join(dataDir, 'postgres', 'password'), 'utf8').trim());
    admin = new pg.Client({ connectionString: url });
    admin.on('error', () => undefined);
    await admin.connect();
    const postgres = `${DB === 'server' ? 'PostgreSQL server' : 'embedded PostgreSQL'} ${(await admin.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]!.v.split(' ')[0]}`;
    const { rows: envRows } = await admin.query<{ id: string; kind: string; organization_id: string }>(
      'SELECT e.id, e.kind, e.organization_id FROM environments e JOIN organizations o ON o.id = e.organization_id WHERE o.alias = $1',
      [alias],
    );
    const sandboxUuid = envRows.find((r) => r.kind === 'sandbox')!.id;
    const productionUuid = envRows.find((r) => r.kind === 'production')!.id;
    const orgUuid = envRows[0]!.organization_id;
    const { rows: keyRows } = await admin.query<{ id: string }>(`SELECT id FROM credentials WHERE environment_id = $1 AND kind = 'api_key' LIMIT 1`, [sandboxUuid]);

    log(`INSERT … SELECT generate_series: ${ROWS} rows in the sandbox over ${DAYS} days, ${OTHER} in production…`);
    const now = new Date();
    const t0 = performance.now();
    await seed(admin, orgUuid, sandboxUuid, keyRows[0]!.id, ROWS, now);
    await seed(admin, orgUuid, productionUuid, keyRows[0]!.id, OTHER, now);
    const insertSeconds = round((performance.now() - t0) / 1000, 1);
    const t1 = performance.now();
    await admin.query('VACUUM ANALYZE api_logs');
    const vacuumSeconds = round((performance.now() - t1) / 1000, 1);
    const count = async (env: string) => Number((await admin!.query('SELECT count(*) AS n FROM api_logs WHERE environment_id = $1', [env])).rows[0].n);
    const indexes = (
      await admin.query<{ name: string; def: string; size: string }>(
        `SELECT indexrelname AS name, pg_get_indexdef(indexrelid) AS def, pg_size_pretty(pg_relation_size(indexrelid)) AS size
         FROM pg_stat_user_indexes WHERE relname = 'api_logs' ORDER BY 1`,
      )
    ).rows;
    const triggers = (await admin.query<{ tgname: string }>(`SELECT tgname FROM pg_trigger WHERE tgrelid = 'api_logs'::regclass AND NOT tgisinternal ORDER BY 1`)).rows.map((r) => r.tgname);
    const seeded = {
      method: 'INSERT … SELECT generate_series (one statement per environment), then VACUUM ANALYZE api_logs',
      insertSeconds,
      vacuumSeconds,
      sandboxRows: await count(sandboxUuid),
      productionRows: await count(productionUuid),
      spread: `evenly over the ${DAYS} days before the seed`,
      tableSize: (await admin.query(`SELECT pg_size_pretty(pg_total_relation_size('api_logs')) AS s`)).rows[0].s,
    };
    log(`Seeded: ${JSON.stringify(seeded)}`);

    // The repository the routes use, on a pool of its own; a second handle logs the SQL it runs (for EXPLAIN).
    const db = createDb({ url, max: 4 });
    const repo = apiLogRepository(db);
    let compiled: CompiledQuery | null = null;
    const logged = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) }), log: (e) => void (compiled = e.query) });
    const loggedRepo = apiLogRepository(logged);

    // Twice as many rows as timed lookups: every other one is read with fetch, for comparison.
    const sample = (await admin.query<{ id: string }>('SELECT id FROM api_logs WHERE environment_id = $1 ORDER BY random() LIMIT $2', [sandboxUuid, 2 * (REQUESTS + WARMUP)])).rows.map((r) => r.id);
    const cases = filterCases(now.getTime());
    const lookups = { http: [] as number[], fetch: [] as number[], sql: [] as number[], requestIds: [] as string[] };
    const pages = new Map(cases.map((c) => [c.name, { http: [] as number[], sql: [] as number[], items: 0, requestIds: [] as string[] }]));
    const headers = { authorization: `Bearer ${apiKey}` };
    // The timed client is undici's request() on one keep-alive connection, as a lean HTTP client in
    // another language would be. The three kinds of timing run as separate passes, so that while HTTP
    // is timed this process does nothing else: its own garbage (fetch's WHATWG objects, the
    // repository's rows) would otherwise be collected in the middle of a timed request.
    const client = new Pool(server.base, { connections: 1, pipelining: 1 });
    const get = async (path: string) => {
      const t = performance.now();
      const res = await client.request({ method: 'GET', path, headers });
      const body = await res.body.text();
      return { ms: performance.now() - t, status: res.statusCode, requestId: String(res.headers['request-id']), body };
    };
    /** The first pages of every case, one request each (timed when `record`). */
    const pagesRound = async (record: boolean) => {
      for (const c of cases) {
        const p = pages.get(c.name)!;
        const r = await get(`/api/v1/api-logs${c.query ? `?${c.query}` : ''}`);
        if (r.status !== 200) throw new Error(`GET api-logs ${c.query}: ${r.status} ${r.body.slice(0, 300)}`);
        if (record) {
          p.http.push(r.ms);
          p.requestIds.push(r.requestId);
        }
      }
    };
    log(`HTTP: ${WARMUP} warm-up + ${REQUESTS} rounds of a lookup and the ${cases.length} first pages…`);
    for (let i = 0; i < REQUESTS + WARMUP; i++) {
      const res = await get(`/api/v1/api-logs/${encodeId('req', sample[2 * i]!)}`);
      if (res.status !== 200) throw new Error(`GET api-log: ${res.status}`);
      if (i >= WARMUP) {
        lookups.http.push(res.ms);
        lookups.requestIds.push(res.requestId);
      }
      await pagesRound(i >= WARMUP);
    }
    log('The same rounds with the lookup read by fetch (other rows; pages not timed)…');
    for (let i = 0; i < REQUESTS + WARMUP; i++) {
      const t = performance.now();
      const viaFetch = await fetch(`${server.base}/api/v1/api-logs/${encodeId('req', sample[2 * i + 1]!)}`, { headers });
      await viaFetch.arrayBuffer();
      if (viaFetch.status !== 200) throw new Error(`GET api-log (fetch): ${viaFetch.status}`);
      if (i >= WARMUP) lookups.fetch.push(performance.now() - t);
      await pagesRound(false);
    }
    log('SQL: the same reads through the repository…');
    for (let i = 0; i < REQUESTS + WARMUP; i++) {
      let t = performance.now();
      if (!(await repo.find(sandboxUuid, sample[2 * i]!))) throw new Error('find: no row');
      if (i >= WARMUP) lookups.sql.push(performance.now() - t);
      for (const c of cases) {
        const p = pages.get(c.name)!;
        t = performance.now();
        const page = await repo.list(sandboxUuid, c.filter, { limit: 10 });
        if (i >= WARMUP) p.sql.push(performance.now() - t);
        p.items = page.items.length;
      }
    }
    const explain = async (run: () => Promise<unknown>): Promise<string> => {
      compiled = null;
      await run();
      const q = compiled as CompiledQuery | null;
      if (!q) return '(no query seen)';
      const r = await admin!.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${q.sql}`, q.parameters as unknown[]);
      // A window's id list is thousands of UUIDs long: the plan shows how many, not which.
      return r.rows.map((x) => x['QUERY PLAN'].replace(/'\{[0-9a-f,-]{200,}\}'::uuid\[\]/g, (m) => `'{…${m.split(',').length} ids…}'::uuid[]`)).join('\n');
    };
    // The server's own time for each timed request (arrival to the response's end), from its API log
    // row: what Tessera spent, without the client's share (its event loop, waiting for a core).
    await get('/api/v1/api-logs');
    await client.close();
    const serverMs = async (requestIds: string[]): Promise<number[]> =>
      (await admin!.query<{ latency_ms: number }>('SELECT latency_ms FROM api_logs WHERE id = ANY($1::uuid[])', [requestIds.map((r) => decodeId('req', r))])).rows.map((r) => r.latency_ms);
    const lookupServerMs = await serverMs(lookups.requestIds);
    const pageServerMs = new Map<string, number[]>();
    for (const c of cases) pageServerMs.set(c.name, await serverMs(pages.get(c.name)!.requestIds));
    const plans: Record<string, string> = { lookup: await explain(() => loggedRepo.find(sandboxUuid, sample[0]!)) };
    for (const c of cases) plans[c.name] = await explain(() => loggedRepo.list(sandboxUuid, c.filter, { limit: 10 }));

    log('Insert cost: 40 COPY batches of 500 rows…');
    const insertBatch = async () => {
      const batch = Array.from({ length: 500 }, () => apiLogEntry(sandboxUuid, orgUuid));
      const t = performance.now();
      await repo.insertMany(batch);
      return performance.now() - t;
    };
    const quiet: number[] = [];
    for (let i = 0; i < 40; i++) quiet.push(await insertBatch());

    log(`Purge of rows older than ${RETENTION_DAYS} days (batches of 5,000) while a writer copies 500-row batches…`);
    const stale = Number((await admin.query('SELECT count(*) AS n FROM api_logs WHERE created_at < $1', [new Date(Date.now() - RETENTION_DAYS * DAY_MS)])).rows[0].n);
    const during: number[] = [];
    let purging = true;
    const writer = (async () => {
      while (purging) during.push(await insertBatch());
    })();
    const batchMs: number[] = [];
    let last = performance.now();
    const tp = performance.now();
    const purged = await purgeExpiredApiLogs({
      ctx: { store: { apiLogs: repo }, clock: systemClock },
      input: {
        retentionDays: RETENTION_DAYS,
        maxBatches: 10_000,
        onBatch: () => {
          const t = performance.now();
          batchMs.push(t - last);
          last = t;
        },
      },
    });
    const purgeSeconds = round((performance.now() - tp) / 1000, 1);
    purging = false;
    await writer;
    const left = Number((await admin.query('SELECT count(*) AS n FROM api_logs WHERE created_at < $1', [new Date(Date.now() - RETENTION_DAYS * DAY_MS)])).rows[0].n);
    await logged.destroy();
    await closeDb(db, 1_000);

    const executionMs = (plan: string | undefined) => Number(/Execution Time: ([\d.]+) ms/.exec(plan ?? '')?.[1] ?? NaN);
    const lookupHttp = timing(lookups.http);
    const lookupFetch = timing(lookups.fetch);
    const lookupSql = timing(lookups.sql);
    const lookupServer = timing(lookupServerMs);
    const pageRows = cases.map((c) => {
      const p = pages.get(c.name)!;
      const http = timing(p.http);
      const server = timing(pageServerMs.get(c.name)!);
      return { name: c.name, query: c.query, items: p.items, http, server, sql: timing(p.sql), planExecutionMs: executionMs(plans[c.name]), met: http.p99 <= PAGE_TARGET_MS };
    });
    const loadEnd = fs.readFileSync('/proc/loadavg', 'utf8').trim();
    const insert = { quiet: timing(quiet), duringPurge: timing(during), usPerRowQuiet: round((percentile(quiet, 50) * 1000) / 500, 1) };
    const purge = { staleRows: stale, purged, seconds: purgeSeconds, batches: batchMs.length, batch: timing(batchMs), staleLeft: left, writesDuringPurge: during.length };
    Object.assign(result, {
      benchmark: 'api-log-scale',
      date: started.toISOString(),
      git: gitInfo(),
      machine: machineInfo(),
      loadavg: { start: loadStart, end: loadEnd },
      postgres,
      settings: { rows: ROWS, otherRows: OTHER, days: DAYS, requests: REQUESTS, warmup: WARMUP, pageSize: 10, targets: { lookupP99Ms: LOOKUP_TARGET_MS, filteredPageP99Ms: PAGE_TARGET_MS } },
      seeded,
      indexes,
      triggers,
      lookup: { http: lookupHttp, fetch: lookupFetch, server: lookupServer, sql: lookupSql, planExecutionMs: executionMs(plans.lookup), met: lookupHttp.p99 <= LOOKUP_TARGET_MS },
      pages: pageRows,
      insert,
      purge,
      plans,
    });
    const machine = machineInfo();
    md.push(
      ...header('API log at 1,000,000 rows: lookups, filtered pages, inserts, retention', started, machine, gitInfo(), `npm run bench:api-log-scale${DB === 'server' ? ' -- --db server' : ''}`, postgres),
      `Load (/proc/loadavg) at the start: ${loadStart}; at the end: ${loadEnd}.`,
      '',
      `Data: ${JSON.stringify(seeded)}.`,
      '',
      `Indexes on api_logs: ${indexes.map((x) => `\`${x.name}\` (${x.size})`).join(', ')}. Triggers: ${triggers.join(', ') || 'none'}.`,
      '',
      `Timed by the bench, one request at a time (undici's \`request()\` on one keep-alive connection, send to last byte; the HTTP pass does nothing else, the fetch lookups and the SQL run in passes of their own) and, for SQL, the repository call the route makes (no HTTP); ${REQUESTS} each after ${WARMUP} warm-up, cases interleaved. Server: the same requests as Tessera timed them (arrival to the response's end, the latency in each one's own API log row), without the client's share. The plan's execution is PostgreSQL's own time for the statement (EXPLAIN ANALYZE, once, after the runs): what the reads cost without waiting for a core.`,
      '',
      '| Read | HTTP p50 / p95 / p99 / max (ms) | server p50 / p99 (ms) | SQL p50 / p95 / p99 (ms) | the plan\'s execution (ms) | rows on the page | HTTP p99 target |',
      '|---|---|---|---|---:|---:|---|',
      `| lookup by Request-Id (\`GET /api/v1/api-logs/req_…\`, random rows) | ${lookupHttp.p50} / ${lookupHttp.p95} / ${lookupHttp.p99} / ${lookupHttp.max} | ${lookupServer.p50} / ${lookupServer.p99} | ${lookupSql.p50} / ${lookupSql.p95} / ${lookupSql.p99} | ${executionMs(plans.lookup)} | 1 | ≤ ${LOOKUP_TARGET_MS} ms ${verdict(lookupHttp.p99 <= LOOKUP_TARGET_MS)} |`,
      `| the same lookup read with \`fetch\` (other random rows, a pass of its own, pages between as in the HTTP pass) | ${lookupFetch.p50} / ${lookupFetch.p95} / ${lookupFetch.p99} / ${lookupFetch.max} | | | | 1 | (for comparison) |`,
      ...pageRows.map(
        (p) =>
          `| first page, ${p.name}${p.query ? ` (\`${p.query.replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, '…')}\`)` : ''} | ${p.http.p50} / ${p.http.p95} / ${p.http.p99} / ${p.http.max} | ${p.server.p50} / ${p.server.p99} | ${p.sql.p50} / ${p.sql.p95} / ${p.sql.p99} | ${p.planExecutionMs} | ${p.items} | ≤ ${PAGE_TARGET_MS} ms ${verdict(p.met)} |`,
      ),
      '',
      '## Inserts and retention',
      '',
      `The writer's COPY of 500 rows at ${ROWS.toLocaleString('en')}+ rows (every index and trigger above): p50 ${insert.quiet.p50} ms, p95 ${insert.quiet.p95} ms, p99 ${insert.quiet.p99} ms (${insert.usPerRowQuiet} µs a row at p50), 40 batches.`,
      '',
      `Retention at ${RETENTION_DAYS} days: ${purged.toLocaleString('en')} of ${stale.toLocaleString('en')} rows older than that purged in ${purgeSeconds} s, ${batchMs.length} batches of up to 5,000 (each one statement: p50 ${purge.batch.p50} ms, p99 ${purge.batch.p99} ms, max ${purge.batch.max} ms); ${left} left. ` +
        `Meanwhile a writer copied ${during.length} batches of 500 rows: p50 ${insert.duringPurge.p50} ms, p99 ${insert.duringPurge.p99} ms, max ${insert.duringPurge.max} ms (quiet: p99 ${insert.quiet.p99} ms) — slower while the two share the disk and cores, never waiting on the purge's locks.`,
      '',
      '## Query plans (EXPLAIN ANALYZE, BUFFERS; the SQL the repository runs)',
      '',
      ...Object.entries(plans).flatMap(([name, plan]) => [`### ${name}`, '', '```', plan, '```', '']),
      '## Notes',
      '',
      `- ${loadNote(machine, 'npm run bench:api-log-scale')}`,
      '- HTTP times include authentication and the JSON:API rendering; a list first writes the API log entries Tessera has buffered (each list writes the previous requests\' entries), a lookup only when the row is not found.',
    );
  } finally {
    await admin?.end().catch(() => undefined);
    if (server) await stopProcess(server.child);
    await fresh?.drop().catch(() => undefined);
  }
  fs.rmSync(work, { recursive: true, force: true }); // kept (with the server's log) when the run failed
  writeResults(`api-log-scale${DB === 'server' ? '-server' : ''}`, started, result, md.join('\n'));
}

runBench(main);
