/**
 * Text PostgreSQL cannot store is refused at the edge. `text` columns refuse
 * U+0000 and `jsonb` refuses both `\u0000` and a UTF-16 surrogate without its
 * pair, so one such character anywhere in a request would otherwise surface
 * as a database error (a 500) — or worse, poison a batch shared with other
 * requests. Bodies are checked as they are parsed (json-parser.ts, the OAuth
 * form parser); query strings and path parameters here, before any surface
 * sees them. A legitimate client never sends either.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, type ErrorCode } from '../core/errors.js';
import { isUnsafeText, toSafeText } from '../core/safe-text.js';

export { isUnsafeText, toSafeText };

/**
 * In JSON text, a NUL or a surrogate can only be written as a `\u` escape
 * (raw control characters are invalid JSON, and the UTF-8 decoder turns stray
 * bytes into U+FFFD): a body without one is decided by this one scan.
 */
const SUSPECT_JSON = /\\u(?:0000|[dD][89a-fA-F])/;

export function mayHoldUnsafeText(json: string): boolean {
  return SUSPECT_JSON.test(json);
}

const escapePointer = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** The JSON pointer of the first string (value or key) in `value` that holds unsafe text; null when none. */
export function findUnsafeText(value: unknown, pointer = ''): string | null {
  if (typeof value === 'string') return isUnsafeText(value) ? pointer || '/' : null;
  if (value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnsafeText(value[i], `${pointer}/${i}`);
      if (found !== null) return found;
    }
    return null;
  }
  for (const [key, child] of Object.entries(value)) {
    if (isUnsafeText(key)) return `${pointer}/${escapePointer(toSafeText(key))}`;
    const found = findUnsafeText(child, `${pointer}/${escapePointer(key)}`);
    if (found !== null) return found;
  }
  return null;
}

const REASON = 'must not contain NUL characters or unpaired UTF-16 surrogates';

/** The 400 for unsafe text at `pointer` of a request `part`, in the registry's codes (each surface formats it). */
export function unsafeTextError(part: 'body' | 'query' | 'path', pointer: string): AppError {
  const name = pointer.split('/').filter(Boolean).join('.') || part;
  const code: ErrorCode = part === 'query' ? 'INVALID_QUERY' : 'BAD_REQUEST';
  const where = part === 'body' ? name : `${part} parameter ${name}`;
  return new AppError(code, `${where} ${REASON}`, { pointer: part === 'query' ? name : pointer });
}

function unsafeValue(value: unknown): boolean {
  if (typeof value === 'string') return isUnsafeText(value);
  return Array.isArray(value) && value.some((v) => typeof v === 'string' && isUnsafeText(v));
}

function checkStrings(values: Record<string, unknown>, part: 'query' | 'path'): AppError | null {
  // for…in: no array per request, on a path every request takes.
  for (const key in values) {
    if (isUnsafeText(key) || unsafeValue(values[key])) return unsafeTextError(part, `/${escapePointer(toSafeText(key))}`);
  }
  return null;
}

/** The first unsafe query parameter or path parameter of `req`, as its 400. */
export function unsafeRequestText(req: FastifyRequest): AppError | null {
  // Most requests have no query string and few params: each check is a loop over a handful of short strings.
  const query = req.query;
  if (query && typeof query === 'object') {
    const bad = checkStrings(query as Record<string, unknown>, 'query');
    if (bad) return bad;
  }
  const params = req.params;
  if (params && typeof params === 'object') {
    const bad = checkStrings(params as Record<string, unknown>, 'path');
    if (bad) return bad;
  }
  // Headers need no check: Node's HTTP parser refuses a NUL in one (400 before any route), and
  // decodes header bytes as Latin-1, which has no surrogates. Only the API log keeps headers, made safe.
  return null;
}

/** Refuses unsafe text in query strings and path parameters of every route (bodies: their parsers). */
export function registerTextSafety(app: FastifyInstance): void {
  // A callback, not async: every request runs it, and it never waits.
  app.addHook('onRequest', (req, _reply, done) => {
    done(unsafeRequestText(req) ?? undefined);
  });
}
