/**
 * `npm run bench:webhooks`: event → first webhook attempt latency (issue 4).
 * Tessera runs in this process on the embedded PostgreSQL (a throwaway data
 * dir), with its worker and the default job settings; a node:http receiver
 * on 127.0.0.1 answers 200. Events are `inquiry.created`, made through
 * `POST /api/v1/inquiries` at a steady rate; each is delivered to one enabled
 * webhook. Latency per event: the event's `created-at` (set in the
 * transaction that commits it) to the first attempt's start as recorded in
 * the delivery log, and to the request's arrival at the receiver.
 * Writes JSON and markdown into bench/results/. Target: p95 ≤ 1 s.
 *
 * Options: --events N (1000), --rate N per second (50), --warmup N (200
 * unmeasured events first), --poll-ms N (the worker's TESSERA_JOB_POLL_MS;
 * default: Tessera's default).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { loadConfig } from '../src/config/index.js';
import { decodeId, encodeId } from '../src/core/ids.js';
import { startTessera } from '../src/server.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = path.join(ROOT, 'bench', 'results');
const TARGET_P95_MS = 1000;

const { values: opts } = parseArgs({
  options: {
    events: { type: 'string', default: '1000' },
    rate: { type: 'string', default: '50' },
    'poll-ms': { type: 'string' },
    warmup: { type: 'string', default: '200' },
  },
});
const EVENTS = Number(opts.events);
const RATE = Number(opts.rate);
const WARMUP = Number(opts.warmup);

const log = (s: string) => process.stdout.write(s + '\n');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function stats(values: number[]) {
  const s = [...values].sort((a, b) => a - b);
  return {
    count: s.length,
    p50: percentile(s, 50),
    p95: percentile(s, 95),
    p99: percentile(s, 99),
    max: s.at(-1) ?? NaN,
    mean: Math.round(s.reduce((a, b) => a + b, 0) / Math.max(1, s.length)),
  };
}

async function main() {
  // A world-readable parent, like a checkout: the embedded server may run as another user.
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-bench-webhooks-'));
  fs.chmodSync(parent, 0o755);
  const dataDir = path.join(parent, 'data');
  const config = loadConfig({
    TESSERA_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    TESSERA_RATE_LIMIT_PER_MINUTE: '1000000',
    TESSERA_WEBHOOK_ALLOW_PRIVATE: 'true',
    ...(opts['poll-ms'] ? { TESSERA_JOB_POLL_MS: opts['poll-ms'] } : {}),
  });
  log(`starting Tessera (embedded PostgreSQL in ${dataDir}), job poll ${config.jobPollMs} ms`);
  const tessera = await startTessera(config, { logger: pino({ level: 'warn' }) });
  const arrivals = new Map<string, number>();
  const receiver = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const at = Date.now();
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      arrivals.set(body.data.id, at);
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  const port = (receiver.address() as AddressInfo).port;

  try {
    const admin = { authorization: `Bearer ${tessera.deps.adminToken}` };
    const org = (await tessera.app.inject({ method: 'POST', url: '/admin/v1/organizations', headers: admin, payload: { name: 'bench' } })).json().data;
    const sandbox = org.attributes.environments.find((e: { kind: string }) => e.kind === 'sandbox').id;
    const key = (await tessera.app.inject({ method: 'POST', url: `/admin/v1/environments/${sandbox}/api-keys`, headers: admin, payload: { name: 'bench' } })).json().data
      .attributes.value;
    const api = (method: 'GET' | 'POST', url: string, payload?: object) =>
      tessera.app.inject({ method, url: '/api/v1' + url, headers: { authorization: `Bearer ${key}` }, ...(payload ? { payload } : {}) });
    const hook = (
      await api('POST', '/webhooks', { data: { attributes: { name: 'bench', url: `http://127.0.0.1:${port}/hook`, 'enabled-events': ['inquiry.created'] } } })
    ).json().data;
    await api('POST', `/webhooks/${hook.id}/enable`);

    /** `count` events at RATE per second, from now. */
    const emit = async (count: number, label: string) => {
      const started = Date.now();
      const pending: Promise<unknown>[] = [];
      for (let i = 0; i < count; i++) {
        const due = started + (i * 1000) / RATE;
        const wait = due - Date.now();
        if (wait > 0) await sleep(wait);
        pending.push(api('POST', '/inquiries', { data: { attributes: { 'reference-id': `${label}-${i}` } } }));
      }
      await Promise.all(pending);
      return started;
    };
    // Warm-up (not measured): JIT, PostgreSQL caches, connections and schema compilation.
    log(`warming up with ${WARMUP} events at ${RATE}/s`);
    await emit(WARMUP, 'warmup');
    const warmDeadline = Date.now() + 60_000;
    while (arrivals.size < WARMUP && Date.now() < warmDeadline) await sleep(50);
    await sleep(500);
    arrivals.clear();

    log(`emitting ${EVENTS} inquiry.created events at ${RATE}/s`);
    const started = await emit(EVENTS, 'bench');
    const emitSeconds = (Date.now() - started) / 1000;

    const deadline = Date.now() + 120_000;
    while (arrivals.size < EVENTS && Date.now() < deadline) await sleep(100);
    const db = tessera.deps.db;
    const hookUuid = decodeId('wbh', hook.id)!;
    const rows = await db
      .selectFrom('webhook_deliveries as d')
      .innerJoin('events as e', 'e.id', 'd.event_id')
      .innerJoin('webhook_delivery_attempts as a', (j) => j.onRef('a.delivery_id', '=', 'd.id').on('a.number', '=', 1))
      .select(['d.created_at as deliveryAt', 'e.id as eventId', 'e.created_at as eventAt', 'a.attempted_at as attemptAt', 'a.status_code as status', 'a.latency_ms as latencyMs'])
      .where('d.webhook_id', '=', hookUuid)
      .where('e.created_at', '>=', new Date(started))
      .execute();
    // Whether the worker keeps up: latency by tenth of the run (a backlog shows as a rising line).
    const byTime = [...rows].sort((x, y) => x.eventAt.getTime() - y.eventAt.getTime());
    const tenths = Array.from({ length: 10 }, (_, i) => {
      const slice = byTime.slice(Math.floor((i * byTime.length) / 10), Math.floor(((i + 1) * byTime.length) / 10));
      return { p50: stats(slice.map((r) => r.attemptAt.getTime() - r.eventAt.getTime())).p50, dispatchP50: stats(slice.map((r) => r.deliveryAt.getTime() - r.eventAt.getTime())).p50 };
    });
    const toAttempt = rows.map((r) => r.attemptAt.getTime() - r.eventAt.getTime());
    const toArrival = rows.flatMap((r) => {
      const at = arrivals.get(encodeId('evt', r.eventId));
      return at === undefined ? [] : [at - r.eventAt.getTime()];
    });
    const result = {
      date: new Date().toISOString(),
      machine: { loadAverage1m: Number(os.loadavg()[0]!.toFixed(2)), cpus: os.cpus().length, model: os.cpus()[0]?.model ?? '', memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
      settings: { events: EVENTS, warmupEvents: WARMUP, ratePerSecond: RATE, emitSeconds, jobPollMs: config.jobPollMs, jobLeaseMs: config.jobLeaseMs, database: 'embedded' },
      delivered: arrivals.size,
      firstAttemptsOk: rows.filter((r) => r.status === 200).length,
      eventToFirstAttemptMs: stats(toAttempt),
      eventToReceiverMs: stats(toArrival),
      /** p50 of event → first attempt, and of event → delivery queued (the dispatch), per tenth of the run. */
      byTenthMs: tenths,
      targetP95Ms: TARGET_P95_MS,
    };
    const met = result.eventToFirstAttemptMs.p95 <= TARGET_P95_MS && result.delivered === EVENTS;
    log(JSON.stringify(result, null, 2));
    log(met ? `target met: p95 ${result.eventToFirstAttemptMs.p95} ms ≤ ${TARGET_P95_MS} ms` : `TARGET MISSED (p95 ${result.eventToFirstAttemptMs.p95} ms, delivered ${result.delivered}/${EVENTS})`);

    fs.mkdirSync(RESULTS, { recursive: true });
    const stamp = result.date.slice(0, 16).replace(':', '-');
    fs.writeFileSync(path.join(RESULTS, `webhooks-${stamp}.json`), JSON.stringify({ ...result, met }, null, 2) + '\n');
    const a = result.eventToFirstAttemptMs;
    const b = result.eventToReceiverMs;
    fs.writeFileSync(
      path.join(RESULTS, `webhooks-${stamp}.md`),
      [
        `# Webhooks: event → first attempt (${result.date})`,
        '',
        `${EVENTS} \`inquiry.created\` events through \`POST /api/v1/inquiries\` at ${RATE}/s (${emitSeconds.toFixed(1)} s, after ${WARMUP} unmeasured warm-up events), one enabled webhook,`,
        `a node:http receiver on 127.0.0.1; Tessera in-process on the embedded PostgreSQL, job poll ${config.jobPollMs} ms.`,
        `Machine: ${result.machine.cpus} × ${result.machine.model}, ${result.machine.memoryGiB} GiB, Node ${result.machine.node}.`,
        '',
        '| latency (ms) | p50 | p95 | p99 | max | mean | n |',
        '|---|---|---|---|---|---|---|',
        `| event created → first attempt started | ${a.p50} | ${a.p95} | ${a.p99} | ${a.max} | ${a.mean} | ${a.count} |`,
        `| event created → request at the receiver | ${b.p50} | ${b.p95} | ${b.p99} | ${b.max} | ${b.mean} | ${b.count} |`,
        '',
        `Delivered ${result.delivered}/${EVENTS}; first attempts answered 200: ${result.firstAttemptsOk}. Target p95 ≤ ${TARGET_P95_MS} ms: **${met ? 'met' : 'missed'}**.`,
        '',
        `p50 by tenth of the run (event → first attempt / event → delivery queued), ms: ${tenths.map((x) => `${x.p50}/${x.dispatchP50}`).join(', ')}.`,
        `Machine load average (1 min) at the end: ${os.loadavg()[0]!.toFixed(2)}.`,
        '',
      ].join('\n'),
    );
    if (!met) process.exitCode = 1;
  } finally {
    receiver.close();
    await tessera.stop();
    fs.rmSync(parent, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
