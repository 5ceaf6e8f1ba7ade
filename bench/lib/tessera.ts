/**
 * Tessera as in production for the benchmarks: the built CLI (`node
 * bin/tessera.js serve`, what `npm start` runs) as a child process with a
 * clean environment of the bench's choosing, ready when `/readyz` answers 200.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, freePort, log } from './util.js';

export interface TesseraProcess {
  child: ChildProcess;
  base: string;
  port: number;
  /** Milliseconds from spawn to the first `/readyz` 200. */
  readyMs: number;
}

/** `npm run build`, so the child runs the current source; a stale dist/ is kept when tsc fails elsewhere. */
export function build(): void {
  log('Building (tsc -p tsconfig.build.json) so the server runs what `npm start` runs…');
  const tsc = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, encoding: 'utf8' });
  if (tsc.status !== 0) {
    if (!fs.existsSync(path.join(ROOT, 'dist/main.js'))) throw new Error(`build failed:\n${tsc.stdout}${tsc.stderr}`);
    log(`warning: tsc reported errors (dist/ was still emitted):\n${tsc.stdout.split('\n').slice(0, 5).join('\n')}`);
  }
}

export interface StartOptions {
  dataDir: string;
  logFile: string;
  /** Variables for Tessera (DATABASE_URL, TESSERA_*); none of the caller's are inherited. */
  env: Record<string, string>;
  args?: string[];
  /** Options for node itself (e.g. --cpu-prof), before the script. */
  nodeArgs?: string[];
  pollMs?: number;
  timeoutMs?: number;
}

export async function startTessera(o: StartOptions): Promise<TesseraProcess> {
  const port = await freePort();
  const out = fs.openSync(o.logFile, 'a');
  const t0 = performance.now();
  const child = spawn(process.execPath, [...(o.nodeArgs ?? []), 'bin/tessera.js', 'serve', '--port', String(port), '--data-dir', o.dataDir, ...(o.args ?? [])], {
    cwd: ROOT,
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(PORT|HOST|DATABASE_URL|REDIS_URL|LOG_LEVEL|TESSERA_.*)$/.test(k))),
      LOG_LEVEL: 'warn',
      ...o.env,
    },
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (o.timeoutMs ?? 60_000);
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`tessera exited (${child.exitCode ?? child.signalCode}); log: ${o.logFile}`);
    const ok = await fetch(`${base}/readyz`).then((r) => r.ok, () => false);
    if (ok) return { child, base, port, readyMs: performance.now() - t0 };
    if (Date.now() > deadline) throw new Error(`tessera not ready; log: ${o.logFile}`);
    await new Promise((r) => setTimeout(r, o.pollMs ?? 100));
  }
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  await new Promise((r) => child.once('exit', r));
  clearTimeout(timer);
}

/** A JSON request with a bearer token; throws on a non-2xx answer. */
export async function call<T = { data: { id: string; attributes: Record<string, unknown> } }>(base: string, token: string, method: string, url: string, body?: unknown): Promise<T> {
  const res = await fetch(base + url, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${method} ${url}: ${res.status} ${text.slice(0, 500)}`);
  return (text ? JSON.parse(text) : {}) as T;
}
