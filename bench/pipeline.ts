/**
 * `npm run bench:pipeline`: the event pipeline under sustained load (issue 15):
 * event → first webhook attempt, whether every delivery arrives, isolation
 * from slow and refusing receivers, and share-token redemptions while events
 * flow.
 *
 * Tessera runs as `npm start` does (`node bin/tessera.js serve --demo`, the
 * embedded PostgreSQL, API and worker in one process). The load generator is
 * this process: it emits events through the engine's own use case
 * (`emitEvents` in a transaction of its own per event, as a request that
 * changes a record does: the event row and its dispatch job, with the NOTIFY
 * that wakes the worker), at a fixed rate, on its own connection pool to the
 * same database. The events are `inquiry.created` with the snapshot of a real
 * inquiry made through the API first. Receivers run in a child process
 * (bench/lib/receivers.ts). Everything shares the machine's 2 cores.
 *
 * Scenarios (each `--seconds` long, 60 by default):
 * - single: 500 events/s into one webhook;
 * - fanout: 100 events/s into 10 webhooks (1,000 deliveries/s), each its own receiver;
 * - isolation: 100 events/s into 3 healthy webhooks, one whose receiver answers after
 *   10 s and one whose receiver refuses connections; the target is on the healthy ones;
 * - redeem: 300 events/s into one webhook while share tokens are created, redeemed and
 *   polled over HTTP at 5/s (create → redeemed, as bench:redeem measures it).
 * Latency per delivery: the event's `created_at` (in the transaction that commits it)
 * to its first attempt's `attempted_at` (when Tessera started the request), both from
 * the database; and to the request's arrival at the receiver.
 *
 * Options: --scenario single,fanout,isolation,redeem (all), --seconds N (60),
 * --drain N (seconds to wait for the last deliveries, 60), --no-build, --profile DIR
 * (a CPU profile of the Tessera process, written when it stops).
 */
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { decodeId, encodeId, newUuid } from '../src/core/ids.js';
import { emitEvents, type EventName, type EventObjectType } from '../src/events/index.js';
import { createDb } from '../src/storage/database.js';
import { embeddedUrl } from '../src/storage/embedded.js';
import { createStore } from '../src/storage/store.js';
import { gitInfo, header, loadNote, machineInfo, percentile, round, verdict, writeResults } from './lib/results.js';
import { build, call, startTessera, stopProcess, type TesseraProcess } from './lib/tessera.js';
import { ROOT, log, runBench } from './lib/util.js';

const { values: opts } = parseArgs({
  options: {
    scenario: { type: 'string', default: 'single,fanout,isolation,redeem' },
    seconds: { type: 'string', default: '60' },
    drain: { type: 'string', default: '60' },
    'no-build': { type: 'boolean', default: false },
    /** Write a V8 CPU profile of the Tessera process into this directory (node --cpu-prof). */
    profile: { type: 'string' },
  },
});
const SECONDS = Number(opts.seconds);
const DRAIN_S = Number(opts.drain);
const TARGET_P95_MS = 1000;
const REDEEM_TARGET_P95_MS = 150;
const SLOW_MS = 10_000;

interface Scenario {
  name: string;
  title: string;
  rate: number;
  healthy: number;
  slow: number;
  refusing: number;
  redeemRate: number;
}

const SCENARIOS: Record<string, Scenario> = {
  single: { name: 'single', title: '500 events/s into one webhook', rate: 500, healthy: 1, slow: 0, refusing: 0, redeemRate: 0 },
  fanout: { name: 'fanout', title: '100 events/s fanned out to 10 webhooks (1,000 deliveries/s)', rate: 100, healthy: 10, slow: 0, refusing: 0, redeemRate: 0 },
  isolation: {
    name: 'isolation',
    title: '100 events/s into 3 healthy webhooks, one answering after 10 s, one refusing connections',
    rate: 100,
    healthy: 3,
    slow: 1,
    refusing: 1,
    redeemRate: 0,
  },
  redeem: { name: 'redeem', title: '300 events/s into one webhook, share tokens redeemed at 5/s meanwhile', rate: 300, healthy: 1, slow: 0, refusing: 0, redeemRate: 5 },
};

interface Demo {
  source: { apiKey: string };
  destination: { apiKey: string };
  connectionId: string;
  inquiryId: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Machine-wide CPU use from /proc/stat between two readings (0–100 % of all cores). */
function cpuTimes(): { busy: number; total: number } {
  const line = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const idle = line[3]! + (line[4] ?? 0);
  const total = line.reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

/** CPU seconds a process has used (user + system), from /proc. */
function processCpuSeconds(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

function stats(values: number[]) {
  return {
    n: values.length,
    p50: round(percentile(values, 50), 1),
    p95: round(percentile(values, 95), 1),
    p99: round(percentile(values, 99), 1),
    max: values.length ? round(Math.max(...values), 1) : NaN,
  };
}

class Receivers {
  private constructor(private child: ChildProcess) {}

  static async start(setup: { healthy: number; slow: number; slowMs: number; refusing: number }) {
    const child = fork(path.join(ROOT, 'bench/lib/receivers.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const r = new Receivers(child);
    const ports = await r.ask<{ ports: { healthy: number[]; slow: number[]; refusing: number[] } }>({ type: 'setup', setup }, 'ready');
    return { receivers: r, ports: ports.ports };
  }

  ask<T>(message: object, reply: string): Promise<T> {
    return new Promise((resolve) => {
      const on = (m: { type: string }) => {
        if (m.type !== reply) return;
        this.child.off('message', on);
        resolve(m as T);
      };
      this.child.on('message', on);
      this.child.send(message);
    });
  }

  async arrivals(): Promise<{ requests: number; arrivals: Map<string, number> }> {
    const m = await this.ask<{ requests: number; arrivals: Array<[string, number]> }>({ type: 'collect' }, 'arrivals');
    return { requests: m.requests, arrivals: new Map(m.arrivals) };
  }

  stop() {
    this.child.kill();
  }
}

interface Redemption {
  ms: number;
  status: string;
  /** The parts of `ms`: the create request, the redeem request, and from its answer until a poll saw the outcome. */
  createMs?: number;
  redeemCallMs?: number;
  waitMs?: number;
}

async function redeemOne(base: string, demo: Demo): Promise<Redemption> {
  const t0 = performance.now();
  const created = await call(base, demo.source.apiKey, 'POST', '/api/v1/connect/share-tokens', {
    data: { attributes: { 'connection-id': demo.connectionId, 'source-id': demo.inquiryId } },
  });
  const id = created.data.id;
  const t1 = performance.now();
  await call(base, demo.destination.apiKey, 'POST', `/api/v1/connect/share-tokens/${id}/redeem`, {});
  const t2 = performance.now();
  for (;;) {
    const got = await call(base, demo.destination.apiKey, 'GET', `/api/v1/connect/share-tokens/${id}`);
    const status = got.data.attributes.status as string;
    const now = performance.now();
    if (status !== 'pending' && status !== 'created') return { ms: now - t0, status, createMs: t1 - t0, redeemCallMs: t2 - t1, waitMs: now - t2 };
    if (now - t0 > 30_000) return { ms: NaN, status: 'timeout' };
    await sleep(5);
  }
}

async function runScenario(s: Scenario, ctx: { server: TesseraProcess; demo: Demo; db: ReturnType<typeof createDb>; pgClient: pg.Client; dataDir: string }) {
  const { server, demo, db, pgClient } = ctx;
  log(`\n== ${s.name}: ${s.title}, ${SECONDS} s`);
  const { receivers, ports } = await Receivers.start({ healthy: s.healthy, slow: s.slow, slowMs: SLOW_MS, refusing: s.refusing });
  const hooks: Array<{ id: string; uuid: string; kind: 'healthy' | 'slow' | 'refusing' }> = [];
  const make = async (port: number, kind: 'healthy' | 'slow' | 'refusing') => {
    const hook = await call(server.base, demo.source.apiKey, 'POST', '/api/v1/webhooks', {
      data: { attributes: { name: `${s.name}-${kind}-${hooks.length}`, url: `http://127.0.0.1:${port}/hook`, 'enabled-events': ['inquiry.created'] } },
    });
    await call(server.base, demo.source.apiKey, 'POST', `/api/v1/webhooks/${hook.data.id}/enable`);
    hooks.push({ id: hook.data.id, uuid: decodeId('wbh', hook.data.id)!, kind });
  };
  for (const p of ports.healthy) await make(p, 'healthy');
  for (const p of ports.slow) await make(p, 'slow');
  for (const p of ports.refusing) await make(p, 'refusing');

  // The snapshot every emitted event carries: a real inquiry's, as its own inquiry.created event stored it.
  const template = (
    await pgClient.query<{ organization_id: string; environment_id: string; payload: { objectType: EventObjectType; object: object } }>(
      `SELECT organization_id, environment_id, payload FROM events WHERE name = 'inquiry.created' AND environment_id = (SELECT environment_id FROM webhooks WHERE id = $1) ORDER BY id DESC LIMIT 1`,
      [hooks[0]!.uuid],
    )
  ).rows[0]!;
  const store = createStore(db);
  // The event's time is taken inside its transaction (as a request's use case does), not when the generator queued it.
  const emitOne = async () => {
    await store.transaction((tx) => {
      const now = new Date();
      return emitEvents(
        tx,
        [
          {
            organizationId: template.organization_id,
            environmentId: template.environment_id,
            name: 'inquiry.created' as EventName,
            objectType: template.payload.objectType,
            objectId: newUuid(now.getTime()),
            object: template.payload.object,
          },
        ],
        now,
      );
    });
  };

  // Warm-up: a couple of seconds at the rate, not measured (JIT, connections, caches).
  const pace = async (rate: number, seconds: number, onError: (e: unknown) => void) => {
    const total = Math.round(rate * seconds);
    const t0 = performance.now();
    const pending = new Set<Promise<void>>();
    let sent = 0;
    let maxInFlight = 0;
    while (sent < total) {
      const due = Math.min(total, Math.floor(((performance.now() - t0) * rate) / 1000) + 1);
      for (; sent < due; sent++) {
        const p: Promise<void> = emitOne()
          .catch(onError)
          .finally(() => pending.delete(p));
        pending.add(p);
        maxInFlight = Math.max(maxInFlight, pending.size);
      }
      await sleep(1);
    }
    await Promise.all(pending);
    return { sent, seconds: (performance.now() - t0) / 1000, maxInFlight };
  };
  let emitErrors = 0;
  await pace(s.rate, 3, () => emitErrors++);
  await sleep(3_000);
  emitErrors = 0;
  await receivers.ask({ type: 'reset' }, 'reset');

  const startedAt = new Date();
  const cpu0 = cpuTimes();
  const tesseraCpu0 = processCpuSeconds(server.child.pid!);
  const generatorCpu0 = process.cpuUsage();
  const pgStart = new Map(postgresPids(ctx.dataDir).map((pid) => [pid, processCpuSeconds(pid) || 0]));
  const loads: number[] = [os.loadavg()[0]!];
  const loadTimer = setInterval(() => loads.push(os.loadavg()[0]!), 5_000);
  const redemptions: Redemption[] = [];
  const redeeming: Promise<void>[] = [];
  let redeemStop = false;
  if (s.redeemRate > 0) {
    const t0 = performance.now();
    redeeming.push(
      (async () => {
        for (let i = 0; !redeemStop; i++) {
          const wait = t0 + (i * 1000) / s.redeemRate - performance.now();
          if (wait > 0) await sleep(wait);
          if (redeemStop) break;
          redeeming.push(
            redeemOne(server.base, demo).then(
              (r) => void redemptions.push(r),
              () => void redemptions.push({ ms: NaN, status: 'error' }),
            ),
          );
        }
      })(),
    );
  }
  const emitted = await pace(s.rate, SECONDS, () => emitErrors++);
  redeemStop = true;
  const cpu1 = cpuTimes();
  const tesseraCpu1 = processCpuSeconds(server.child.pid!);
  const generatorCpu = process.cpuUsage(generatorCpu0);
  // Backends started in the window count from zero; those that ended in it are not counted.
  const pgCpu = postgresPids(ctx.dataDir).reduce((a, pid) => a + (processCpuSeconds(pid) || 0) - (pgStart.get(pid) ?? 0), 0);
  clearInterval(loadTimer);
  loads.push(os.loadavg()[0]!);
  await Promise.all(redeeming);

  // The run's events, then its deliveries until every healthy one succeeded (or the drain time is up).
  const healthyIds = hooks.filter((h) => h.kind === 'healthy').map((h) => h.uuid);
  const expectedHealthy = emitted.sent * healthyIds.length;
  const drainStart = Date.now();
  for (;;) {
    const succeeded = Number(
      (
        await pgClient.query(
          `SELECT count(*) AS n FROM webhook_deliveries d JOIN events e ON e.id = d.event_id
           WHERE d.webhook_id = ANY($1::uuid[]) AND e.created_at >= $2 AND d.status = 'succeeded'`,
          [healthyIds, startedAt],
        )
      ).rows[0].n,
    );
    if (succeeded >= expectedHealthy || Date.now() - drainStart > DRAIN_S * 1000) break;
    await sleep(500);
  }
  const drainSeconds = (Date.now() - drainStart) / 1000;
  const { rows } = await pgClient.query<{ webhook_id: string; id: string; status: string; event_at: Date; attempted_at: Date | null }>(
    `SELECT d.webhook_id, d.id, d.status, e.created_at AS event_at, a.attempted_at
     FROM events e JOIN webhook_deliveries d ON d.event_id = e.id
     LEFT JOIN webhook_delivery_attempts a ON a.delivery_id = d.id AND a.number = 1
     WHERE e.created_at >= $1 AND e.environment_id = $2 AND e.name = 'inquiry.created' AND d.webhook_id = ANY($3::uuid[])`,
    [startedAt, template.environment_id, hooks.map((h) => h.uuid)],
  );
  const eventCount = Number(
    (await pgClient.query(`SELECT count(*) AS n FROM events WHERE created_at >= $1 AND environment_id = $2 AND name = 'inquiry.created'`, [startedAt, template.environment_id])).rows[0].n,
  );
  const jobs = (
    await pgClient.query<{ kind: string; status: string; n: string }>(
      `SELECT kind, status, count(*) AS n FROM jobs WHERE created_at >= $1 GROUP BY kind, status ORDER BY kind, status`,
      [startedAt],
    )
  ).rows.map((r) => ({ kind: r.kind, status: r.status, n: Number(r.n) }));
  const { arrivals, requests } = await receivers.arrivals();
  // The next scenario starts on a quiet queue: this one's webhooks are disabled (their pending deliveries,
  // the slow and the refusing receivers' above all, then end without an attempt) and the queue drains.
  for (const h of hooks) await call(server.base, demo.source.apiKey, 'POST', `/api/v1/webhooks/${h.id}/disable`);
  const quietBy = Date.now() + 120_000;
  while (Date.now() < quietBy) {
    const due = Number((await pgClient.query(`SELECT count(*) AS n FROM jobs WHERE status = 'queued' AND run_at <= now()`)).rows[0].n);
    if (due === 0) break;
    await sleep(1_000);
  }
  receivers.stop();

  const byKind = (kind: string) => {
    const ids = new Set(hooks.filter((h) => h.kind === kind).map((h) => h.uuid));
    const mine = rows.filter((r) => ids.has(r.webhook_id));
    const attempted = mine.filter((r) => r.attempted_at);
    const arrived = mine.flatMap((r) => {
      const at = arrivals.get(encodeId('dlv', r.id));
      return at === undefined ? [] : [at - r.event_at.getTime()];
    });
    return {
      webhooks: ids.size,
      deliveries: mine.length,
      expected: eventCount * ids.size,
      succeeded: mine.filter((r) => r.status === 'succeeded').length,
      arrivedAtReceiver: arrived.length,
      eventToFirstAttemptMs: stats(attempted.map((r) => r.attempted_at!.getTime() - r.event_at.getTime())),
      eventToArrivalMs: stats(arrived),
      /** p95 of event → first attempt per tenth of the run (a backlog shows as a rising line). */
      p95ByTenth: tenths(attempted),
    };
  };
  const tenths = (attempted: typeof rows) => {
    const sorted = [...attempted].sort((a, b) => a.event_at.getTime() - b.event_at.getTime());
    return Array.from({ length: 10 }, (_, i) => {
      const slice = sorted.slice(Math.floor((i * sorted.length) / 10), Math.floor(((i + 1) * sorted.length) / 10));
      return round(percentile(slice.map((r) => r.attempted_at!.getTime() - r.event_at.getTime()), 95), 0);
    });
  };
  const healthy = byKind('healthy');
  const redeemOk = redemptions.filter((r) => r.status === 'redeemed');
  const redeem =
    s.redeemRate > 0
      ? {
          tokens: redemptions.length,
          redeemed: redeemOk.length,
          createToRedeemedMs: stats(redeemOk.map((r) => r.ms)),
          parts: {
            createMs: stats(redeemOk.map((r) => r.createMs!)),
            redeemCallMs: stats(redeemOk.map((r) => r.redeemCallMs!)),
            waitMs: stats(redeemOk.map((r) => r.waitMs!)),
          },
        }
      : null;
  const lost = healthy.expected - healthy.succeeded;
  const met =
    healthy.eventToFirstAttemptMs.p95 <= TARGET_P95_MS &&
    lost === 0 &&
    eventCount === emitted.sent &&
    (redeem === null || (redeem.createToRedeemedMs.p95 <= REDEEM_TARGET_P95_MS && redeem.redeemed === redeem.tokens));
  const result = {
    scenario: s.name,
    title: s.title,
    rate: s.rate,
    seconds: SECONDS,
    emitted: { ...emitted, achievedRate: round(emitted.sent / emitted.seconds, 1), errors: emitErrors, committed: eventCount },
    healthy,
    slow: s.slow ? byKind('slow') : null,
    refusing: s.refusing ? byKind('refusing') : null,
    redeem,
    receiverRequests: requests,
    drainSeconds: round(drainSeconds, 1),
    jobs,
    machine: {
      loadAverage1m: { start: round(loads[0]!, 2), max: round(Math.max(...loads), 2), end: round(loads.at(-1)!, 2) },
      cpuBusyPercent: round((100 * (cpu1.busy - cpu0.busy)) / (cpu1.total - cpu0.total), 1),
      tesseraCpuSeconds: round(tesseraCpu1 - tesseraCpu0, 1),
      postgresCpuSeconds: round(pgCpu, 1),
      /** This process: the load generator (and the redemption client). */
      generatorCpuSeconds: round((generatorCpu.user + generatorCpu.system) / 1e6, 1),
    },
    met,
  };
  log(JSON.stringify({ scenario: s.name, healthy: { ...healthy, p95ByTenth: healthy.p95ByTenth }, redeem, emitted: result.emitted, machine: result.machine, met }, null, 1));
  return result;
}

/** PIDs of the embedded PostgreSQL's processes (its postmaster and backends), for their CPU time. */
function postgresPids(dataDir: string): number[] {
  try {
    const pid = Number(fs.readFileSync(path.join(dataDir, 'postgres', 'pgdata', 'postmaster.pid'), 'utf8').split('\n')[0]);
    const children = fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number).filter((p) => {
      try {
        return Number(fs.readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]) === pid;
      } catch {
        return false;
      }
    });
    return [pid, ...children];
  } catch {
    return [];
  }
}

async function main() {
  const started = new Date();
  const names = opts.scenario.split(',').map((n) => n.trim());
  for (const n of names) if (!SCENARIOS[n]) throw new Error(`unknown scenario ${n}`);
  if (!opts['no-build']) build();
  const machine = machineInfo();
  const git = gitInfo();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-bench-pipeline-'));
  fs.chmodSync(work, 0o755); // PostgreSQL runs as `postgres` when we are root
  const dataDir = path.join(work, 'data');
  const logFile = path.join(work, 'tessera.log');
  let server: TesseraProcess | null = null;
  process.once('exit', () => server?.child.exitCode === null && server.child.kill('SIGKILL'));
  const results = [];
  let postgres: string;
  try {
    log(`Starting Tessera (serve --demo, embedded PostgreSQL) in ${dataDir}…`);
    server = await startTessera({
      dataDir,
      logFile,
      env: {
        TESSERA_RATE_LIMIT_PER_MINUTE: '1000000',
        TESSERA_WEBHOOK_ALLOW_PRIVATE: 'true',
      },
      nodeArgs: opts.profile ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(opts.profile)}`] : [],
      args: ['--demo'],
      timeoutMs: 120_000,
    });
    const demoFile = path.join(dataDir, 'demo.json');
    for (let i = 0; !fs.existsSync(demoFile) && i < 600; i++) await sleep(100);
    await sleep(200);
    const demo = JSON.parse(fs.readFileSync(demoFile, 'utf8')) as Demo;
    // One real inquiry, so that the source environment has an inquiry.created event to copy the snapshot of.
    await call(server.base, demo.source.apiKey, 'POST', '/api/v1/inquiries', { data: { attributes: { 'reference-id': 'bench-pipeline' } } });
    const pgDir = path.join(dataDir, 'postgres');
    const url = embeddedUrl(pgDir, fs.readFileSync(path.join(pgDir, 'password'), 'utf8').trim());
    const pgClient = new pg.Client({ connectionString: url });
    pgClient.on('error', () => undefined);
    await pgClient.connect();
    postgres = `embedded PostgreSQL ${(await pgClient.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]!.v.split(' ')[0]}`;
    const db = createDb({ url, max: 8 });
    try {
      for (const n of names) {
        results.push(await runScenario(SCENARIOS[n]!, { server, demo, db, pgClient, dataDir }));
        // Let the previous scenario's retries and backlog not run into the next one's window more than they must.
        await sleep(2_000);
      }
    } finally {
      await db.destroy();
      await pgClient.end();
    }
  } finally {
    if (server) await stopProcess(server.child);
  }
  fs.rmSync(work, { recursive: true, force: true });

  const command = `npm run bench:pipeline -- --scenario ${names.join(',')} --seconds ${SECONDS}`;
  const ms = (x: { p50: number; p95: number; max: number }) => `${x.p50} / ${x.p95} / ${x.max}`;
  const md = [
    ...header('Event pipeline: event → first webhook attempt under sustained load', started, machine, git, command, postgres),
    loadNote(machine, command),
    '',
    'Tessera: `node bin/tessera.js serve --demo` (API and worker in one process, embedded PostgreSQL). Events: `inquiry.created`, emitted by this',
    "process through the engine's `emitEvents` (one transaction per event: the event row and its dispatch job, NOTIFY on commit), paced at",
    'the rate, on its own pool to the same database; receivers in a child process. Latency: event `created_at` → first attempt `attempted_at`',
    '(both from the database) and → arrival at the receiver. Target per scenario: healthy receivers p95 ≤ 1 s, every delivery succeeded',
    `(redeem: also create → redeemed p95 ≤ ${REDEEM_TARGET_P95_MS} ms). A 2 s … 3 s warm-up at the rate precedes each window.`,
    '',
    '| scenario | events (achieved /s) | deliveries succeeded / expected | event → first attempt p50 / p95 / max (ms) | → receiver p95 (ms) | load avg 1 min (start / max / end) | CPU busy | CPU s: Tessera / PostgreSQL / generator | result |',
    '|---|---:|---:|---:|---:|---|---:|---:|---|',
    ...results.map(
      (r) =>
        `| ${r.scenario}: ${r.title} | ${r.emitted.committed} (${r.emitted.achievedRate}) | ${r.healthy.succeeded} / ${r.healthy.expected} | ${ms(r.healthy.eventToFirstAttemptMs)} | ${r.healthy.eventToArrivalMs.p95} | ${r.machine.loadAverage1m.start} / ${r.machine.loadAverage1m.max} / ${r.machine.loadAverage1m.end} | ${r.machine.cpuBusyPercent} % | ${r.machine.tesseraCpuSeconds} / ${r.machine.postgresCpuSeconds} / ${r.machine.generatorCpuSeconds} | ${verdict(r.met)} |`,
    ),
    '',
    ...results.flatMap((r) => [
      `### ${r.scenario}`,
      '',
      `p95 of event → first attempt by tenth of the run (ms): ${r.healthy.p95ByTenth.join(', ')}. Drain after the last event: ${r.drainSeconds} s. Receiver requests: ${r.receiverRequests}.`,
      ...(r.slow ? [`Slow receiver (answers after ${SLOW_MS / 1000} s): ${r.slow.deliveries} deliveries, ${r.slow.eventToFirstAttemptMs.n} first attempts made in the window (p50 ${r.slow.eventToFirstAttemptMs.p50} ms).`] : []),
      ...(r.refusing ? [`Refusing receiver: ${r.refusing.deliveries} deliveries, ${r.refusing.eventToFirstAttemptMs.n} first attempts (p95 ${r.refusing.eventToFirstAttemptMs.p95} ms).`] : []),
      ...(r.redeem
        ? [`Share tokens: ${r.redeem.redeemed}/${r.redeem.tokens} redeemed; create → redeemed p50 ${r.redeem.createToRedeemedMs.p50} ms, p95 ${r.redeem.createToRedeemedMs.p95} ms, max ${r.redeem.createToRedeemedMs.max} ms (target p95 ≤ ${REDEEM_TARGET_P95_MS} ms). Its parts, p50 / p95: the create request ${r.redeem.parts.createMs.p50} / ${r.redeem.parts.createMs.p95} ms, the redeem request ${r.redeem.parts.redeemCallMs.p50} / ${r.redeem.parts.redeemCallMs.p95} ms, then until a poll (every 5 ms) saw it redeemed ${r.redeem.parts.waitMs.p50} / ${r.redeem.parts.waitMs.p95} ms.`]
        : []),
      `Jobs created in the window: ${r.jobs.map((j) => `${j.kind} ${j.status} ${j.n}`).join('; ')}.`,
      '',
    ]),
  ].join('\n');
  writeResults('pipeline', started, { date: started.toISOString(), machine, git, postgres, command, results }, md);
  if (results.some((r) => !r.met)) process.exitCode = 1;
}

runBench(main);
