/**
 * The API log writer: requests hand their entry to `record()` (a push, no
 * I/O) and a timer writes them in batches, one COPY each, so the
 * request path never waits for the database. The buffer is bounded; past it
 * entries are dropped and counted rather than memory growing without end.
 */
import type { ApiLogRepository } from './ports.js';
import type { ApiLogEntry } from './types.js';

export interface ApiLogWriterOptions {
  apiLogs: Pick<ApiLogRepository, 'insertMany'>;
  /** Entries per write; reaching it triggers a write at once. */
  batchSize?: number;
  /** Longest an entry waits before it is written. */
  flushMs?: number;
  /** Most entries held in memory; more are dropped (and counted). */
  maxBuffered?: number;
  onError?: (error: unknown, entries: number) => void;
}

export interface ApiLogWriter {
  /** Queues one entry; never throws, never waits. */
  record(entry: ApiLogEntry): void;
  /** Writes everything recorded so far; resolves once it is stored (or given up). */
  flush(): Promise<void>;
  /** Stops the timer and writes what is left; later entries are ignored. */
  close(): Promise<void>;
  stats(): { buffered: number; written: number; dropped: number };
}

export function createApiLogWriter(opts: ApiLogWriterOptions): ApiLogWriter {
  const batchSize = opts.batchSize ?? 500;
  const flushMs = opts.flushMs ?? 250;
  const maxBuffered = opts.maxBuffered ?? 20_000;
  let buffer: ApiLogEntry[] = [];
  let timer: NodeJS.Timeout | null = null;
  let closed = false;
  let written = 0;
  let dropped = 0;
  /** Writes run one after another, so a flush resolves after every earlier write. */
  let chain: Promise<void> = Promise.resolve();
  /** Entries already retried once: a batch that fails twice is dropped, not retried forever. */
  const retried = new WeakSet<ApiLogEntry>();

  function arm() {
    if (timer || closed) return;
    timer = setTimeout(() => {
      timer = null;
      void flush();
    }, flushMs);
    timer.unref();
  }

  async function drain(): Promise<void> {
    while (buffer.length > 0) {
      const batch = buffer.slice(0, batchSize);
      buffer = buffer.slice(batch.length);
      try {
        await opts.apiLogs.insertMany(batch);
        written += batch.length;
      } catch (error) {
        opts.onError?.(error, batch.length);
        const again = batch.filter((e) => !retried.has(e));
        for (const e of again) retried.add(e);
        dropped += batch.length - again.length;
        const room = Math.max(0, maxBuffered - buffer.length);
        dropped += Math.max(0, again.length - room);
        buffer = [...again.slice(0, room), ...buffer];
        // Leave the rest for the next tick rather than hammering a failing database.
        arm();
        return;
      }
    }
  }

  /** A drain that is queued but has not started yet: it will take whatever is recorded until then. */
  let queued: Promise<void> | null = null;

  function flush(): Promise<void> {
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    if (queued) return queued;
    const run = chain
      .then(() => {
        queued = null;
        return drain();
      })
      .catch(() => undefined);
    queued = run;
    chain = run;
    return run;
  }

  return {
    record(entry) {
      if (closed) return;
      if (buffer.length >= maxBuffered) {
        dropped++;
        return;
      }
      buffer.push(entry);
      if (buffer.length >= batchSize) void flush();
      else arm();
    },
    flush,
    async close() {
      await flush();
      closed = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await flush();
    },
    stats: () => ({ buffered: buffer.length, written, dropped }),
  };
}
