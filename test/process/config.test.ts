/** A bad configuration value stops `tessera serve` with a non-zero exit and a message naming it. */
import { beforeAll, describe, expect, it } from 'vitest';
import { processTestContext } from './cli.js';

const ctx = processTestContext();

const CASES: Array<{ name: string; env: Record<string, string>; args?: string[]; names: string }> = [
  { name: 'PORT=abc', env: { PORT: 'abc' }, names: 'PORT' },
  { name: '--port 70000', env: {}, args: ['--port', '70000'], names: '--port' },
  { name: 'TESSERA_RATE_LIMIT_PER_MINUTE=0', env: { TESSERA_RATE_LIMIT_PER_MINUTE: '0' }, names: 'TESSERA_RATE_LIMIT_PER_MINUTE' },
  { name: 'LOG_LEVEL=loud', env: { LOG_LEVEL: 'loud' }, names: 'LOG_LEVEL' },
  { name: 'DATABASE_URL without TESSERA_SECRET', env: { DATABASE_URL: 'postgres://127.0.0.1:1/tessera' }, names: 'TESSERA_SECRET' },
];

const results = new Map<string, { code: number | null; stderr: string; stdout: string }>();

beforeAll(async () => {
  // The processes stop before opening a database, so they can all run at once.
  const dataDir = await ctx.dataDir();
  await Promise.all(
    CASES.map(async (c) => {
      const proc = ctx.cli(['serve', '--data-dir', dataDir, ...(c.args ?? [])], c.env);
      const { code } = await proc.exited;
      results.set(c.name, { code, stderr: proc.stderr(), stdout: proc.stdout() });
    }),
  );
}, 60_000);

describe('invalid configuration', () => {
  it.each(CASES)('$name stops the process naming $names', ({ name, names }) => {
    const r = results.get(name)!;
    expect(r.code).not.toBe(0);
    expect(r.code).not.toBeNull();
    expect(r.stderr).toMatch(new RegExp(`^tessera: invalid configuration: ${names.replace(/[-]/g, '\\-')}: `));
    expect(r.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
  });
});
