/**
 * Issue 11, defect 9: the data directory lock. A live holder refuses; a lock whose
 * process is gone (kill -9), whose pid now belongs to another process, or which
 * names this very process is taken over; racing starts get exactly one winner.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirInUseError, lockDataDir } from '../../src/storage/data-dir-lock.js';

const LOCK_MODULE = fileURLToPath(new URL('../../src/storage/data-dir-lock.ts', import.meta.url));
const dirs: string[] = [];
const children: ChildProcess[] = [];

async function tempDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tessera-lock-'));
  dirs.push(dir);
  return dir;
}

afterAll(async () => {
  for (const c of children) c.kill('SIGKILL');
  for (const dir of dirs) await fs.rm(dir, { recursive: true, force: true });
});

/** A process that only sleeps: a live pid that is not this one. */
function sleeper(): ChildProcess {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' });
  children.push(child);
  return child;
}

const startTime = (pid: number) => readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[19]!;

describe('lockDataDir', () => {
  it('writes this pid, and release removes only its own lock', async () => {
    const dir = await tempDir();
    const lock = await lockDataDir(dir);
    const file = path.join(dir, 'tessera.pid');
    expect((await fs.readFile(file, 'utf8')).split('\n')[0]).toBe(String(process.pid));
    await lock.release();
    await expect(fs.access(file)).rejects.toThrow();

    const again = await lockDataDir(dir);
    await fs.writeFile(file, '1\n'); // someone else's now
    await again.release();
    expect(await fs.readFile(file, 'utf8')).toBe('1\n');
  });

  it('refuses while the process that holds it runs, naming it', async () => {
    const dir = await tempDir();
    const holder = sleeper();
    await fs.writeFile(path.join(dir, 'tessera.pid'), `${holder.pid}\n${startTime(holder.pid!)}\n`);
    const err = await lockDataDir(dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataDirInUseError);
    expect((err as Error).message).toBe(`data directory ${dir} is in use by process ${holder.pid}`);
  });

  it('takes over a lock whose process is gone, was replaced by another, or is this one', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'tessera.pid');
    const dead = sleeper();
    dead.kill('SIGKILL');
    await new Promise((r) => dead.once('exit', r));
    const other = sleeper();
    for (const stale of [
      `${dead.pid}\n\n`, // killed with kill -9
      `${other.pid}\n1\n`, // the pid now belongs to a process that started later
      `${process.pid}\n0\n`, // a restarted container whose Tessera is again PID 1
      'garbage',
    ]) {
      await fs.writeFile(file, stale);
      const lock = await lockDataDir(dir);
      expect((await fs.readFile(file, 'utf8')).split('\n')[0]).toBe(String(process.pid));
      await lock.release();
    }
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it('of eight processes racing for a stale lock, exactly one wins', async () => {
    const dir = await tempDir();
    await fs.writeFile(path.join(dir, 'tessera.pid'), '999999999\n\n');
    const script = `
      import { lockDataDir } from ${JSON.stringify(LOCK_MODULE)};
      try { await lockDataDir(${JSON.stringify(dir)}); console.log('won'); }
      catch (e) { console.log(e.name === 'DataDirError' && !e.message.includes('999999999') ? 'refused' : 'error ' + e.message); }
      process.stdin.resume(); process.stdin.on('end', () => process.exit(0));`;
    const racers = Array.from({ length: 8 }, () => {
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['pipe', 'pipe', 'inherit'] });
      children.push(child);
      return new Promise<{ child: ChildProcess; result: string }>((resolve) => {
        let out = '';
        child.stdout!.setEncoding('utf8').on('data', (s: string) => {
          out += s;
          if (out.includes('\n')) resolve({ child, result: out.trim() });
        });
      });
    });
    const results = await Promise.all(racers);
    expect(results.map((r) => r.result).sort()).toEqual(['refused', 'refused', 'refused', 'refused', 'refused', 'refused', 'refused', 'won']);
    const winner = results.find((r) => r.result === 'won')!.child;
    expect((await fs.readFile(path.join(dir, 'tessera.pid'), 'utf8')).split('\n')[0]).toBe(String(winner.pid));
    for (const { child } of results) child.stdin!.end();
  }, 60_000);
});
