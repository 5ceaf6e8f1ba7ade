/**
 * Webhook URL safety without private targets allowed (connect-api.md §6,
 * platform.md §4, issue 4): loopback, private, link-local and metadata
 * addresses are refused when the URL is set (422 with a pointer) and again at
 * connect time, after DNS resolution, so a URL whose host later resolves to a
 * private address (DNS rebinding) reaches nothing. Redirects are not followed,
 * responses are read only so far, and a silent receiver times out.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeId } from '../../src/core/ids.js';
import { createHttpTransport } from '../../src/events/index.js';
import { must, send } from '../fixtures/connect-objects.js';
import { createOrg, createTestApp, type TestApp, type TestOrg } from '../harness.js';
import { createHook, deliveries, newInquiry } from './helpers.js';
import { Receiver } from './receiver.js';

let t: TestApp;
let org: TestOrg;
let receiver: Receiver;

beforeAll(async () => {
  t = await createTestApp({ env: { TESSERA_RATE_LIMIT_PER_MINUTE: '100000' } });
  expect(t.config.webhookAllowPrivate).toBe(false);
  org = await createOrg(t);
  receiver = await Receiver.start();
});

const body = (url: string) => ({ data: { attributes: { name: 'unsafe', url, 'enabled-events': ['*'] } } });

describe('when a URL is set', () => {
  it.each([
    ['http://127.0.0.1:8080/hook', /loopback/],
    ['http://10.0.0.1/hook', /private/],
    ['http://169.254.169.254/latest/meta-data/', /link-local/],
    ['http://[::1]:8080/hook', /loopback/],
    ['http://localhost:8080/hook', /loopback/],
    ['http://100.64.1.1/hook', /CGNAT/],
    ['http://0.0.0.0/hook', /unspecified/],
    ['http://[fd00::1]/hook', /private/],
    ['http://[::127.0.0.1]/hook', /loopback/],
    ['http://[::a9fe:a9fe]/hook', /link-local/],
  ])('refuses %s with 422 and a pointer', async (url, reason) => {
    const res = await send(t, org.apiKey, 'POST', '/webhooks', { body: body(url) });
    expect(res.statusCode).toBe(422);
    const error = res.json().errors[0];
    expect(error).toMatchObject({ title: 'Unprocessable entity', source: { pointer: '/data/attributes/url' } });
    expect(error.details).toMatch(reason);
  });

  it('refuses a host name resolving to a private address, on create and on update', async () => {
    // `localhost` resolves (through DNS or /etc/hosts) to loopback; so does any *.localhost name.
    const created = await send(t, org.apiKey, 'POST', '/webhooks', { body: body(`http://localhost:${receiver.port}/hook`) });
    expect(created.statusCode).toBe(422);
    const hook = await createHook(t, org, { url: 'https://hooks.tessera.invalid/hook' }, { enabled: false });
    const updated = await send(t, org.apiKey, 'PATCH', `/webhooks/${hook.id}`, { body: { data: { attributes: { url: 'http://127.0.0.1/x' } } } });
    expect(updated.statusCode).toBe(422);
    expect(updated.json().errors[0].source).toEqual({ pointer: '/data/attributes/url' });
  });
});

describe('at connect time', () => {
  it('refuses a host that resolves to a private address by the time of delivery (DNS rebinding), and IP literals', async () => {
    for (const target of [
      `http://localhost:${receiver.port}/rebound`,
      `http://127.0.0.1:${receiver.port}/literal`,
      // Stored before IPv4-compatible forms were refused (issue 11): still refused when delivering.
      `http://[::7f00:1]:${receiver.port}/compatible`,
      `http://[::ffff:7f00:1]:${receiver.port}/mapped`,
    ]) {
      const hook = await createHook(t, org, { url: 'https://hooks.tessera.invalid/hook' });
      // The name resolved to nothing private when the URL was set; now it points at this machine.
      await t.deps.db.updateTable('webhooks').set({ url: target }).where('id', '=', decodeId('wbh', hook.id)!).execute();
      await newInquiry(t, org);
      await t.worker.drain();
      const [delivery] = await deliveries(t, org, hook.id);
      expect(delivery.attributes.status).toBe('pending');
      expect(delivery.attributes.attempts).toHaveLength(1);
      expect(delivery.attributes.attempts[0]).toMatchObject({ 'status-code': null });
      expect(delivery.attributes.attempts[0].error).toMatch(/EUNSAFEADDRESS.*loopback/);
      must(await send(t, org.apiKey, 'POST', `/webhooks/${hook.id}/disable`), 200, 'disable');
    }
    expect(receiver.received).toHaveLength(0);
  });
});

describe('the HTTP transport', () => {
  const transport = createHttpTransport({ allowPrivate: true, timeoutMs: 500 });
  const post = (path: string) => transport.send({ url: `http://127.0.0.1:${receiver.port}${path}`, headers: { 'content-type': 'application/json' }, body: '{}' });

  it('does not follow redirects: a 3xx is a failure and its Location is never requested', async () => {
    receiver.respond = (r) => (r.path === '/redirect' ? 302 : 200);
    const result = await post('/redirect');
    expect(result).toMatchObject({ statusCode: 302, error: 'redirect (302) not followed' });
    expect(receiver.received.map((r) => r.path)).toEqual(['/redirect']);
  });

  it('times out a receiver that does not answer', async () => {
    receiver.respond = () => 'hang';
    const result = await post('/slow');
    expect(result.statusCode).toBeNull();
    expect(result.error).toMatch(/timed out/);
    expect(result.latencyMs).toBeGreaterThanOrEqual(450);
    receiver.respond = () => 200;
  });

  it('keeps the first 1 KiB of the response', async () => {
    const server = http.createServer((_req, res) => res.end('x'.repeat(200_000)));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    const result = await transport.send({ url: `http://127.0.0.1:${port}/`, headers: {}, body: '{}' });
    server.close();
    expect(result.statusCode).toBe(200);
    expect(result.error).toBeNull();
    expect(result.excerpt).toHaveLength(1024);
  });

  it('keeps a binary response storable (no NUL characters in the excerpt)', async () => {
    const server = http.createServer((_req, res) => res.end(Buffer.from([0x6f, 0x6b, 0x00, 0x00, 0x21])));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    const result = await transport.send({ url: `http://127.0.0.1:${port}/`, headers: {}, body: '{}' });
    server.close();
    expect(result.excerpt).toBe('ok!');
  });
});
