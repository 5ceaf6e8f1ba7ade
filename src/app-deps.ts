/** What the HTTP surfaces and workers are built from; assembled once in main.ts (or a test). */
import type { Logger } from 'pino';
import type { ApiLogSink } from './api-logs/index.js';
import type { Config } from './config/index.js';
import type { Clock } from './core/clock.js';
import type { Verifier } from './credentials/index.js';
import type { Metrics } from './http/metrics.js';
import type { RateLimiter } from './http/rate-limit.js';
import type { Db } from './storage/database.js';
import type { Store } from './storage/store.js';

export interface AppDeps {
  config: Readonly<Config>;
  db: Db;
  store: Store;
  verifier: Verifier;
  clock: Clock;
  rateLimiter: RateLimiter;
  /** Prometheus registry and the counters the request path and workers feed. */
  metrics: Metrics;
  /** Server secret as bytes: keys credential hashes and derived signing keys. */
  secret: Buffer;
  /** Admin bearer token for /admin/v1. */
  adminToken: string;
  logger: Logger;
  /** Where requests leave their API log captures (built and written off the request path); tests call `flush()`. */
  apiLogs: ApiLogSink;
}
