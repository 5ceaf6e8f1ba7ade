/**
 * Entry of the API log thread (src/api-logs/threaded-sink.ts): builds the
 * entries of the captures the request path sends (redaction, JSON, ids) and
 * writes them with the batching writer over a small pool of its own, so none
 * of that runs on the thread that answers requests. Drops and failed batches
 * are reported back, where they are counted and logged as before.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createApiLogWriter, type ApiLogEntry } from './api-logs/index.js';
import { entryOf } from './api-logs/capture.js';
import type { DroppedEntry, FromApiLogThread, ToApiLogThread } from './api-logs/threaded-sink.js';
import { describeError } from './core/threads.js';
import { isDatabaseUnavailable } from './http/unavailable.js';
import { closeDb, createDb } from './storage/database.js';
import { apiLogRepository } from './storage/repositories/api-logs.js';

/** What the thread is started with: the database the main thread uses, and its limits. */
export interface ApiLogThreadData {
  url: string;
  connectTimeoutMs: number;
  queryTimeoutMs: number;
}

const port = parentPort;
if (!port) throw new Error('api-log-thread runs as a worker thread');
const post = (m: FromApiLogThread) => port.postMessage(m);

const dropped = (entries: ApiLogEntry[]): DroppedEntry[] => entries.map(({ id, method, path, status }) => ({ id, method, path, status }));

const data = workerData as ApiLogThreadData;
// Writes run one after another: one connection for the COPY, one for its INSERT fallback.
const db = createDb({ url: data.url, max: 2, connectTimeoutMs: data.connectTimeoutMs, queryTimeoutMs: data.queryTimeoutMs });
const writer = createApiLogWriter({
  apiLogs: apiLogRepository(db),
  isUnavailable: isDatabaseUnavailable,
  onError: (error, entries) => post({ t: 'error', error: describeError(error), entries }),
  onDrop: (reason, entries, error) => post({ t: 'drop', reason, entries: dropped(entries), ...(error !== undefined ? { error: describeError(error) } : {}) }),
});

port.on('message', (m: ToApiLogThread) => {
  switch (m.t) {
    case 'captures':
      for (const capture of m.captures) {
        try {
          const entry = entryOf(capture);
          if (entry) writer.record(entry);
        } catch (error) {
          post({ t: 'error', error: describeError(error), entries: 1 });
        }
      }
      break;
    case 'flush':
      void writer.flush().then(() => post({ t: 'done', id: m.id, stats: writer.stats() }));
      break;
    case 'close':
      void writer
        .close()
        .then(() => closeDb(db, 1_000))
        .catch((error: unknown) => post({ t: 'failed', error: describeError(error) }))
        .finally(() => post({ t: 'done', id: m.id, stats: writer.stats() }));
      break;
  }
});
post({ t: 'ready' });
