/**
 * Where the request path hands its API log captures: in this thread (the
 * entry is built and queued at once), or in the API log thread
 * (threaded-sink.ts), which builds, batches and writes them on another core.
 * Either way `record()` never waits and never throws.
 */
import { entryOf, type ApiLogCapture } from './capture.js';
import type { ApiLogWriter } from './writer.js';

export interface ApiLogSink {
  /** Queues one request's capture; never throws, never waits. */
  record(capture: ApiLogCapture): void;
  /** Writes everything recorded so far; resolves once it is stored (or given up, or the database is away). */
  flush(): Promise<void>;
  /** Writes what is left and stops; later captures are ignored. */
  close(): Promise<void>;
  /** Entries waiting, written and given up (as last reported by the thread, for the threaded sink). */
  stats(): { buffered: number; written: number; dropped: number };
}

/** A sink that builds each entry on the calling thread and hands it to `writer`. */
export function inlineApiLogSink(writer: ApiLogWriter, onError?: (error: unknown) => void): ApiLogSink {
  return {
    record(capture) {
      try {
        const entry = entryOf(capture);
        if (entry) writer.record(entry);
      } catch (error) {
        // The log is diagnostics: a failure to record one must never touch the response.
        onError?.(error);
      }
    },
    flush: () => writer.flush(),
    close: () => writer.close(),
    stats: () => writer.stats(),
  };
}
