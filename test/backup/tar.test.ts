/** The backup archive format: standard tar.gz that `tar` lists, read back byte for byte, and never written outside its target. */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTarWriter, readFirstEntry, readTar, safeJoin } from '../../src/backup/tar.js';

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tessera-tar-'));
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  for (const dir of dirs) await fs.rm(dir, { recursive: true, force: true });
});

describe('backup archives', () => {
  it('round-trips files and directories, and the system tar reads them too', async () => {
    const dir = await tempDir();
    const big = randomBytes(3 * 1024 * 1024 + 17); // several read chunks, not a multiple of 512
    await fs.writeFile(path.join(dir, 'big.bin'), big);
    const long = `pgdata/${'d'.repeat(90)}/${'f'.repeat(90)}`; // over 100 bytes: the ustar prefix field
    const archive = path.join(dir, 'a.tar.gz');
    const tar = createTarWriter(archive);
    await tar.addBuffer('manifest.json', '{"ok":true}');
    await tar.addDir('pgdata', 0o700);
    await tar.addFile('pgdata/big.bin', path.join(dir, 'big.bin'));
    expect(await tar.addFile('pgdata/gone', path.join(dir, 'does-not-exist'))).toBe(false);
    await tar.addBuffer(long, 'x');
    await tar.addBuffer('pgdata/empty', '');
    await tar.close();

    expect((await fs.stat(archive)).mode & 0o777).toBe(0o600);
    expect(execFileSync('tar', ['tzf', archive], { encoding: 'utf8' }).trim().split('\n')).toEqual(['manifest.json', 'pgdata/', 'pgdata/big.bin', long, 'pgdata/empty']);
    expect((await readFirstEntry(archive)).data.toString()).toBe('{"ok":true}');

    const out = path.join(dir, 'out');
    await fs.mkdir(out);
    const seen: string[] = [];
    await readTar(archive, async (entry) => {
      seen.push(`${entry.type} ${entry.name}`);
      const target = safeJoin(out, entry.name);
      if (entry.type === 'dir') {
        await fs.mkdir(target, { recursive: true });
        return null;
      }
      await fs.mkdir(path.dirname(target), { recursive: true });
      return target;
    });
    expect(seen).toEqual(['file manifest.json', 'dir pgdata', 'file pgdata/big.bin', `file ${long}`, 'file pgdata/empty']);
    expect((await fs.readFile(path.join(out, 'pgdata/big.bin'))).equals(big)).toBe(true);
    expect(await fs.readFile(path.join(out, long), 'utf8')).toBe('x');
    expect(await fs.readFile(path.join(out, 'pgdata/empty'), 'utf8')).toBe('');
  });

  it('refuses names that would land outside the target', () => {
    for (const name of ['../evil', 'pgdata/../../evil', '/etc/passwd']) expect(() => safeJoin('/tmp/restore', name)).toThrow('outside the target directory');
    expect(safeJoin('/tmp/restore', 'pgdata/base/1')).toBe('/tmp/restore/pgdata/base/1');
  });

  it('says so for a file that is not a backup, or is cut short', async () => {
    const dir = await tempDir();
    const junk = path.join(dir, 'junk.tar.gz');
    await fs.writeFile(junk, 'not gzip at all');
    await expect(readFirstEntry(junk)).rejects.toThrow('is not a Tessera backup');

    const archive = path.join(dir, 'cut.tar.gz');
    const tar = createTarWriter(archive);
    await tar.addBuffer('a', randomBytes(100_000));
    await tar.close();
    const whole = await fs.readFile(archive);
    const cut = path.join(dir, 'cut-short.tar.gz');
    await fs.writeFile(cut, whole.subarray(0, Math.floor(whole.length / 2)));
    await expect(readTar(cut, async () => null)).rejects.toThrow();
  });
});
