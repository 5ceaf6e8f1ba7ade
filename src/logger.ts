/** The process's logger (and its job thread's): pino at the configured level, with secrets redacted. */
import pino, { type Logger } from 'pino';
import type { Config } from './config/index.js';

export const LOG_REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["idempotency-key"]',
  '*.password',
  '*.token',
  '*.secret',
  '*.value',
];

export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({ level: config.logLevel, redact: { paths: LOG_REDACT, censor: '[REDACTED]' } });
}
