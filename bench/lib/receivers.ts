/**
 * Webhook receivers for bench:pipeline, run as a child process (`fork`) so
 * that their work is not on Tessera's or the load generator's event loop.
 * Healthy receivers answer 200 at once; a slow one answers 200 after
 * `slowMs`; a refusing one is a port nobody listens on. Each request's
 * `webhook-id` (the delivery) and arrival time are kept; the parent asks for
 * them over IPC.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import net from 'node:net';

interface Setup {
  healthy: number;
  slow: number;
  slowMs: number;
  refusing: number;
}

type Message = { type: 'setup'; setup: Setup } | { type: 'collect' } | { type: 'reset' };

const arrivals = new Map<string, number>();
let requests = 0;

function server(delayMs: number): Promise<number> {
  const s = http.createServer((req, res) => {
    const id = req.headers['webhook-id'];
    req.resume();
    req.on('end', () => {
      const at = Date.now();
      requests++;
      if (typeof id === 'string' && !arrivals.has(id)) arrivals.set(id, at);
      if (delayMs > 0) setTimeout(() => res.writeHead(200).end('ok'), delayMs);
      else res.writeHead(200).end('ok');
    });
  });
  s.keepAliveTimeout = 60_000;
  return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve((s.address() as AddressInfo).port)));
}

/** A port that was free a moment ago and that nobody listens on: connections are refused. */
function refusedPort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

process.on('message', (m: Message) => {
  void (async () => {
    if (m.type === 'setup') {
      const healthy = await Promise.all(Array.from({ length: m.setup.healthy }, () => server(0)));
      const slow = await Promise.all(Array.from({ length: m.setup.slow }, () => server(m.setup.slowMs)));
      const refusing = await Promise.all(Array.from({ length: m.setup.refusing }, () => refusedPort()));
      process.send!({ type: 'ready', ports: { healthy, slow, refusing } });
    } else if (m.type === 'collect') {
      process.send!({ type: 'arrivals', requests, arrivals: [...arrivals.entries()] });
    } else if (m.type === 'reset') {
      arrivals.clear();
      requests = 0;
      process.send!({ type: 'reset' });
    }
  })();
});
process.on('disconnect', () => process.exit(0));
