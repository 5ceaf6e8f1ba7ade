/**
 * `npm run bench:connect`: Tessera's Connect hot paths against a bare node:http
 * hello-world, both as child processes on this machine, driven by autocannon in
 * the same run (issue 3). Tessera runs exactly as `npm start` does (the built
 * CLI, `serve --demo`, embedded PostgreSQL) on a throwaway data dir.
 *
 * Cases: node:http hello-world; Fastify hello-world (the framework alone, for
 * reference, no target); GET /api/v1/rate-limits (authentication alone:
 * one HMAC, one LRU lookup, no query); GET /api/v1/connect/share-tokens/:id (one
 * indexed read). Prints req/s, p50, p99 and the ratio to node:http, measures the
 * resident memory of Tessera's process tree (Node + PostgreSQL) idle and under
 * load, and writes JSON and markdown into bench/results/. When a target is
 * missed it profiles that case (`node --cpu-prof`) and adds the summary.
 *
 * Options: --duration S (6) per case and round, --rounds N (5), --warmup S (3),
 *          --connections N (50),
 *          --log-level L (Tessera's LOG_LEVEL; default: unset, i.e. info as with npm start),
 *          --profile (always profile), --no-profile, --no-build.
 */
import autocannon, { type Result } from 'autocannon';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { summarizeProfile, type ProfileSummary } from './lib/cpu-profile.js';
import { machineBusySec, sampleTreeMemory, treeCpu, treeMemory, type TreeMemory } from './lib/process-tree.js';
import { freePort, log, sh } from './lib/util.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = path.join(ROOT, 'bench', 'results');
const RATE_LIMIT = '1000000';

const { values: opts } = parseArgs({
  options: {
    duration: { type: 'string', default: '6' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '50' },
    rounds: { type: 'string', default: '5' },
    'log-level': { type: 'string' },
    profile: { type: 'boolean', default: false },
    'no-profile': { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
  },
});
const DURATION = Number(opts.duration);
const WARMUP = Number(opts.warmup);
const CONNECTIONS = Number(opts.connections);
const ROUNDS = Number(opts.rounds);

interface Demo {
  baseUrl: string;
  source: { apiKey: string };
  destination: { apiKey: string };
  connectionId: string;
  inquiryId: string;
}

interface CaseResult {
  name: string;
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
  cpu: { serverPct: number; postgresPct: number; loadGeneratorPct: number; otherProcessesPct: number };
  /** CPU time per completed request, microseconds: robust to other load on the machine, unlike req/s. */
  cpuUsPerRequest: { server: number; postgres: number };
  memory?: ReturnType<ReturnType<typeof sampleTreeMemory>['stop']>;
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
function tesseraEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(PORT|HOST|DATABASE_URL|LOG_LEVEL|TESSERA_.*)$/.test(k)));
  return { ...env, TESSERA_RATE_LIMIT_PER_MINUTE: RATE_LIMIT, ...(opts['log-level'] ? { LOG_LEVEL: opts['log-level'] } : {}) };
}

interface Server {
  child: ChildProcess;
  port: number;
  demo: Demo;
}

/** `node bin/tessera.js serve --demo` on `dataDir`, ready and with its demo.json read. */
async function startTessera(dataDir: string, logFile: string, cpuProfDir?: string): Promise<Server> {
  const port = await freePort();
  const out = fs.openSync(logFile, 'a');
  const flags = cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfDir}`] : [];
  const child = spawn(process.execPath, [...flags, 'bin/tessera.js', 'serve', '--demo', '--port', String(port), '--data-dir', dataDir], {
    cwd: ROOT,
    env: tesseraEnv(),
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

async function load(url: string, headers: Record<string, string>, seconds: number): Promise<Result> {
  return autocannon({ url, connections: CONNECTIONS, duration: seconds, pipelining: 1, headers });
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

function machine() {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
  };
}

function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

function toCase(name: string, urlPath: string, r: Result, baseline: number | null, target: number | null, cpu: CaseResult['cpu']): CaseResult {
  const reqPerSec = round(r.requests.average, 0);
  const ratio = baseline ? round(reqPerSec / baseline) : null;
  return {
    name,
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
  const dataDir = path.join(work, 'data');
  const logFile = path.join(work, 'tessera.log');
  const notes: string[] = [];
  const children: ChildProcess[] = [];
  const cleanup = () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  };
  process.once('exit', cleanup);

  log(`Starting Tessera (serve --demo, embedded PostgreSQL, data in ${dataDir})…`);
  let tessera = await startTessera(dataDir, logFile);
  children.push(tessera.child);
  const hello = await startHello();
  children.push(hello.child);
  const fastifyHello = await startHello(true);
  children.push(fastifyHello.child);

  await new Promise((r) => setTimeout(r, 2000));
  const idle = treeMemory(tessera.child.pid!);
  log(`Tessera idle: ${memLine(idle)}`);

  const base = `http://127.0.0.1:${tessera.port}`;
  const token = await createShareToken(base, tessera.demo);
  if ('reason' in token) {
    notes.push(`GET share token not measured: ${token.reason}`);
    log(`!! GET share token will NOT be measured: ${token.reason}`);
  } else {
    const check = await fetch(`${base}/api/v1/connect/share-tokens/${token.id}`, { headers: { authorization: `Bearer ${tessera.demo.source.apiKey}` } });
    if (check.status !== 200) throw new Error(`GET share token answered ${check.status}: ${await check.text()}`);
  }

  const auth = (key: string) => ({ authorization: `Bearer ${key}` });
  interface Plan {
    name: string;
    path: string;
    url: () => string;
    headers: () => Record<string, string>;
    tessera: boolean;
    target: number | null;
  }
  const plans: Plan[] = [
    { name: 'node:http hello-world', path: '/', url: () => `http://127.0.0.1:${hello.port}/`, headers: () => ({}), tessera: false, target: null },
    {
      name: 'Fastify hello-world (framework alone, for reference)',
      path: '/',
      url: () => `http://127.0.0.1:${fastifyHello.port}/`,
      headers: () => ({}),
      tessera: false,
      target: null,
    },
    {
      name: 'Tessera authentication only',
      path: 'GET /api/v1/rate-limits',
      url: () => `http://127.0.0.1:${tessera.port}/api/v1/rate-limits`,
      headers: () => auth(tessera.demo.source.apiKey),
      tessera: true,
      target: 0.6,
    },
  ];
  if ('id' in token) {
    plans.push({
      name: 'Tessera GET share token',
      path: 'GET /api/v1/connect/share-tokens/:id',
      url: () => `http://127.0.0.1:${tessera.port}/api/v1/connect/share-tokens/${token.id}`,
      headers: () => auth(tessera.demo.source.apiKey),
      tessera: true,
      target: 0.3,
    });
  }

  // Rounds interleave the cases, so a burst of load from elsewhere on the machine hits
  // them alike; each case keeps its best round (noise only ever lowers throughput).
  const rounds: CaseResult[][] = [];
  const underLoad: ReturnType<ReturnType<typeof sampleTreeMemory>['stop']>[] = [];
  const statusCodes = new Map<string, Result['statusCodeStats']>();
  for (let n = 1; n <= ROUNDS; n++) {
    log(`\nRound ${n} of ${ROUNDS}: ${DURATION} s per case, ${CONNECTIONS} connections${n === 1 ? ` (after a ${WARMUP} s warm-up each)` : ''}`);
    const results: CaseResult[] = [];
    for (const plan of plans) {
      if (n === 1) await load(plan.url(), plan.headers(), WARMUP);
      const serverPid = plan.tessera ? tessera.child.pid! : plan.url().includes(`:${hello.port}/`) ? hello.child.pid! : fastifyHello.child.pid!;
      const sampler = plan.tessera ? sampleTreeMemory(serverPid) : null;
      const cpu0 = treeCpu(serverPid);
      const self0 = process.cpuUsage();
      const busy0 = machineBusySec();
      const t0 = performance.now();
      const r = await load(plan.url(), plan.headers(), DURATION);
      const seconds = (performance.now() - t0) / 1000;
      const cpu1 = treeCpu(serverPid);
      const self1 = process.cpuUsage(self0);
      const busy = machineBusySec() - busy0;
      const pct = (sec: number) => Math.round((sec / seconds) * 100);
      const ours = cpu1.rootSec - cpu0.rootSec + (cpu1.descendantsSec - cpu0.descendantsSec) + (self1.user + self1.system) / 1e6;
      const c = toCase(plan.name, plan.path, r, results[0]?.reqPerSec ?? null, plan.target, {
        serverPct: pct(cpu1.rootSec - cpu0.rootSec),
        postgresPct: pct(cpu1.descendantsSec - cpu0.descendantsSec),
        loadGeneratorPct: pct((self1.user + self1.system) / 1e6),
        otherProcessesPct: Math.max(0, pct(busy - ours)),
      });
      const perRequest = (sec: number) => (r.requests.total ? Math.round((sec * 1e6) / r.requests.total) : 0);
      c.cpuUsPerRequest = { server: perRequest(cpu1.rootSec - cpu0.rootSec), postgres: perRequest(cpu1.descendantsSec - cpu0.descendantsSec) };
      if (sampler) {
        c.memory = sampler.stop();
        underLoad.push(c.memory);
      }
      if (c.non2xx || c.errors) statusCodes.set(plan.name, r.statusCodeStats);
      results.push(c);
      log(
        `  ${c.name}: ${c.reqPerSec} req/s, p50 ${c.p50} ms, p99 ${c.p99} ms${c.ratio !== null ? `, ratio ${c.ratio}` : ''}; ` +
          `CPU % of a core: server ${c.cpu.serverPct}, postgres ${c.cpu.postgresPct}, load generator ${c.cpu.loadGeneratorPct}, other processes ${c.cpu.otherProcessesPct}; ` +
          `CPU µs/request: server ${c.cpuUsPerRequest.server}, postgres ${c.cpuUsPerRequest.postgres}`,
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
    c.cpuUsPerRequest = { server: median(all.map((x) => x.cpuUsPerRequest.server)), postgres: median(all.map((x) => x.cpuUsPerRequest.postgres)) };
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
  const afterLoad = treeMemory(tessera.child.pid!);
  log(`\nTessera idle after the load: ${memLine(afterLoad)}`);

  await stop(tessera.child);
  await stop(hello.child);
  await stop(fastifyHello.child);

  // A CPU profile of each missed case, on a fresh server process (same data).
  const profiles: Array<{ case: string; summary: ProfileSummary }> = [];
  const toProfile = opts['no-profile'] ? [] : cases.filter((c) => c.met === false || (opts.profile && c.target !== null));
  for (const c of toProfile) {
    const plan = plans.find((p) => p.name === c.name)!;
    const profDir = path.join(work, 'profiles', c.name.replace(/\W+/g, '-'));
    fs.mkdirSync(profDir, { recursive: true });
    log(`\nProfiling "${c.name}" (node --cpu-prof, ${DURATION} s)…`);
    tessera = await startTessera(dataDir, logFile, profDir);
    children.push(tessera.child);
    await load(plan.url(), plan.headers(), WARMUP);
    const fromUs = Number(process.hrtime.bigint() / 1000n);
    await load(plan.url(), plan.headers(), DURATION);
    const toUs = Number(process.hrtime.bigint() / 1000n);
    await stop(tessera.child);
    const file = fs.readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
    if (!file) {
      notes.push(`profile of ${c.name}: no .cpuprofile written`);
      continue;
    }
    const summary = summarizeProfile(path.join(profDir, file), { fromUs, toUs });
    if (!summary.windowed) notes.push(`profile of ${c.name}: could not restrict it to the load window; it includes start-up`);
    fs.copyFileSync(path.join(profDir, file), path.join(work, `${c.name.replace(/\W+/g, '-')}.cpuprofile`));
    profiles.push({ case: c.name, summary });
    log(`  top self time: ${summary.functions.slice(0, 5).map((f) => `${f.name} ${f.percent}%`).join('; ')}`);
  }

  const result = {
    benchmark: 'connect',
    date: started.toISOString(),
    git: { commit: sh('git', ['rev-parse', 'HEAD']), dirty: sh('git', ['status', '--porcelain']) !== '' },
    machine: machine(),
    settings: {
      connections: CONNECTIONS,
      durationSeconds: DURATION,
      rounds: ROUNDS,
      warmupSeconds: WARMUP,
      pipelining: 1,
      loadGenerator: 'autocannon (programmatic, in the bench process, same machine)',
      tessera: `node bin/tessera.js serve --demo (the build npm start runs), embedded PostgreSQL, LOG_LEVEL=${opts['log-level'] ?? 'info (default)'}, TESSERA_RATE_LIMIT_PER_MINUTE=${RATE_LIMIT}`,
    },
    cases: cases.map(({ memory: _m, ...c }) => c),
    rounds: rounds.map((r) => r.map(({ memory: _m, ...c }) => c)),
    memory: {
      definition: 'Sum over the Tessera node process and its descendants (the embedded PostgreSQL postmaster and its backends). RSS counts shared pages once per process; PSS divides them among the processes that share them.',
      idle,
      underLoadPeak: underLoad.length ? maxOf(underLoad.map((m) => m.peak)) : null,
      perCase: Object.fromEntries(cases.filter((c) => c.memory).map((c) => [c.name, c.memory])),
      idleAfterLoad: afterLoad,
    },
    profiles,
    notes,
  };

  fs.mkdirSync(RESULTS, { recursive: true });
  const stamp = started.toISOString().slice(0, 16).replace(/:/g, '-') + (opts['log-level'] ? `-log-${opts['log-level']}` : '');
  const jsonFile = path.join(RESULTS, `connect-${stamp}.json`);
  const mdFile = path.join(RESULTS, `connect-${stamp}.md`);
  fs.writeFileSync(jsonFile, JSON.stringify(result, null, 2) + '\n');
  fs.writeFileSync(mdFile, markdown(result));

  log('\n' + table(cases));
  log(`\nResults: ${path.relative(ROOT, jsonFile)}, ${path.relative(ROOT, mdFile)}`);
  if (profiles.length) log(`CPU profiles kept in ${work}`);
  else fs.rmSync(work, { recursive: true, force: true });
  for (const n of notes) log(`note: ${n}`);
}

function maxOf(ms: TreeMemory[]): TreeMemory {
  const k = (key: keyof TreeMemory) => Math.max(...ms.map((m) => m[key]));
  return { rssMiB: k('rssMiB'), pssMiB: k('pssMiB'), rootRssMiB: k('rootRssMiB'), processes: k('processes') };
}

function table(cases: CaseResult[]): string {
  const rows = [
    '| Case | Request | req/s | p50 (ms) | p99 (ms) | Tessera / node:http | Target | CPU % of one core: server / postgres / load gen. / others | CPU µs per request: server / postgres |',
    '|---|---|---:|---:|---:|---:|---|---|---|',
    ...cases.map(
      (c) =>
        `| ${c.name} | \`${c.path}\` | ${c.reqPerSec} | ${c.p50} | ${c.p99} | ${c.ratio ?? '1 (baseline)'} | ${c.target === null ? '' : `≥ ${c.target} ${c.met ? 'met' : '**missed**'}`} | ${c.cpu.serverPct} / ${c.cpu.postgresPct} / ${c.cpu.loadGeneratorPct} / ${c.cpu.otherProcessesPct} | ${c.cpuUsPerRequest.server} / ${c.cpuUsPerRequest.postgres} |`,
    ),
  ];
  return rows.join('\n');
}

function markdown(r: {
  date: string;
  git: { commit: string; dirty: boolean };
  machine: ReturnType<typeof machine>;
  settings: Record<string, unknown>;
  cases: CaseResult[];
  rounds: Array<Array<Omit<CaseResult, 'memory'>>>;
  memory: { definition: string; idle: TreeMemory; underLoadPeak: TreeMemory | null; idleAfterLoad: TreeMemory };
  profiles: Array<{ case: string; summary: ProfileSummary }>;
  notes: string[];
}): string {
  const m = r.machine;
  const s = r.settings;
  const lines = [
    `# Connect benchmark — ${r.date}`,
    '',
    `Machine: ${m.cpuModel}, ${m.cores} cores, ${m.memoryGiB} GiB RAM, ${m.platform}, Node ${m.node}.`,
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
      'when other processes compete for the cores).',
    '',
    'Every round (req/s; in brackets the CPU other processes on the machine used, % of one core):',
    '',
    `| Case | ${r.rounds.map((_, i) => `round ${i + 1}`).join(' | ')} |`,
    `|---|${r.rounds.map(() => '---:').join('|')}|`,
    ...r.cases.map((c, i) => `| ${c.name} | ${r.rounds.map((round) => `${round[i]!.reqPerSec} (${round[i]!.cpu.otherProcessesPct})`).join(' | ')} |`),
    '',
    '## Memory (Tessera node process + embedded PostgreSQL)',
    '',
    r.memory.definition,
    '',
    '| When | RSS sum | PSS sum | node alone (RSS) | processes |',
    '|---|---:|---:|---:|---:|',
    `| idle after start (demo seeded) | ${r.memory.idle.rssMiB} MiB | ${r.memory.idle.pssMiB} MiB | ${r.memory.idle.rootRssMiB} MiB | ${r.memory.idle.processes} |`,
    ...(r.memory.underLoadPeak
      ? [
          `| under load (peak) | ${r.memory.underLoadPeak.rssMiB} MiB | ${r.memory.underLoadPeak.pssMiB} MiB | ${r.memory.underLoadPeak.rootRssMiB} MiB | ${r.memory.underLoadPeak.processes} |`,
        ]
      : []),
    `| idle after the load | ${r.memory.idleAfterLoad.rssMiB} MiB | ${r.memory.idleAfterLoad.pssMiB} MiB | ${r.memory.idleAfterLoad.rootRssMiB} MiB | ${r.memory.idleAfterLoad.processes} |`,
    '',
  ];
  if (r.notes.length) lines.push('## Notes', '', ...r.notes.map((n) => `- ${n}`), '');
  for (const p of r.profiles) {
    lines.push(
      `## CPU profile: ${p.case}`,
      '',
      `\`node --cpu-prof\` on a fresh server process, ${p.summary.windowed ? 'samples of the measured run only' : 'whole process life'}: ${p.summary.busyMs} ms busy, ${p.summary.idleMs} ms idle on the main thread.`,
      '',
      'Self time by area:',
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

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e instanceof Error ? e.stack : String(e));
    process.exit(1);
  },
);
