/**
 * Job kinds are declared once with their payloads (src/jobs/catalogue.ts); the
 * running server has a handler for each, and a handler set that misses a kind
 * stops the start-up with the kind named.
 */
import { describe, expect, it } from 'vitest';
import { JOB_KINDS, workerHandlers, type JobHandlers } from '../../src/jobs/index.js';
import { jobHandlers } from '../../src/jobs-registry.js';
import { createTestApp } from '../harness.js';

describe('job catalogue', () => {
  it('the server has a handler for every declared kind, and only those', async () => {
    const t = await createTestApp();
    const handlers = workerHandlers(jobHandlers(t.deps));
    expect(Object.keys(handlers).sort()).toEqual([...JOB_KINDS].sort());
  });

  it('a kind without a handler fails the start-up, naming it', async () => {
    const t = await createTestApp();
    const { 'webhook.deliver': _dropped, ...rest } = jobHandlers(t.deps);
    expect(() => workerHandlers(rest as JobHandlers)).toThrow('no handler for job kind webhook.deliver');
  });
});
