export * from './types.js';
export type { ApiLogRepository, ApiLogStore } from './ports.js';
export { createApiLogWriter, type ApiLogDropReason, type ApiLogWriter, type ApiLogWriterOptions } from './writer.js';
export { reportApiLogDrops } from './drop-report.js';
export { maskAuthorization, redactHeader, redactParams, redactString, isSecretKey, redactSecrets, redactKeptBody, REDACTED, MAX_PARAMS_BYTES } from './redact.js';
export { listApiLogs, type ApiLogReadContext } from './list-api-logs.js';
export { getApiLog } from './get-api-log.js';
export { purgeExpiredApiLogs, API_LOG_RETENTION_JOB, type PurgeApiLogsInput } from './purge-api-logs.js';
