/** Waiting on a share token's redemption, which the destination starts and a worker finishes. */
import type { TesseraClient } from './client.js';
import { TesseraApiError } from './errors.js';
import type { ShareTokenStatus } from './jsonapi.js';
import type { Answer } from './types.js';
import { unwrap } from './unwrap.js';

/** `GET /api/v1/connect/share-tokens/{id}`'s answer: the token, and `included` when asked for. */
export type ShareTokenDocument = Answer<'/api/v1/connect/share-tokens/{id}', 'get'>;

export interface WaitOptions {
  /** Give up after this many milliseconds (default 60 000). */
  timeoutMs?: number;
  /** Poll this often (default 500 ms). */
  intervalMs?: number;
  /** Called with every status read, e.g. to draw progress. */
  onStatus?: (status: ShareTokenStatus) => void;
  /** Stops waiting early. */
  signal?: AbortSignal;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });

/** Reads one share token through Connect. */
export async function getShareToken(client: TesseraClient, id: string): Promise<ShareTokenDocument> {
  return unwrap(client.connect.GET('/api/v1/connect/share-tokens/{id}', { params: { path: { id } } }));
}

/**
 * Polls a share token until it is `redeemed`. A token that ends `failed` or
 * `expired` throws a TesseraApiError (status 422, code `SHARE_TOKEN_<STATUS>`,
 * the failure reason as detail); running out of time throws one with code
 * `TIMEOUT` (status 0).
 *
 * @example
 * const redeemed = await waitForShareTokenRedeemed(tessera, 'cnst_…', { timeoutMs: 30_000 });
 * console.log(redeemed.data.attributes['redeemed-at']);
 */
export async function waitForShareTokenRedeemed(client: TesseraClient, id: string, options: WaitOptions = {}): Promise<ShareTokenDocument> {
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    const token = await getShareToken(client, id);
    const { status } = token.data.attributes;
    // Optional in the type only for sparse fieldsets, which this read does not ask for.
    if (status === undefined) throw new TypeError(`share token ${id} was answered without its status`);
    options.onStatus?.(status);
    if (status === 'redeemed') return token;
    if (status === 'failed' || status === 'expired') {
      throw new TesseraApiError({
        status: 422,
        code: `SHARE_TOKEN_${status.toUpperCase()}`,
        title: `Share token ${status}`,
        detail: token.data.attributes['failure-reason'] ?? `share token ${id} is ${status}`,
        requestId: null,
        body: token,
      });
    }
    if (Date.now() >= deadline) {
      throw new TesseraApiError({ status: 0, code: 'TIMEOUT', title: 'Timed out', detail: `share token ${id} is still ${status}`, requestId: null, body: token });
    }
    await sleep(Math.min(options.intervalMs ?? 500, Math.max(0, deadline - Date.now())), options.signal);
  }
}
