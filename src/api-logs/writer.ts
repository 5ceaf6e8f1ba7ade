/**
 * The API log writer: requests hand their entry to `record()` (a push, no
 * I/O) and a timer writes them in batches, one COPY each, so the request path
 * never waits for the database. The buffer is bounded; past it entries are
 * dropped and counted rather than memory growing without end.
 *
 * Two failures are told apart. A database that is away (connection refused,
 * reset, timed out) refused nothing: its batch goes back to the front of the
 * buffer and is retried after `retryMs`, until the database answers again. A
 * database that refuses a batch refused some row in it: the batch is split in
 * halves, and halves again, down to single rows, so that one bad row never
 * costs another request its entry; a row refused on its own is dropped,
 * counted and reported.
 */
import type { ApiLogRepository } from './ports.js';
import type { ApiLogEntry } from './types.js';

/** Why entries were given up: refused by the database on their own, no room in the buffer, or unwritten at close. */
export type ApiLogDropReason = 'rejected' | 'overflow' | 'shutdown';

export interface ApiLogWriterOptions {
  apiLogs: Pick<ApiLogRepository, 'insertMany'>;
  /** Entries per write; reaching it triggers a write at once. */
  batchSize?: number;
  /** Longest an entry waits before it is written. */
  flushMs?: number;
  /** Most entries held in memory; more are dropped (and counted). */
  maxBuffered?: number;
  /** Wait before writing again while the database is away. */
  retryMs?: number;
  /** Whether an error means the database is away (keep and retry) rather than refusing the rows (split). */
  isUnavailable: (error: unknown) => boolean;
  /** A batch was not written: it is retried (database away) or split (refused). */
  onError?: (error: unknown, entries: number) => void;
  /** Entries given up; `error` is the database's refusal of a single row. */
  onDrop?: (reason: ApiLogDropReason, entries: ApiLogEntry[], error?: unknown) => void;
}

export interface ApiLogWriter {
  /** Queues one entry; never throws, never waits. */
  record(entry: ApiLogEntry): void;
  /** Writes everything recorded so far; resolves once it is stored (or given up, or the database is away). */
  flush(): Promise<void>;
  /** Stops the timer and writes what is left; later entries are ignored. */
  close(): Promise<void>;
  stats(): { buffered: number; written: number; dropped: number };
}

export function createApiLogWriter(opts: ApiLogWriterOptions): ApiLogWriter {
  const batchSize = opts.batchSize ?? 500;
  const flushMs = opts.flushMs ?? 250;
  const maxBuffered = opts.maxBuffered ?? 20_000;
  const retryMs = opts.retryMs ?? 1_000;
  const isUnavailable = opts.isUnavailable;
  let buffer: ApiLogEntry[] = [];
  let timer: NodeJS.Timeout | null = null;
  let closed = false;
  let written = 0;
  let dropped = 0;
  /** Set while the database is away: full batches then wait for the retry instead of writing at once. */
  let away = false;
  /** Writes run one after another, so a flush resolves after every earlier write. */
  let chain: Promise<void> = Promise.resolve();

  function drop(reason: ApiLogDropReason, entries: ApiLogEntry[], error?: unknown) {
    if (entries.length === 0) return;
    dropped += entries.length;
    opts.onDrop?.(reason, entries, error);
  }

  function arm(ms = flushMs) {
    if (timer || closed) return;
    timer = setTimeout(() => {
      timer = null;
      void flush();
    }, ms);
    timer.unref();
  }

  /**
   * Writes `batch`, splitting whatever the database refuses down to single
   * rows. Returns the entries left unwritten because the database is away.
   */
  async function write(batch: ApiLogEntry[]): Promise<ApiLogEntry[]> {
    const parts = [batch];
    while (parts.length > 0) {
      const part = parts.pop()!;
      try {
        await opts.apiLogs.insertMany(part);
        written += part.length;
      } catch (error) {
        if (part === batch || isUnavailable(error)) opts.onError?.(error, part.length);
        // In writing order: this part, then the parts still stacked (the next to pop is last).
        if (isUnavailable(error)) return [part, ...parts.reverse()].flat();
        if (part.length === 1) {
          drop('rejected', part, error);
          continue;
        }
        const half = Math.ceil(part.length / 2);
        parts.push(part.slice(half), part.slice(0, half));
      }
    }
    return [];
  }

  async function drain(): Promise<void> {
    // Only what is buffered when the drain starts: under steady traffic a drain that also took every
    // entry recorded while it wrote would never end, and a reader waiting on flush() with it.
    let due = buffer.length;
    while (due > 0 && buffer.length > 0) {
      const batch = buffer.slice(0, Math.min(batchSize, due));
      due -= batch.length;
      buffer = buffer.slice(batch.length);
      const left = await write(batch);
      away = left.length > 0;
      if (away) {
        // Back to the front of the buffer, within its bound, for the retry.
        const room = Math.max(0, maxBuffered - buffer.length);
        drop('overflow', left.slice(room));
        buffer = [...left.slice(0, room), ...buffer];
        arm(retryMs);
        return;
      }
    }
    if (buffer.length > 0) arm();
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
        drop('overflow', [entry]);
        return;
      }
      buffer.push(entry);
      if (buffer.length >= batchSize && !away) void flush();
      else arm();
    },
    flush,
    async close() {
      await flush();
      closed = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await flush();
      // The database is still away: what is left cannot be kept past the process.
      const left = buffer;
      buffer = [];
      drop('shutdown', left);
    },
    stats: () => ({ buffered: buffer.length, written, dropped }),
  };
}
