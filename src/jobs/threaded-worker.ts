/**
 * The job worker on a thread of its own (issue 15). With the API and the worker
 * in one process (`--role all`), the worker's turns — claiming hundreds of jobs,
 * rendering and signing deliveries, recording their outcomes — ran on the event
 * loop that answers requests: at 300 events/s each request waited 18–21 ms for
 * it (3 ms idle), so a share-token redemption took well over its 150 ms target.
 * On its own thread the worker has its own event loop and its own connections;
 * the jobs reach it as before, through the queue's LISTEN/NOTIFY.
 *
 * This is the main thread's side: a `Worker` whose calls become messages.
 * Should the thread stop unasked (or fail to start), `fallback()` is made and
 * runs the jobs here from then on; what the thread held comes back to the
 * queue when its leases run out, as after any crash.
 */
import { startThread, type ThreadError } from '../core/threads.js';
import type { Worker } from './worker.js';

/** Messages to the thread. */
export type ToJobThread = { t: 'start' } | { t: 'wake'; kinds?: string[] } | { t: 'drain'; id: number } | { t: 'stop'; id: number };
/** Messages from the thread. */
export type FromJobThread =
  | { t: 'ready'; workerId: string }
  | { t: 'done'; id: number; count: number }
  /** Webhook attempts since the last report, by outcome (the metrics live on the main thread). */
  | { t: 'attempts'; succeeded: number; failed: number }
  | { t: 'failed'; error: ThreadError };

export interface ThreadedWorkerOptions {
  /** The thread's entry module (src/job-thread.ts, built) and what it starts with. */
  entry: URL;
  workerData: unknown;
  /** The worker that runs the jobs on this thread once the job thread has died. */
  fallback: () => Worker;
  onAttempts?: (succeeded: number, failed: number) => void;
  /** The thread's worker failed at something it could not retry (drain, stop). */
  onError?: (error: ThreadError) => void;
  /** The thread stopped unasked (an uncaught error, or it failed to start). */
  onThreadExit?: (error: unknown) => void;
}

export function createThreadedWorker(opts: ThreadedWorkerOptions): Worker {
  let alive = true;
  let ready = false;
  let onReady: Array<() => void> = [];
  let started = false;
  let stopping = false;
  let fallback: Worker | null = null;
  let threadWorkerId = 'worker-thread';
  let nextId = 1;
  const waiting = new Map<number, { resolve: (count: number) => void; t: 'drain' | 'stop' }>();

  const thread = startThread({ entry: opts.entry, workerData: opts.workerData, name: 'job', onExit: ended });
  thread.on('message', (m: FromJobThread) => {
    switch (m.t) {
      case 'ready':
        ready = true;
        threadWorkerId = m.workerId;
        for (const run of onReady) run();
        onReady = [];
        break;
      case 'done':
        waiting.get(m.id)?.resolve(m.count);
        waiting.delete(m.id);
        break;
      case 'attempts':
        opts.onAttempts?.(m.succeeded, m.failed);
        break;
      case 'failed':
        opts.onError?.(m.error);
        break;
    }
  });
  function ended(error: unknown) {
    if (!alive) return;
    alive = false;
    if (!stopping) opts.onThreadExit?.(error);
    // From now on this thread runs the jobs; whatever waited on the job thread is answered by it.
    const here = takeOver();
    for (const { resolve, t } of waiting.values()) void (t === 'drain' ? here.drain() : here.stop()).then((n) => resolve(n ?? 0));
    waiting.clear();
    for (const run of onReady) run();
    onReady = [];
  }

  function takeOver(): Worker {
    if (!fallback) {
      fallback = opts.fallback();
      if (started && !stopping) fallback.start();
    }
    return fallback;
  }

  function post(m: ToJobThread) {
    if (alive) thread.postMessage(m);
  }

  async function ask(t: 'drain' | 'stop'): Promise<number> {
    if (alive && !ready) await new Promise<void>((resolve) => onReady.push(resolve));
    if (!alive) {
      const here = takeOver();
      return t === 'drain' ? here.drain() : here.stop().then(() => 0);
    }
    const id = nextId++;
    return new Promise<number>((resolve) => {
      waiting.set(id, { resolve, t });
      thread.postMessage({ t, id } satisfies ToJobThread);
    });
  }

  return {
    get id() {
      return fallback?.id ?? threadWorkerId;
    },
    start() {
      if (started) return;
      started = true;
      if (fallback) fallback.start();
      else post({ t: 'start' });
    },
    drain: () => ask('drain'),
    wake(kinds) {
      if (fallback) fallback.wake(kinds);
      else post({ t: 'wake', ...(kinds ? { kinds: [...kinds] } : {}) });
    },
    async stop() {
      stopping = true;
      await ask('stop');
      if (alive) {
        alive = false;
        await thread.terminate();
      }
    },
  };
}
