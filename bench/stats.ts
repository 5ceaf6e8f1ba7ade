/**
 * `npm run bench:stats`: the overview's aggregate endpoint (issue 13,
 * deliverable 6) over 1,000,000 API log rows of one environment.
 *
 * Tessera runs as `npm start` does (`node bin/tessera.js serve`, the embedded
 * PostgreSQL in a fresh data dir). One organization is made through the admin
 * API; then the rows go straight into the embedded database with one
 * `INSERT … SELECT generate_series` (no round trip per row): 1,000,000 in the
 * sandbox environment spread evenly over the last 7 days (statuses 2xx/3xx/
 * 4xx/5xx and 401/403 mixed), plus 200,000 in the production environment, so
 * the environment's index range is really chosen among others. Then
 * `VACUUM ANALYZE`, which autovacuum does by itself after a bulk of inserts;
 * the bench does it once so it measures the steady state, not a race with it.
 *
 * Measures `GET /api/v1/stats?window=1h|24h|7d`, one request at a time
 * (keep-alive), 5 warm-up then --requests (50) per window, interleaved:
 * p50/p95/p99/max. Also the EXPLAIN (ANALYZE, BUFFERS) of the request count
 * for 7d (the largest range), to show it reads the hourly rollup (migration
 * 0013), a few thousand rows, not the million log rows.
 *
 * Options: --rows N (1000000), --other N (200000), --requests N (50), --no-build.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { embeddedUrl } from '../src/storage/embedded.js';
import { gitInfo, header, loadNote, machineInfo, percentile, round, verdict, writeResults } from './lib/results.js';
import { build, call, startTessera, stopProcess, type TesseraProcess } from './lib/tessera.js';
import { log, runBench } from './lib/util.js';

const { values: opts } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    other: { type: 'string', default: '200000' },
    requests: { type: 'string', default: '50' },
    'no-build': { type: 'boolean', default: false },
  },
});
const ROWS = Number(opts.rows);
const OTHER = Number(opts.other);
const REQUESTS = Number(opts.requests);
const WARMUP = 5;
const WINDOWS = ['1h', '24h', '7d'] as const;
const SECRET = randomBytes(32).toString('base64url');
const ADMIN_TOKEN = 'tadm_' + randomBytes(24).toString('base64url');
/** The target the issue implies ("stays fast"): an overview page load should not wait on it. */
const TARGET_P99_MS = 250;
const WEEK_MS = 7 * 86_400_000;

/**
 * `n` rows of `env` spread evenly over the 7 days before `now`, as the API log
 * writer stores them. Statuses: of every 100 requests 80 are 200, 4 are 201, 2 are
 * 304, 6 are 404, 3 are 401, 2 are 403, 1 is 422, 2 are 500.
 */
async function seed(db: pg.Client, orgId: string, envId: string, credentialId: string, n: number, now: Date): Promise<void> {
  await db.query(
    `INSERT INTO api_logs (id, organization_id, environment_id, credential_id, method, path, status, latency_ms,
       ip_address, user_agent, request, response_headers, created_at, redacted_at)
     SELECT gen_random_uuid(), $1, $2, CASE WHEN s.status = 401 THEN NULL ELSE $3::uuid END,
       CASE WHEN i % 5 = 0 THEN 'POST' ELSE 'GET' END, '/api/v1/inquiries', s.status, 3.5 + (i % 40),
       '203.0.113.' || (i % 250), 'bench/1.0', '{"headers":{},"getParams":{},"postParams":{}}'::jsonb,
       '{"Content-Type":"application/json"}'::jsonb,
       $4::timestamptz - make_interval(secs => (i::float8 / $5) * ${WEEK_MS / 1000}), NULL
     FROM generate_series(1, $5::int) AS i
     CROSS JOIN LATERAL (SELECT CASE
       WHEN i % 100 < 80 THEN 200 WHEN i % 100 < 84 THEN 201 WHEN i % 100 < 86 THEN 304 WHEN i % 100 < 92 THEN 404
       WHEN i % 100 < 95 THEN 401 WHEN i % 100 < 97 THEN 403 WHEN i % 100 < 98 THEN 422 ELSE 500 END AS status) AS s`,
    [orgId, envId, credentialId, now.toISOString(), n],
  );
}

interface Case {
  window: (typeof WINDOWS)[number];
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** API log rows the answer counted (the sum of its request classes). */
  rowsCounted: number;
  met: boolean;
}

async function main() {
  const started = new Date();
  if (!opts['no-build']) build();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-bench-stats-'));
  fs.chmodSync(work, 0o755); // PostgreSQL runs as `postgres` when we are root
  const dataDir = path.join(work, 'data');
  const logFile = path.join(work, 'tessera.log');
  let server: TesseraProcess | null = null;
  let db: pg.Client | null = null;
  process.once('exit', () => server?.child.exitCode === null && server.child.kill('SIGKILL'));
  const cases: Case[] = [];
  let seeded!: Record<string, unknown>;
  let plan!: string;
  let rollupRows!: number;
  let postgres!: string;
  try {
    log(`Starting Tessera (serve, embedded PostgreSQL) in ${dataDir}…`);
    server = await startTessera({
      dataDir,
      logFile,
      env: { TESSERA_SECRET: SECRET, TESSERA_ADMIN_TOKEN: ADMIN_TOKEN, TESSERA_RATE_LIMIT_PER_MINUTE: '1000000', TESSERA_USER_RATE_LIMIT: '1000000' },
      timeoutMs: 120_000,
    });
    const alias = `stats-${randomBytes(3).toString('hex')}`;
    const org = await call(server.base, ADMIN_TOKEN, 'POST', '/admin/v1/organizations', { name: 'Stats Org', alias });
    const envs = org.data.attributes.environments as Array<{ id: string; kind: string }>;
    const sandbox = envs.find((e) => e.kind === 'sandbox')!;
    const key = await call(server.base, ADMIN_TOKEN, 'POST', `/admin/v1/environments/${sandbox.id}/api-keys`, { name: 'bench', permissions: ['api_log.read'] });
    const apiKey = key.data.attributes.value as string;

    const pgDir = path.join(dataDir, 'postgres');
    db = new pg.Client({ connectionString: embeddedUrl(pgDir, fs.readFileSync(path.join(pgDir, 'password'), 'utf8').trim()) });
    db.on('error', () => undefined);
    await db.connect();
    postgres = `embedded PostgreSQL ${(await db.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]!.v.split(' ')[0]}`;
    const { rows: envRows } = await db.query<{ id: string; kind: string; organization_id: string }>(
      'SELECT e.id, e.kind, e.organization_id FROM environments e JOIN organizations o ON o.id = e.organization_id WHERE o.alias = $1',
      [alias],
    );
    const sandboxUuid = envRows.find((r) => r.kind === 'sandbox')!.id;
    const productionUuid = envRows.find((r) => r.kind === 'production')!.id;
    const orgUuid = envRows[0]!.organization_id;
    const { rows: keyRows } = await db.query<{ id: string }>(`SELECT id FROM credentials WHERE environment_id = $1 AND kind = 'api_key' LIMIT 1`, [sandboxUuid]);

    log(`INSERT … SELECT generate_series: ${ROWS} rows in the sandbox environment, ${OTHER} in production…`);
    const now = new Date();
    const t0 = performance.now();
    await seed(db, orgUuid, sandboxUuid, keyRows[0]!.id, ROWS, now);
    await seed(db, orgUuid, productionUuid, keyRows[0]!.id, OTHER, now);
    const insertSeconds = round((performance.now() - t0) / 1000, 1);
    const t1 = performance.now();
    await db.query('VACUUM ANALYZE api_logs');
    const vacuumSeconds = round((performance.now() - t1) / 1000, 1);
    const count = async (env: string) => Number((await db!.query('SELECT count(*) AS n FROM api_logs WHERE environment_id = $1', [env])).rows[0].n);
    seeded = {
      method: 'INSERT … SELECT generate_series (one statement per environment), then VACUUM ANALYZE api_logs',
      insertSeconds,
      vacuumSeconds,
      sandboxRows: await count(sandboxUuid),
      productionRows: await count(productionUuid),
      spread: 'evenly over the 7 days before the seed',
      tableSize: (await db.query(`SELECT pg_size_pretty(pg_total_relation_size('api_logs')) AS s`)).rows[0].s,
    };
    log(`Seeded: ${JSON.stringify(seeded)}`);

    const timings = new Map<string, number[]>(WINDOWS.map((w) => [w, []]));
    const counted = new Map<string, number>();
    log(`GET /api/v1/stats: ${WARMUP} warm-up + ${REQUESTS} requests per window, interleaved…`);
    for (let i = 0; i < WARMUP + REQUESTS; i++) {
      for (const w of WINDOWS) {
        const t = performance.now();
        const res = await fetch(`${server.base}/api/v1/stats?window=${w}`, { headers: { authorization: `Bearer ${apiKey}` } });
        const body = (await res.json()) as { data: { attributes: { totals: { requests: Record<string, number> } } } };
        const ms = performance.now() - t;
        if (res.status !== 200) throw new Error(`stats ${w}: ${res.status} ${JSON.stringify(body)}`);
        if (i >= WARMUP) timings.get(w)!.push(ms);
        counted.set(w, Object.values(body.data.attributes.totals.requests).reduce((a, b) => a + b, 0));
      }
    }
    for (const w of WINDOWS) {
      const t = timings.get(w)!;
      const p99 = round(percentile(t, 99), 1);
      cases.push({ window: w, requests: t.length, p50: round(percentile(t, 50), 1), p95: round(percentile(t, 95), 1), p99, max: round(Math.max(...t), 1), rowsCounted: counted.get(w)!, met: p99 <= TARGET_P99_MS });
    }
    // The repository's request count for the widest window, with the bench's own values, as it runs it:
    // 7d's buckets are whole hours, so it sums the hourly rollup (migration 0013), not the log's rows.
    const sixHours = 6 * 3_600_000;
    const end = Math.floor(Date.now() / sixHours) * sixHours + sixHours;
    const explain = await db.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN (ANALYZE, BUFFERS) SELECT date_bin(make_interval(secs => 21600), hour, TIMESTAMPTZ 'epoch') AS bucket,
         status, verified, sum(n)::int AS n
       FROM api_log_hourly WHERE environment_id = $1 AND hour >= $2 AND hour < $3 GROUP BY 1, 2, 3`,
      [sandboxUuid, new Date(end - 28 * sixHours).toISOString(), new Date(end).toISOString()],
    );
    rollupRows = Number((await db.query('SELECT count(*) AS n FROM api_log_hourly WHERE environment_id = $1', [sandboxUuid])).rows[0].n);
    plan = explain.rows.map((r) => r['QUERY PLAN']).join('\n');
  } finally {
    await db?.end().catch(() => undefined);
    if (server) await stopProcess(server.child);
  }
  fs.rmSync(work, { recursive: true, force: true }); // kept (with the server's log) when the run failed

  const machine = machineInfo();
  const git = gitInfo();
  const loadavg = fs.readFileSync('/proc/loadavg', 'utf8').trim();
  const notes = [
    `Each request is timed by the bench (fetch, keep-alive) from send to the last byte, one at a time, the three windows interleaved after ${WARMUP} warm-up rounds. The server computes five grouped counts per request (API log, share tokens created/redeemed/expired, webhook attempts); only the API log one has rows here.`,
    `Rows counted per answer: the sum of the request classes in its totals (the ${ROWS.toLocaleString('en')} seeded rows fall evenly over 7 days, so 24h sees about a seventh; the bench's own requests add a few).`,
    `Every answer is computed afresh (no cache). Requests of 24h and 7d (whole-hour buckets) are summed from the hourly rollup \`api_log_hourly\` (migration 0013: ${rollupRows.toLocaleString('en')} rows for the sandbox's million log rows), which statement-level triggers on \`api_logs\` keep in the same transaction as every write, so the seed's INSERT filled it too (its time is in insertSeconds); 1h (5-minute buckets) groups the log's rows over \`api_logs_env_created_stats_idx (environment_id, created_at) INCLUDE (status, credential_id)\` (migration 0012), an index-only range scan.`,
    `Load of the machine at the end (/proc/loadavg): ${loadavg}.`,
    loadNote(machine, 'npm run bench:stats'),
  ];
  const result = {
    benchmark: 'stats',
    date: started.toISOString(),
    git,
    machine,
    loadavg,
    postgres,
    settings: { rows: ROWS, otherRows: OTHER, requests: REQUESTS, warmup: WARMUP, targetP99Ms: TARGET_P99_MS, tessera: 'node bin/tessera.js serve, embedded PostgreSQL (fresh data dir), TESSERA_ROLE=all, LOG_LEVEL=warn, rate limits raised' },
    seeded,
    cases,
    plan,
    notes,
  };
  const md = [
    ...header('GET /api/v1/stats over 1,000,000 API log rows', started, machine, git, 'npm run bench:stats', postgres),
    `Data: ${JSON.stringify(seeded)}.`,
    '',
    `| Window | buckets | rows counted | requests | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | p99 ≤ ${TARGET_P99_MS} ms |`,
    '|---|---|---:|---:|---:|---:|---:|---:|---|',
    ...cases.map((c) => `| ${c.window} | ${{ '1h': '12 × 5 min', '24h': '24 × 1 h', '7d': '28 × 6 h' }[c.window]} | ${c.rowsCounted} | ${c.requests} | ${c.p50} | ${c.p95} | ${c.p99} | ${c.max} | ${verdict(c.met)} |`),
    '',
    'Query plan of the request count, window 7d (the hourly rollup):',
    '',
    '```',
    plan,
    '```',
    '',
    '## Notes',
    '',
    ...notes.map((n) => `- ${n}`),
  ].join('\n');
  writeResults('stats', started, result, md);
}

runBench(main);
