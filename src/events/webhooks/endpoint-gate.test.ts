/**
 * The per-receiver gate of webhook attempts (issue 15, isolation): a receiver
 * gets at most `limit` attempts in flight, more wait only while the expected
 * wait is short, and the rest are turned away with a time to come back that
 * spreads them at the receiver's pace. Other receivers are never affected.
 */
import { describe, expect, it } from 'vitest';
import { createEndpointGate } from './endpoint-gate.js';

/** Whether `p` has settled by the time pending microtasks have run. */
async function settled(p: Promise<unknown>): Promise<boolean> {
  let done = false;
  void p.then(() => (done = true));
  await new Promise((resolve) => setImmediate(resolve));
  return done;
}

describe('endpoint gate', () => {
  it('lets `limit` attempts in at once, queues the next and hands it the first slot freed', async () => {
    const gate = createEndpointGate({ limit: 2 });
    const a = gate.enter('https://a.example')!;
    const b = gate.enter('https://a.example')!;
    expect(await settled(a)).toBe(true);
    expect(await settled(b)).toBe(true);
    const c = gate.enter('https://a.example');
    expect(c).not.toBeNull();
    expect(await settled(c!)).toBe(false);
    (await a)(5);
    expect(await settled(c!)).toBe(true);
  });

  it('turns an attempt away when the receiver has been slow, and never holds up another receiver', async () => {
    const gate = createEndpointGate({ limit: 1, maxWaitMs: 2_000 });
    const first = await gate.enter('https://slow.example')!;
    first(10_000); // the receiver took 10 s to answer
    const inFlight = gate.enter('https://slow.example')!;
    expect(await settled(inFlight)).toBe(true);
    // One slot, 10 s an attempt: the next would wait about 10 s, more than 2 s.
    expect(gate.enter('https://slow.example')).toBeNull();
    const other = gate.enter('https://fast.example')!;
    expect(await settled(other)).toBe(true);
  });

  it('caps the attempts waiting per receiver however fast it answers', async () => {
    const gate = createEndpointGate({ limit: 1, maxWaiting: 2 });
    await gate.enter('https://a.example')!;
    const waiting = [gate.enter('https://a.example'), gate.enter('https://a.example')];
    expect(waiting.every((w) => w !== null)).toBe(true);
    expect(gate.enter('https://a.example')).toBeNull();
  });

  it('a release called twice frees one slot only', async () => {
    const gate = createEndpointGate({ limit: 1 });
    const release = await gate.enter('https://a.example')!;
    release(1);
    release(1);
    const one = gate.enter('https://a.example')!;
    expect(await settled(one)).toBe(true);
    const two = gate.enter('https://a.example')!;
    expect(await settled(two)).toBe(false);
  });

  it('spreads turned-away attempts at the pace the receiver answers, no sooner than the minimum and no later than the maximum', async () => {
    const gate = createEndpointGate({ limit: 2, minDelayMs: 1_000, maxDelayMs: 60_000 });
    const release = await gate.enter('https://slow.example')!;
    release(10_000); // 2 slots at 10 s each: one attempt every 5 s
    const now = new Date('2026-12-04T12:00:00Z');
    const times = [1, 2, 3].map(() => gate.retryAt('https://slow.example', now).getTime() - now.getTime());
    expect(times[0]).toBeGreaterThanOrEqual(1_000);
    expect(times[1]! - times[0]!).toBe(5_000);
    expect(times[2]! - times[1]!).toBe(5_000);
    for (let i = 0; i < 20; i++) gate.retryAt('https://slow.example', now);
    expect(gate.retryAt('https://slow.example', now).getTime() - now.getTime()).toBe(60_000);
  });
});
