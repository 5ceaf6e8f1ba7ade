/**
 * Issue 14 acceptance: on a fixed clock, a personal access token created with
 * 25 hours to live gets exactly one `1d` warning, and no `7d` one after it,
 * while two worker processes sweep the same database at the same moments
 * (each running several sweeps at once). Many such tokens, so the two
 * processes really contend for the same rows.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../src/core/clock.js';
import { decodeId } from '../../src/core/ids.js';
import { createIdentityOrg, createPat } from '../fixtures/identity.js';
import { createTestApp } from '../harness.js';

const ENTRY = fileURLToPath(new URL('./expiry-sweep-entry.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HOUR = 3_600_000;

/** One worker process sweeping at `at`; resolves with the warnings it sent. */
function worker(databaseUrl: string, at: Date): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, at.toISOString(), '3'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, DATABASE_URL: databaseUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (out += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (err += s));
    child.on('close', (code) => (code === 0 ? resolve(Number(out.trim())) : reject(new Error(`sweep process exited ${code}: ${err}`))));
  });
}

describe('expiry warnings across two worker processes', () => {
  it('a PAT created with 25 hours to live gets exactly one 1d warning and no 7d one after it', { timeout: 180_000 }, async () => {
    const clock = manualClock(new Date('2026-06-01T00:00:00.000Z'));
    const t = await createTestApp({ clock, env: { TESSERA_USER_RATE_LIMIT: '100000' } });
    const org = await createIdentityOrg(t);
    const t0 = clock.now().getTime();
    const expiresAt = new Date(t0 + 25 * HOUR).toISOString();
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) ids.push((await createPat(t, org.users.admin.jwt, { name: `pat ${i}`, expiresAt })).id);
    const [acceptance] = ids;

    // The first sweeps an hour and a minute on (both leads reached: 1d only), then as its last day passes.
    const sent: number[] = [];
    for (const hours of [1 + 1 / 60, 1.5, 12, 24.9]) {
      const at = new Date(t0 + hours * HOUR);
      sent.push((await Promise.all([worker(t.databaseUrl, at), worker(t.databaseUrl, at)])).reduce((a, b) => a + b, 0));
    }
    expect(sent).toEqual([40, 0, 0, 0]);

    const rows = await t.deps.db
      .selectFrom('events')
      .select(['object_id', 'payload'])
      .where('name', '=', 'personal-access-token.expiring')
      .where('environment_id', '=', decodeId('env', org.sandboxId)!)
      .execute();
    const leadsOf = (id: string) => rows.filter((r) => r.object_id === id).map((r) => (r.payload as { context: { lead: string } }).context.lead);
    expect(leadsOf(acceptance!)).toEqual(['1d']);
    expect(ids.filter((id) => leadsOf(id).join() !== '1d')).toEqual([]);
  });
});
