/**
 * The only module that reads the environment. Turns environment variables and
 * CLI flags into one frozen, validated Config; a bad value throws ConfigError
 * naming the variable, and the CLI stops with that message.
 */
import path from 'node:path';
import { DEFAULT_API_LOG_RETENTION_DAYS } from '../api-logs/types.js';
import { secretScanningKeys, type SecretScanningKey } from './secret-scanning-keys.js';
import { DEFAULT_EXPIRY_WARNING_LEADS, parseLeads } from '../core/lead-time.js';

export type { SecretScanningKey } from './secret-scanning-keys.js';

export type Role = 'api' | 'worker' | 'all';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  /** Redis shared by all processes (rate-limit counters, cache invalidation); null: in-process only. */
  redisUrl: string | null;
  /** Server secret; null on the embedded database until storage loads or creates it. */
  secret: string | null;
  adminToken: string | null;
  rateLimitPerMinute: number;
  logLevel: LogLevel;
  demo: boolean;
  role: Role;
  /** Job lease: how long a claimed job stays invisible to other workers. */
  jobLeaseMs: number;
  /** How often workers poll for due jobs. */
  jobPollMs: number;
  /** Verification cache: maximum entries and time to live. */
  cacheMax: number;
  cacheTtlMs: number;
  /** Lifetime of a login session (JWT) in seconds. */
  sessionTtlSeconds: number;
  /** `/v3` and Astra rate limit: requests per window per credential (per client IP before authentication). */
  userRateLimit: number;
  userRateWindowSeconds: number;
  /** Failed authentications per client address and surface per minute before 429 (valid credentials still pass). */
  authFailureLimit: number;
  /** Public base URL for absolute links (Astra `Location`); null: taken from the request. */
  publicUrl: string | null;
  /** Delay in seconds before each webhook delivery attempt (the first is usually 0); ±10 % jitter is added. */
  webhookRetrySchedule: readonly number[];
  /** Lets webhooks target loopback, private and link-local addresses (tests, local development). */
  webhookAllowPrivate: boolean;
  /** Public keys that sign secret scanning reports (`TESSERA_SECRET_SCANNING_KEYS`); null: `/secret-scanning/v1/github` answers 404. */
  secretScanningKeys: readonly SecretScanningKey[] | null;
  /** The whole request (headers and body) must arrive within this; then 408 and the connection is closed. */
  requestTimeoutMs: number;
  /** The request headers must arrive within this (at most requestTimeoutMs). */
  headersTimeoutMs: number;
  /** How long an idle keep-alive connection stays open. */
  keepAliveTimeoutMs: number;
  /** Longest wait for a database connection; then the request fails with 503. */
  dbConnectTimeoutMs: number;
  /** Longest wait for the database's answer to one statement; then 503 (0: no limit). */
  dbQueryTimeoutMs: number;
  /** SIGTERM/SIGINT: how long a graceful stop may take before the process exits anyway. */
  shutdownGraceMs: number;
  /** Days an API log entry is kept (`TESSERA_API_LOG_RETENTION_DAYS`, 1-3650, default 30); older ones are purged in batches. */
  apiLogRetentionDays: number;
  /** Lead times of `<type>.expiring` warnings in seconds, longest first, for organizations without their own. */
  expiryWarningLeads: readonly number[];
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

export interface Flags {
  port?: string;
  host?: string;
  dataDir?: string;
  demo?: boolean;
  role?: string;
}

type Env = Record<string, string | undefined>;

function integer(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be an integer between ${min} and ${max}, got "${raw}"`);
  const n = Number(raw);
  if (n < min || n > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${n}`);
  return n;
}

function oneOf<T extends string>(name: string, raw: string | undefined, allowed: readonly T[], fallback: T): T {
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function boolean(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

/** The Standard Webhooks schedule: at once, then 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h. */
export const DEFAULT_WEBHOOK_RETRY_SCHEDULE = [0, 5, 300, 1800, 7200, 18000, 36000, 36000] as const;

/** Comma-separated seconds (decimals allowed, so tests can shrink it), 1 to 20 entries, each at most 7 days. */
function schedule(name: string, raw: string | undefined, fallback: readonly number[]): readonly number[] {
  if (raw === undefined || raw === '') return Object.freeze([...fallback]);
  const parts = raw.split(',').map((s) => s.trim());
  if (parts.length > 20 || parts.some((p) => !/^\d+(\.\d+)?$/.test(p) || Number(p) > 604_800)) {
    throw new ConfigError(name, `must be 1 to 20 comma-separated delays in seconds (each at most 604800), got "${raw}"`);
  }
  return Object.freeze(parts.map(Number));
}

/** `TESSERA_EXPIRY_WARNING_LEADS`: comma-separated lead times such as `7d,1d,1h`. */
function expiryWarningLeads(raw: string | undefined): readonly number[] {
  if (raw === undefined || raw === '') return DEFAULT_EXPIRY_WARNING_LEADS;
  const parsed = parseLeads(raw);
  if ('error' in parsed) throw new ConfigError('TESSERA_EXPIRY_WARNING_LEADS', `${parsed.error}, got "${raw}"`);
  return Object.freeze(parsed.leads);
}

/** An http(s) origin with an optional path, without a trailing slash. */
function publicUrl(raw: string | undefined): string | null {
  if (raw === undefined || raw === '') return null;
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new ConfigError('TESSERA_PUBLIC_URL', `must be an http:// or https:// URL, got "${raw}"`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new ConfigError('TESSERA_PUBLIC_URL', `must be an http:// or https:// URL, got "${raw}"`);
  return (u.origin + u.pathname).replace(/\/+$/, '');
}

/** Slow clients (a byte a second) must not hold sockets forever; headers can never take longer than the whole request. */
function httpTimeouts(env: Env): Pick<Config, 'requestTimeoutMs' | 'headersTimeoutMs' | 'keepAliveTimeoutMs'> {
  const requestTimeoutMs = integer('TESSERA_REQUEST_TIMEOUT_MS', env.TESSERA_REQUEST_TIMEOUT_MS, 30_000, 100, 3_600_000);
  const headersTimeoutMs = integer('TESSERA_HEADERS_TIMEOUT_MS', env.TESSERA_HEADERS_TIMEOUT_MS, Math.min(10_000, requestTimeoutMs), 100, 3_600_000);
  if (headersTimeoutMs > requestTimeoutMs) {
    throw new ConfigError('TESSERA_HEADERS_TIMEOUT_MS', `must not exceed TESSERA_REQUEST_TIMEOUT_MS (${requestTimeoutMs}), got ${headersTimeoutMs}`);
  }
  const keepAliveTimeoutMs = integer('TESSERA_KEEP_ALIVE_TIMEOUT_MS', env.TESSERA_KEEP_ALIVE_TIMEOUT_MS, 72_000, 100, 3_600_000);
  return { requestTimeoutMs, headersTimeoutMs, keepAliveTimeoutMs };
}

const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Validates `env` and `flags` (flags win) into a frozen Config. */
export function loadConfig(env: Env = process.env, flags: Flags = {}): Readonly<Config> {
  const port = integer(flags.port !== undefined ? '--port' : 'PORT', flags.port ?? env.PORT, 8080, 0, 65535);
  const host = flags.host ?? env.HOST ?? '127.0.0.1';
  if (!host) throw new ConfigError('--host', 'must not be empty');
  const dataDir = path.resolve(flags.dataDir ?? env.TESSERA_DATA_DIR ?? './data');

  const databaseUrl = env.DATABASE_URL || null;
  if (databaseUrl !== null && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL', 'must be a postgres:// or postgresql:// URL');
  }
  const redisUrl = env.REDIS_URL || null;
  if (redisUrl !== null && !/^rediss?:\/\/[^/]/.test(redisUrl)) {
    throw new ConfigError('REDIS_URL', 'must be a redis:// or rediss:// URL');
  }
  const secret = env.TESSERA_SECRET || null;
  if (secret !== null && secret.length < 32) {
    throw new ConfigError('TESSERA_SECRET', 'must be at least 32 characters');
  }
  if (databaseUrl !== null && secret === null) {
    throw new ConfigError('TESSERA_SECRET', 'is required when DATABASE_URL is set (at least 32 characters)');
  }
  const adminToken = env.TESSERA_ADMIN_TOKEN || null;
  if (adminToken !== null && adminToken.length < 16) {
    throw new ConfigError('TESSERA_ADMIN_TOKEN', 'must be at least 16 characters');
  }

  return Object.freeze({
    port,
    host,
    dataDir,
    databaseUrl,
    redisUrl,
    secret,
    adminToken,
    rateLimitPerMinute: integer('TESSERA_RATE_LIMIT_PER_MINUTE', env.TESSERA_RATE_LIMIT_PER_MINUTE, 300, 1, 1_000_000),
    logLevel: oneOf('LOG_LEVEL', env.LOG_LEVEL, LOG_LEVELS, 'info'),
    demo: flags.demo ?? false,
    role: oneOf(flags.role !== undefined ? '--role' : 'TESSERA_ROLE', flags.role ?? env.TESSERA_ROLE, ['api', 'worker', 'all'] as const, 'all'),
    jobLeaseMs: integer('TESSERA_JOB_LEASE_MS', env.TESSERA_JOB_LEASE_MS, 30_000, 100, 3_600_000),
    jobPollMs: integer('TESSERA_JOB_POLL_MS', env.TESSERA_JOB_POLL_MS, 500, 10, 60_000),
    cacheMax: integer('TESSERA_CACHE_MAX', env.TESSERA_CACHE_MAX, 10_000, 0, 10_000_000),
    cacheTtlMs: integer('TESSERA_CACHE_TTL_MS', env.TESSERA_CACHE_TTL_MS, 30_000, 0, 3_600_000),
    sessionTtlSeconds: integer('TESSERA_SESSION_TTL_SECONDS', env.TESSERA_SESSION_TTL_SECONDS, 3600, 300, 86_400),
    userRateLimit: integer('TESSERA_USER_RATE_LIMIT', env.TESSERA_USER_RATE_LIMIT, 50, 1, 1_000_000),
    userRateWindowSeconds: integer('TESSERA_USER_RATE_WINDOW_SECONDS', env.TESSERA_USER_RATE_WINDOW_SECONDS, 5, 1, 3600),
    authFailureLimit: integer('TESSERA_AUTH_FAILURE_LIMIT', env.TESSERA_AUTH_FAILURE_LIMIT, 100, 1, 1_000_000),
    publicUrl: publicUrl(env.TESSERA_PUBLIC_URL),
    webhookRetrySchedule: schedule('TESSERA_WEBHOOK_RETRY_SCHEDULE', env.TESSERA_WEBHOOK_RETRY_SCHEDULE, DEFAULT_WEBHOOK_RETRY_SCHEDULE),
    webhookAllowPrivate: boolean('TESSERA_WEBHOOK_ALLOW_PRIVATE', env.TESSERA_WEBHOOK_ALLOW_PRIVATE, false),
    secretScanningKeys: secretScanningKeys(env.TESSERA_SECRET_SCANNING_KEYS, (variable, message) => new ConfigError(variable, message)),
    ...httpTimeouts(env),
    dbConnectTimeoutMs: integer('TESSERA_DB_CONNECT_TIMEOUT_MS', env.TESSERA_DB_CONNECT_TIMEOUT_MS, 2_000, 100, 600_000),
    dbQueryTimeoutMs: integer('TESSERA_DB_QUERY_TIMEOUT_MS', env.TESSERA_DB_QUERY_TIMEOUT_MS, 3_000, 0, 3_600_000),
    shutdownGraceMs: integer('TESSERA_SHUTDOWN_GRACE_MS', env.TESSERA_SHUTDOWN_GRACE_MS, 10_000, 1_000, 600_000),
    apiLogRetentionDays: integer('TESSERA_API_LOG_RETENTION_DAYS', env.TESSERA_API_LOG_RETENTION_DAYS, DEFAULT_API_LOG_RETENTION_DAYS, 1, 3650),
    expiryWarningLeads: expiryWarningLeads(env.TESSERA_EXPIRY_WARNING_LEADS),
  });
}
