/** `kill -9` of a running server, then an immediate new start on the same data (issue 3 acceptance). */
import { describe, expect, it } from 'vitest';
import { freePort, isRunning, postmasterPid, processTestContext, readDemo, waitReady } from './cli.js';

const ctx = processTestContext();

describe('after kill -9', () => {
  it('a new serve on the same data dir stops the stale postmaster and starts cleanly', async () => {
    const dataDir = await ctx.dataDir();
    const port = await freePort();
    const killed = ctx.cli(['serve', '--demo', '--port', String(port), '--data-dir', dataDir]);
    await waitReady(killed, port);
    const demo = await readDemo(dataDir, port);
    const stale = await postmasterPid(dataDir);
    expect(stale).not.toBeNull();

    killed.child.kill('SIGKILL');
    expect((await killed.exited).signal).toBe('SIGKILL');
    // The situation under test: PostgreSQL outlives its killed parent.
    expect(isRunning(stale!)).toBe(true);

    const port2 = await freePort();
    const restarted = ctx.cli(['serve', '--demo', '--port', String(port2), '--data-dir', dataDir]);
    await waitReady(restarted, port2);
    expect(isRunning(stale!)).toBe(false);
    const fresh = await postmasterPid(dataDir);
    expect(fresh).not.toBeNull();
    expect(fresh).not.toBe(stale);
    const again = await readDemo(dataDir, port2);
    expect(again.source.organizationId).toBe(demo.source.organizationId);
    expect(again.destination.organizationId).toBe(demo.destination.organizationId);

    restarted.child.kill('SIGTERM');
    expect(await restarted.exited).toEqual({ code: 0, signal: null });
    expect(isRunning(fresh!)).toBe(false);
  }, 90_000);
});
