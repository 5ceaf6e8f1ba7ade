/**
 * `npm run bench:connect`: Tessera's hot paths against a bare node:http
 * hello-world, all as child processes on this machine, driven by autocannon in
 * the same run (issues 3 and 7). Tessera runs as `npm start` does (the built
 * CLI, `serve --demo`), once on its embedded PostgreSQL (throwaway data dir)
 * and once on the machine's PostgreSQL server (a fresh database per run,
 * `--server-url`, default postgres://postgres@127.0.0.1:5432/postgres).
 *
 * Cases: node:http hello-world (the baseline); Fastify hello-world (the
 * framework alone, no target); then on each database: POST /oauth/introspect
 * with a warm cache (credential verification, target ≥ 0.35×, issue 15); GET
 * /api/v1/rate-limits (Connect authentication alone, no target of its own);
 * GET /api/v1/connect/share-tokens/:id (target ≥ 0.4×, issue 15). Rounds interleave the
 * cases; each keeps its best round. Prints req/s, p50, p99 and the ratio to
 * node:http, measures the resident memory of Tessera's process tree, and
 * writes JSON and markdown into bench/results/. A missed target is profiled
 * (`node --cpu-prof`, embedded database), and every case's allocation per
 * request is sampled (V8's heap profiler through the inspector; this build and
 * the one under --before-root). `--before FILE` adds a before/after table
 * against an earlier results JSON, `--changes TEXT` says what changed.
 *
 * Options: --duration S (6) per case and round, --rounds N (3), --warmup S (3),
 *          --connections N (50), --db embedded|server|both (both), --server-url URL,
 *          --log-level L (Tessera's LOG_LEVEL; default: unset, i.e. info as with npm start),
 *          --profile (always profile), --no-profile, --no-alloc (no allocation pass), --no-build, --name N (connect),
 *          --before FILE, --changes TEXT.
 */
import autocannon, { type Result } from 'autocannon';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { allocationPerRequest, inspectorUrl, type Allocation } from './lib/allocation.js';
import { summarizeProfile, type ProfileSummary } from './lib/cpu-profile.js';
import { machineBusySec, sampleTreeMemory, treeCpu, treeMemory, type TreeMemory } from './lib/process-tree.js';
import { freshServerDatabase, serverVersion } from './lib/postgres.js';
import { machineInfo, round } from './lib/results.js';
import { freePort, log, sh } from './lib/util.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = path.join(ROOT, 'bench', 'results');
const RATE_LIMIT = '1000000';
/** Seconds of load per case while allocations are sampled (the profiler slows the server; the figure is per request). */
const ALLOC_SECONDS = 4;

const { values: opts } = parseArgs({
  options: {
    duration: { type: 'string', default: '6' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '50' },
    rounds: { type: 'string', default: '3' },
    db: { type: 'string', default: 'both' },
    'server-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
    name: { type: 'string', default: 'connect' },
    before: { type: 'string' },
    'before-root': { type: 'string' },
    changes: { type: 'string' },
    'log-level': { type: 'string' },
    profile: { type: 'boolean', default: false },
    'no-profile': { type: 'boolean', default: false },
    'no-alloc': { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
  },
});
const DURATION = Number(opts.duration);
const WARMUP = Number(opts.warmup);
const CONNECTIONS = Number(opts.connections);
const ROUNDS = Number(opts.rounds);
const DBS = (opts.db === 'both' ? ['embedded', 'server'] : [opts.db]) as DbKind[];
if (!DBS.every((d) => d === 'embedded' || d === 'server')) throw new Error('--db must be embedded, server or both');
const ADMIN_TOKEN = 'tadm_' + randomBytes(24).toString('base64url');
const SECRET = randomBytes(32).toString('base64url');

type DbKind = 'embedded' | 'server';
const DB_LABEL: Record<DbKind, string> = { embedded: 'embedded PostgreSQL', server: 'PostgreSQL server' };

interface Demo {
  baseUrl: string;
  source: { apiKey: string; environmentId: string };
  destination: { apiKey: string };
  connectionId: string;
  inquiryId: string;
}

interface CaseResult {
  name: string;
  /** The database Tessera ran on; null for the hello-worlds. */
  db: DbKind | null;
  path: string;
  reqPerSec: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
  /** Tessera / node:http, req/s. */
  ratio: number | null;
  target: number | null;
  met: boolean | null;
  /** CPU used during the measured run, in % of one core: the server, its PostgreSQL, the load generator. */
  cpu: {
    serverPct: number;
    postgresPct: number;
    loadGeneratorPct: number;
    otherProcessesPct: number;
    mainThreadWaitingPct?: number;
    /** The server's main thread on a core, % of the round (100: it never rested and never waited). */
    mainThreadRunningPct?: number;
    /** The machine's cores left idle, % of all of them: time no process wanted, or none was placed on. */
    machineIdlePct?: number;
  };
  /** CPU time per completed request, microseconds: robust to other load on the machine, unlike req/s. */
  cpuUsPerRequest: { server: number; postgres: number; mainThread?: number };
  memory?: ReturnType<ReturnType<typeof sampleTreeMemory>['stop']>;
}



/** Tessera's own JavaScript, % of the main thread's busy time: its areas' self time added up. */
function ownShare(summary: ProfileSummary): number {
  const ms = summary.areas.filter((a) => a.name.startsWith('tessera ')).reduce((sum, a) => sum + a.ms, 0);
  return round((ms / summary.busyMs) * 100, 1);
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, child: ChildProcess, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${what}: the process exited (${child.exitCode ?? child.signalCode})`);
    const v = await probe().catch(() => undefined);
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  await exited(child);
  clearTimeout(timer);
}

/** A clean environment for Tessera: none of the caller's Tessera variables. */
function tesseraEnv(databaseUrl: string | null): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(PORT|HOST|DATABASE_URL|LOG_LEVEL|TESSERA_.*)$/.test(k)));
  return {
    ...env,
    TESSERA_RATE_LIMIT_PER_MINUTE: RATE_LIMIT,
    TESSERA_ADMIN_TOKEN: ADMIN_TOKEN,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl, TESSERA_SECRET: SECRET } : {}),
    ...(opts['log-level'] ? { LOG_LEVEL: opts['log-level'] } : {}),
  };
}

interface Server {
  child: ChildProcess;
  port: number;
  demo: Demo;
}

/** `node bin/tessera.js serve --demo` on `dataDir`, ready and with its demo.json read. */
async function startTessera(dataDir: string, logFile: string, databaseUrl: string | null, flags: string[] = [], root = ROOT): Promise<Server> {
  const port = await freePort();
  const out = fs.openSync(logFile, 'a');
  const child = spawn(process.execPath, [...flags, 'bin/tessera.js', 'serve', '--demo', '--port', String(port), '--data-dir', dataDir], {
    cwd: root,
    env: tesseraEnv(databaseUrl),
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  await until(`Tessera /readyz (log: ${logFile})`, async () => ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok ? true : undefined), child);
  const demo = await until(
    'demo.json',
    async () => {
      const d = JSON.parse(fs.readFileSync(path.join(dataDir, 'demo.json'), 'utf8')) as Demo;
      return d.baseUrl.endsWith(`:${port}`) ? d : undefined;
    },
    child,
  );
  return { child, port, demo };
}

const HELLO = `
const http = require('node:http');
http.createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/plain' });
  res.end('hello world');
}).listen(Number(process.argv[1]), '127.0.0.1', () => console.log('ready'));
`;

/** The framework alone: Fastify (as Tessera configures its logger: none here) with one route. */
const FASTIFY_HELLO = `
import Fastify from 'fastify';
const app = Fastify();
app.get('/', async () => 'hello world');
await app.listen({ port: Number(process.argv[1]), host: '127.0.0.1' });
console.log('ready');
`;

async function startHello(fastify = false): Promise<{ child: ChildProcess; port: number }> {
  const port = await freePort();
  const args = fastify ? ['--input-type=module', '-e', FASTIFY_HELLO, String(port)] : ['-e', HELLO, String(port)];
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`hello-world exited (${code})`)));
  });
  return { child, port };
}

/** Creates a share token with the demo source key (seed 001's body); null + reason when it cannot. */
async function createShareToken(base: string, demo: Demo): Promise<{ id: string } | { reason: string }> {
  if (!demo.connectionId || !demo.inquiryId) return { reason: 'demo.json has no connectionId/inquiryId (demo sharing data not seeded)' };
  const res = await fetch(`${base}/api/v1/connect/share-tokens`, {
    method: 'POST',
    headers: { authorization: `Bearer ${demo.source.apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ data: { attributes: { 'connection-id': demo.connectionId, 'source-id': demo.inquiryId } } }),
  });
  const text = await res.text();
  if (res.status !== 201) {
    return { reason: `POST /api/v1/connect/share-tokens answered ${res.status}${res.status === 404 ? ' (route not there yet?)' : ''}: ${text.slice(0, 300)}` };
  }
  return { id: (JSON.parse(text) as { data: { id: string } }).data.id };
}

function toCase(name: string, urlPath: string, r: Result, baseline: number | null, target: number | null, cpu: CaseResult['cpu']): CaseResult {
  const reqPerSec = round(r.requests.average, 0);
  const ratio = baseline ? round(reqPerSec / baseline) : null;
  return {
    name,
    db: null,
    path: urlPath,
    reqPerSec,
    p50: r.latency.p50,
    p99: r.latency.p99,
    requests: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
    ratio,
    target,
    met: ratio !== null && target !== null ? ratio >= target : null,
    cpu,
    cpuUsPerRequest: { server: 0, postgres: 0 },
  };
}

function memLine(m: TreeMemory): string {
  return `${m.rssMiB} MiB RSS (${m.pssMiB} MiB PSS; node ${m.rootRssMiB} MiB; ${m.processes} processes)`;
}

/**
 * CPU seconds of a process's main thread alone: the one thread that answers requests, so the
 * bound on throughput (the server's figure also counts its other threads, e.g. the API log's).
 */
function mainThreadCpuSec(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return 0;
  }
}

/**
 * Seconds a process's main thread spent ready to run but waiting for a core (the kernel's
 * run-queue delay, /proc/<pid>/task/<pid>/schedstat): a busy main thread that is not running
 * loses throughput that its CPU time per request does not show.
 */
function mainThreadWaitSec(pid: number): number {
  try {
    return Number(fs.readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ')[1]) / 1e9;
  } catch {
    return 0;
  }
}

/** CPU seconds of the PostgreSQL server's backends connected to `database` (not descendants of Tessera). */
function serverBackendsCpuSec(database: string): number {
  let ticks = 0;
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const cmd = fs.readFileSync(`/proc/${name}/cmdline`, 'utf8');
      if (!cmd.startsWith('postgres: ') || !cmd.includes(` ${database} `)) continue;
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(f[11]) + Number(f[12]);
    } catch {
      // gone meanwhile
    }
  }
  return ticks / 100;
}


/** An API key allowed to introspect (the demo keys are not), through the admin API. */
async function createIntrospectionClient(base: string, demo: Demo): Promise<string> {
  const res = await fetch(`${base}/admin/v1/environments/${demo.source.environmentId}/api-keys`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'bench introspection client', permissions: ['oauth.introspect'] }),
  });
  const text = await res.text();
  if (res.status !== 201) throw new Error(`creating the introspection client answered ${res.status}: ${text.slice(0, 300)}`);
  const body = JSON.parse(text) as { data?: { attributes?: { value?: string } }; attributes?: { value?: string } };
  const value = body.data?.attributes?.value ?? body.attributes?.value;
  if (!value) throw new Error(`no key value in ${text.slice(0, 300)}`);
  return value;
}

interface AllocationResult extends Allocation {
  case: string;
  /** Bytes per request of each sample; the figure is the lower. */
  samples: number[];
  /** Measured on the build under --before-root. */
  before: boolean;
}

interface Target {
  db: DbKind;
  /** Set for the build under --before-root (the code before the change, measured in the same run). */
  before: boolean;
  root: string;
  server: Server;
  dataDir: string;
  databaseUrl: string | null;
  databaseName: string | null;
  logFile: string;
  shareTokenId: string | null;
  introspectClient: string;
  idle: TreeMemory;
  drop?: () => Promise<void>;
}

interface Plan {
  name: string;
  db: DbKind | null;
  path: string;
  url: () => string;
  method?: 'POST';
  body?: string;
  headers: () => Record<string, string>;
  target: Target | null;
  ratioTarget: number | null;
  /** The pid whose CPU is the server's. */
  pid: () => number;
}

async function load(plan: Plan, seconds: number): Promise<Result> {
  return autocannon({ url: plan.url(), connections: CONNECTIONS, duration: seconds, pipelining: 1, headers: plan.headers(), method: plan.method ?? 'GET', body: plan.body });
}

async function main() {
  const started = new Date();
  if (!opts['no-build']) {
    log('Building (tsc -p tsconfig.build.json) so the server runs what `npm start` runs…');
    const tsc = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, encoding: 'utf8' });
    if (tsc.status !== 0) {
      if (!fs.existsSync(path.join(ROOT, 'dist/main.js'))) throw new Error(`build failed:\n${tsc.stdout}${tsc.stderr}`);
      log(`warning: tsc reported errors (dist/ was still emitted):\n${tsc.stdout.split('\n').slice(0, 10).join('\n')}`);
    }
  }

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-bench-'));
  fs.chmodSync(work, 0o755); // PostgreSQL runs as `postgres` when we are root
  const notes: string[] = [];
  const children: ChildProcess[] = [];
  const cleanup = () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  };
  process.once('exit', cleanup);
  // On a failure, stop the servers gracefully (SIGKILL would orphan the embedded PostgreSQL) and drop fresh databases.
  const dropOnError: Array<() => Promise<void>> = [];
  failureCleanup = async () => {
    for (const c of children) await stop(c);
    for (const drop of dropOnError) await drop().catch(() => undefined);
  };

  const targets: Target[] = [];
  const builds = [{ root: ROOT, before: false }, ...(opts['before-root'] ? [{ root: path.resolve(opts['before-root']), before: true }] : [])];
  for (const { root, before: isBefore } of builds)
  for (const db of DBS) {
    const tag = `${db}${isBefore ? '-before' : ''}`;
    const dataDir = path.join(work, `data-${tag}`);
    const logFile = path.join(work, `tessera-${tag}.log`);
    const fresh = db === 'server' ? await freshServerDatabase(opts['server-url']!) : null;
    if (fresh) {
      fs.mkdirSync(dataDir, { recursive: true }); // demo.json goes there; only the embedded database creates it
      dropOnError.push(fresh.drop);
    }
    log(`Starting Tessera (serve --demo, ${DB_LABEL[db]}${fresh ? ` database ${fresh.name}` : ''}, data in ${dataDir})…`);
    const server = await startTessera(dataDir, logFile, fresh?.url ?? null, undefined, root);
    children.push(server.child);
    const base = `http://127.0.0.1:${server.port}`;
    const token = await createShareToken(base, server.demo);
    let shareTokenId: string | null = null;
    if ('reason' in token) {
      notes.push(`GET share token (${db}) not measured: ${token.reason}`);
      log(`!! GET share token will NOT be measured: ${token.reason}`);
    } else {
      const check = await fetch(`${base}/api/v1/connect/share-tokens/${token.id}`, { headers: { authorization: `Bearer ${server.demo.source.apiKey}` } });
      if (check.status !== 200) throw new Error(`GET share token answered ${check.status}: ${await check.text()}`);
      shareTokenId = token.id;
    }
    const introspectClient = await createIntrospectionClient(base, server.demo);
    const probe = await fetch(`${base}/oauth/introspect`, {
      method: 'POST',
      headers: { authorization: `Bearer ${introspectClient}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: `token=${encodeURIComponent(server.demo.source.apiKey)}`,
    });
    const probeBody = await probe.text();
    if (probe.status !== 200 || !probeBody.includes('"active":true')) throw new Error(`introspect answered ${probe.status}: ${probeBody.slice(0, 300)}`);
    await new Promise((r) => setTimeout(r, 2000));
    const idle = treeMemory(server.child.pid!);
    log(`Tessera (${db}) idle: ${memLine(idle)}`);
    targets.push({ db, before: isBefore, root, server, dataDir, databaseUrl: fresh?.url ?? null, databaseName: fresh?.name ?? null, logFile, shareTokenId, introspectClient, idle, drop: fresh?.drop });
  }
  const hello = await startHello();
  children.push(hello.child);
  const fastifyHello = await startHello(true);
  children.push(fastifyHello.child);

  const auth = (key: string) => ({ authorization: `Bearer ${key}` });
  const plans: Plan[] = [
    { name: 'node:http hello-world', db: null, path: '/', url: () => `http://127.0.0.1:${hello.port}/`, headers: () => ({}), target: null, ratioTarget: null, pid: () => hello.child.pid! },
    {
      name: 'Fastify hello-world (framework alone, for reference)',
      db: null,
      path: '/',
      url: () => `http://127.0.0.1:${fastifyHello.port}/`,
      headers: () => ({}),
      target: null,
      ratioTarget: null,
      pid: () => fastifyHello.child.pid!,
    },
  ];
  for (const t of targets) {
    const at = (p: string) => () => `http://127.0.0.1:${t.server.port}${p}`;
    const label = `${DB_LABEL[t.db]}${t.before ? ', before' : ''}`;
    plans.push(
      {
        name: `Tessera introspect, warm cache (${label})`,
        db: t.db,
        path: 'POST /oauth/introspect',
        url: at('/oauth/introspect'),
        method: 'POST',
        body: `token=${encodeURIComponent(t.server.demo.source.apiKey)}`,
        headers: () => ({ ...auth(t.introspectClient), 'content-type': 'application/x-www-form-urlencoded' }),
        target: t,
        ratioTarget: 0.35,
        pid: () => t.server.child.pid!,
      },
      {
        name: `Tessera authentication only (${label})`,
        db: t.db,
        path: 'GET /api/v1/rate-limits',
        url: at('/api/v1/rate-limits'),
        headers: () => auth(t.server.demo.source.apiKey),
        target: t,
        ratioTarget: null,
        pid: () => t.server.child.pid!,
      },
    );
    if (t.shareTokenId) {
      plans.push({
        name: `Tessera GET share token (${label})`,
        db: t.db,
        path: 'GET /api/v1/connect/share-tokens/:id',
        url: at(`/api/v1/connect/share-tokens/${t.shareTokenId}`),
        headers: () => auth(t.server.demo.source.apiKey),
        target: t,
        ratioTarget: 0.4,
        pid: () => t.server.child.pid!,
      });
    }
  }

  // Rounds interleave the cases, so a burst of load from elsewhere on the machine hits
  // them alike; each case keeps its best round (noise only ever lowers throughput).
  const rounds: CaseResult[][] = [];
  const underLoad = new Map<DbKind, ReturnType<ReturnType<typeof sampleTreeMemory>['stop']>[]>();
  const statusCodes = new Map<string, Result['statusCodeStats']>();
  for (let n = 1; n <= ROUNDS; n++) {
    log(`\nRound ${n} of ${ROUNDS}: ${DURATION} s per case, ${CONNECTIONS} connections${n === 1 ? ` (after a ${WARMUP} s warm-up each)` : ''}`);
    const results: CaseResult[] = [];
    for (const plan of plans) {
      if (n === 1) await load(plan, WARMUP);
      const serverPid = plan.pid();
      const sampler = plan.target ? sampleTreeMemory(serverPid) : null;
      const pgCpu = () => (plan.target?.databaseName ? serverBackendsCpuSec(plan.target.databaseName) : treeCpu(serverPid).descendantsSec);
      const cpu0 = treeCpu(serverPid);
      const main0 = mainThreadCpuSec(serverPid);
      const wait0 = mainThreadWaitSec(serverPid);
      const pg0 = pgCpu();
      const self0 = process.cpuUsage();
      const busy0 = machineBusySec();
      const t0 = performance.now();
      const r = await load(plan, DURATION);
      const seconds = (performance.now() - t0) / 1000;
      const cpu1 = treeCpu(serverPid);
      const mainSec = mainThreadCpuSec(serverPid) - main0;
      const waitSec = mainThreadWaitSec(serverPid) - wait0;
      const pgSec = pgCpu() - pg0;
      const self1 = process.cpuUsage(self0);
      const busy = machineBusySec() - busy0;
      const pct = (sec: number) => Math.round((sec / seconds) * 100);
      const serverSec = cpu1.rootSec - cpu0.rootSec;
      const ours = serverSec + pgSec + (self1.user + self1.system) / 1e6;
      const c = toCase(plan.name, plan.path, r, results[0]?.reqPerSec ?? null, plan.ratioTarget, {
        serverPct: pct(serverSec),
        postgresPct: pct(pgSec),
        loadGeneratorPct: pct((self1.user + self1.system) / 1e6),
        otherProcessesPct: Math.max(0, pct(busy - ours)),
        mainThreadWaitingPct: pct(waitSec),
        mainThreadRunningPct: pct(mainSec),
        machineIdlePct: Math.max(0, Math.round((1 - busy / (seconds * os.cpus().length)) * 100)),
      });
      c.db = plan.db;
      const perRequest = (sec: number) => (r.requests.total ? Math.round((sec * 1e6) / r.requests.total) : 0);
      c.cpuUsPerRequest = { server: perRequest(serverSec), postgres: perRequest(pgSec), mainThread: perRequest(mainSec) };
      if (sampler && plan.db && !plan.target?.before) {
        c.memory = sampler.stop();
        underLoad.set(plan.db, [...(underLoad.get(plan.db) ?? []), c.memory]);
      }
      if (c.non2xx || c.errors) statusCodes.set(plan.name, r.statusCodeStats);
      results.push(c);
      log(
        `  ${c.name}: ${c.reqPerSec} req/s, p50 ${c.p50} ms, p99 ${c.p99} ms${c.ratio !== null ? `, ratio ${c.ratio}` : ''}; ` +
          `CPU % of a core: server ${c.cpu.serverPct}, postgres ${c.cpu.postgresPct}, load generator ${c.cpu.loadGeneratorPct}, other processes ${c.cpu.otherProcessesPct}; ` +
          `main thread running ${c.cpu.mainThreadRunningPct} %, waiting for a core ${c.cpu.mainThreadWaitingPct} % of the round; machine idle ${c.cpu.machineIdlePct} %; ` +
          `CPU µs/request: server ${c.cpuUsPerRequest.server} (main thread ${c.cpuUsPerRequest.mainThread}), postgres ${c.cpuUsPerRequest.postgres}`,
      );
    }
    rounds.push(results);
  }
  const best = (i: number) => rounds.map((r) => r[i]!).reduce((a, b) => (b.reqPerSec > a.reqPerSec ? b : a));
  const cases = plans.map((plan, i) => {
    const c = { ...best(i) };
    const baseline = best(0).reqPerSec;
    c.ratio = i === 0 ? null : round(c.reqPerSec / baseline);
    c.met = c.ratio !== null && c.target !== null ? c.ratio >= c.target : null;
    const all = rounds.map((r) => r[i]!);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    c.cpuUsPerRequest = {
      server: median(all.map((x) => x.cpuUsPerRequest.server)),
      postgres: median(all.map((x) => x.cpuUsPerRequest.postgres)),
      mainThread: median(all.map((x) => x.cpuUsPerRequest.mainThread ?? 0)),
    };
    c.requests = all.reduce((a, x) => a + x.requests, 0);
    c.non2xx = all.reduce((a, x) => a + x.non2xx, 0);
    c.errors = all.reduce((a, x) => a + x.errors, 0);
    if (c.non2xx || c.errors) notes.push(`${plan.name}: ${c.non2xx} non-2xx responses, ${c.errors} errors/timeouts (status codes: ${JSON.stringify(statusCodes.get(plan.name))})`);
    if (c.cpu.otherProcessesPct > 15) {
      notes.push(`${plan.name}: in its best round other processes on the machine used ${c.cpu.otherProcessesPct}% of one core; the numbers are disturbed`);
    }
    return c;
  });
  await new Promise((r) => setTimeout(r, 2000));
  const memory: Record<string, { idle: TreeMemory; underLoadPeak: TreeMemory | null; idleAfterLoad: TreeMemory }> = {};
  for (const t of targets) {
    const afterLoad = treeMemory(t.server.child.pid!);
    log(`\nTessera (${t.db}) idle after the load: ${memLine(afterLoad)}`);
    if (t.before) {
      await stop(t.server.child);
      continue;
    }
    const loaded = underLoad.get(t.db) ?? [];
    memory[t.db] = { idle: t.idle, underLoadPeak: loaded.length ? maxOf(loaded.map((m) => m.peak)) : null, idleAfterLoad: afterLoad };
    await stop(t.server.child);
  }
  await stop(hello.child);
  await stop(fastifyHello.child);

  // A CPU profile of each missed case (or, with --profile, each Tessera case) on the embedded database, on a fresh server process (same data).
  const profiles: Array<{ case: string; summary: ProfileSummary }> = [];
  const profiled = targets.find((t) => t.db === 'embedded' && !t.before) ?? targets[0]!;
  const toProfile = opts['no-profile']
    ? []
    : plans.filter((p, i) => p.target === profiled && (cases[i]!.met === false || opts.profile || (p.ratioTarget === null && cases.some((c) => c.met === false))));
  for (const plan of toProfile) {
    const profDir = path.join(work, 'profiles', plan.name.replace(/\W+/g, '-'));
    fs.mkdirSync(profDir, { recursive: true });
    log(`\nProfiling "${plan.name}" (node --cpu-prof, ${DURATION} s)…`);
    profiled.server = await startTessera(profiled.dataDir, profiled.logFile, profiled.databaseUrl, ['--cpu-prof', `--cpu-prof-dir=${profDir}`], profiled.root);
    children.push(profiled.server.child);
    await load(plan, WARMUP);
    const fromUs = Number(process.hrtime.bigint() / 1000n);
    await load(plan, DURATION);
    const toUs = Number(process.hrtime.bigint() / 1000n);
    await stop(profiled.server.child);
    // CPU.<date>.<time>.<pid>.<thread id>.<n>.cpuprofile: thread 0 is the main thread (the API log thread writes its own).
    const files = fs.readdirSync(profDir).filter((f) => f.endsWith('.cpuprofile'));
    const file = files.find((f) => f.split('.')[4] === '0') ?? files[0];
    if (!file) {
      notes.push(`profile of ${plan.name}: no .cpuprofile written`);
      continue;
    }
    const summary = summarizeProfile(path.join(profDir, file), { fromUs, toUs });
    if (!summary.windowed) notes.push(`profile of ${plan.name}: could not restrict it to the load window; it includes start-up`);
    fs.copyFileSync(path.join(profDir, file), path.join(work, `${plan.name.replace(/\W+/g, '-')}.cpuprofile`));
    profiles.push({ case: plan.name, summary });
    log(`  top self time: ${summary.functions.slice(0, 5).map((f) => `${f.name} ${f.percent}%`).join('; ')}`);
  }
  // Allocation per request of each Tessera case on the embedded database (this build, and the one
  // before with --before-root), on a fresh server process with the inspector on: a figure the
  // machine's other load hardly moves.
  const allocation: AllocationResult[] = [];
  if (!opts['no-alloc']) {
    for (const t of targets.filter((x) => x.db === 'embedded')) {
      log(`\nAllocation per request (${t.before ? 'the build before' : 'this build'}, V8's sampling heap profiler, two samples of ${ALLOC_SECONDS} s per case)…`);
      t.server = await startTessera(t.dataDir, t.logFile, t.databaseUrl, ['--inspect=127.0.0.1:0'], t.root);
      children.push(t.server.child);
      const url = inspectorUrl(t.logFile);
      if (!url) {
        notes.push(`allocation (${t.before ? 'before' : 'this build'}): no inspector URL in ${t.logFile}`);
        await stop(t.server.child);
        continue;
      }
      for (const plan of plans.filter((p) => p.target === t)) {
        await load(plan, WARMUP);
        // Two samples, the lower kept: a burst that deepens Node's nextTick queue allocates new
        // segments of it (once 4.7 KB a request in one sample of a case that samples at 0.6 KB).
        const samples: Allocation[] = [];
        for (let i = 0; i < 2; i++) samples.push(await allocationPerRequest(url, async () => (await load(plan, ALLOC_SECONDS)).requests.total));
        const a = samples.reduce((x, y) => (y.bytesPerRequest < x.bytesPerRequest ? y : x));
        allocation.push({ case: plan.name, before: t.before, ...a, samples: samples.map((x) => x.bytesPerRequest) });
        log(`  ${plan.name}: ${a.bytesPerRequest} bytes per request (samples ${samples.map((x) => x.bytesPerRequest).join(', ')}); largest: ${a.top.slice(0, 3).map((f) => `${f.name} ${f.bytesPerRequest}`).join('; ')}`);
      }
      await stop(t.server.child);
    }
  }
  for (const t of targets) await t.drop?.().catch((e: unknown) => notes.push(`could not drop ${t.databaseName}: ${String(e)}`));

  const before = opts.before ? (JSON.parse(fs.readFileSync(opts.before, 'utf8')) as { date: string; git?: { commit: string }; cases: CaseResult[] }) : null;
  const result = {
    benchmark: opts.name,
    date: started.toISOString(),
    git: { commit: sh('git', ['rev-parse', 'HEAD']), dirty: sh('git', ['status', '--porcelain']) !== '' },
    machine: { ...machineInfo(), postgresServer: targets.some((t) => t.db === 'server') ? await serverVersion(opts['server-url']!) : null },
    settings: {
      connections: CONNECTIONS,
      durationSeconds: DURATION,
      rounds: ROUNDS,
      warmupSeconds: WARMUP,
      pipelining: 1,
      loadGenerator: 'autocannon (programmatic, in the bench process, same machine)',
      tessera:
        `node bin/tessera.js serve --demo (the build npm start runs), on ${DBS.map((d) => (d === 'server' ? `the PostgreSQL server at ${redactUrl(opts['server-url']!)} (a fresh database)` : 'its embedded PostgreSQL')).join(' and on ')}, ` +
        `LOG_LEVEL=${opts['log-level'] ?? 'info (default)'}, TESSERA_RATE_LIMIT_PER_MINUTE=${RATE_LIMIT}`,
    },
    cases: cases.map(({ memory: _m, ...c }) => c),
    rounds: rounds.map((r) => r.map(({ memory: _m, ...c }) => c)),
    memory: {
      definition:
        'Sum over the Tessera node process and its descendants (the embedded PostgreSQL postmaster and its backends; on the PostgreSQL server, Node alone). RSS counts shared pages once per process; PSS divides them among the processes that share them.',
      byDatabase: memory,
    },
    changes: opts.changes ?? null,
    beforeRoot: opts['before-root'] ? sh('git', ['-C', path.resolve(opts['before-root']), 'rev-parse', 'HEAD']) || path.resolve(opts['before-root']) : null,
    before: before ? { date: before.date, commit: before.git?.commit ?? null, file: path.relative(ROOT, path.resolve(opts.before!)) } : null,
    beforeCases: before?.cases ?? null,
    profiles,
    allocation,
    notes,
  };

  fs.mkdirSync(RESULTS, { recursive: true });
  const stamp = started.toISOString().slice(0, 16).replace(/:/g, '-') + (opts['log-level'] ? `-log-${opts['log-level']}` : '');
  const jsonFile = path.join(RESULTS, `${opts.name}-${stamp}.json`);
  const mdFile = path.join(RESULTS, `${opts.name}-${stamp}.md`);
  fs.writeFileSync(jsonFile, JSON.stringify(result, null, 2) + '\n');
  fs.writeFileSync(mdFile, markdown(result));

  log('\n' + table(cases));
  log(`\nResults: ${path.relative(ROOT, jsonFile)}, ${path.relative(ROOT, mdFile)}`);
  if (profiles.length) log(`CPU profiles kept in ${work}`);
  else fs.rmSync(work, { recursive: true, force: true });
  for (const n of notes) log(`note: ${n}`);
}

function redactUrl(url: string): string {
  const u = new URL(url);
  u.password = '';
  return u.toString();
}

function maxOf(ms: TreeMemory[]): TreeMemory {
  const k = (key: keyof TreeMemory) => Math.max(...ms.map((m) => m[key]));
  return { rssMiB: k('rssMiB'), pssMiB: k('pssMiB'), rootRssMiB: k('rootRssMiB'), processes: k('processes') };
}

function table(cases: CaseResult[]): string {
  const rows = [
    '| Case | Request | req/s | p50 (ms) | p99 (ms) | Tessera / node:http | Target | CPU % of one core: server / postgres / load gen. / others | CPU µs per request: server (its main thread) / postgres | Main thread, % of the round: running / waiting for a core | Machine idle, % of its cores |',
    '|---|---|---:|---:|---:|---:|---|---|---|---:|---:|',
    ...cases.map(
      (c) =>
        `| ${c.name} | \`${c.path}\` | ${c.reqPerSec} | ${c.p50} | ${c.p99} | ${c.ratio ?? '1 (baseline)'} | ${c.target === null ? '' : `≥ ${c.target} ${c.met ? 'met' : '**missed**'}`} | ${c.cpu.serverPct} / ${c.cpu.postgresPct} / ${c.cpu.loadGeneratorPct} / ${c.cpu.otherProcessesPct} | ${c.cpuUsPerRequest.server} (${c.cpuUsPerRequest.mainThread ?? '–'}) / ${c.cpuUsPerRequest.postgres} | ${c.cpu.mainThreadRunningPct ?? '–'} / ${c.cpu.mainThreadWaitingPct ?? '–'} | ${c.cpu.machineIdlePct ?? '–'} |`,
    ),
  ];
  return rows.join('\n');
}

function allocationSection(all: AllocationResult[]): string[] {
  const after = all.filter((a) => !a.before);
  const beforeOf = (name: string) => all.find((a) => a.before && a.case === name.replace(')', ', before)'));
  const lines = [
    '## Allocation per request (embedded PostgreSQL)',
    '',
    `V8's sampling heap profiler (one sample per 512 bytes, objects the collector already freed included) on a fresh server, ` +
      `over ${ALLOC_SECONDS} s of the same load after a ${WARMUP} s warm-up; bytes divided by the requests completed. Two samples per case; ` +
      'the lower is kept (a burst that deepens Node\'s nextTick queue allocates new segments of it), both are in brackets.',
    '',
    '| Case | Bytes per request | before (`--before-root`) |',
    '|---|---:|---:|',
    ...after.map((a) => {
      const b = beforeOf(a.case);
      return `| ${a.case} | ${a.bytesPerRequest} (${a.samples.join(', ')}) | ${b ? `${b.bytesPerRequest} (${b.samples.join(', ')})` : '–'} |`;
    }),
    '',
  ];
  for (const a of after) {
    lines.push(`Largest allocators, ${a.case} (bytes per request, % of the case's bytes):`, '', '| Function | Bytes | % |', '|---|---:|---:|');
    lines.push(...a.top.map((f) => `| \`${f.name}\` | ${f.bytesPerRequest} | ${f.percent} |`), '');
  }
  return lines;
}

function markdown(r: {
  date: string;
  git: { commit: string; dirty: boolean };
  machine: ReturnType<typeof machineInfo> & { postgresServer: string | null };
  settings: Record<string, unknown>;
  cases: CaseResult[];
  rounds: Array<Array<Omit<CaseResult, 'memory'>>>;
  memory: { definition: string; byDatabase: Record<string, { idle: TreeMemory; underLoadPeak: TreeMemory | null; idleAfterLoad: TreeMemory }> };
  changes: string | null;
  beforeRoot: string | null;
  before: { date: string; commit: string | null; file: string } | null;
  beforeCases: CaseResult[] | null;
  profiles: Array<{ case: string; summary: ProfileSummary }>;
  allocation: AllocationResult[];
  notes: string[];
}): string {
  const m = r.machine;
  const s = r.settings;
  const lines = [
    `# Hot-path benchmark (Connect, introspection) vs node:http — ${r.date}`,
    '',
    `Machine: ${m.cpuModel}, ${m.cores} cores, ${m.memoryGiB} GiB RAM, ${m.platform}, Node ${m.node}${m.postgresServer ? `; ${m.postgresServer} server on the same machine` : ''}.`,
    `Commit ${r.git.commit || 'unknown'}${r.git.dirty ? ' (with uncommitted changes)' : ''}. Reproduce: \`npm run bench:connect\`.`,
    '',
    `Load: autocannon, ${s.connections} connections, pipelining 1, ${s.warmupSeconds} s warm-up, then ${s.rounds} rounds of ${s.durationSeconds} s per case ` +
      `(cases interleaved; each case shows its best round), in the bench process on the same machine (load generator included in the CPU budget). ` +
      `Tessera: ${s.tessera}.`,
    '',
    table(r.cases),
    '',
    'req/s, p50, p99, CPU % and the ratio come from each case\'s best round; CPU µs per request is the median over the rounds ' +
      '(CPU time of the server process, and of its PostgreSQL processes, divided by the requests completed: unlike req/s it hardly moves ' +
      'when other processes compete for the cores, though it follows the speed the virtual machine\'s cores are given). The main thread\'s columns (best round): ' +
      'the time it ran, and the time it was ready to run but had no core (the kernel\'s run-queue delay from /proc/<pid>/task/<pid>/schedstat). ' +
      'A main thread that waits while it has requests to answer serves fewer of them than its CPU time per request would allow. ' +
      'The last column is the machine\'s idle time over the round (/proc/stat, all cores): a main thread waiting for a core while ' +
      'the machine idles was left queued behind another thread on its own core.',
    '',
    'Every round (req/s; in brackets the CPU other processes on the machine used, % of one core):',
    '',
    `| Case | ${r.rounds.map((_, i) => `round ${i + 1}`).join(' | ')} |`,
    `|---|${r.rounds.map(() => '---:').join('|')}|`,
    ...r.cases.map((c, i) => `| ${c.name} | ${r.rounds.map((round) => `${round[i]!.reqPerSec} (${round[i]!.cpu.otherProcessesPct})`).join(' | ')} |`),
    '',
    '## Memory',
    '',
    r.memory.definition,
    '',
    '| Database | When | RSS sum | PSS sum | node alone (RSS) | processes |',
    '|---|---|---:|---:|---:|---:|',
    ...Object.entries(r.memory.byDatabase).flatMap(([db, mem]) => {
      const row = (when: string, x: TreeMemory) => `| ${DB_LABEL[db as DbKind]} | ${when} | ${x.rssMiB} MiB | ${x.pssMiB} MiB | ${x.rootRssMiB} MiB | ${x.processes} |`;
      return [row('idle after start (demo seeded)', mem.idle), ...(mem.underLoadPeak ? [row('under load (peak)', mem.underLoadPeak)] : []), row('idle after the load', mem.idleAfterLoad)];
    }),
    '',
  ];
  const sameRun = r.cases.filter((c) => c.name.endsWith(', before)'));
  if (r.changes || r.beforeCases || sameRun.length) {
    lines.push('## Before / after', '');
    if (r.changes) lines.push(`What changed: ${r.changes}`, '');
    if (sameRun.length) {
      lines.push(
        `Measured in this run, interleaved: the build before the change (\`--before-root\`, ${r.beforeRoot ?? ''}) next to this one, each on its own server and database.`,
        '',
        '| Case | req/s before → after | × node:http before → after | CPU µs/request (server / postgres) before → after | main thread µs/request before → after |',
        '|---|---:|---:|---|---:|',
      );
      for (const b of sameRun) {
        const c = r.cases.find((x) => x.name === b.name.replace(', before)', ')'));
        if (!c) continue;
        lines.push(
          `| ${c.name} | ${b.reqPerSec} → ${c.reqPerSec} | ${b.ratio} → ${c.ratio} | ${b.cpuUsPerRequest.server} / ${b.cpuUsPerRequest.postgres} → ${c.cpuUsPerRequest.server} / ${c.cpuUsPerRequest.postgres} | ${b.cpuUsPerRequest.mainThread ?? '–'} → ${c.cpuUsPerRequest.mainThread ?? '–'} |`,
        );
      }
      lines.push('');
    }
    if (r.beforeCases && r.before) {
      lines.push(
        `Before: \`${r.before.file}\` (${r.before.date}${r.before.commit ? `, commit ${r.before.commit.slice(0, 12)}` : ''}). Each run has its own node:http baseline; compare the ratios and the CPU per request (req/s moves with the machine's other load).`,
        '',
        '| Case | req/s before → after | × node:http before → after | CPU µs/request (server / postgres) before → after |',
        '|---|---:|---:|---|',
      );
      for (const c of r.cases) {
        const b = r.beforeCases.find((x) => x.name === c.name);
        if (!b) continue;
        lines.push(
          `| ${c.name} | ${b.reqPerSec} → ${c.reqPerSec} | ${b.ratio ?? 1} → ${c.ratio ?? 1} | ${b.cpuUsPerRequest.server} / ${b.cpuUsPerRequest.postgres} → ${c.cpuUsPerRequest.server} / ${c.cpuUsPerRequest.postgres} |`,
        );
      }
      lines.push('');
    }
  }
  if (r.notes.length) lines.push('## Notes', '', ...r.notes.map((n) => `- ${n}`), '');
  if (r.allocation.length) lines.push(...allocationSection(r.allocation));
  for (const p of r.profiles) {
    lines.push(
      `## CPU profile: ${p.case}`,
      '',
      `\`node --cpu-prof\` on a fresh server process, ${p.summary.windowed ? 'samples of the measured run only' : 'whole process life'}: ${p.summary.busyMs} ms busy, ${p.summary.idleMs} ms idle on the main thread.`,
      '',
      `Self time by area (every area; Tessera's own code, all its areas together: ${ownShare(p.summary)} % of busy):`,
      '',
      '| Area | ms | % of busy |',
      '|---|---:|---:|',
      ...p.summary.areas.map((a) => `| ${a.name} | ${a.ms} | ${a.percent} |`),
      '',
      'Time with the area on the stack (a caller includes its callees):',
      '',
      '| Area | ms | % of busy |',
      '|---|---:|---:|',
      ...p.summary.areasInclusive.map((a) => `| ${a.name} | ${a.ms} | ${a.percent} |`),
      '',
      "Tessera's own functions by time on the stack:",
      '',
      '| Function | ms | % of busy |',
      '|---|---:|---:|',
      ...p.summary.tesseraInclusive.map((f) => `| \`${f.name.replace(/\|/g, '\\|')}\` | ${f.ms} | ${f.percent} |`),
      '',
      'Top functions by self time:',
      '',
      '| Function | ms | % of busy |',
      '|---|---:|---:|',
      ...p.summary.functions.map((f) => `| \`${f.name.replace(/\|/g, '\\|')}\` | ${f.ms} | ${f.percent} |`),
      '',
    );
  }
  return lines.join('\n');
}

let failureCleanup: () => Promise<void> = async () => undefined;

main().then(
  () => process.exit(0),
  async (e: unknown) => {
    console.error(e instanceof Error ? e.stack : String(e));
    await failureCleanup().catch(() => undefined);
    process.exit(1);
  },
);
