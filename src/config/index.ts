/**
 * The only module that reads the environment. Turns environment variables and
 * CLI flags into one frozen, validated Config; a bad value throws ConfigError
 * naming the variable, and the CLI stops with that message.
 */
import path from 'node:path';

export type Role = 'api' | 'worker' | 'all';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
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
  });
}
