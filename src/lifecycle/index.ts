export * from './ports.js';
export { warnExpiringCredentials, EXPIRY_WARNING_JOB, expiryContext, type ExpiryWarningContext, type ExpiryWarningTxStore } from './warn-expiring-credentials.js';
export { listExpiringCredentials, EXPIRING_CREDENTIALS_PERMISSION, MAX_EXPIRING_LISTED, type ExpiringCredentials, type ExpiringCredentialsContext } from './list-expiring-credentials.js';
