/**
 * Issue 11, defect 6: a client that sends its headers or body a byte at a time
 * must not hold a socket forever. With a 1 s request timeout the server answers
 * 408 and closes; 60 such sockets are all closed. Raw TCP, since inject() has no socket.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createTestApp, type TestApp } from '../harness.js';

let t: TestApp;
let port: number;
let apiKey: string;

beforeAll(async () => {
  t = await createTestApp({ env: { TESSERA_REQUEST_TIMEOUT_MS: '1000', TESSERA_HEADERS_TIMEOUT_MS: '1000' } });
  apiKey = (await createOrg(t)).apiKey;
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  port = (t.app.server.address() as net.AddressInfo).port;
});

afterAll(async () => {
  await t.app.close();
});

interface SlowSocket {
  /** Everything the server sent. */
  received(): string;
  /** Resolves when the server has closed the connection. */
  closed: Promise<void>;
  /** Stops the trickle. */
  stop(): void;
}

/** Sends `head` at once, then `trickle` one byte every 200 ms until stopped or closed. */
function slowSocket(head: string, trickle: string): Promise<SlowSocket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let received = '';
    let timer: NodeJS.Timeout | undefined;
    socket.setEncoding('utf8').on('data', (s: string) => (received += s));
    socket.on('error', () => undefined); // a reset after the 408 is also "closed"
    const closed = new Promise<void>((r) => socket.once('close', () => (clearInterval(timer), r())));
    socket.once('connect', () => {
      socket.write(head);
      let i = 0;
      timer = setInterval(() => {
        if (socket.writable) socket.write(trickle[i++ % trickle.length]!);
      }, 200);
      resolve({ received: () => received, closed, stop: () => (clearInterval(timer), socket.destroy()) });
    });
    socket.once('error', reject);
  });
}

/** Fails the test instead of hanging if the server never closes. */
function within<T>(ms: number, what: string, p: Promise<T>): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`not within ${ms} ms: ${what}`)), ms))]);
}

const BODY = JSON.stringify({ data: { attributes: { name: 'slow' } } });

describe('slow clients', () => {
  it('a body that trickles in gets 408 and a closed connection', async () => {
    const s = await slowSocket(
      `POST /api/v1/api-keys HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${apiKey}\r\nContent-Type: application/json\r\nContent-Length: ${BODY.length + 1000}\r\n\r\n`,
      BODY,
    );
    await within(10_000, 'the server closes the slow body', s.closed);
    expect(s.received()).toMatch(/^HTTP\/1\.1 408 /);
    expect(s.received()).toContain('Connection: close');
    expect(s.received()).toContain('"statusCode":408');
  }, 20_000);

  it('headers that trickle in get 408 and a closed connection', async () => {
    const s = await slowSocket('GET /healthz HTTP/1.1\r\nHost: x\r\n', 'X-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n');
    await within(10_000, 'the server closes the slow headers', s.closed);
    expect(s.received()).toMatch(/^HTTP\/1\.1 408 /);
  }, 20_000);

  it('60 slow sockets are all closed, and the server still answers others', async () => {
    const sockets = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        i % 2
          ? slowSocket(`POST /api/v1/api-keys HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${apiKey}\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n`, BODY)
          : slowSocket('GET /healthz HTTP/1.1\r\nHost: x\r\n', 'X-Slow: a\r\n'),
      ),
    );
    try {
      await within(15_000, 'all 60 slow sockets closed', Promise.all(sockets.map((s) => s.closed)));
      for (const s of sockets) expect(s.received()).toMatch(/^HTTP\/1\.1 408 /);
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(res.status).toBe(200);
    } finally {
      for (const s of sockets) s.stop();
    }
  }, 30_000);

  it('a request already answered (401 before its body arrived) gets no second status line, only a close', async () => {
    const s = await slowSocket(`POST /api/v1/api-keys HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n`, BODY);
    await within(10_000, 'the server closes the slow body', s.closed);
    expect(s.received()).toMatch(/^HTTP\/1\.1 401 /);
    expect(s.received().match(/HTTP\/1\.1 \d{3} /g)).toHaveLength(1);
  }, 20_000);

  it('a request that arrives in time is served as before', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/api-keys`, {
      method: 'POST',
      headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
      body: BODY,
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('connection')).toBe('keep-alive');
    const small = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(small.headers.get('connection')).toBe('keep-alive');
  });
});
