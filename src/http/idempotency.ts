/**
 * `Idempotency-Key` on POST, shared by every surface (platform.md §3): the
 * first response (status, body, chosen headers) is stored for 24 hours and
 * replayed; the same key with another request → IDEMPOTENCY_MISMATCH; the same
 * key still in flight → IDEMPOTENCY_IN_FLIGHT; 401, 429 and 5xx are never
 * stored. Surfaces map those codes to their own error format.
 *
 * No secret is ever stored: finishIdempotency, the one writer of stored
 * responses, keeps only `redactKeptBody` of a body, so a replay shows
 * `[REDACTED]` where a new API key, token, JWT or webhook secret was. A route
 * marks a body carrying a secret with `Cache-Control: no-store` (see
 * carriesSecret); credential-shaped strings are cut out of every body anyway.
 */
import { createHash, createHmac } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from '../core/clock.js';
import { redactKeptBody } from '../api-logs/index.js';
import { AppError, badRequest } from '../core/errors.js';
import type { IdempotencyRepository } from './idempotency-port.js';
import { maybeAsyncHook } from './maybe-async-hook.js';

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
/**
 * A claim still in flight after this long belongs to a request that died (its process was killed,
 * or the database went away before the answer was stored): a retry may then run, rather than
 * answering 409 for a day. No live request takes this long: bodies arrive within the request
 * timeout and every statement within the database's query timeout (the lease idea of Stripe-style
 * idempotency keys).
 */
export const IDEMPOTENCY_IN_FLIGHT_TTL_MS = 90 * 1000;
export const IDEMPOTENCY_KEY_RE = /^[\x20-\x7e]{1,255}$/;

export interface IdempotencyClaim {
  scope: string;
  key: string;
}

export type IdempotencyStart =
  | { state: 'none' }
  | { state: 'claimed'; claim: IdempotencyClaim }
  | { state: 'replay'; status: number; headers: Record<string, string>; body: string };

/**
 * What identifies "the same request": method, url and body. Keyed with the
 * server secret when one is given, so a stored fingerprint reveals nothing
 * about the body (a login's password, say).
 */
export function requestFingerprint(req: Pick<FastifyRequest, 'method' | 'url' | 'body'>, key?: Buffer): string {
  const text = `${req.method} ${req.url}\n${JSON.stringify(req.body ?? null)}`;
  return (key ? createHmac('sha256', key) : createHash('sha256')).update(text).digest('base64url');
}

/** Claims `key` in `scope` for this request, or says what to replay; throws on a bad, reused or busy key. */
export async function beginIdempotency(
  deps: { store: IdempotencyRepository; clock: Clock },
  input: { scope: string; key: string; fingerprint: string },
): Promise<IdempotencyStart> {
  if (!IDEMPOTENCY_KEY_RE.test(input.key)) throw badRequest('Idempotency-Key must be 1 to 255 printable ASCII characters');
  const found = await deps.store.begin(input.scope, input.key, input.fingerprint, deps.clock.now(), IDEMPOTENCY_TTL_MS, IDEMPOTENCY_IN_FLIGHT_TTL_MS);
  if (found.state === 'new') return { state: 'claimed', claim: { scope: input.scope, key: input.key } };
  if (found.fingerprint !== input.fingerprint) {
    throw new AppError('IDEMPOTENCY_MISMATCH', 'Idempotency-Key was already used with a different request', { pointer: '/' });
  }
  if (found.state === 'in_flight') throw new AppError('IDEMPOTENCY_IN_FLIGHT', 'A request with this Idempotency-Key is still in progress');
  return { state: 'replay', status: found.status, headers: found.headers, body: found.body };
}

/** Whether a reply carries a secret: every route that shows one sends it with `Cache-Control: no-store`. */
export function carriesSecret(reply: Pick<FastifyReply, 'getHeader'>): boolean {
  return /\bno-store\b/i.test(String(reply.getHeader('cache-control') ?? ''));
}

/**
 * Stores the response of a claimed key with its secrets blanked (see
 * redactKeptBody), or forgets the claim when the response must not be kept.
 */
export async function finishIdempotency(
  store: IdempotencyRepository,
  claim: IdempotencyClaim,
  response: { status: number; headers: Record<string, string>; body: string; carriesSecret: boolean },
): Promise<void> {
  if (response.status === 401 || response.status === 429 || response.status >= 500) {
    await store.abandon(claim.scope, claim.key);
  } else {
    await store.finish(claim.scope, claim.key, response.status, response.headers, redactKeptBody(response.body, response.carriesSecret));
  }
}

export interface IdempotencyHookOptions {
  store: IdempotencyRepository;
  clock: Clock;
  /** Keys the fingerprint (see requestFingerprint). */
  secret?: Buffer;
  /** Whose keys these are (e.g. `v3:<user id>`); null: the request takes no key. */
  scope(req: FastifyRequest): string | null;
  /** Response headers stored and replayed besides the body, content-type and cache-control (lower case). */
  keepHeaders?: readonly string[];
}

const claims = new WeakMap<FastifyRequest, IdempotencyClaim>();

function header(req: FastifyRequest, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * Adds idempotency to every POST of a surface's scope: claimed after
 * authentication and validation (preHandler), stored when the response is sent.
 */
export function registerIdempotency(app: FastifyInstance, opts: IdempotencyHookOptions): void {
  const keep = [...new Set(['content-type', 'cache-control', ...(opts.keepHeaders ?? [])])];
  /** Claims the key, or replays the stored answer (the reply is then sent, and the route does not run). */
  async function claimOrReplay(req: FastifyRequest, reply: FastifyReply, scope: string, key: string): Promise<void> {
    const start = await beginIdempotency(opts, { scope, key, fingerprint: requestFingerprint(req, opts.secret) });
    if (start.state === 'claimed') {
      claims.set(req, start.claim);
      return;
    }
    if (start.state === 'replay') {
      for (const [name, value] of Object.entries(start.headers)) reply.header(name, value);
      reply.header('Idempotent-Replayed', 'true');
      // The stored body is already serialized.
      reply.serializer((p: unknown) => String(p));
      await reply.code(start.status).send(start.body);
    }
  }
  // Not async: a request without an Idempotency-Key (nearly all) costs no promise here.
  app.addHook(
    'preHandler',
    maybeAsyncHook((req, reply) => {
      const key = header(req, 'idempotency-key');
      if (req.method !== 'POST' || key === undefined) return;
      const scope = opts.scope(req);
      if (scope === null) return;
      return claimOrReplay(req, reply, scope, key);
    }),
  );
  app.addHook('onSend', (req, reply, payload, done) => {
    const claim = claims.get(req);
    if (!claim) {
      done(null, payload);
      return;
    }
    claims.delete(req);
    const headers: Record<string, string> = {};
    for (const name of keep) {
      const v = reply.getHeader(name);
      if (v !== undefined) headers[name] = Array.isArray(v) ? v.join(', ') : String(v);
    }
    const body = typeof payload === 'string' ? payload : String(payload ?? '');
    finishIdempotency(opts.store, claim, { status: reply.statusCode, headers, body, carriesSecret: carriesSecret(reply) }).then(
      () => done(null, payload),
      (error: unknown) => done(error as Error),
    );
  });
}
