/**
 * `npm run bench:footprint`: cold start and memory of the built server (issue 7).
 *
 *   - Cold start: spawn `node bin/tessera.js serve` → first `/readyz` 200 (polled
 *     every 10 ms), median of 5 starts, on the embedded database (data dir
 *     already initialised by a first start) and on the machine's PostgreSQL
 *     server (fresh database, migrated by a first start). Target ≤ 3 s.
 *   - RSS under load: `serve --demo` (as `npm start`) under autocannon on a
 *     mixed route set; VmRSS of the Node process sampled every 100 ms from
 *     /proc/<pid>/status, the maximum (target ≤ 250 MB); the embedded
 *     PostgreSQL processes' memory (RSS and PSS sums) noted separately.
 *
 * Options: --starts N (5), --duration S (20), --connections N (50), --no-build.
 */
import autocannon from 'autocannon';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { descendants, treeMemory } from './lib/process-tree.js';
import { createDatabase, dropDatabase, serverVersion } from './lib/postgres.js';
import { gitInfo, header, loadNote, machineInfo, percentile, round, verdict, writeResults } from './lib/results.js';
import { build, call, startTessera, stopProcess, type TesseraProcess } from './lib/tessera.js';
import { log, runBench } from './lib/util.js';

const { values: opts } = parseArgs({
  options: {
    starts: { type: 'string', default: '5' },
    duration: { type: 'string', default: '20' },
    connections: { type: 'string', default: '50' },
    'no-build': { type: 'boolean', default: false },
  },
});
const STARTS = Number(opts.starts);
const DURATION = Number(opts.duration);
const CONNECTIONS = Number(opts.connections);
const TARGET_START_MS = 3000;
const TARGET_RSS_MB = 250;

function vmRssKiB(pid: number): number {
  try {
    return Number(/^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

const PHASES = ['modules', 'database', 'app', 'listening'] as const;

/** The start-up phases of the last `tessera listening` line in the log (ms since the process started). */
function lastStartupMs(logFile: string): Record<string, number> {
  const line = fs.readFileSync(logFile, 'utf8').split('\n').findLast((l) => l.includes('"tessera listening"'));
  return line ? ((JSON.parse(line) as { startupMs?: Record<string, number> }).startupMs ?? {}) : {};
}

async function coldStarts(label: string, dataDir: string, logFile: string, env: Record<string, string>): Promise<{ label: string; startsMs: number[]; medianMs: number; phasesMs: Record<string, number> }> {
  // LOG_LEVEL=info for the one line that carries the phases (`tessera listening`).
  env = { LOG_LEVEL: 'info', ...env };
  // The first start initialises (embedded cluster, migrations); it is not counted.
  let s = await startTessera({ dataDir, logFile, env, pollMs: 10, timeoutMs: 120_000 });
  await stopProcess(s.child);
  const startsMs: number[] = [];
  const phases: Record<string, number[]> = {};
  for (let i = 0; i < STARTS; i++) {
    s = await startTessera({ dataDir, logFile, env, pollMs: 10, timeoutMs: 120_000 });
    startsMs.push(round(s.readyMs, 0));
    await stopProcess(s.child);
    for (const [phase, ms] of Object.entries(lastStartupMs(logFile))) (phases[phase] ??= []).push(ms);
  }
  const medianMs = percentile(startsMs, 50);
  const phasesMs = Object.fromEntries(Object.entries(phases).map(([phase, ms]) => [phase, percentile(ms, 50)]));
  log(`cold start, ${label}: ${startsMs.join(', ')} ms; median ${medianMs} ms; phases ${JSON.stringify(phasesMs)}`);
  return { label, startsMs, medianMs, phasesMs };
}

async function main() {
  const started = new Date();
  if (!opts['no-build']) build();
  const postgres = await serverVersion();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-bench-footprint-'));
  fs.chmodSync(work, 0o755); // PostgreSQL runs as `postgres` when we are root
  const logFile = path.join(work, 'tessera.log');
  const database = await createDatabase('tessera_bench_footprint');
  let server: TesseraProcess | null = null;
  process.once('exit', () => server?.child.exitCode === null && server.child.kill('SIGKILL'));
  const starts: Awaited<ReturnType<typeof coldStarts>>[] = [];
  let memory!: Record<string, unknown>;
  let load!: Record<string, unknown>;
  try {
    starts.push(await coldStarts('embedded database', path.join(work, 'embedded'), logFile, {}));
    starts.push(
      await coldStarts('PostgreSQL server (DATABASE_URL)', path.join(work, 'external'), logFile, {
        DATABASE_URL: database.url,
        TESSERA_SECRET: randomBytes(32).toString('base64url'),
        TESSERA_ADMIN_TOKEN: 'tadm_' + randomBytes(24).toString('base64url'),
      }),
    );

    log(`RSS under load: serve --demo, ${DURATION} s of mixed routes with ${CONNECTIONS} connections…`);
    const dataDir = path.join(work, 'demo');
    server = await startTessera({ dataDir, logFile, env: { TESSERA_RATE_LIMIT_PER_MINUTE: '1000000' }, args: ['--demo'], timeoutMs: 120_000 });
    const demoFile = path.join(dataDir, 'demo.json');
    for (let i = 0; !fs.existsSync(demoFile) && i < 600; i++) await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 300));
    const demo = JSON.parse(fs.readFileSync(demoFile, 'utf8')) as { source: { apiKey: string }; connectionId: string; inquiryId: string };
    const token = await call(server.base, demo.source.apiKey, 'POST', '/api/v1/connect/share-tokens', {
      data: { attributes: { 'connection-id': demo.connectionId, 'source-id': demo.inquiryId } },
    });
    const auth = { authorization: `Bearer ${demo.source.apiKey}` };
    const routes: Array<{ method: string; path: string; headers: Record<string, string>; body?: string }> = [
      { method: 'GET', path: '/api/v1/rate-limits', headers: auth },
      { method: 'GET', path: `/api/v1/connect/share-tokens/${token.data.id}`, headers: auth },
      { method: 'GET', path: '/api/v1/api-keys?page[size]=20', headers: auth },
      { method: 'GET', path: `/api/v1/inquiries/${demo.inquiryId}`, headers: auth },
      { method: 'GET', path: '/api/v1/connect/share-tokens?page[size]=20', headers: auth },
      { method: 'GET', path: '/readyz', headers: {} },
    ];
    for (const x of routes) {
      const res = await fetch(server.base + x.path, { method: x.method, headers: x.headers, ...(x.body ? { body: x.body } : {}) });
      if (res.status !== 200) throw new Error(`${x.method} ${x.path}: ${res.status} ${await res.text()}`);
    }
    const pid = server.child.pid!;
    await new Promise((r) => setTimeout(r, 1000));
    const idleRssMiB = round(vmRssKiB(pid) / 1024, 1);
    let maxKiB = 0;
    let maxPg = { rssMiB: 0, pssMiB: 0, processes: 0 };
    const sampler = setInterval(() => (maxKiB = Math.max(maxKiB, vmRssKiB(pid))), 100);
    // The PostgreSQL processes are fewer and slower to walk: every second.
    const pgSampler = setInterval(() => {
      const tree = treeMemory(pid);
      const node = tree.rootRssMiB;
      const pg = { rssMiB: round(tree.rssMiB - node, 1), pssMiB: tree.pssMiB, processes: tree.processes - 1 };
      if (pg.rssMiB > maxPg.rssMiB) maxPg = pg;
    }, 1000);
    const r = await autocannon({
      url: server.base,
      connections: CONNECTIONS,
      duration: DURATION,
      pipelining: 1,
      requests: routes.map((x) => ({ setupRequest: (req: Record<string, unknown>) => ({ ...req, ...x }) })),
    });
    clearInterval(sampler);
    clearInterval(pgSampler);
    const afterRssMiB = round(vmRssKiB(pid) / 1024, 1);
    const postgresPids = descendants(pid).length - 1;
    memory = {
      nodeIdleRssMiB: idleRssMiB,
      nodeMaxRssMiB: round(maxKiB / 1024, 1),
      nodeMaxRssMB: round((maxKiB * 1024) / 1e6, 1),
      nodeAfterLoadRssMiB: afterRssMiB,
      embeddedPostgresPeak: { ...maxPg, note: 'RSS sum counts shared buffers once per process; PSS (whole tree incl. Node) divides them' },
      postgresProcessesAfterLoad: postgresPids,
    };
    load = {
      routes: routes.map((x) => `${x.method} ${x.path.replace(/\/(shr|inq)_[0-9A-Za-z]+/, '/:id')}`),
      reqPerSec: round(r.requests.average, 0),
      requests: r.requests.total,
      non2xx: r.non2xx,
      statusCodes: r.statusCodeStats,
      p99: r.latency.p99,
    };
    log(`node max RSS ${memory.nodeMaxRssMiB} MiB; ${load.reqPerSec} req/s, non-2xx ${load.non2xx}`);
  } finally {
    if (server) await stopProcess(server.child);
    await dropDatabase(database.name);
  }
  fs.rmSync(work, { recursive: true, force: true }); // kept (with the server's log) when the run failed

  const maxMB = memory.nodeMaxRssMB as number;
  const targets = [
    ...starts.map((s) => ({ what: `cold start to /readyz 200, ${s.label}, median of ${STARTS}`, target: `≤ ${TARGET_START_MS / 1000} s`, measured: `${round(s.medianMs / 1000, 2)} s`, met: s.medianMs <= TARGET_START_MS })),
    { what: 'Node RSS under load (max of 100 ms samples)', target: `≤ ${TARGET_RSS_MB} MB`, measured: `${maxMB} MB (${memory.nodeMaxRssMiB} MiB)`, met: maxMB <= TARGET_RSS_MB },
  ];
  const machine = machineInfo();
  const git = gitInfo();
  const notes = [
    'Cold start: from spawning `node bin/tessera.js serve` to the first 200 of `/readyz`, polled every 10 ms; the data dir (embedded cluster) or database (migrations) was initialised by an uncounted first start. On the embedded database the time includes starting PostgreSQL itself. Phases (from the `tessera listening` log line, so these starts run at LOG_LEVEL=info): `modules` the app\'s code loaded, `database` open and migrated (both run at once), `app` routes registered and worker started, `listening` the port open.',
    `RSS: \`serve --demo\` (embedded PostgreSQL, API and worker in one process, LOG_LEVEL=warn, rate limit raised), autocannon ${CONNECTIONS} connections for ${DURATION} s cycling through the routes listed; VmRSS of the Node process every 100 ms (max), the embedded PostgreSQL processes every second (peak RSS sum; shared buffers are counted once per process there, so PSS is the fairer figure).`,
    'Profiled (`node --cpu-prof`, start on the PostgreSQL server to the first `/readyz`): before the fix, 4.4 s of main-thread CPU, of which Ajv compiling every route\'s schemas at start-up ≈ 0.9 s and ioredis loaded without REDIS_URL; validators now compile on a route\'s first request and ioredis loads only when REDIS_URL is set: 3.3 s after. What is left is mostly module loading (≈ 2.2 s CPU on this machine); the largest single package is `@scalar/fastify-api-reference` (≈ 0.5 s of CPU to import, needed only for /docs), then fastify, typebox and kysely (≈ 0.3 s each).',
    'Second pass (issue 7, cold start): Scalar (/docs) and @fastify/static (/dashboard) now load on their first request, the demo seeding code only with --demo; the embedded PostgreSQL server starts and migrations are checked (one query when up to date) while the app\'s modules load; as root, the per-start `chown -R`, `id -u` and `id -g` helper processes are skipped when the data directory is already owned by the postgres user. Node CPU to /readyz on a quiet run: ≈ 2.3 s → ≈ 1.8 s (embedded), ≈ 2.1 s → ≈ 1.8 s (DATABASE_URL). What remains is mostly resolving and compiling ≈ 2,000 small ESM files (typebox ≈ 700, kysely ≈ 400); bundling the server into one file measured ≈ 0.9 s CPU and ≈ 1.0 s to /readyz with the embedded database.',
    loadNote(machine, 'npm run bench:footprint'),
  ];
  const result = { benchmark: 'footprint', date: started.toISOString(), git, machine, postgres, settings: { starts: STARTS, duration: DURATION, connections: CONNECTIONS }, starts, memory, load, targets, notes };
  const md = [
    ...header('Footprint: cold start and memory', started, machine, git, 'npm run bench:footprint', postgres),
    '| Target | Wanted | Measured | Result |',
    '|---|---|---:|---|',
    ...targets.map((x) => `| ${x.what} | ${x.target} | ${x.measured} | ${verdict(x.met)} |`),
    '',
    '| Cold start | each start (ms) | median (ms) |',
    '|---|---|---:|',
    ...starts.map((s) => `| ${s.label} | ${s.startsMs.join(', ')} | ${s.medianMs} |`),
    '',
    `| Start-up phase ends, median ms since the process started | ${PHASES.join(' | ')} | /readyz 200 (from spawn) |`,
    `|---|${PHASES.map(() => '---:|').join('')}---:|`,
    ...starts.map((s) => `| ${s.label} | ${PHASES.map((p) => s.phasesMs[p] ?? '–').join(' | ')} | ${s.medianMs} |`),
    '',
    '| Memory | MiB |',
    '|---|---:|',
    `| Node, idle after start (demo seeded) | ${memory.nodeIdleRssMiB} |`,
    `| Node, max under load | ${memory.nodeMaxRssMiB} |`,
    `| Node, after the load | ${memory.nodeAfterLoadRssMiB} |`,
    `| embedded PostgreSQL, peak RSS sum (${maxPgProcesses(memory)} processes) | ${(memory.embeddedPostgresPeak as { rssMiB: number }).rssMiB} |`,
    `| Node + PostgreSQL, PSS sum at that peak | ${(memory.embeddedPostgresPeak as { pssMiB: number }).pssMiB} |`,
    '',
    `Load: ${JSON.stringify(load.routes)}, ${load.reqPerSec} req/s, ${load.requests} requests, non-2xx ${load.non2xx}, p99 ${load.p99} ms.`,
    '',
    '## Notes',
    '',
    ...notes.map((n) => `- ${n}`),
  ].join('\n');
  writeResults('footprint', started, result, md);
}

function maxPgProcesses(memory: Record<string, unknown>): number {
  return (memory.embeddedPostgresPeak as { processes: number }).processes;
}

runBench(main);
