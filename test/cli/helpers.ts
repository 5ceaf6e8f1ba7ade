/**
 * Running the BUILT `tessera` (bin/tessera.js → dist/, so run `npm run build`
 * first) as a child process: one `serve --demo` per test file, and remote
 * commands against it with their own config directory.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { freePort, readDemo, stopPostmaster, waitReady, type CliProcess, type DemoFile } from '../process/cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = path.join(ROOT, 'bin', 'tessera.js');
/** Variables Tessera reads; children start from none of the test run's own values. */
const TESSERA_VARS = /^(PORT|HOST|DATABASE_URL|REDIS_URL|LOG_LEVEL|TESSERA_.*|XDG_CONFIG_HOME)$/;

function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !TESSERA_VARS.test(k)));
  return { ...base, LOG_LEVEL: 'warn', ...extra };
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface DemoServer {
  url: string;
  demo: DemoFile;
  /** The server's data directory (its embedded PostgreSQL under postgres/). */
  dataDir: string;
  /** A fresh, empty config directory for saved profiles. */
  configDir(): Promise<string>;
  /** Runs `tessera <args>` to completion. */
  run(args: string[], opts?: { configDir?: string }): Promise<RunResult>;
  /** Starts `tessera <args>` and leaves it running (killed after the file). */
  start(args: string[], opts?: { configDir?: string }): CliProcess;
}

function spawnBin(args: string[], env: Record<string, string>): CliProcess {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  let alive = true;
  child.stdout!.setEncoding('utf8').on('data', (s: string) => (out += s));
  child.stderr!.setEncoding('utf8').on('data', (s: string) => (err += s));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => {
      alive = false;
      resolve({ code, signal });
    }),
  );
  return { child, pid: child.pid!, stdout: () => out, stderr: () => err, exited, running: () => alive };
}

const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * Runs `tessera <args>` (built) in a pseudo-terminal (util-linux `script`), typing `answer` and
 * Enter once `prompt` appears: what a person at a terminal sees, echo included, is the output.
 */
export async function runInTerminal(args: string[], opts: { configDir: string; prompt: string; answer: string }): Promise<{ code: number | null; output: string }> {
  const command = [process.execPath, BIN, ...args].map(shellQuote).join(' ');
  const child = spawn('script', ['--quiet', '--return', '--command', command, '/dev/null'], {
    cwd: ROOT,
    env: childEnv({ TESSERA_CONFIG_DIR: opts.configDir }),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  let typed = false;
  const onData = (s: string) => {
    output += s;
    if (!typed && output.includes(opts.prompt)) {
      typed = true;
      child.stdin!.write(`${opts.answer}\r`);
    }
  };
  child.stdout!.setEncoding('utf8').on('data', onData);
  child.stderr!.setEncoding('utf8').on('data', onData);
  // A prompt that never comes must not leave the terminal behind.
  const stuck = setTimeout(() => child.kill('SIGKILL'), 60_000);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(stuck);
  return { code, output };
}

/** Starts `tessera serve --demo` (built) on a free port with a temporary data dir; stopped after the file. */
export async function startDemoServer(): Promise<DemoServer> {
  const parent = await fs.mkdtemp(path.join(os.tmpdir(), 'tessera-cli-'));
  // Readable by the postgres user the embedded server may run as.
  await fs.chmod(parent, 0o755);
  const dataDir = path.join(parent, 'data');
  const port = await freePort();
  const children: CliProcess[] = [];
  const server = spawnBin(['serve', '--demo', '--port', String(port), '--data-dir', dataDir], { TESSERA_WEBHOOK_ALLOW_PRIVATE: 'true' });
  children.push(server);
  afterAll(async () => {
    for (const c of children) {
      if (c.running()) {
        c.child.kill('SIGKILL');
        await c.exited;
      }
    }
    await stopPostmaster(dataDir);
    await fs.rm(parent, { recursive: true, force: true });
  });
  await waitReady(server, port, 120_000);
  const demo = await readDemo(dataDir, port);
  let dirs = 0;
  // Not created: the CLI makes it (0700) on the first login.
  const fresh = async () => path.join(parent, `config-${++dirs}`);
  const isolatedDefault = await fresh();
  const start: DemoServer['start'] = (args, opts = {}) => {
    const proc = spawnBin(args, { TESSERA_CONFIG_DIR: opts.configDir ?? isolatedDefault });
    children.push(proc);
    return proc;
  };
  return {
    url: demo.baseUrl,
    demo,
    dataDir,
    configDir: fresh,
    start,
    async run(args, opts = {}) {
      const proc = start(args, opts);
      const { code } = await proc.exited;
      return { code, stdout: proc.stdout(), stderr: proc.stderr() };
    },
  };
}
