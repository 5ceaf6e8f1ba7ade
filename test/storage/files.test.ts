/** Issue 11: files Tessera writes for others to read appear whole or not at all, with their mode. */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createFileAtomic, readOrCreateSecret, writeFileAtomic } from '../../src/storage/files.js';

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tessera-files-'));
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  for (const dir of dirs) await fs.rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('replaces the file in one step, mode 0600, and leaves no temporary file', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'demo.json');
    await fs.writeFile(file, 'old', { mode: 0o644 });
    await writeFileAtomic(file, '{"new":true}\n');
    expect(await fs.readFile(file, 'utf8')).toBe('{"new":true}\n');
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
    expect(await fs.readdir(dir)).toEqual(['demo.json']);
  });

  it('a reader during many rewrites only ever sees a whole file', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'demo.json');
    const big = (n: number) => JSON.stringify({ n, pad: 'x'.repeat(200_000) });
    await writeFileAtomic(file, big(0));
    let writing = true;
    const writer = (async () => {
      for (let n = 1; n <= 30; n++) await writeFileAtomic(file, big(n));
      writing = false;
    })();
    let reads = 0;
    while (writing) {
      const parsed = JSON.parse(await fs.readFile(file, 'utf8')) as { n: number };
      expect(parsed.n).toBeGreaterThanOrEqual(0);
      reads++;
    }
    await writer;
    expect(reads).toBeGreaterThan(0);
  });
});

describe('createFileAtomic and readOrCreateSecret', () => {
  it('twenty racing creators all read the one secret that won', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'secret');
    let made = 0;
    const values = await Promise.all(Array.from({ length: 20 }, () => readOrCreateSecret(file, () => `secret-${++made}`)));
    expect(new Set(values).size).toBe(1);
    expect((await fs.readFile(file, 'utf8')).trim()).toBe(values[0]);
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
    expect(await fs.readdir(dir)).toEqual(['secret']);
  });

  it('never replaces an existing file', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'admin-token');
    expect(await createFileAtomic(file, 'first\n')).toBe(true);
    expect(await createFileAtomic(file, 'second\n')).toBe(false);
    expect(await fs.readFile(file, 'utf8')).toBe('first\n');
  });

  it('refuses an empty secret file instead of keying hashes with nothing', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'secret');
    await fs.writeFile(file, '\n');
    await expect(readOrCreateSecret(file, () => 'new')).rejects.toThrow(`${file} is empty`);
  });
});
