/**
 * The outbound HTTP client of webhook deliveries (undici). One POST per
 * attempt: 10 s for the whole exchange, redirects never followed (a 3xx is a
 * failure), at most 64 KiB of the response read and its first 1 KiB kept.
 * Unless private targets are allowed, the address is checked where the socket
 * is opened: IP literals and local names before connecting, other names in the
 * `lookup` the socket uses, so the address connected to is the address checked
 * (a name that answers public at save time and private now reaches nothing).
 */
import dns, { type LookupAddress, type LookupOptions } from 'node:dns';
import net from 'node:net';
import { Agent, request } from 'undici';
import type { OutboundResult, ResolveHost, WebhookTransport } from './ports.js';
import { addressProblem, hostProblem } from './url-safety.js';

export const DELIVERY_TIMEOUT_MS = 10_000;
const EXCERPT_BYTES = 1024;
const MAX_READ_BYTES = 64 * 1024;

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

class UnsafeAddressError extends Error {
  readonly code = 'EUNSAFEADDRESS';
}

/** Every address a host name resolves to (the save-time check, and the sockets' lookup). */
export const resolveHost: ResolveHost = async (hostname) => (await dns.promises.lookup(hostname, { all: true })).map((a) => a.address);

/**
 * A socket `lookup` answering from `resolve`; unless private targets are
 * allowed, a name is refused if any of its addresses is not public (one bad
 * answer among good ones is a rebinding attempt, not a fallback).
 */
function pinnedLookup(resolve: ResolveHost, allowPrivate: boolean) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    resolve(hostname).then(
      (found) => {
        if (!allowPrivate) {
          for (const address of found) {
            const problem = addressProblem(address);
            if (problem) return callback(new UnsafeAddressError(`${hostname} resolves to ${problem} (${address})`), []);
          }
        }
        const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : options.family || 0;
        const addresses = found.map((address) => ({ address, family: net.isIP(address) })).filter((a) => a.family !== 0 && (family === 0 || a.family === family));
        const first = addresses[0];
        if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), []);
        if (options.all) return callback(null, addresses);
        callback(null, first.address, first.family);
      },
      (err: NodeJS.ErrnoException) => callback(err, []),
    );
  };
}

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

export interface HttpTransportOptions {
  allowPrivate: boolean;
  timeoutMs?: number;
  /** Answers the sockets' name lookups (default: the system resolver); tests inject their own DNS. */
  resolve?: ResolveHost;
  /** Kept-alive connections per receiver (origin); match the deliveries' gate, so no request queues in the client. */
  connections?: number;
}

export function createHttpTransport(opts: HttpTransportOptions): HttpTransport {
  const timeoutMs = opts.timeoutMs ?? DELIVERY_TIMEOUT_MS;
  const agent = new Agent({
    keepAliveTimeout: 4_000,
    connections: opts.connections ?? 16,
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
    connect: { timeout: timeoutMs, lookup: pinnedLookup(opts.resolve ?? resolveHost, opts.allowPrivate) },
  });

  async function send(req: { url: string; headers: Record<string, string>; body: string }): Promise<OutboundResult> {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const url = new URL(req.url);
    // Sockets skip `lookup` for IP literals: they (and local names) are checked here, as when the URL was saved.
    const problem = opts.allowPrivate ? null : hostProblem(url.hostname);
    if (problem) return { statusCode: null, latencyMs: 0, excerpt: null, error: `EUNSAFEADDRESS: ${url.hostname} is ${problem}` };
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
