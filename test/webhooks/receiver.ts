/**
 * A real HTTP receiver for webhook tests (node:http on 127.0.0.1). Every
 * request is checked with independent verifiers: the `standardwebhooks`
 * package for `webhook-id`/`webhook-timestamp`/`webhook-signature`, and a
 * small HMAC check of `Persona-Signature` written here from connect-api.md §6
 * (not from Tessera's code), and for Ed25519 webhooks the Standard Webhooks
 * `v1a` signatures, checked with node:crypto from the `whpk_` public keys
 * alone. The secrets and public keys it accepts can change mid-test, and
 * it can answer with any status, hang, or go down and come back on its port.
 */
import { createHmac, createPublicKey, timingSafeEqual, verify } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterAll } from 'vitest';

export interface Received {
  at: number;
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** Which accepted secrets verified each scheme (indexes into the secrets at arrival). */
  standardVerifiedBy: string[];
  personaVerifiedBy: string[];
  /** Which accepted public keys (`whpk_…`) verified a `v1a` signature. */
  v1aVerifiedBy: string[];
  /** Set when a verification failed: the test then fails on `assertAllVerified`. */
  problems: string[];
  status: number;
}

export type Responder = (r: Received) => number | 'hang' | Promise<number | 'hang'>;

/** The `v1` signatures of a Persona-Signature header that match `secret` (t=…,v1=… sets, space-separated). */
export function personaSignatureMatches(header: string, secret: string, body: string): boolean {
  for (const set of header.split(' ')) {
    const parts = Object.fromEntries(set.split(',').map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));
    if (!parts.t || !parts.v1) continue;
    const expected = createHmac('sha256', secret).update(`${parts.t}.${body}`).digest();
    const given = Buffer.from(parts.v1, 'hex');
    if (given.length === expected.length && timingSafeEqual(given, expected)) return true;
  }
  return false;
}

/**
 * Whether a `v1a,<base64>` entry of a `webhook-signature` header is an Ed25519 signature of
 * `<webhook-id>.<webhook-timestamp>.<body>` by `publicKey` (`whpk_` + base64 of the raw 32 bytes).
 */
export function v1aSignatureMatches(headers: http.IncomingHttpHeaders, publicKey: string, body: string): boolean {
  const raw = Buffer.from(publicKey.slice('whpk_'.length), 'base64');
  const key = createPublicKey({ format: 'jwk', key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') } });
  const content = Buffer.from(`${String(headers['webhook-id'])}.${String(headers['webhook-timestamp'])}.${body}`);
  return String(headers['webhook-signature'] ?? '')
    .split(' ')
    .filter((s) => s.startsWith('v1a,'))
    .some((s) => verify(null, content, key, Buffer.from(s.slice(4), 'base64')));
}

export class Receiver {
  readonly received: Received[] = [];
  secrets: string[] = [];
  /** Ed25519 public keys (`whpk_…`) whose `v1a` signatures are accepted. */
  publicKeys: string[] = [];
  respond: Responder = () => 200;
  private server: http.Server;
  private hanging = new Set<http.ServerResponse>();
  port = 0;

  private constructor() {
    this.server = this.makeServer();
  }

  static async start(): Promise<Receiver> {
    const r = new Receiver();
    await r.listen(0);
    afterAll(() => r.close());
    return r;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/hooks`;
  }

  private makeServer(): http.Server {
    return http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => void this.handle(req, res, Buffer.concat(chunks).toString('utf8')));
    });
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse, body: string) {
    const r: Received = {
      at: Date.now(),
      method: req.method ?? '',
      path: req.url ?? '',
      headers: req.headers,
      body,
      standardVerifiedBy: [],
      personaVerifiedBy: [],
      v1aVerifiedBy: [],
      problems: [],
      status: 0,
    };
    for (const secret of this.secrets) {
      try {
        new Webhook(secret).verify(body, req.headers as Record<string, string>);
        r.standardVerifiedBy.push(secret);
      } catch {
        /* not signed with this secret */
      }
      if (personaSignatureMatches(String(req.headers['persona-signature'] ?? ''), secret, body)) r.personaVerifiedBy.push(secret);
    }
    for (const publicKey of this.publicKeys) if (v1aSignatureMatches(req.headers, publicKey, body)) r.v1aVerifiedBy.push(publicKey);
    if (r.standardVerifiedBy.length === 0 && r.v1aVerifiedBy.length === 0) r.problems.push('no accepted secret or public key verifies the Standard Webhooks signature');
    // Persona's scheme is HMAC only: a delivery signed by Ed25519 keys alone carries none.
    const ed25519Only = r.v1aVerifiedBy.length > 0 && req.headers['persona-signature'] === undefined;
    if (r.personaVerifiedBy.length === 0 && !ed25519Only) r.problems.push('no accepted secret verifies Persona-Signature');
    this.received.push(r);
    const answer = await this.respond(r);
    if (answer === 'hang') {
      this.hanging.add(res);
      return;
    }
    r.status = answer;
    res.writeHead(answer, { 'content-type': 'text/plain' }).end(`answered ${answer}`);
  }

  private listen(port: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => {
        this.port = (this.server.address() as AddressInfo).port;
        resolve();
      });
    });
  }

  /** Stops listening: connections are refused until `up()`. */
  async down(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.hanging.clear();
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  /** Listens again on the same port. */
  async up(): Promise<void> {
    this.server = this.makeServer();
    await this.listen(this.port);
  }

  async close(): Promise<void> {
    if (this.server.listening) await this.down();
  }

  /** Every request verified with both schemes. */
  problems(): string[] {
    return this.received.flatMap((r, i) => r.problems.map((p) => `request ${i + 1}: ${p}`));
  }
}
