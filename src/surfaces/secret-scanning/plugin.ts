/**
 * `POST /secret-scanning/v1/github` (issue 14): GitHub's secret scanning
 * partner program reports Tessera secrets it found in public. No credential:
 * the request is authenticated by GitHub's ECDSA P-256 signature of the raw
 * body (`Github-Public-Key-Signature`, base64 DER) with the public key named
 * by `Github-Public-Key-Identifier`, from `TESSERA_SECRET_SCANNING_KEYS`.
 * Without that setting the route answers 404; a missing or bad signature is a
 * 401 before the body is parsed, and nothing is done. The signature is checked
 * in this scope's JSON parser, the one place the raw bytes exist. Bad
 * signatures count as failed authentications of the client address, like a
 * wrong credential on any surface: past `TESSERA_AUTH_FAILURE_LIMIT` a minute
 * they answer 429 with Retry-After, while well-signed reports still pass.
 *
 * The API log records the request like any other; its row is attributed to
 * the organization (and environment) of the live credentials reported when
 * they all belong to one, so the owner sees the report in its log. The body
 * is stored redacted (the `token` values never).
 */
import { timingSafeEqual, verify } from 'node:crypto';
import http from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app-deps.js';
import type { SecretScanningKey } from '../../config/index.js';
import type { Actor } from '../../core/actor.js';
import { AppError, isAppError } from '../../core/errors.js';
import { reportLeakedSecrets, type LeakVerdict } from '../../credentials/index.js';
import { countFailure, failureBackoff } from '../../http/authenticate.js';
import { httpStatusOf } from '../../http/error-status.js';
import { JSON_CONTENT_TYPE, parseStrictJson } from '../../http/json-parser.js';
import { logServerError, unavailableAsAppError } from '../../http/unavailable.js';
import { databaseInputAsAppError } from '../../http/database-input.js';
import { typed } from '../../http/typed.js';
import { LeakAnswer, LeakReportBody, SignatureHeaders } from './schemas.js';

const KEY_ID_HEADER = 'github-public-key-identifier';
const SIGNATURE_HEADER = 'github-public-key-signature';

const plain = (description: string, headers?: Record<string, unknown>) => ({ description, $ref: 'PlainError#', ...(headers ? { headers } : {}) });
const RETRY_AFTER = { 'Retry-After': { type: 'integer', description: 'Seconds to wait before retrying' } };
const RESPONSES = {
  200: LeakAnswer,
  400: plain('The body is not a JSON array of reports, or a header holds NUL or a lone surrogate'),
  401: plain('`Github-Public-Key-Identifier` or `Github-Public-Key-Signature` missing, naming no configured key, or not a valid signature of the raw body: nothing is done'),
  404: plain('`TESSERA_SECRET_SCANNING_KEYS` is not set: the server takes no reports'),
  408: plain('The request did not arrive within the request timeout'),
  413: plain('The body is larger than 1 MiB'),
  429: plain('Too many reports with a bad or missing signature from this address this minute (`TESSERA_AUTH_FAILURE_LIMIT`); well-signed ones still pass', RETRY_AFTER),
  415: plain('The body is not JSON'),
  500: plain('Unexpected error; the message names the Request-Id'),
  503: plain('The database does not answer; nothing was done', RETRY_AFTER),
} as const;

/** Whether `signature` (base64 DER) is the ECDSA P-256 SHA-256 signature of `body` by the key named `keyId`. */
export function reportSignatureValid(keys: readonly SecretScanningKey[], keyId: string, signature: string, body: Buffer): boolean {
  // A constant-time match of the identifier costs nothing and tells a prober nothing about the configured ones.
  const key = keys.find((k) => k.keyIdentifier.length === keyId.length && timingSafeEqual(Buffer.from(k.keyIdentifier), Buffer.from(keyId)));
  if (!key || !/^[A-Za-z0-9+/]+={0,2}$/.test(signature)) return false;
  try {
    return verify('sha256', body, { key: key.pem, dsaEncoding: 'der' }, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

const unauthenticated = () => new AppError('UNAUTHENTICATED', 'The report is not signed by a configured secret scanning key');
const throttled = (retryAfter: number) =>
  new AppError('RATE_LIMITED', `Too many badly signed reports from this address; try again in ${retryAfter} s`, { retryAfter });

/**
 * The API log's attribution: the one organization (and environment, when the live credentials
 * reported share one) that owns everything live in the report; none when it spans several.
 */
function attribution(verdicts: LeakVerdict[]): Actor | null {
  const owners = verdicts.flatMap((v) => (v.owner ? [v.owner] : []));
  const organizationId = owners[0]?.organizationId;
  if (!organizationId || owners.some((o) => o.organizationId !== organizationId)) return null;
  const environmentId = owners.every((o) => o.environmentId !== null && o.environmentId === owners[0]!.environmentId) ? owners[0]!.environmentId : null;
  return {
    organizationId,
    environmentId,
    environmentKind: null,
    userId: null,
    credentialId: null,
    credentialKind: 'admin',
    permissions: new Set(),
    apiVersion: null,
    keyInflection: null,
    ipAllowlist: ['*'],
    attributesBlocklist: [],
    rateLimitPerMinute: null,
  };
}

export async function secretScanningSurface(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const keys = deps.config.secretScanningKeys;

  app.addHook('onRequest', async (req) => {
    if (!keys) throw new AppError('NOT_FOUND', 'This server takes no secret scanning reports (TESSERA_SECRET_SCANNING_KEYS is not set)');
    // No signature at all: refused before the body is read (not counted, as it costs nothing, but refused as throttled past the limit).
    if (!req.headers[KEY_ID_HEADER] || !req.headers[SIGNATURE_HEADER]) {
      const backoff = await failureBackoff(deps, 'secret-scanning', req.ip);
      throw backoff > 0 ? throttled(backoff) : unauthenticated();
    }
  });

  // The raw bytes are what GitHub signed: checked here, before they are parsed.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(JSON_CONTENT_TYPE, { parseAs: 'buffer' }, async (req: FastifyRequest, body: Buffer) => {
    const keyId = String(req.headers[KEY_ID_HEADER] ?? '');
    const signature = String(req.headers[SIGNATURE_HEADER] ?? '');
    if (!keys || !reportSignatureValid(keys, keyId, signature, body)) {
      const failure = await countFailure(deps, 'secret-scanning', req.ip, { reason: 'invalid' });
      throw failure.reason === 'throttled' ? throttled(failure.retryAfter) : unauthenticated();
    }
    return parseStrictJson(body.toString('utf8'));
  });

  app.setErrorHandler(async (thrown, req: FastifyRequest, reply: FastifyReply) => {
    const error = databaseInputAsAppError(unavailableAsAppError(thrown));
    let status = isAppError(error) ? httpStatusOf(error.code) : typeof (error as { statusCode?: unknown }).statusCode === 'number' ? (error as { statusCode: number }).statusCode : 500;
    // Fastify's own 4xx (a body that fails the schema, the wrong media type, too large) keep their status.
    if (![400, 401, 404, 408, 413, 415, 429, 503].includes(status) && status < 500) status = 400;
    if (status >= 500) logServerError(req.log, thrown);
    if (isAppError(error) && (error.code === 'UNAVAILABLE' || error.code === 'RATE_LIMITED')) reply.header('Retry-After', error.details.retryAfter);
    const message = status === 500 ? `Unexpected error; Request-Id ${req.requestId}` : (error as Error).message;
    return reply.code(status).type('application/json').send({ statusCode: status, error: http.STATUS_CODES[status] ?? 'Error', message });
  });

  typed(app).post(
    '/github',
    {
      schema: {
        summary: 'Leaked-secret report (GitHub secret scanning partner program)',
        description:
          'GitHub reports Tessera secrets found in public repositories, gists, issues and pull requests. Each live credential reported is revoked at once ' +
          '(unless its organization\'s `leaked-secret-action` is `notify`) and `<type>.leaked` is emitted with the reported `url` and `source`. ' +
          'Authenticated by GitHub\'s signature of the raw body, not by a credential.',
        headers: SignatureHeaders,
        body: LeakReportBody,
        response: RESPONSES,
      },
      config: { anonymous: true },
    },
    async (req) => {
      const reports = req.body.map((r) => ({ token: r.token, type: r.type, url: r.url ?? '', source: r.source ?? '' }));
      const verdicts = await reportLeakedSecrets({ ctx: { store: deps.store, secret: deps.secret, verifier: deps.verifier, clock: deps.clock }, input: { reports } });
      req.actor = attribution(verdicts);
      return verdicts.map((v) => ({ token_raw: v.report.token, token_type: v.report.type, label: v.live ? ('true_positive' as const) : ('false_positive' as const) }));
    },
  );
}
