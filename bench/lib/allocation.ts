/**
 * Bytes a Node process allocates, by function, while `run` drives it: V8's sampling heap profiler
 * over the inspector protocol, with the objects the garbage collector already freed included (a
 * request's garbage is what the collector's time is spent on). The process must have been started
 * with `--inspect=127.0.0.1:0`; its "Debugger listening on ws://…" line names the socket.
 * Unlike req/s, allocation per request hardly moves when other work competes for the cores.
 */
import fs from 'node:fs';
import { WebSocket } from 'undici';

/** The inspector's WebSocket URL from a log the process writes its stderr to (the last one: logs are appended). */
export function inspectorUrl(logFile: string): string | undefined {
  const found = [...fs.readFileSync(logFile, 'utf8').matchAll(/Debugger listening on (ws:\/\/\S+)/g)];
  return found.at(-1)?.[1];
}

interface ProfileNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: ProfileNode[];
}

export interface Allocation {
  bytesPerRequest: number;
  /** The largest allocators (self size), bytes per request. */
  top: Array<{ name: string; bytesPerRequest: number; percent: number }>;
}

/** Samples allocations while `run` runs; `run` resolves to the number of requests it completed. */
export async function allocationPerRequest(url: string, run: () => Promise<number>, samplingIntervalBytes = 512): Promise<Allocation> {
  const ws = new WebSocket(url);
  await new Promise((resolve, reject) => {
    ws.addEventListener('open', resolve, { once: true });
    ws.addEventListener('error', reject, { once: true });
  });
  let nextId = 0;
  const waiting = new Map<number, (m: { result?: unknown; error?: unknown }) => void>();
  ws.addEventListener('message', (e) => {
    const m = JSON.parse(String(e.data)) as { id?: number; result?: unknown; error?: unknown };
    if (m.id !== undefined) waiting.get(m.id)?.(m);
  });
  const call = <T>(method: string, params: object = {}) =>
    new Promise<T>((resolve, reject) => {
      const id = ++nextId;
      waiting.set(id, (m) => (m.error ? reject(new Error(`${method}: ${JSON.stringify(m.error)}`)) : resolve(m.result as T)));
      ws.send(JSON.stringify({ id, method, params }));
    });
  try {
    await call('HeapProfiler.enable');
    await call('HeapProfiler.startSampling', { samplingInterval: samplingIntervalBytes, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
    const requests = await run();
    const { profile } = await call<{ profile: { head: ProfileNode } }>('HeapProfiler.stopSampling');
    const bySelf = new Map<string, number>();
    let total = 0;
    const walk = (n: ProfileNode) => {
      if (n.selfSize) {
        const f = n.callFrame;
        const where = f.url.replace(/^.*\/(node_modules\/[^/]+\/|dist\/)/, '$1');
        const name = `${f.functionName || '(anonymous)'} ${where}${where ? `:${f.lineNumber + 1}` : ''}`;
        bySelf.set(name, (bySelf.get(name) ?? 0) + n.selfSize);
        total += n.selfSize;
      }
      for (const c of n.children) walk(c);
    };
    walk(profile.head);
    const per = (bytes: number) => Math.round(bytes / Math.max(1, requests));
    return {
      bytesPerRequest: per(total),
      top: [...bySelf]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 12)
        .map(([name, bytes]) => ({ name, bytesPerRequest: per(bytes), percent: Math.round((1000 * bytes) / total) / 10 })),
    };
  } finally {
    ws.close();
  }
}
