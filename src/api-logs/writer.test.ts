import { describe, expect, it } from 'vitest';
import type { ApiLogEntry } from './types.js';
import { createApiLogWriter } from './writer.js';

function entry(i: number): ApiLogEntry {
  return {
    id: `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`,
    organizationId: null,
    environmentId: null,
    credentialId: null,
    method: 'GET',
    path: '/healthz',
    status: 200,
    latencyMs: 1,
    ipAddress: '127.0.0.1',
    userAgent: null,
    request: { headers: {}, getParams: {}, postParams: {} },
    responseHeaders: {},
    createdAt: new Date(0),
    redactedAt: null,
  };
}

const isUnavailable = (e: unknown) => (e as { code?: string }).code === 'ECONNREFUSED';
const down = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

/** A repository that is away for the first `away` writes, and refuses any batch holding a `refused` id. */
function fakeRepository(away = 0, refused: string[] = []) {
  const batches: ApiLogEntry[][] = [];
  let outages = away;
  return {
    batches,
    apiLogs: {
      async insertMany(entries: ApiLogEntry[]) {
        if (outages > 0) {
          outages--;
          throw down();
        }
        if (entries.some((e) => refused.includes(e.id))) throw Object.assign(new Error('value out of range'), { code: '22003' });
        batches.push(entries);
      },
    },
  };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('API log writer', () => {
  it('never writes on record(); flush writes everything in batches of one INSERT each', async () => {
    const repo = fakeRepository();
    const writer = createApiLogWriter({ isUnavailable, apiLogs: repo.apiLogs, batchSize: 4, flushMs: 60_000 });
    for (let i = 0; i < 3; i++) writer.record(entry(i));
    expect(repo.batches).toHaveLength(0);
    await tick();
    expect(repo.batches).toHaveLength(0);
    await writer.flush();
    expect(repo.batches.map((b) => b.length)).toEqual([3]);
    for (let i = 3; i < 13; i++) writer.record(entry(i));
    await writer.flush();
    expect(repo.batches.map((b) => b.length)).toEqual([3, 4, 4, 2]);
    expect(writer.stats()).toEqual({ buffered: 0, written: 13, dropped: 0 });
    await writer.close();
  });

  it('flush() waits only for what was recorded before it, however busy the traffic that follows', async () => {
    let next = 100;
    const batches: number[] = [];
    // Steady traffic: every write sees more entries recorded while it ran.
    const writer = createApiLogWriter({
      isUnavailable,
      batchSize: 2,
      flushMs: 60_000,
      apiLogs: {
        async insertMany(entries: ApiLogEntry[]) {
          batches.push(entries.length);
          if (next < 400) for (let i = 0; i < 3; i++) writer.record(entry(next++));
        },
      },
    });
    for (let i = 0; i < 4; i++) writer.record(entry(i));
    await writer.flush();
    expect(batches.slice(0, 2)).toEqual([2, 2]);
    expect(writer.stats().written).toBeGreaterThanOrEqual(4);
    expect(writer.stats().buffered).toBeGreaterThan(0);
    await writer.close();
    expect(writer.stats()).toMatchObject({ buffered: 0, dropped: 0 });
  });

  it('writes by itself when a batch is full or the interval passes', async () => {
    const repo = fakeRepository();
    const writer = createApiLogWriter({ isUnavailable, apiLogs: repo.apiLogs, batchSize: 2, flushMs: 20 });
    writer.record(entry(1));
    writer.record(entry(2));
    await tick();
    expect(repo.batches.map((b) => b.length)).toEqual([2]);
    writer.record(entry(3));
    await new Promise((r) => setTimeout(r, 60));
    expect(repo.batches.map((b) => b.length)).toEqual([2, 1]);
    await writer.close();
  });

  it('is bounded: past maxBuffered entries are dropped and counted', async () => {
    const repo = fakeRepository();
    const writer = createApiLogWriter({ isUnavailable, apiLogs: repo.apiLogs, batchSize: 100, maxBuffered: 5, flushMs: 60_000 });
    for (let i = 0; i < 8; i++) writer.record(entry(i));
    expect(writer.stats()).toMatchObject({ buffered: 5, dropped: 3 });
    await writer.flush();
    expect(repo.batches[0]).toHaveLength(5);
    await writer.close();
  });

  it('keeps every entry while the database is away and writes them once it is back; errors never escape', async () => {
    const errors: number[] = [];
    const repo = fakeRepository(3);
    const writer = createApiLogWriter({ isUnavailable, apiLogs: repo.apiLogs, flushMs: 60_000, retryMs: 60_000, onError: (_e, n) => errors.push(n) });
    writer.record(entry(1));
    writer.record(entry(2));
    for (let i = 0; i < 3; i++) {
      await writer.flush();
      expect(writer.stats()).toEqual({ buffered: 2, written: 0, dropped: 0 });
    }
    writer.record(entry(3));
    await writer.flush();
    expect(repo.batches.flat().map((e) => e.id)).toEqual([entry(1).id, entry(2).id, entry(3).id]);
    expect(writer.stats()).toEqual({ buffered: 0, written: 3, dropped: 0 });
    expect(errors).toEqual([2, 2, 2]);
    await writer.close();
  });

  it('while the database is away the buffer stays bounded: the overflow is dropped and reported', async () => {
    const drops: Array<[string, number]> = [];
    const repo = fakeRepository(1);
    const writer = createApiLogWriter({ isUnavailable, apiLogs: repo.apiLogs, maxBuffered: 3, flushMs: 60_000, retryMs: 60_000, onDrop: (r, e) => drops.push([r, e.length]) });
    for (let i = 0; i < 5; i++) writer.record(entry(i));
    await writer.flush();
    expect(writer.stats()).toEqual({ buffered: 3, written: 0, dropped: 2 });
    expect(drops).toEqual([
      ['overflow', 1],
      ['overflow', 1],
    ]);
    await writer.flush();
    expect(writer.stats()).toEqual({ buffered: 0, written: 3, dropped: 2 });
    await writer.close();
  });

  it('a refused batch is split down to the refused row: every other entry is written, that one dropped and reported', async () => {
    const drops: Array<[string, string[], unknown]> = [];
    const repo = fakeRepository(0, [entry(7).id, entry(30).id]);
    const writer = createApiLogWriter({ isUnavailable, apiLogs: repo.apiLogs, batchSize: 50, flushMs: 60_000, onDrop: (r, e, err) => drops.push([r, e.map((x) => x.id), err]) });
    for (let i = 0; i < 50; i++) writer.record(entry(i));
    await writer.flush();
    const stored = repo.batches.flat().map((e) => e.id);
    expect(stored).toHaveLength(48);
    expect(new Set(stored)).toEqual(new Set(Array.from({ length: 50 }, (_, i) => entry(i).id).filter((id) => id !== entry(7).id && id !== entry(30).id)));
    expect(drops.map(([r, ids]) => [r, ids])).toEqual([
      ['rejected', [entry(7).id]],
      ['rejected', [entry(30).id]],
    ]);
    expect((drops[0]![2] as { code: string }).code).toBe('22003');
    expect(writer.stats()).toEqual({ buffered: 0, written: 48, dropped: 2 });
    await writer.close();
  });

  it('a database that goes away while a refused batch is being split keeps what is not written yet', async () => {
    let calls = 0;
    const stored: string[] = [];
    const apiLogs = {
      async insertMany(entries: ApiLogEntry[]) {
        calls++;
        if (calls === 1) throw Object.assign(new Error('invalid byte sequence'), { code: '22021' });
        if (calls === 3) throw down();
        stored.push(...entries.map((e) => e.id));
      },
    };
    const writer = createApiLogWriter({ isUnavailable, apiLogs, batchSize: 4, flushMs: 60_000, retryMs: 60_000 });
    for (let i = 0; i < 4; i++) writer.record(entry(i));
    await writer.flush();
    // The first half was written; the second met the outage and waits.
    expect(writer.stats()).toEqual({ buffered: 2, written: 2, dropped: 0 });
    await writer.flush();
    expect(stored).toEqual([0, 1, 2, 3].map((i) => entry(i).id));
    await writer.close();
  });

  it('entries still unwritten at close (the database away) are dropped as shutdown', async () => {
    const drops: Array<[string, number]> = [];
    const writer = createApiLogWriter({ isUnavailable, apiLogs: fakeRepository(10).apiLogs, flushMs: 60_000, retryMs: 60_000, onDrop: (r, e) => drops.push([r, e.length]) });
    writer.record(entry(1));
    await writer.close();
    expect(drops).toEqual([['shutdown', 1]]);
    expect(writer.stats()).toEqual({ buffered: 0, written: 0, dropped: 1 });
  });

  it('close() writes what is left and ignores later entries', async () => {
    const repo = fakeRepository();
    const writer = createApiLogWriter({ isUnavailable, apiLogs: repo.apiLogs, flushMs: 60_000 });
    writer.record(entry(1));
    await writer.close();
    writer.record(entry(2));
    await writer.flush();
    expect(repo.batches.flat().map((e) => e.id)).toEqual([entry(1).id]);
  });
});
