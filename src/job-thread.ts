/**
 * Entry of the job thread (src/jobs/threaded-worker.ts): the job worker of a
 * process that also answers HTTP (`--role all`), with its own event loop and
 * connection pool, so its turns never make a request wait. It runs every job
 * kind, lane and periodic job exactly as the worker on the main thread would;
 * webhook attempts are counted here and reported to the main thread's metrics.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Config } from './config/index.js';
import { systemClock } from './core/clock.js';
import { createJobWorker } from './jobs-registry.js';
import type { FromJobThread, ToJobThread } from './jobs/threaded-worker.js';
import { describeError } from './core/threads.js';
import { createLogger } from './logger.js';
import { closeDb, createDb } from './storage/database.js';
import { createStore } from './storage/store.js';

/** What the thread is started with: the main thread's database, config and server secret. */
export interface JobThreadData {
  url: string;
  connectTimeoutMs: number;
  queryTimeoutMs: number;
  config: Config;
  secret: Uint8Array;
  /** Set when the database server runs on this machine (the embedded one): see BACKGROUND_NICENESS. */
  localServer: boolean;
}

/**
 * The niceness of the server processes of the thread's connections on a server of this machine.
 * At 300 events/s the worker's statements kept both cores busy and the requests' statements waited
 * their turn: 15–20 ms per write request instead of 3, share-token redemptions p95 158 and 169 ms
 * (bench/results/pipeline-2026-12-04T19-17, T19-28). Lowered, the requests' statements go first:
 * p95 139, 116 and 139 ms (T19-51, T19-56, T19-58), deliveries as fast as before; the worker gets
 * what the requests leave, which at that rate is nearly all of it.
 */
const BACKGROUND_NICENESS = 10;

/** How often webhook attempt counts go to the main thread's metrics. */
const REPORT_MS = 1_000;

const port = parentPort;
if (!port) throw new Error('job-thread runs as a worker thread');
const post = (m: FromJobThread) => port.postMessage(m);

const data = workerData as JobThreadData;
const db = createDb({
  url: data.url,
  connectTimeoutMs: data.connectTimeoutMs,
  queryTimeoutMs: data.queryTimeoutMs,
  applicationName: 'tessera-jobs',
  ...(data.localServer ? { backendNiceness: BACKGROUND_NICENESS } : {}),
});
const logger = createLogger(data.config);
let succeeded = 0;
let failed = 0;
function report() {
  if (succeeded === 0 && failed === 0) return;
  post({ t: 'attempts', succeeded, failed });
  succeeded = failed = 0;
}
const reporting = setInterval(report, REPORT_MS);
reporting.unref();

const worker = createJobWorker(
  {
    config: data.config,
    store: createStore(db),
    clock: systemClock,
    secret: Buffer.from(data.secret),
    metrics: { webhookAttempt: (ok) => (ok ? succeeded++ : failed++) },
  },
  logger,
);

port.on('message', (m: ToJobThread) => {
  switch (m.t) {
    case 'start':
      worker.start();
      break;
    case 'wake':
      worker.wake(m.kinds);
      break;
    case 'drain':
      void worker
        .drain()
        .catch((error: unknown) => (post({ t: 'failed', error: describeError(error) }), 0))
        .then((count) => (report(), post({ t: 'done', id: m.id, count })));
      break;
    case 'stop':
      clearInterval(reporting);
      void worker
        .stop()
        .then(() => closeDb(db, 1_000))
        .catch((error: unknown) => post({ t: 'failed', error: describeError(error) }))
        .finally(() => (report(), post({ t: 'done', id: m.id, count: 0 })));
      break;
  }
});
post({ t: 'ready', workerId: worker.id });
