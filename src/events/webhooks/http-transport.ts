/**
 * The outbound HTTP client of webhook deliveries (undici). One POST per
 * attempt: 10 s for the whole exchange, redirects never followed (a 3xx is a
 * failure), at most 64 KiB of the response read and its first 1 KiB kept.
 * Unless private targets are allowed, the address is checked where the socket
 * is opened: IP literals before connecting, names in the `lookup` the socket
 * uses, so the address connected to is the address checked (no rebinding).
 */
import dns, { type LookupAddress, type LookupOptions } from 'node:dns';
import ipaddr from 'ipaddr.js';
import { Agent, request } from 'undici';
import type { OutboundResult, ResolveHost, WebhookTransport } from './ports.js';
import { addressProblem } from './url-safety.js';

export const DELIVERY_TIMEOUT_MS = 10_000;
const EXCERPT_BYTES = 1024;
const MAX_READ_BYTES = 64 * 1024;

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

class UnsafeAddressError extends Error {
  readonly code = 'EUNSAFEADDRESS';
}

/** A `lookup` for sockets that refuses a name if any of its addresses is not public. */
function safeLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, []);
    for (const a of addresses) {
      const problem = addressProblem(a.address);
      if (problem) return callback(new UnsafeAddressError(`${hostname} resolves to ${problem} (${a.address})`), []);
    }
    if (options.all) return callback(null, addresses);
    const first = addresses[0];
    if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), []);
    callback(null, first.address, first.family);
  });
}

/** Every address a host name resolves to (the create-time check). */
export const resolveHost: ResolveHost = async (hostname) => (await dns.promises.lookup(hostname, { all: true })).map((a) => a.address);

function describe(error: unknown, timedOut: boolean): string {
  if (timedOut) return `timed out after ${DELIVERY_TIMEOUT_MS / 1000} s`;
  const e = error as { code?: string; message?: string; cause?: { code?: string; message?: string } };
  const inner = e.cause && (e.cause.code || e.cause.message) ? e.cause : e;
  const text = [inner.code, inner.message].filter(Boolean).join(': ');
  return (text || String(error)).replaceAll('\u0000', '').slice(0, 500);
}

export interface HttpTransport {
  send: WebhookTransport;
  close(): Promise<void>;
}

export function createHttpTransport(opts: { allowPrivate: boolean; timeoutMs?: number }): HttpTransport {
  const timeoutMs = opts.timeoutMs ?? DELIVERY_TIMEOUT_MS;
  const agent = new Agent({
    keepAliveTimeout: 4_000,
    connections: 16,
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
    connect: { timeout: timeoutMs, ...(opts.allowPrivate ? {} : { lookup: safeLookup }) },
  });

  async function send(req: { url: string; headers: Record<string, string>; body: string }): Promise<OutboundResult> {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const url = new URL(req.url);
    const literal = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
    // Sockets skip `lookup` for IP literals: check them here.
    if (!opts.allowPrivate && ipaddr.isValid(literal)) {
      const problem = addressProblem(literal);
      if (problem) return { statusCode: null, latencyMs: 0, excerpt: null, error: `EUNSAFEADDRESS: ${literal} is ${problem}` };
    }
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      const res = await request(url, { dispatcher: agent, method: 'POST', headers: req.headers, body: req.body, signal });
      const chunks: Buffer[] = [];
      let read = 0;
      for await (const chunk of res.body as AsyncIterable<Buffer>) {
        if (read < EXCERPT_BYTES) chunks.push(chunk);
        read += chunk.length;
        if (read >= MAX_READ_BYTES) {
          res.body.destroy();
          break;
        }
      }
      // Stored as text: PostgreSQL refuses NUL characters, which a binary response may hold.
      const excerpt = Buffer.concat(chunks).subarray(0, EXCERPT_BYTES).toString('utf8').replaceAll('\u0000', '');
      const ok = res.statusCode >= 200 && res.statusCode < 300;
      const error = ok ? null : res.statusCode >= 300 && res.statusCode < 400 ? `redirect (${res.statusCode}) not followed` : `HTTP ${res.statusCode}`;
      return { statusCode: res.statusCode, latencyMs: elapsed(), excerpt, error };
    } catch (error) {
      return { statusCode: null, latencyMs: elapsed(), excerpt: null, error: describe(error, signal.aborted) };
    }
  }

  return { send, close: () => agent.close() };
}
