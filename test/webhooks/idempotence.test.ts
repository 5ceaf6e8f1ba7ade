/**
 * Jobs run again (a lease runs out, a process dies): the fan-out of one event
 * adds one delivery however often it runs, and two runs of one scheduled
 * attempt — both sending — record it once. No worker runs here; the test
 * calls the job handlers itself.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeId } from '../../src/core/ids.js';
import { DISPATCH_JOB, WEBHOOK_DELIVER_JOB } from '../../src/events/index.js';
import { jobHandlers } from '../../src/jobs-registry.js';
import { workerHandlers, type JobHandler } from '../../src/jobs/index.js';
import { createOrg, createTestApp, type TestApp, type TestOrg } from '../harness.js';
import { createHook, deliveries, newInquiry } from './helpers.js';
import { Receiver } from './receiver.js';

let t: TestApp;
let org: TestOrg;
let receiver: Receiver;
let handlers: Record<string, JobHandler>;

beforeAll(async () => {
  t = await createTestApp({ env: { TESSERA_WEBHOOK_ALLOW_PRIVATE: 'true' } });
  org = await createOrg(t);
  receiver = await Receiver.start();
  handlers = workerHandlers(jobHandlers(t.deps));
});

const run = (kind: string, payload: Record<string, unknown>) =>
  handlers[kind]!({ job: { id: randomUUID(), kind, payload, attempts: 1, maxAttempts: 5 }, lastAttempt: false });

describe('repeated jobs', () => {
  it('fan out one delivery per webhook and event, and record one attempt for two runs of it', async () => {
    const hook = await createHook(t, org, { url: receiver.url });
    receiver.secrets.push(hook.secret);
    const inquiry = await newInquiry(t, org);
    const event = await t.deps.db
      .selectFrom('events')
      .select('id')
      .where('name', '=', 'inquiry.created')
      .where('object_id', '=', decodeId('inq', inquiry.id)!)
      .executeTakeFirstOrThrow();

    await Promise.all([run(DISPATCH_JOB, { eventId: event.id }), run(DISPATCH_JOB, { eventId: event.id })]);
    await run(DISPATCH_JOB, { eventId: event.id });
    const [delivery, ...more] = await deliveries(t, org, hook.id);
    expect(more).toEqual([]);
    const jobs = await t.deps.db.selectFrom('jobs').select('dedupe_key').where('kind', '=', WEBHOOK_DELIVER_JOB).execute();
    expect(jobs).toHaveLength(1);

    // Both runs send (at least once delivery); the receiver is slow enough for them to overlap.
    receiver.respond = async () => {
      await new Promise((r) => setTimeout(r, 200));
      return 200;
    };
    const deliveryId = decodeId('dlv', delivery.id)!;
    await Promise.all([run(WEBHOOK_DELIVER_JOB, { deliveryId, attempt: 1 }), run(WEBHOOK_DELIVER_JOB, { deliveryId, attempt: 1 })]);
    expect(receiver.received.map((r) => r.headers['webhook-id'])).toEqual([delivery.id, delivery.id]);
    const [after] = await deliveries(t, org, hook.id);
    expect(after.attributes).toMatchObject({ status: 'succeeded', 'attempts-made': 1 });
    expect(after.attributes.attempts).toHaveLength(1);

    // A run of an attempt the delivery no longer awaits sends nothing.
    await run(WEBHOOK_DELIVER_JOB, { deliveryId, attempt: 1 });
    await run(WEBHOOK_DELIVER_JOB, { deliveryId, attempt: 2 });
    expect(receiver.received).toHaveLength(2);
  });
});
