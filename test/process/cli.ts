/**
 * Helpers for tests that run the real CLI as a child process: the source entry
 * (through tsx, never a stale dist/), a free port, a temporary data dir, polling
 * with a deadline, and a cleanup that leaves no node or postgres process behind
 * even when a test fails.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ENTRY = fileURLToPath(new URL('./cli-entry.ts', import.meta.url));

/** Variables Tessera reads; children start from none of the test run's own values. */
const TESSERA_VARS = /^(PORT|HOST|DATABASE_URL|REDIS_URL|LOG_LEVEL|TESSERA_.*)$/;

export interface CliProcess {
  child: ChildProcess;
  pid: number;
  stdout(): string;
  stderr(): string;
  /** Resolves when the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Whether the process is still running. */
  running(): boolean;
}

/** demo.json as `serve --demo` writes it: the type is the one the writer uses. */
export type { DemoFile, DemoParty, DemoUser } from '../../src/cli/demo.js';
import type { DemoFile } from '../../src/cli/demo.js';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Thrown by a `waitFor` probe to stop polling at once. */
export class GiveUp extends Error {}

/**
 * Polls `probe` until it returns a value other than undefined, or throws after
 * `timeoutMs`. A probe that throws is retried, unless it throws GiveUp.
 */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 30_000, everyMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (e) {
      if (e instanceof GiveUp) throw e;
      lastError = e;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** A live process, not a zombie waiting to be reaped (a killed postmaster's parent is gone). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The state follows the parenthesised command name.
    return stat[stat.lastIndexOf(')') + 2] !== 'Z';
  } catch {
    return true; // no /proc: trust kill(pid, 0)
  }
}

export function pgDataDir(dataDir: string): string {
  return path.join(dataDir, 'postgres', 'pgdata');
}

/** The pid in `<data-dir>/postgres/pgdata/postmaster.pid`, or null. */
export async function postmasterPid(dataDir: string): Promise<number | null> {
  try {
    const pid = Number((await fs.readFile(path.join(pgDataDir(dataDir), 'postmaster.pid'), 'utf8')).split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Stops the postmaster of `dataDir` if one runs: fast shutdown, then SIGKILL after a deadline. */
export async function stopPostmaster(dataDir: string): Promise<void> {
  const pid = await postmasterPid(dataDir);
  if (pid === null || !isRunning(pid)) return;
  const cmdline = await fs.readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  if (!cmdline.includes('postgres')) return;
  try {
    process.kill(pid, 'SIGINT');
    await waitFor(`postmaster ${pid} to stop`, () => (isRunning(pid) ? undefined : true), 10_000);
  } catch {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
}

export interface ProcessTestContext {
  /** A fresh data dir, removed (with its postgres stopped) after the test. */
  dataDir(): Promise<string>;
  /** Starts `tessera <args>` from source; killed after the test if still running. */
  cli(args: string[], env?: Record<string, string>): CliProcess;
}

/** Registers the cleanup of every process and data dir a test creates. */
export function processTestContext(): ProcessTestContext {
  const children: CliProcess[] = [];
  const dirs: string[] = [];

  afterEach(async () => {
    for (const c of children.splice(0)) {
      if (c.running()) {
        c.child.kill('SIGKILL');
        await c.exited;
      }
    }
    for (const dir of dirs.splice(0)) {
      await stopPostmaster(dir);
      await fs.rm(path.dirname(dir), { recursive: true, force: true });
    }
  });

  return {
    async dataDir() {
      const parent = await fs.mkdtemp(path.join(os.tmpdir(), 'tessera-proc-'));
      // A world-readable parent, like a checkout; the data dir itself does not exist yet,
      // as on a fresh clone (tessera creates it).
      await fs.chmod(parent, 0o755);
      const dir = path.join(parent, 'data');
      dirs.push(dir);
      return dir;
    },
    cli(args, env = {}) {
      const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !TESSERA_VARS.test(k)));
      const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, ...args], {
        cwd: ROOT,
        env: { ...base, LOG_LEVEL: 'warn', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      let err = '';
      let alive = true;
      child.stdout!.setEncoding('utf8').on('data', (s: string) => (out = (out + s).slice(-64 * 1024)));
      child.stderr!.setEncoding('utf8').on('data', (s: string) => (err = (err + s).slice(-64 * 1024)));
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
        child.on('close', (code, signal) => {
          alive = false;
          resolve({ code, signal });
        });
      });
      const proc: CliProcess = {
        child,
        pid: child.pid!,
        stdout: () => out,
        stderr: () => err,
        exited,
        running: () => alive,
      };
      children.push(proc);
      return proc;
    },
  };
}

/** GET on the child's port; the status, or undefined when nothing answers yet. */
export async function httpStatus(port: number, urlPath: string): Promise<number | undefined> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}${urlPath}`, { signal: AbortSignal.timeout(2_000) });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return undefined;
  }
}

/** Waits until /readyz answers 200; fails at once, with the output, if the process exits first. */
export async function waitReady(proc: CliProcess, port: number, timeoutMs = 40_000): Promise<void> {
  await waitFor(
    `/readyz on port ${port}`,
    async () => {
      if (!proc.running()) {
        throw new GiveUp(`tessera exited before it was ready\n--- stderr\n${proc.stderr()}\n--- stdout\n${proc.stdout()}`);
      }
      return (await httpStatus(port, '/readyz')) === 200 ? true : undefined;
    },
    timeoutMs,
  );
}

/** Reads `<data-dir>/demo.json` once `--demo` has written it for the server on `port`. */
export async function readDemo(dataDir: string, port: number): Promise<DemoFile> {
  return waitFor('demo.json', async () => {
    const demo = JSON.parse(await fs.readFile(path.join(dataDir, 'demo.json'), 'utf8')) as DemoFile;
    return demo.baseUrl.endsWith(`:${port}`) ? demo : undefined;
  });
}
