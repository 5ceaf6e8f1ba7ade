/**
 * The credential string format shared by every kind Tessera issues:
 * `<kind prefix><28 random base62><6 base62 CRC32 of everything before>`.
 * 28 base62 characters carry 166 random bits. The checksum lets a typo or a
 * random string be refused without touching the database, and the fixed
 * prefixes let secret scanners find leaked tokens with one regular expression.
 */
import { BASE62_RE, checksum6, randomBase62 } from './base62.js';

export const CREDENTIAL_PREFIXES = {
  apiKeySandbox: 'tsk_sandbox_',
  apiKeyProduction: 'tsk_production_',
  personalAccessToken: 'tpat_',
  userApiToken: 'tut_',
} as const;
export type CredentialPrefix = (typeof CREDENTIAL_PREFIXES)[keyof typeof CREDENTIAL_PREFIXES];

export const RANDOM_LENGTH = 28;
const CHECKSUM_LENGTH = 6;
/** How many characters of a credential are kept for display (`tsk_sandbox_AbCd`). */
export const DISPLAY_SUFFIX_LENGTH = 4;

/** Matches any Tessera credential, e.g. for secret scanning. */
export const CREDENTIAL_RE = /\b(?:tsk_(?:sandbox|production)_|tpat_|tut_)[0-9A-Za-z]{34}\b/;

export function generateCredential(prefix: CredentialPrefix): string {
  const body = prefix + randomBase62(RANDOM_LENGTH);
  return body + checksum6(body);
}

/** The prefix when `token` is well formed and its checksum holds; null otherwise. */
export function parseCredential(token: string): CredentialPrefix | null {
  for (const prefix of Object.values(CREDENTIAL_PREFIXES)) {
    if (!token.startsWith(prefix)) continue;
    if (token.length !== prefix.length + RANDOM_LENGTH + CHECKSUM_LENGTH) return null;
    const rest = token.slice(prefix.length);
    if (!BASE62_RE.test(rest)) return null;
    const body = token.slice(0, token.length - CHECKSUM_LENGTH);
    return checksum6(body) === token.slice(-CHECKSUM_LENGTH) ? prefix : null;
  }
  return null;
}

/** Length of a user API token as Astra hands it out: base64 of `tut_` + 34. */
export const WRAPPED_USER_API_TOKEN_LENGTH = Math.ceil((CREDENTIAL_PREFIXES.userApiToken.length + RANDOM_LENGTH + CHECKSUM_LENGTH) / 3) * 4;
const BASE64_RE = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * The credential a presented string stands for: a well-formed credential as it is, or a user API
 * token in the base64 form Astra hands out, unwrapped. Null otherwise. The verifier calls this on
 * every cache miss, so it allocates nothing beyond the decoded string.
 */
export function unwrapCredential(token: string): string | null {
  if (parseCredential(token) !== null) return token;
  if (token.length === WRAPPED_USER_API_TOKEN_LENGTH && BASE64_RE.test(token)) {
    const decoded = Buffer.from(token, 'base64').toString('latin1');
    if (parseCredential(decoded) === CREDENTIAL_PREFIXES.userApiToken) return decoded;
  }
  return null;
}

/**
 * What a secret scanner (GitHub's secret scanning partner program) is told to look for: one
 * entry per form a Tessera secret takes, with its token type name and regular expression. The
 * README's table lists exactly these, and a test matches them against freshly issued secrets.
 */
export const SECRET_SCANNING_PATTERNS = [
  { type: 'tessera_sandbox_api_key', regex: `${CREDENTIAL_PREFIXES.apiKeySandbox}[0-9A-Za-z]{${RANDOM_LENGTH + CHECKSUM_LENGTH}}` },
  { type: 'tessera_production_api_key', regex: `${CREDENTIAL_PREFIXES.apiKeyProduction}[0-9A-Za-z]{${RANDOM_LENGTH + CHECKSUM_LENGTH}}` },
  { type: 'tessera_personal_access_token', regex: `${CREDENTIAL_PREFIXES.personalAccessToken}[0-9A-Za-z]{${RANDOM_LENGTH + CHECKSUM_LENGTH}}` },
  { type: 'tessera_user_api_token', regex: `${CREDENTIAL_PREFIXES.userApiToken}[0-9A-Za-z]{${RANDOM_LENGTH + CHECKSUM_LENGTH}}` },
  // base64 of `tut_…` (38 bytes): `dHV0X` is `tut_`'s encoding, then 46 characters and one `=`.
  { type: 'tessera_user_api_token_base64', regex: `dHV0X[0-9A-Za-z+/]{${WRAPPED_USER_API_TOKEN_LENGTH - 6}}=` },
] as const;

/** The non-secret part shown in listings: the kind prefix plus the first random characters. */
export function displayPrefix(token: string, prefix: CredentialPrefix): string {
  return token.slice(0, prefix.length + DISPLAY_SUFFIX_LENGTH);
}

/** Webhook signing secret: `whsec_` + 30 random + 6 checksum, base64-decodable after the prefix. */
export function generateWebhookSecret(): string {
  const body = 'whsec_' + randomBase62(30);
  return body + checksum6(body);
}
