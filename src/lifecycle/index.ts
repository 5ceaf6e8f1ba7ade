export * from './ports.js';
export { warnExpiringCredentials, EXPIRY_WARNING_JOB, expiryContext, type ExpiryWarningContext, type ExpiryWarningTxStore } from './warn-expiring-credentials.js';
