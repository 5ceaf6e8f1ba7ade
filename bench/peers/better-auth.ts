/**
 * `npm run bench:peer`: Tessera's credential verification against better-auth's
 * `@better-auth/api-key` plugin, side by side in one run (issue 7). Both sit
 * behind the same Fastify server (bench/peers/server.ts, one child process),
 * each with its own fresh database on the machine's PostgreSQL server; the
 * same number of keys is seeded in each, and autocannon hits random valid keys
 * of one side, then the other, in interleaved rounds of the same duration and
 * connections. Targets: Tessera ≥ 20× better-auth's req/s and a p99 ≥ 10× lower.
 *
 * Options: --keys N (1000), --duration S (8) per round, --rounds N (3),
 *          --warmup S (3), --connections N (50), --pool N (20).
 */
import autocannon, { type Result } from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { machineBusySec, treeCpu } from '../lib/process-tree.js';
import { createDatabase, dropDatabase, serverVersion } from '../lib/postgres.js';
import { gitInfo, header, loadNote, machineInfo, round, verdict, writeResults } from '../lib/results.js';
import { stopProcess } from '../lib/tessera.js';
import { freePort, log, ROOT, runBench } from '../lib/util.js';

const { values: opts } = parseArgs({
  options: {
    keys: { type: 'string', default: '1000' },
    duration: { type: 'string', default: '8' },
    rounds: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '50' },
    pool: { type: 'string', default: '20' },
  },
});
const KEYS = Number(opts.keys);
const DURATION = Number(opts.duration);
const ROUNDS = Number(opts.rounds);
const WARMUP = Number(opts.warmup);
const CONNECTIONS = Number(opts.connections);
const POOL = Number(opts.pool);
const TARGET_RPS = 20;
const TARGET_P99 = 10;

type Side = 'tessera' | 'better-auth';

interface Run {
  side: Side;
  round: number;
  reqPerSec: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
  /** % of one core during the run: the Fastify process, all PostgreSQL backends, other processes. */
  cpu: { serverPct: number; otherPct: number };
}

async function startServer(o: Record<string, unknown>, logFile: string): Promise<ChildProcess> {
  const out = fs.openSync(logFile, 'a');
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/peers/server.ts', JSON.stringify(o)], { cwd: ROOT, stdio: ['ignore', 'pipe', out] });
  fs.closeSync(out);
  await new Promise<void>((resolve, reject) => {
    let seen = '';
    child.stdout!.on('data', (d: Buffer) => {
      seen += d.toString();
      if (seen.includes('ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`peer server exited (${code}); log: ${logFile}`)));
  });
  return child;
}

async function load(url: string, keys: string[], seconds: number): Promise<Result> {
  return autocannon({
    url,
    method: 'POST',
    connections: CONNECTIONS,
    pipelining: 1,
    duration: seconds,
    headers: { 'content-type': 'application/json' },
    requests: [{ setupRequest: (req) => ({ ...req, body: JSON.stringify({ key: keys[Math.floor(Math.random() * keys.length)] }) }) }],
  });
}

async function main() {
  const started = new Date();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-bench-peer-'));
  const logFile = path.join(work, 'server.log');
  const postgres = await serverVersion();
  const tesseraDb = await createDatabase('tessera_bench_peer');
  const peerDb = await createDatabase('better_auth_bench_peer');
  let server: ChildProcess | null = null;
  process.once('exit', () => server?.exitCode === null && server.kill('SIGKILL'));
  const runs: Run[] = [];
  let seedSeconds!: number;
  try {
    const port = await freePort();
    const keysFile = path.join(work, 'keys.json');
    log(`Seeding ${KEYS} keys in each of ${tesseraDb.name} and ${peerDb.name}, starting the peer Fastify…`);
    const t0 = performance.now();
    server = await startServer(
      { port, tesseraUrl: tesseraDb.url, betterAuthUrl: peerDb.url, keys: KEYS, keysFile, pool: POOL, secret: randomBytes(32).toString('base64url') },
      logFile,
    );
    seedSeconds = round((performance.now() - t0) / 1000, 1);
    const keys = JSON.parse(fs.readFileSync(keysFile, 'utf8')) as { tessera: string[]; betterAuth: string[] };
    const sides: Array<{ side: Side; url: string; keys: string[] }> = [
      { side: 'tessera', url: `http://127.0.0.1:${port}/verify/tessera`, keys: keys.tessera },
      { side: 'better-auth', url: `http://127.0.0.1:${port}/verify/better-auth`, keys: keys.betterAuth },
    ];
    for (const s of sides) {
      const check = await load(s.url, s.keys, 1);
      if (check.non2xx > 0 || check['2xx'] === 0) throw new Error(`${s.side}: ${check.non2xx} non-2xx in the check run (${JSON.stringify(check.statusCodeStats)}); log: ${logFile}`);
      log(`${s.side}: ${WARMUP} s warm-up…`);
      await load(s.url, s.keys, WARMUP);
    }
    for (let n = 1; n <= ROUNDS; n++) {
      // Alternating the order each round spreads a burst of load from elsewhere on both sides.
      for (const s of n % 2 ? sides : [...sides].reverse()) {
        const cpu0 = treeCpu(server.pid!);
        const busy0 = machineBusySec();
        const t = performance.now();
        const r = await load(s.url, s.keys, DURATION);
        const seconds = (performance.now() - t) / 1000;
        const cpu1 = treeCpu(server.pid!);
        const serverSec = cpu1.rootSec - cpu0.rootSec;
        const run: Run = {
          side: s.side,
          round: n,
          reqPerSec: round(r.requests.average, 0),
          p50: r.latency.p50,
          p99: r.latency.p99,
          requests: r.requests.total,
          non2xx: r.non2xx,
          errors: r.errors + r.timeouts,
          cpu: { serverPct: Math.round((serverSec / seconds) * 100), otherPct: Math.round(((machineBusySec() - busy0 - serverSec) / seconds) * 100) },
        };
        runs.push(run);
        log(`round ${n} ${s.side}: ${run.reqPerSec} req/s, p50 ${run.p50} ms, p99 ${run.p99} ms, non-2xx ${run.non2xx}`);
      }
    }
  } finally {
    if (server) await stopProcess(server);
    await dropDatabase(tesseraDb.name);
    await dropDatabase(peerDb.name);
    fs.rmSync(work, { recursive: true, force: true });
  }

  // Each side's best round by req/s (noise on a shared machine only ever lowers throughput).
  const best = (side: Side) => runs.filter((r) => r.side === side).sort((a, b) => b.reqPerSec - a.reqPerSec)[0]!;
  const t = best('tessera');
  const b = best('better-auth');
  const rpsRatio = round(t.reqPerSec / b.reqPerSec, 1);
  const p99Ratio = round(b.p99 / Math.max(t.p99, 1), 1);
  const targets = [
    { what: 'req/s, Tessera / better-auth', target: `≥ ${TARGET_RPS}×`, measured: `${rpsRatio}×`, met: rpsRatio >= TARGET_RPS },
    { what: 'p99, better-auth / Tessera', target: `≥ ${TARGET_P99}×`, measured: `${p99Ratio}×`, met: p99Ratio >= TARGET_P99 },
  ];
  const machine = machineInfo();
  const git = gitInfo();
  const notes = [
    'Tessera is measured in-process behind the same Fastify (its `introspectCredential` use case with the verifier `tessera serve` builds: LRU cache on, 10,000 entries, 30 s TTL), not through its own `/oauth/introspect`: that way both sides pay the same framework, route, JSON parsing and response, and the numbers compare the verification alone. `/oauth/introspect` on the full server (authentication of the client, API log, rate limit) is measured by `npm run bench:verify` and `npm run bench:connect`.',
    'better-auth: `betterAuth({ database: pg.Pool, rateLimit: { enabled: false }, plugins: [apiKey({ rateLimit: { enabled: false } })] })`, keys created with `rateLimitEnabled: false`, tables from its own `getMigrations()` (what `npx auth migrate` runs). `verifyApiKey` hashes the key (SHA-256), reads the row and writes `lastRequest`/`updatedAt` on every call; it has no cache.',
    `Both pools: ${POOL} connections to the same PostgreSQL server, each side its own fresh database (dropped after the run).`,
    loadNote(machine, 'npm run bench:peer'),
  ];
  const result = {
    benchmark: 'peer',
    date: started.toISOString(),
    git,
    machine,
    postgres,
    versions: { 'better-auth': '1.7.5', '@better-auth/api-key': '1.7.5', 'better-call': '1.4.0', '@better-auth/utils': '0.4.2', fastify: readVersion('fastify') },
    settings: { keysPerSide: KEYS, connections: CONNECTIONS, pipelining: 1, durationSeconds: DURATION, rounds: ROUNDS, warmupSeconds: WARMUP, pool: POOL, seedSeconds },
    best: { tessera: t, betterAuth: b },
    targets,
    runs,
    notes,
  };
  const md = [
    ...header('Peer benchmark: Tessera vs better-auth api-key', started, machine, git, 'npm run bench:peer', postgres),
    `Load: autocannon, ${CONNECTIONS} connections, pipelining 1, random valid keys out of ${KEYS} per side, ${WARMUP} s warm-up per side, then ${ROUNDS} rounds of ${DURATION} s per side, interleaved (each side shows its best round). One Fastify ${result.versions.fastify} process serves both routes.`,
    '',
    '| Side | Route | req/s | p50 (ms) | p99 (ms) | non-2xx | server CPU % of one core | others % |',
    '|---|---|---:|---:|---:|---:|---:|---:|',
    `| Tessera | \`POST /verify/tessera\` | ${t.reqPerSec} | ${t.p50} | ${t.p99} | ${t.non2xx} | ${t.cpu.serverPct} | ${t.cpu.otherPct} |`,
    `| better-auth 1.7.5 api-key | \`POST /verify/better-auth\` | ${b.reqPerSec} | ${b.p50} | ${b.p99} | ${b.non2xx} | ${b.cpu.serverPct} | ${b.cpu.otherPct} |`,
    '',
    '| Target | Wanted | Measured | Result |',
    '|---|---|---:|---|',
    ...targets.map((x) => `| ${x.what} | ${x.target} | ${x.measured} | ${verdict(x.met)} |`),
    '',
    'Every round (req/s, p99 ms):',
    '',
    '| Round | Tessera | better-auth |',
    '|---|---:|---:|',
    ...Array.from({ length: ROUNDS }, (_, i) => {
      const of = (s: Side) => runs.find((r) => r.side === s && r.round === i + 1)!;
      return `| ${i + 1} | ${of('tessera').reqPerSec} (${of('tessera').p99}) | ${of('better-auth').reqPerSec} (${of('better-auth').p99}) |`;
    }),
    '',
    '## Notes',
    '',
    ...notes.map((n) => `- ${n}`),
  ].join('\n');
  writeResults('peer', started, result, md);
}

function readVersion(pkg: string): string {
  return (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
}

runBench(main);
