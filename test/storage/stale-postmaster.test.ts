/**
 * Issue 11, defect 9: a postmaster.pid left behind names a pid that, after a
 * reboot, may belong to anything, even another directory's postgres. Only a
 * postmaster serving this very directory is stopped; a pid file naming any
 * other live process is removed so PostgreSQL can start.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stopStalePostmaster } from '../../src/storage/embedded.js';

const dirs: string[] = [];
const children: ChildProcess[] = [];
afterAll(async () => {
  for (const c of children) c.kill('SIGKILL');
  for (const dir of dirs) await fs.rm(dir, { recursive: true, force: true });
});

/** A harmless process whose command line reads `<dir>/postgres … -D <dataDir>`, like a postmaster's. */
async function fakePostmaster(dir: string, dataDir: string): Promise<ChildProcess> {
  const exe = path.join(dir, 'postgres');
  await fs.symlink(process.execPath, exe).catch(() => undefined);
  const child = spawn(exe, ['-e', 'setTimeout(() => {}, 60_000)', '--', '-D', dataDir], { stdio: 'ignore' });
  children.push(child);
  await new Promise((r) => child.once('spawn', r));
  return child;
}

const exited = (c: ChildProcess) => new Promise((r) => (c.exitCode !== null || c.signalCode !== null ? r(null) : c.once('exit', r)));

describe('stopStalePostmaster', () => {
  it("stops this directory's leftover postmaster", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tessera-pm-'));
    dirs.push(dir);
    const pgdata = path.join(dir, 'pgdata');
    await fs.mkdir(pgdata);
    const ours = await fakePostmaster(dir, pgdata);
    await fs.writeFile(path.join(pgdata, 'postmaster.pid'), `${ours.pid}\n${pgdata}\n`);
    expect(await stopStalePostmaster(pgdata)).toBe(true);
    await exited(ours);
    expect(ours.signalCode).toBe('SIGINT');
  });

  it("leaves another directory's postgres and any other process alone, and clears the stale pid file", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tessera-pm-'));
    dirs.push(dir);
    const pgdata = path.join(dir, 'pgdata');
    await fs.mkdir(pgdata);
    const pidFile = path.join(pgdata, 'postmaster.pid');
    const other = await fakePostmaster(dir, path.join(dir, 'another', 'pgdata'));
    const unrelated = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)', 'postgres'], { stdio: 'ignore' });
    children.push(unrelated);
    for (const child of [other, unrelated]) {
      await fs.writeFile(pidFile, `${child.pid}\n${pgdata}\n`);
      expect(await stopStalePostmaster(pgdata)).toBe(false);
      expect(child.exitCode === null && child.signalCode === null).toBe(true);
      await expect(fs.access(pidFile)).rejects.toThrow();
    }
  });
});
