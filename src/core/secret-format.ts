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

/** The non-secret part shown in listings: the kind prefix plus the first random characters. */
export function displayPrefix(token: string, prefix: CredentialPrefix): string {
  return token.slice(0, prefix.length + DISPLAY_SUFFIX_LENGTH);
}

/** Webhook signing secret: `whsec_` + 30 random + 6 checksum, base64-decodable after the prefix. */
export function generateWebhookSecret(): string {
  const body = 'whsec_' + randomBase62(30);
  return body + checksum6(body);
}
