/** Graceful shutdown of a real server process: SIGTERM → exit 0 and the embedded PostgreSQL stopped. */
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort, httpStatus, isRunning, pgDataDir, postmasterPid, processTestContext, waitReady } from './cli.js';

const ctx = processTestContext();

describe('SIGTERM', () => {
  it('exits with code 0 and leaves no postmaster running', async () => {
    const dataDir = await ctx.dataDir();
    const port = await freePort();
    const server = ctx.cli(['serve', '--port', String(port), '--data-dir', dataDir]);
    await waitReady(server, port);
    const pid = await postmasterPid(dataDir);
    expect(pid).not.toBeNull();
    expect(isRunning(pid!)).toBe(true);

    server.child.kill('SIGTERM');
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(isRunning(pid!)).toBe(false);
    await expect(fs.access(path.join(pgDataDir(dataDir), 'postmaster.pid'))).rejects.toThrow();
    expect(await httpStatus(port, '/healthz')).toBeUndefined();
  }, 60_000);
});
