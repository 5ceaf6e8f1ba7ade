export * from './types.js';
export type { CredentialRepository, CredentialStore, NewCredential } from './ports.js';
export { createVerifier, type Verifier, type VerifierOptions } from './verify.js';
export { issueApiKey, type IssueApiKeyInput, type IssuedCredential } from './issue-api-key.js';
export { revokeCredential } from './revoke-credential.js';
export { parseCredential, generateCredential, generateWebhookSecret, CREDENTIAL_PREFIXES, CREDENTIAL_RE } from './format.js';
