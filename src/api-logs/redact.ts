/**
 * What keeps secrets out of everything Tessera keeps (API logs, stored
 * idempotent responses): values under secret-named keys become `[REDACTED]`,
 * anything shaped like a Tessera credential, a webhook secret, an admin token
 * or a JWT is cut out of every string (keys included), the Authorization
 * header is masked, and params are capped at 16 KiB.
 */
import { sliceText, toSafeText } from '../core/safe-text.js';
import { CREDENTIAL_RE } from '../credentials/index.js';

export const REDACTED = '[REDACTED]';
export const TRUNCATED = '[TRUNCATED]';
/** Cap of `get-params` and `post-params` each, as JSON (connect-api.md §9). */
export const MAX_PARAMS_BYTES = 16 * 1024;
const MAX_STRING = 4096;
const MAX_DEPTH = 16;
const MAX_HEADER = 1024;

const SECRET_PATTERNS = [
  // CREDENTIAL_RE without its word boundaries, so `x_tsk_…` or a glued suffix is caught too.
  new RegExp(CREDENTIAL_RE.source.replaceAll('\\b', ''), 'g'),
  // Truncated or over-long credentials still give most of a secret away.
  /(?:tsk_(?:sandbox|production)_|tpat_|tut_)[0-9A-Za-z]{16,}/g,
  // A user API token as the Astra surface hands it out (base64 of `tut_…`).
  /dHV0X[0-9A-Za-z+/=]{20,}/g,
  /whsec_[0-9A-Za-z+/=]{8,}/g,
  /tadm_[0-9A-Za-z_-]{8,}/g,
  // A compact JWS (login sessions): base64url JSON header and payload, each starting `{"`, then a signature.
  /eyJ[0-9A-Za-z_-]+\.eyJ[0-9A-Za-z_-]+\.[0-9A-Za-z_-]{16,}/g,
];

/** Keys whose values are secrets whatever they hold (compared lower-case, without `-`, `_`, spaces). */
const SECRET_KEYS = new Set(['value', 'secret', 'secrets', 'password', 'passwd', 'token', 'tokens', 'authorization', 'cookie', 'apikey', 'customhttpheaders']);
const SECRET_SUFFIXES = ['secret', 'password', 'accesstoken', 'refreshtoken', 'authtoken', 'idtoken', 'bearertoken', 'apikey', 'privatekey'];

function normalizeKey(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Whether a value under `key` is a secret by its name alone (`value`, `client_secret`, `accessToken`, …). */
export function isSecretKey(key: string): boolean {
  const k = normalizeKey(key);
  return SECRET_KEYS.has(k) || SECRET_SUFFIXES.some((s) => k.endsWith(s));
}

/** A literal every one of SECRET_PATTERNS holds: a string without any is decided by this one scan. */
const SECRET_HINT = /tsk_|tpat_|tut_|dHV0X|whsec_|tadm_|eyJ/;

/**
 * `s` with every credential-shaped substring replaced by `[REDACTED]`, and
 * storable: a NUL or a lone surrogate (U+FFFD instead) would make PostgreSQL
 * refuse the API log row, and with it the batch of other requests' rows.
 */
export function redactString(value: string): string {
  const s = toSafeText(value);
  if (!SECRET_HINT.test(s)) return s;
  let out = s;
  for (const re of SECRET_PATTERNS) {
    re.lastIndex = 0;
    if (re.test(out)) {
      re.lastIndex = 0;
      out = out.replace(re, REDACTED);
    }
  }
  return out;
}

function redactValue(value: unknown, depth: number): unknown {
  if (typeof value === 'string') {
    const s = redactString(value);
    return s.length > MAX_STRING ? sliceText(s, MAX_STRING) + TRUNCATED : s;
  }
  if (value === null || typeof value !== 'object') return typeof value === 'number' || typeof value === 'boolean' ? value : null;
  if (depth >= MAX_DEPTH) return TRUNCATED;
  if (Array.isArray(value)) return value.map((v) => redactValue(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[redactString(k)] = isSecretKey(k) ? REDACTED : redactValue(v, depth + 1);
  }
  return out;
}

/**
 * Redacted, capped params as a plain object. Non-objects (a JSON array or
 * scalar body) are kept under `_json`; a result over 16 KiB is replaced by a
 * note of its size, so a log row stays small whatever the request was.
 */
export function redactParams(value: unknown, maxBytes = MAX_PARAMS_BYTES): Record<string, unknown> {
  if (value === undefined || value === null) return {};
  const redacted = redactValue(value, 0);
  const obj =
    typeof redacted === 'object' && redacted !== null && !Array.isArray(redacted) ? (redacted as Record<string, unknown>) : { _json: redacted };
  const size = Buffer.byteLength(JSON.stringify(obj));
  return size > maxBytes ? { [TRUNCATED]: `${size} bytes exceed the ${maxBytes}-byte limit` } : obj;
}

/**
 * A response body with its secrets blanked, shape kept: string values under
 * secret-named keys and credential-shaped strings become `[REDACTED]`. For
 * copies of a body kept after the one response that may show a secret
 * (idempotent replays).
 */
export function redactSecrets(value: unknown): unknown {
  if (typeof value === 'string') return redactString(value);
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = typeof v === 'string' && isSecretKey(k) ? REDACTED : redactSecrets(v);
  return out;
}

/**
 * The copy of a response body that may be kept at rest (a stored idempotent
 * response, replayed for 24 hours). Every body loses its credential-shaped
 * strings and JWTs, whatever route sent it; a body marked as carrying a
 * secret (sent with `Cache-Control: no-store`) also loses every string under
 * a secret-named key (`value`, `token`, `accessToken`, `secret`, …), shape
 * kept, so a replay shows `[REDACTED]` where the secret was. A marked body
 * that is not JSON is not kept at all: nothing says where its secret is.
 */
export function redactKeptBody(body: string, carriesSecret: boolean): string {
  if (!carriesSecret) return redactString(body);
  try {
    return JSON.stringify(redactSecrets(JSON.parse(body)));
  } catch {
    return '';
  }
}

const CREDENTIAL_HEAD = /^((?:tsk_(?:sandbox|production)_|tpat_|tut_)[0-9A-Za-z]{4})[0-9A-Za-z]{30}$/;

/**
 * The Authorization header as logged: the scheme, and for a Tessera
 * credential only its non-secret display prefix (`Bearer tsk_sandbox_AbCd****`).
 */
export function maskAuthorization(header: string): string {
  const trimmed = header.trim();
  const space = trimmed.indexOf(' ');
  const scheme = space > 0 && space <= 20 ? trimmed.slice(0, space) : '';
  const credential = scheme ? trimmed.slice(space + 1).trim() : trimmed;
  const head = CREDENTIAL_HEAD.exec(credential)?.[1];
  const masked = head ? `${head}****` : '****';
  return scheme ? `${redactString(scheme)} ${masked}` : masked;
}

/** A header value as logged: credential-shaped parts cut out, capped. */
export function redactHeader(value: string): string {
  const s = redactString(value);
  return s.length > MAX_HEADER ? sliceText(s, MAX_HEADER) + TRUNCATED : s;
}
