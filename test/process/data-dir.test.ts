/**
 * Issue 11, defect 9: a second Tessera on the same data directory refuses at once
 * and leaves the running one untouched; as root, a data directory the `postgres`
 * user cannot reach is named in one line instead of failing inside initdb.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertPostgresCanReach } from '../../src/storage/embedded.js';
import { freePort, httpStatus, processTestContext, readDemo, waitReady } from './cli.js';

const ctx = processTestContext();

describe('two Tesseras on one data directory', () => {
  it('the second serve, serve --demo and migrate refuse at once; the first keeps serving', async () => {
    const dataDir = await ctx.dataDir();
    const port = await freePort();
    const first = ctx.cli(['serve', '--demo', '--port', String(port), '--data-dir', dataDir]);
    await waitReady(first, port);
    await readDemo(dataDir, port);
    const demoBefore = await fs.readFile(path.join(dataDir, 'demo.json'), 'utf8');
    const demoStat = await fs.stat(path.join(dataDir, 'demo.json'));
    expect((await fs.readFile(path.join(dataDir, 'tessera.pid'), 'utf8')).split('\n')[0]).toBe(String(first.pid));

    for (const args of [
      ['serve', '--port', String(await freePort()), '--data-dir', dataDir],
      ['serve', '--demo', '--port', String(await freePort()), '--data-dir', dataDir],
      ['migrate', '--data-dir', dataDir],
    ]) {
      const second = ctx.cli(args);
      const { code } = await second.exited;
      expect(code, args.join(' ')).toBe(1);
      expect(second.stderr().trim()).toBe(`tessera: data directory ${dataDir} is in use by process ${first.pid}`);
    }

    // The first one never noticed.
    expect(first.running()).toBe(true);
    expect(await httpStatus(port, '/readyz')).toBe(200);
    expect(await fs.readFile(path.join(dataDir, 'demo.json'), 'utf8')).toBe(demoBefore);
    expect((await fs.stat(path.join(dataDir, 'demo.json'))).mtimeMs).toBe(demoStat.mtimeMs);

    // A graceful stop releases the directory, and the next start takes it.
    first.child.kill('SIGTERM');
    expect(await first.exited).toEqual({ code: 0, signal: null });
    await expect(fs.access(path.join(dataDir, 'tessera.pid'))).rejects.toThrow();
    const port2 = await freePort();
    const next = ctx.cli(['serve', '--port', String(port2), '--data-dir', dataDir]);
    await waitReady(next, port2);
    next.child.kill('SIGTERM');
    expect(await next.exited).toEqual({ code: 0, signal: null });
  }, 120_000);
});

describe('a data directory the postgres user cannot reach', () => {
  it('is named in one line with the fix (as root: the real start; otherwise the check itself)', async () => {
    const parent = await fs.mkdtemp(path.join(os.tmpdir(), 'tessera-private-'));
    try {
      await fs.chmod(parent, 0o700);
      const dataDir = path.join(parent, 'data');
      const expected = new RegExp(
        `^tessera: data directory ${dataDir} cannot be used as root: PostgreSQL runs as the "postgres" user, which cannot enter ${parent} \\(mode 0700\\); use a data directory it can reach`,
      );
      const isRoot = execFileSync('id', ['-u'], { encoding: 'utf8' }).trim() === '0';
      if (isRoot) {
        const serve = ctx.cli(['serve', '--port', String(await freePort()), '--data-dir', dataDir]);
        expect((await serve.exited).code).toBe(1);
        const lines = serve.stderr().trim().split('\n');
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(expected);
        // Refused before initdb ran, and the directory is free again.
        await expect(fs.access(path.join(dataDir, 'postgres', 'pgdata'))).rejects.toThrow();
        await expect(fs.access(path.join(dataDir, 'tessera.pid'))).rejects.toThrow();
      } else {
        // Not root here: the same check, for a user who is neither the owner nor in the group.
        const stranger = { uid: os.userInfo().uid + 4242, gids: [4242_4242] };
        await expect(assertPostgresCanReach(path.join(dataDir, 'postgres'), stranger)).rejects.toThrow(new RegExp(expected.source.replace('^tessera: ', '^')));
      }
      // A directory everyone may enter passes.
      await fs.chmod(parent, 0o755);
      await expect(assertPostgresCanReach(path.join(dataDir, 'postgres'), { uid: 4242_4242, gids: [4242_4242] })).resolves.toBeUndefined();
    } finally {
      await fs.rm(parent, { recursive: true, force: true });
    }
  }, 60_000);
});
