/**
 * The job worker's own failures reach the log (they used to vanish): a tick
 * that cannot enqueue periodic jobs, a claim that fails, a job failure that
 * cannot be recorded, a LISTEN connection the server refuses. An outage fails
 * every poll alike, so each distinct message is logged once per 10 s, not once
 * per poll. Against the real database: a pool that was closed, and a
 * connection the server refuses.
 */
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorker, type JobRepository, type Worker } from '../../src/jobs/index.js';
import { createDb, type Db } from '../../src/storage/database.js';
import { jobRepository } from '../../src/storage/repositories/jobs.js';
import { createTestApp, type TestApp } from '../harness.js';
import { waitFor } from '../process/cli.js';

interface Line {
  level: number;
  msg: string;
  err?: { message: string };
  suppressed?: number;
}

/** A pino logger at warn whose lines the test reads. */
function captured() {
  const lines: Line[] = [];
  const logger = pino({ level: 'warn' }, { write: (s: string) => void lines.push(JSON.parse(s) as Line) });
  return { logger, lines, withMsg: (msg: string) => lines.filter((l) => l.msg === msg) };
}

let t: TestApp;
/** A handle on the test database that has been closed: every query fails at once. */
let closed: Db;
const workers: Worker[] = [];

beforeAll(async () => {
  t = await createTestApp();
  closed = createDb({ url: t.databaseUrl, max: 1 });
  // Used once, then closed (a pool never used is not really closed by Kysely).
  await closed.selectNoFrom((eb) => eb.val(1).as('one')).execute();
  await closed.destroy();
});

afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop()));
});

function worker(jobs: JobRepository, log: ReturnType<typeof captured>, extra: Partial<Parameters<typeof createWorker>[0]> = {}): Worker {
  const w = createWorker({ jobs, handlers: {}, clock: t.deps.clock, leaseMs: 60_000, pollMs: 10, logger: log.logger, ...extra });
  workers.push(w);
  return w;
}

describe('the job worker logs its own failures', () => {
  it('a failing tick and a failing claim, once per distinct message however many polls fail', async () => {
    const log = captured();
    const broken = jobRepository(closed);
    let ticks = 0;
    const w = worker(broken, log, {
      onTick: async () => {
        ticks++;
        await broken.enqueue([{ kind: 'noop', payload: {}, dedupeKey: `tick-${ticks}` }], new Date());
      },
    });
    w.start();
    await waitFor('twenty polls', () => (ticks >= 20 ? true : undefined), 10_000, 10);
    await w.stop();

    const tick = log.withMsg('could not enqueue periodic jobs');
    const claim = log.withMsg('could not claim due jobs');
    expect(tick).toHaveLength(1);
    expect(claim).toHaveLength(1);
    expect(tick[0]).toMatchObject({ level: 40, err: { message: 'driver has already been destroyed' } });
    expect(claim[0]).toMatchObject({ level: 40, err: { message: 'driver has already been destroyed' } });
  });

  it('a job failure that cannot be recorded', async () => {
    const log = captured();
    const failed: string[] = [];
    // Claims on the live database; the failure is recorded through the closed pool.
    const jobs: JobRepository = { ...jobRepository(t.deps.db), fail: jobRepository(closed).fail };
    await jobs.enqueue([{ kind: 'explodes', payload: {}, dedupeKey: 'worker-errors-explodes' }], new Date());
    const w = worker(jobs, log, {
      handlers: {
        explodes: async () => {
          throw new Error('boom');
        },
      },
      onError: (_job, error) => failed.push((error as Error).message),
    });
    expect(await w.drain()).toBe(1);

    expect(failed).toEqual(['boom']);
    expect(log.withMsg('could not record a job failure')).toEqual([
      expect.objectContaining({ level: 40, err: expect.objectContaining({ message: 'driver has already been destroyed' }) }),
    ]);
  });

  it('a LISTEN connection the server refuses (no such database)', async () => {
    const log = captured();
    const url = new URL(t.databaseUrl);
    url.pathname = '/tessera_no_such_database';
    const refused = createDb({ url: url.toString(), max: 1 });
    try {
      const w = worker({ ...jobRepository(t.deps.db), listen: jobRepository(refused).listen }, log, { pollMs: 60_000 });
      w.start();
      const [line] = await waitFor('the LISTEN failure in the log', () => {
        const lines = log.withMsg('job queue LISTEN connection failed; polling meanwhile');
        return lines.length ? lines : undefined;
      });
      expect(line!.err!.message).toMatch(/database "tessera_no_such_database" does not exist/);
      await w.stop();
    } finally {
      await refused.destroy();
    }
  });
});
