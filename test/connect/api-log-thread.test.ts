/**
 * The API log thread (src/api-log-thread.ts): captures sent from the request
 * path are built into entries there (Authorization masked, secrets redacted)
 * and written to the database; flush() resolves once they are stored, close()
 * writes what is left. The thread runs the TypeScript entry through tsx here,
 * as the built server runs its JavaScript.
 */
import { describe, expect, it } from 'vitest';
import { createApiLogWriter, createThreadedApiLogSink, inlineApiLogSink, type ApiLogCapture, type ApiLogSink } from '../../src/api-logs/index.js';
import { newId } from '../../src/core/ids.js';
import { createDb, closeDb } from '../../src/storage/database.js';
import { apiLogRepository } from '../../src/storage/repositories/api-logs.js';
import { createTestDatabase } from '../harness.js';

const KEY = 'tsk_sandbox_' + 'A'.repeat(34);

function capture(over: Partial<ApiLogCapture> = {}): ApiLogCapture {
  return {
    requestId: newId('req'),
    method: 'POST',
    url: '/oauth/introspect?x=1',
    status: 200,
    elapsedMs: 1.5,
    endedAt: Date.now(),
    ip: '127.0.0.1',
    requestHeaders: ['application/json', 'localhost', undefined, 'test-agent', `Bearer ${KEY}`],
    responseHeaders: ['no-store', 'application/json; charset=utf-8', undefined, undefined, undefined, 'req_x'],
    organizationId: null,
    environmentId: null,
    credentialId: null,
    query: { x: '1' },
    body: { token: KEY, client_id: 'api_123' },
    contentLength: 60,
    ...over,
  };
}

const THREAD = new URL('../fixtures/ts-worker.mjs', import.meta.url);

async function threadedSink(url: string, entry = THREAD): Promise<{ sink: ApiLogSink; exits: unknown[] }> {
  const db = createDb({ url, max: 1 });
  const exits: unknown[] = [];
  const sink = createThreadedApiLogSink({
    entry,
    workerData: { url, connectTimeoutMs: 2_000, queryTimeoutMs: 10_000, entry: new URL('../../src/api-log-thread.ts', import.meta.url).href },
    fallback: inlineApiLogSink(createApiLogWriter({ apiLogs: apiLogRepository(db), isUnavailable: () => false })),
    onThreadExit: (e) => exits.push(e),
  });
  return { sink, exits };
}

describe('API log thread', () => {
  it('builds and writes the entries of captured requests; flush waits for them; secrets never reach the row', async () => {
    const url = await createTestDatabase();
    const { sink, exits } = await threadedSink(url);
    const db = createDb({ url, max: 1 });
    try {
      const captures = Array.from({ length: 300 }, (_, i) => capture({ status: i % 2 ? 200 : 401 }));
      for (const c of captures) sink.record(c);
      await sink.flush();
      const rows = await db.selectFrom('api_logs').selectAll().execute();
      expect(exits).toEqual([]);
      expect(rows).toHaveLength(300);
      expect(sink.stats()).toMatchObject({ written: 300, dropped: 0 });
      const row = rows.find((r) => r.status === 401)!;
      expect(row).toMatchObject({ method: 'POST', path: '/oauth/introspect', ip_address: '127.0.0.1', user_agent: 'test-agent', latency_ms: 1.5 });
      expect(row.request).toEqual({
        headers: { Accept: 'application/json', Host: 'localhost', 'User-Agent': 'test-agent', Authorization: 'Bearer tsk_sandbox_AAAA****' },
        getParams: { x: '1' },
        postParams: { token: '[REDACTED]', client_id: 'api_123' },
      });
      expect(row.response_headers).toEqual({ 'Cache-Control': 'no-store', 'Content-Type': 'application/json; charset=utf-8', 'Request-Id': 'req_x' });
      expect(JSON.stringify(rows)).not.toContain(KEY);

      // Recorded after the last flush: close() writes them before the thread ends.
      sink.record(capture({ url: '/after' }));
      await sink.close();
      expect(await db.selectFrom('api_logs').select('id').where('path', '=', '/after').execute()).toHaveLength(1);
      expect(exits).toEqual([]);
    } finally {
      await closeDb(db, 1_000);
    }
  });

  it('a thread that fails to start loses no capture: the writer on this thread takes them', async () => {
    const url = await createTestDatabase();
    const { sink, exits } = await threadedSink(url, new URL('data:text/javascript,throw new Error("no thread today")'));
    const db = createDb({ url, max: 1 });
    try {
      for (let i = 0; i < 5; i++) sink.record(capture({ url: '/fallback' }));
      await sink.flush();
      // Reported once, with the thread's own error.
      expect(exits).toHaveLength(1);
      expect(String(exits[0])).toContain('no thread today');
      expect(await db.selectFrom('api_logs').select('id').where('path', '=', '/fallback').execute()).toHaveLength(5);
      sink.record(capture({ url: '/fallback' }));
      await sink.close();
      expect(await db.selectFrom('api_logs').select('id').where('path', '=', '/fallback').execute()).toHaveLength(6);
    } finally {
      await closeDb(db, 1_000);
    }
  });
});
