/**
 * GET /connect/share-tokens/:id under concurrency: reads that arrive together
 * share one query (storage/batched-reads.ts), and every caller must still get
 * exactly its own answer, never another party's view or a state older than
 * its request.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { connect, createOrg, createTestApp, type TestApp, type TestOrg } from '../harness.js';
import { createShareToken, createSharing, makeInquiry, type Sharing } from '../fixtures/sharing.js';

let t: TestApp;
let s: Sharing;
let stranger: TestOrg;
let tokens: string[];

beforeAll(async () => {
  t = await createTestApp();
  s = await createSharing(t);
  stranger = await createOrg(t);
  const inquiry = await makeInquiry(t, s.source);
  tokens = [];
  for (let i = 0; i < 3; i++) tokens.push((await createShareToken(t, s, inquiry.id)).json().data.id);
});

const get = (key: string, id: string) => connect(t, key, { method: 'GET', url: `/connect/share-tokens/${id}` });

describe('concurrent reads of share tokens', () => {
  it('answer each caller as its own sequential read would: both parties, several tokens, unknown ids and strangers', async () => {
    const unknown = 'cnst_000000000000000000000000';
    const callers = [s.source.apiKey, s.destination.apiKey, stranger.apiKey];
    const asks: Array<[string, string]> = [];
    for (let round = 0; round < 4; round++) for (const key of callers) for (const id of [...tokens, unknown]) asks.push([key, id]);

    const expected = new Map<string, { status: number; body: string }>();
    for (const [key, id] of asks) {
      if (expected.has(key + id)) continue;
      const res = await get(key, id);
      expected.set(key + id, { status: res.statusCode, body: res.body });
    }
    // Sanity: the sequential answers differ by party, and strangers and unknown ids are 404.
    expect(expected.get(s.source.apiKey + tokens[0])!.status).toBe(200);
    expect(JSON.parse(expected.get(s.source.apiKey + tokens[0])!.body).data.attributes.direction).toBe('outbound');
    expect(JSON.parse(expected.get(s.destination.apiKey + tokens[0])!.body).data.attributes.direction).toBe('inbound');
    expect(expected.get(stranger.apiKey + tokens[0])!.status).toBe(404);
    expect(expected.get(s.source.apiKey + unknown)!.status).toBe(404);

    const answers = await Promise.all(asks.map(([key, id]) => get(key, id)));
    answers.forEach((res, i) => {
      const [key, id] = asks[i]!;
      expect({ status: res.statusCode, body: res.body }).toEqual(expected.get(key + id));
    });
  });

  it('see a change made before the read was sent, even when other reads of the token are in flight', async () => {
    const id = tokens[2]!;
    const before = await Promise.all([get(s.source.apiKey, id), get(s.destination.apiKey, id)]);
    expect(before.map((r) => r.json().data.attributes.status)).toEqual(['created', 'created']);
    const expired = await connect(t, s.source.apiKey, { method: 'POST', url: `/connect/share-tokens/${id}/expire`, payload: {} });
    expect(expired.statusCode).toBe(200);
    const after = await Promise.all([get(s.source.apiKey, id), get(s.destination.apiKey, id), get(s.source.apiKey, tokens[0]!)]);
    expect(after.map((r) => r.json().data.attributes.status)).toEqual(['expired', 'expired', 'created']);
  });
});
