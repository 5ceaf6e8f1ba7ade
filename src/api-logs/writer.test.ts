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

function fakeRepository(fail = 0) {
  const batches: ApiLogEntry[][] = [];
  let failures = fail;
  return {
    batches,
    apiLogs: {
      async insertMany(entries: ApiLogEntry[]) {
        if (failures > 0) {
          failures--;
          throw new Error('database down');
        }
        batches.push(entries);
      },
    },
  };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('API log writer', () => {
  it('never writes on record(); flush writes everything in batches of one INSERT each', async () => {
    const repo = fakeRepository();
    const writer = createApiLogWriter({ apiLogs: repo.apiLogs, batchSize: 4, flushMs: 60_000 });
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

  it('writes by itself when a batch is full or the interval passes', async () => {
    const repo = fakeRepository();
    const writer = createApiLogWriter({ apiLogs: repo.apiLogs, batchSize: 2, flushMs: 20 });
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
    const writer = createApiLogWriter({ apiLogs: repo.apiLogs, batchSize: 100, maxBuffered: 5, flushMs: 60_000 });
    for (let i = 0; i < 8; i++) writer.record(entry(i));
    expect(writer.stats()).toMatchObject({ buffered: 5, dropped: 3 });
    await writer.flush();
    expect(repo.batches[0]).toHaveLength(5);
    await writer.close();
  });

  it('retries a failed batch once, then drops it; errors never escape', async () => {
    const errors: number[] = [];
    const repo = fakeRepository(1);
    const writer = createApiLogWriter({ apiLogs: repo.apiLogs, flushMs: 60_000, onError: (_e, n) => errors.push(n) });
    writer.record(entry(1));
    await writer.flush();
    expect(repo.batches).toHaveLength(0);
    await writer.flush();
    expect(repo.batches.map((b) => b.length)).toEqual([1]);

    const down = fakeRepository(2);
    const w2 = createApiLogWriter({ apiLogs: down.apiLogs, flushMs: 60_000 });
    w2.record(entry(2));
    await w2.flush();
    await w2.flush();
    expect(w2.stats()).toMatchObject({ buffered: 0, written: 0, dropped: 1 });
    expect(errors).toEqual([1]);
    await writer.close();
    await w2.close();
  });

  it('close() writes what is left and ignores later entries', async () => {
    const repo = fakeRepository();
    const writer = createApiLogWriter({ apiLogs: repo.apiLogs, flushMs: 60_000 });
    writer.record(entry(1));
    await writer.close();
    writer.record(entry(2));
    await writer.flush();
    expect(repo.batches.flat().map((e) => e.id)).toEqual([entry(1).id]);
  });
});
