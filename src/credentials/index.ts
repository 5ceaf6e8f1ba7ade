export * from './types.js';
export type { CredentialRepository, CredentialStore, NewCredential, SessionRepository, SessionStore } from './ports.js';
export { endSession } from './end-session.js';
export { createVerifier, type Presenter, type Verifier, type VerifierOptions, type VerifiedCredential, type SessionUser } from './verify.js';
export { reportReusedSecret, retiredSecretReporter, REUSE_REPORT_INTERVAL_MS } from './report-reused-secret.js';
export { issueApiKey, type IssueApiKeyInput, type IssuedCredential } from './issue-api-key.js';
export { revokeCredential } from './revoke-credential.js';
export { reportLeakedSecrets, type LeakReport, type LeakVerdict, type LeakStore, type ReportLeakedSecretsContext } from './report-leaked-secrets.js';
export {
  parseCredential,
  generateCredential,
  generateWebhookSecret,
  unwrapCredential,
  CREDENTIAL_PREFIXES,
  CREDENTIAL_RE,
  SECRET_SCANNING_PATTERNS,
} from '../core/secret-format.js';
export { createApiKey, type CreateApiKeyInput } from './create-api-key.js';
export { listApiKeys } from './list-api-keys.js';
export { getApiKey } from './get-api-key.js';
export { updateApiKey, type UpdateApiKeyInput } from './update-api-key.js';
export { expireApiKey, MAX_EXPIRES_IN_SECONDS } from './expire-api-key.js';
export { rotateApiKey, DEFAULT_API_KEY_GRACE_SECONDS, MAX_API_KEY_GRACE_SECONDS, type RotatedApiKey } from './rotate-api-key.js';
export { listApiKeyPermissions, type ApiKeyPermissionInfo } from './list-api-key-permissions.js';
export { apiKeyExpiryJobHandler, API_KEY_EXPIRY_JOB } from './expiry-job.js';
export { effectiveExpiry, type ApiKeyContext, type ApiKeyReadContext } from './api-key-context.js';
export { PERMISSION_DESCRIPTIONS, isApiKeyPermission } from './permissions.js';
// User credentials: personal access tokens (/v3) and user API tokens (Astra), OAuth introspection.
export * from './user-tokens.js';
export { SCOPES, canonicalScope, effectiveScopes, expandScopes, normalizeScopes, roleScopes, type ScopeInfo } from './scopes.js';
export { canRevokeTokenOf, canSeeTokensOf, isManager, requireScope } from './user-token-access.js';
export type { TokenOwner, UserTokenContext, UserTokenRepos } from './user-token-context.js';
export { emitUserTokenEvent, userTokenSnapshot, type TokenEventStore } from './user-token-events.js';
export { createPersonalAccessToken, type CreatePersonalAccessTokenInput } from './create-personal-access-token.js';
export { getPersonalAccessToken, listPersonalAccessTokens, MAX_LIST_OFFSET } from './get-personal-access-token.js';
export { updatePersonalAccessToken, type UpdatePersonalAccessTokenInput } from './update-personal-access-token.js';
export { deletePersonalAccessToken } from './delete-personal-access-token.js';
export { rotatePersonalAccessToken, MAX_GRACE_PERIOD_SECONDS } from './rotate-personal-access-token.js';
export {
  createUserApiToken,
  deleteUserApiToken,
  getUserApiToken,
  listUserApiTokens,
  updateUserApiToken,
  MAX_LABELS,
  type UpdateUserApiTokenInput,
} from './user-api-tokens.js';
export { introspectCredential, revokeByToken, INTROSPECT_PERMISSION, type Introspection, type IntrospectionClient } from './introspect-credential.js';
export { deleteCredentialsOfUser } from './user-token-maintenance.js';
