/**
 * The API log on a thread of its own (issue 15): the request path pushes a
 * capture into an array and returns; every few milliseconds the array goes to
 * the API log thread in one message, and that thread builds the entries
 * (redaction, JSON, ids) and writes them with the batching writer (one COPY a
 * batch, retries while the database is away, splitting of refused batches).
 * On this 2-core machine that took about a quarter of the main thread's CPU
 * per request off it (bench/results/connect-*).
 *
 * Should the thread die, captures go to `fallback` (the same writer in this
 * thread), so no request loses its row to a crash of the log's thread.
 */
import { startThread, type ThreadError } from '../core/threads.js';
import type { ApiLogCapture } from './capture.js';
import { redactString } from './redact.js';
import type { ApiLogSink } from './sink.js';
import type { ApiLogDropReason } from './writer.js';

/** What the drop report needs of an entry given up (nothing of its body or headers). */
export interface DroppedEntry {
  id: string;
  method: string;
  path: string;
  status: number;
}

type Stats = ReturnType<ApiLogSink['stats']>;

/** Messages to the thread. */
export type ToApiLogThread = { t: 'captures'; captures: ApiLogCapture[] } | { t: 'flush'; id: number } | { t: 'close'; id: number };
/** Messages from the thread. */
export type FromApiLogThread =
  | { t: 'ready' }
  | { t: 'done'; id: number; stats: Stats }
  | { t: 'drop'; reason: ApiLogDropReason; entries: DroppedEntry[]; error?: ThreadError }
  | { t: 'error'; error: ThreadError; entries: number }
  | { t: 'failed'; error: ThreadError };

export interface ThreadedApiLogSinkOptions {
  /** The thread's entry module (src/api-log-thread.ts, built) and what it starts with. */
  entry: URL;
  workerData: unknown;
  /** Longest a capture waits before it is sent to the thread. */
  sendMs?: number;
  /** Captures per message; reaching it sends at once. */
  sendSize?: number;
  /** Most captures held here while the thread is busy; more are dropped (and counted). */
  maxPending?: number;
  /** Where captures go once the thread has died. */
  fallback: ApiLogSink;
  onDrop?: (reason: ApiLogDropReason, entries: DroppedEntry[], error?: ThreadError) => void;
  onError?: (error: ThreadError, entries: number) => void;
  /** The thread stopped unasked (an uncaught error, or it failed to start). */
  onThreadExit?: (error: unknown) => void;
}

/** Bodies of other content types may hold what cannot be cloned: they go as JSON, or not at all. */
function cloneable(c: ApiLogCapture): ApiLogCapture {
  let body: unknown;
  try {
    body = c.body === undefined ? undefined : (JSON.parse(JSON.stringify(c.body)) as unknown);
  } catch {
    body = { '[TRUNCATED]': 'the body could not be recorded' };
  }
  return { ...c, query: c.query === undefined ? undefined : (JSON.parse(JSON.stringify(c.query)) as unknown), body };
}

export function createThreadedApiLogSink(opts: ThreadedApiLogSinkOptions): ApiLogSink {
  const sendMs = opts.sendMs ?? 10;
  const sendSize = opts.sendSize ?? 256;
  const maxPending = opts.maxPending ?? 20_000;
  let pending: ApiLogCapture[] = [];
  let timer: NodeJS.Timeout | null = null;
  let alive = true;
  /** Until the thread says it runs, captures wait here: a thread that fails to start loses none. */
  let ready = false;
  let onReady: Array<() => void> = [];
  let closed = false;
  let threadStats: Stats = { buffered: 0, written: 0, dropped: 0 };
  let droppedHere = 0;
  let nextId = 1;
  const waiting = new Map<number, () => void>();

  const worker = startThread({ entry: opts.entry, workerData: opts.workerData, name: 'API log', onExit: ended });
  worker.on('message', (m: FromApiLogThread) => {
    switch (m.t) {
      case 'ready':
        ready = true;
        for (const run of onReady) run();
        onReady = [];
        break;
      case 'done':
        threadStats = m.stats;
        waiting.get(m.id)?.();
        waiting.delete(m.id);
        break;
      case 'drop':
        opts.onDrop?.(m.reason, m.entries, m.error);
        break;
      case 'error':
        opts.onError?.(m.error, m.entries);
        break;
      case 'failed':
        opts.onThreadExit?.(m.error);
        break;
    }
  });
  function ended(error: unknown) {
    if (!alive) return;
    alive = false;
    if (!closed) opts.onThreadExit?.(error);
    // Whatever waits for the thread is answered by the fallback from now on.
    for (const resolve of waiting.values()) resolve();
    waiting.clear();
    for (const c of pending) opts.fallback.record(c);
    pending = [];
    for (const run of onReady) run();
    onReady = [];
  }

  function send() {
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    if (pending.length === 0 || !alive || !ready) return;
    const captures = pending;
    pending = [];
    try {
      worker.postMessage({ t: 'captures', captures } satisfies ToApiLogThread);
    } catch {
      worker.postMessage({ t: 'captures', captures: captures.map(cloneable) } satisfies ToApiLogThread);
    }
  }

  async function ask(t: 'flush' | 'close'): Promise<void> {
    if (alive && !ready) await new Promise<void>((resolve) => onReady.push(resolve));
    send();
    if (!alive) return t === 'flush' ? opts.fallback.flush() : opts.fallback.close();
    const id = nextId++;
    return new Promise<void>((resolve) => {
      waiting.set(id, resolve);
      worker.postMessage({ t, id } satisfies ToApiLogThread);
    });
  }

  return {
    record(capture) {
      if (closed) return;
      if (!alive) {
        opts.fallback.record(capture);
        return;
      }
      if (pending.length >= maxPending) {
        droppedHere++;
        const q = capture.url.indexOf('?');
        const path = redactString(q === -1 ? capture.url : capture.url.slice(0, q));
        opts.onDrop?.('overflow', [{ id: capture.requestId, method: capture.method, path, status: capture.status }]);
        return;
      }
      pending.push(capture);
      if (pending.length >= sendSize) send();
      else if (!timer) {
        timer = setTimeout(send, sendMs);
        timer.unref();
      }
    },
    flush: () => ask('flush'),
    async close() {
      if (closed) return;
      await ask('close');
      closed = true;
      if (alive) {
        alive = false;
        await worker.terminate();
      }
      await opts.fallback.close();
    },
    stats() {
      const fallback = opts.fallback.stats();
      return {
        buffered: pending.length + threadStats.buffered + fallback.buffered,
        written: threadStats.written + fallback.written,
        dropped: droppedHere + threadStats.dropped + fallback.dropped,
      };
    },
  };
}
