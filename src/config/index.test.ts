import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './index.js';

const SECRET = 's'.repeat(32);

function errorOf(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('has the documented defaults', () => {
    const c = loadConfig({}, {});
    expect(c).toEqual({
      port: 8080,
      host: '127.0.0.1',
      dataDir: path.resolve('./data'),
      databaseUrl: null,
      redisUrl: null,
      secret: null,
      adminToken: null,
      rateLimitPerMinute: 300,
      logLevel: 'info',
      demo: false,
      role: 'all',
      jobLeaseMs: 30_000,
      jobPollMs: 500,
      cacheMax: 10_000,
      cacheTtlMs: 30_000,
      webhookRetrySchedule: [0, 5, 300, 1800, 7200, 18000, 36000, 36000],
      webhookAllowPrivate: false,
      secretScanningKeys: null,
      apiLogRetentionDays: 30,
      sessionTtlSeconds: 3600,
      userRateLimit: 50,
      userRateWindowSeconds: 5,
      authFailureLimit: 100,
      publicUrl: null,
      requestTimeoutMs: 30_000,
      headersTimeoutMs: 10_000,
      keepAliveTimeoutMs: 72_000,
      dbConnectTimeoutMs: 2_000,
      dbQueryTimeoutMs: 3_000,
      shutdownGraceMs: 10_000,
      expiryWarningLeads: [604_800, 86_400],
    });
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('reads every variable', () => {
    const c = loadConfig({
      PORT: '9000',
      HOST: '0.0.0.0',
      TESSERA_DATA_DIR: '/var/lib/tessera',
      DATABASE_URL: 'postgresql://u@db/tessera',
      TESSERA_SECRET: SECRET,
      TESSERA_ADMIN_TOKEN: 'tadm_0123456789abcdef',
      TESSERA_RATE_LIMIT_PER_MINUTE: '1000',
      LOG_LEVEL: 'debug',
      TESSERA_ROLE: 'worker',
      TESSERA_JOB_LEASE_MS: '5000',
      TESSERA_JOB_POLL_MS: '100',
      TESSERA_CACHE_MAX: '0',
      TESSERA_CACHE_TTL_MS: '1000',
      TESSERA_WEBHOOK_RETRY_SCHEDULE: '0, 0.5,2',
      TESSERA_WEBHOOK_ALLOW_PRIVATE: 'true',
      TESSERA_SESSION_TTL_SECONDS: '600',
      TESSERA_USER_RATE_LIMIT: '10',
      TESSERA_USER_RATE_WINDOW_SECONDS: '60',
      TESSERA_AUTH_FAILURE_LIMIT: '20',
      TESSERA_PUBLIC_URL: 'https://tessera.example.com/base/',
    });
    expect(c).toMatchObject({
      port: 9000,
      host: '0.0.0.0',
      dataDir: '/var/lib/tessera',
      databaseUrl: 'postgresql://u@db/tessera',
      secret: SECRET,
      adminToken: 'tadm_0123456789abcdef',
      rateLimitPerMinute: 1000,
      logLevel: 'debug',
      role: 'worker',
      jobLeaseMs: 5000,
      jobPollMs: 100,
      cacheMax: 0,
      cacheTtlMs: 1000,
      webhookRetrySchedule: [0, 0.5, 2],
      webhookAllowPrivate: true,
      sessionTtlSeconds: 600,
      userRateLimit: 10,
      userRateWindowSeconds: 60,
      authFailureLimit: 20,
      publicUrl: 'https://tessera.example.com/base',
    });
  });

  it('reads the HTTP timeouts; headers never get longer than the whole request', () => {
    expect(loadConfig({ TESSERA_REQUEST_TIMEOUT_MS: '1000', TESSERA_KEEP_ALIVE_TIMEOUT_MS: '5000' })).toMatchObject({
      requestTimeoutMs: 1000,
      headersTimeoutMs: 1000,
      keepAliveTimeoutMs: 5000,
    });
    expect(loadConfig({ TESSERA_REQUEST_TIMEOUT_MS: '1000', TESSERA_HEADERS_TIMEOUT_MS: '500' })).toMatchObject({ headersTimeoutMs: 500 });
    expect(errorOf(() => loadConfig({ TESSERA_REQUEST_TIMEOUT_MS: '1000', TESSERA_HEADERS_TIMEOUT_MS: '2000' })).variable).toBe('TESSERA_HEADERS_TIMEOUT_MS');
    expect(errorOf(() => loadConfig({ TESSERA_REQUEST_TIMEOUT_MS: '0' })).variable).toBe('TESSERA_REQUEST_TIMEOUT_MS');
  });

  it('reads the database limits and the shutdown grace period; 0 turns the statement limit off', () => {
    expect(loadConfig({ TESSERA_DB_CONNECT_TIMEOUT_MS: '500', TESSERA_DB_QUERY_TIMEOUT_MS: '0', TESSERA_SHUTDOWN_GRACE_MS: '30000' })).toMatchObject({
      dbConnectTimeoutMs: 500,
      dbQueryTimeoutMs: 0,
      shutdownGraceMs: 30_000,
    });
    expect(errorOf(() => loadConfig({ TESSERA_DB_CONNECT_TIMEOUT_MS: '0' })).variable).toBe('TESSERA_DB_CONNECT_TIMEOUT_MS');
    expect(errorOf(() => loadConfig({ TESSERA_DB_QUERY_TIMEOUT_MS: '3s' })).variable).toBe('TESSERA_DB_QUERY_TIMEOUT_MS');
    expect(errorOf(() => loadConfig({ TESSERA_SHUTDOWN_GRACE_MS: '999' })).variable).toBe('TESSERA_SHUTDOWN_GRACE_MS');
  });

  it('lets flags win over variables', () => {
    const c = loadConfig(
      { PORT: '9000', HOST: '0.0.0.0', TESSERA_DATA_DIR: '/a', TESSERA_ROLE: 'worker' },
      { port: '9001', host: '::1', dataDir: 'rel', role: 'api', demo: true },
    );
    expect(c).toMatchObject({ port: 9001, host: '::1', dataDir: path.resolve('rel'), role: 'api', demo: true });
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '', LOG_LEVEL: '', TESSERA_SECRET: '' })).toMatchObject({
      port: 8080,
      databaseUrl: null,
      logLevel: 'info',
      secret: null,
    });
  });

  it.each([
    [{ PORT: 'abc' }, {}, 'PORT'],
    [{ PORT: '65536' }, {}, 'PORT'],
    [{ PORT: '-1' }, {}, 'PORT'],
    [{}, { port: '80a' }, '--port'],
    [{ PORT: '80' }, { port: 'x' }, '--port'],
    [{}, { host: '' }, '--host'],
    [{ TESSERA_RATE_LIMIT_PER_MINUTE: '0' }, {}, 'TESSERA_RATE_LIMIT_PER_MINUTE'],
    [{ TESSERA_RATE_LIMIT_PER_MINUTE: '1.5' }, {}, 'TESSERA_RATE_LIMIT_PER_MINUTE'],
    [{ LOG_LEVEL: 'loud' }, {}, 'LOG_LEVEL'],
    [{ TESSERA_ROLE: 'both' }, {}, 'TESSERA_ROLE'],
    [{}, { role: 'both' }, '--role'],
    [{ DATABASE_URL: 'mysql://db/x', TESSERA_SECRET: SECRET }, {}, 'DATABASE_URL'],
    [{ DATABASE_URL: 'postgres://db/x' }, {}, 'TESSERA_SECRET'],
    [{ TESSERA_SECRET: 'short' }, {}, 'TESSERA_SECRET'],
    [{ TESSERA_ADMIN_TOKEN: 'short' }, {}, 'TESSERA_ADMIN_TOKEN'],
    [{ TESSERA_JOB_LEASE_MS: '99' }, {}, 'TESSERA_JOB_LEASE_MS'],
    [{ TESSERA_JOB_POLL_MS: '9' }, {}, 'TESSERA_JOB_POLL_MS'],
    [{ TESSERA_CACHE_MAX: 'many' }, {}, 'TESSERA_CACHE_MAX'],
    [{ TESSERA_CACHE_TTL_MS: '3600001' }, {}, 'TESSERA_CACHE_TTL_MS'],
    [{ TESSERA_WEBHOOK_RETRY_SCHEDULE: '0,-5' }, {}, 'TESSERA_WEBHOOK_RETRY_SCHEDULE'],
    [{ TESSERA_WEBHOOK_RETRY_SCHEDULE: '0,,5' }, {}, 'TESSERA_WEBHOOK_RETRY_SCHEDULE'],
    [{ TESSERA_WEBHOOK_RETRY_SCHEDULE: '604801' }, {}, 'TESSERA_WEBHOOK_RETRY_SCHEDULE'],
    [{ TESSERA_WEBHOOK_ALLOW_PRIVATE: 'yes' }, {}, 'TESSERA_WEBHOOK_ALLOW_PRIVATE'],
    [{ TESSERA_SESSION_TTL_SECONDS: '299' }, {}, 'TESSERA_SESSION_TTL_SECONDS'],
    [{ TESSERA_SESSION_TTL_SECONDS: '86401' }, {}, 'TESSERA_SESSION_TTL_SECONDS'],
    [{ TESSERA_USER_RATE_LIMIT: '0' }, {}, 'TESSERA_USER_RATE_LIMIT'],
    [{ TESSERA_USER_RATE_WINDOW_SECONDS: '3601' }, {}, 'TESSERA_USER_RATE_WINDOW_SECONDS'],
    [{ TESSERA_AUTH_FAILURE_LIMIT: '0' }, {}, 'TESSERA_AUTH_FAILURE_LIMIT'],
    [{ TESSERA_AUTH_FAILURE_LIMIT: '1e3' }, {}, 'TESSERA_AUTH_FAILURE_LIMIT'],
    [{ TESSERA_PUBLIC_URL: 'ftp://x' }, {}, 'TESSERA_PUBLIC_URL'],
    [{ TESSERA_PUBLIC_URL: 'not a url' }, {}, 'TESSERA_PUBLIC_URL'],
    [{ REDIS_URL: 'http://cache:6379' }, {}, 'REDIS_URL'],
    [{ REDIS_URL: 'cache:6379' }, {}, 'REDIS_URL'],
    [{ REDIS_URL: 'redis://' }, {}, 'REDIS_URL'],
    [{ TESSERA_EXPIRY_WARNING_LEADS: '7d,1x' }, {}, 'TESSERA_EXPIRY_WARNING_LEADS'],
    [{ TESSERA_EXPIRY_WARNING_LEADS: '7d,,1d' }, {}, 'TESSERA_EXPIRY_WARNING_LEADS'],
    [{ TESSERA_EXPIRY_WARNING_LEADS: '30s' }, {}, 'TESSERA_EXPIRY_WARNING_LEADS'],
    [{ TESSERA_EXPIRY_WARNING_LEADS: '0d' }, {}, 'TESSERA_EXPIRY_WARNING_LEADS'],
    [{ TESSERA_EXPIRY_WARNING_LEADS: '366d' }, {}, 'TESSERA_EXPIRY_WARNING_LEADS'],
    [{ TESSERA_EXPIRY_WARNING_LEADS: '1d,2d,3d,4d,5d,6d,7d,8d,9d,10d,11d' }, {}, 'TESSERA_EXPIRY_WARNING_LEADS'],
  ] as const)('rejects %j %j naming %s', (env, flags, variable) => {
    const e = errorOf(() => loadConfig(env, flags));
    expect(e.variable).toBe(variable);
    expect(e.message.startsWith(`${variable}: `)).toBe(true);
  });

  it('never echoes a secret in its message', () => {
    const e = errorOf(() => loadConfig({ TESSERA_SECRET: 'hunter2' }));
    expect(e.message).not.toContain('hunter2');
  });

  it('accepts DATABASE_URL with a secret, in both URL schemes', () => {
    for (const url of ['postgres://db/x', 'postgresql://db/x']) {
      expect(loadConfig({ DATABASE_URL: url, TESSERA_SECRET: SECRET }).databaseUrl).toBe(url);
    }
  });

  it('accepts REDIS_URL in both URL schemes and never echoes it when rejecting', () => {
    for (const url of ['redis://127.0.0.1:6379', 'rediss://:pw@cache.internal:6380/2']) {
      expect(loadConfig({ REDIS_URL: url }).redisUrl).toBe(url);
    }
    expect(loadConfig({ REDIS_URL: '' }).redisUrl).toBeNull();
    expect(errorOf(() => loadConfig({ REDIS_URL: 'memcached://u:hunter2@x' })).message).not.toContain('hunter2');
  });

  it('reads TESSERA_EXPIRY_WARNING_LEADS: any unit, repeats dropped, longest first; a bad one is named', () => {
    expect(loadConfig({ TESSERA_EXPIRY_WARNING_LEADS: '1h, 7d,24h,1d,30m' }).expiryWarningLeads).toEqual([604_800, 86_400, 3_600, 1_800]);
    expect(loadConfig({ TESSERA_EXPIRY_WARNING_LEADS: '' }).expiryWarningLeads).toEqual([604_800, 86_400]);
    expect(errorOf(() => loadConfig({ TESSERA_EXPIRY_WARNING_LEADS: '7d,soon' })).message).toBe(
      'TESSERA_EXPIRY_WARNING_LEADS: "soon" is not a lead time: a whole number of days (d), hours (h) or minutes (m), from 1m to 365d, got "7d,soon"',
    );
  });
});
