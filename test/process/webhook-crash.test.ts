/**
 * A worker killed (SIGKILL) in the middle of a webhook delivery — the request
 * is on the wire, the receiver has not answered — records nothing; once the
 * job's lease runs out another worker process makes the attempt again, with
 * the same `webhook-id`, and the receiver's answer is recorded.
 */
import { describe, expect, it } from 'vitest';
import { connect, createOrg, createTestApp, TEST_SECRET } from '../harness.js';
import { Receiver } from '../webhooks/receiver.js';
import { createHook, deliveries, newInquiry } from '../webhooks/helpers.js';
import { processTestContext, waitFor } from './cli.js';

const procs = processTestContext();

describe('a webhook delivery survives a killed worker', () => {
  it('is made again by another process after the lease, with the same webhook-id', { timeout: 90_000 }, async () => {
    const t = await createTestApp({ env: { TESSERA_WEBHOOK_ALLOW_PRIVATE: 'true' } });
    const org = await createOrg(t);
    const receiver = await Receiver.start();
    receiver.respond = () => 'hang';
    const hook = await createHook(t, org, { url: receiver.url });
    receiver.secrets.push(hook.secret);
    const inquiry = await newInquiry(t, org);

    const env = {
      DATABASE_URL: t.databaseUrl,
      TESSERA_SECRET: TEST_SECRET,
      TESSERA_JOB_LEASE_MS: '1500',
      TESSERA_JOB_POLL_MS: '50',
      TESSERA_WEBHOOK_ALLOW_PRIVATE: 'true',
    };
    const first = procs.cli(['serve', '--role', 'worker', '--port', '0', '--data-dir', await procs.dataDir()], env);
    const hung = await waitFor('the first worker to be mid-delivery', () => receiver.received[0], 40_000);
    first.child.kill('SIGKILL');
    await first.exited;
    // Nothing was recorded by the killed worker.
    const [pending] = await deliveries(t, org, hook.id);
    expect(pending.attributes).toMatchObject({ status: 'pending', 'attempts-made': 0 });

    receiver.respond = () => 200;
    procs.cli(['serve', '--role', 'worker', '--port', '0', '--data-dir', await procs.dataDir()], env);
    const again = await waitFor('the second worker to deliver', () => receiver.received.find((r) => r.status === 200), 40_000);

    expect(again.headers['webhook-id']).toBe(hung.headers['webhook-id']);
    expect(again.headers['webhook-id']).toBe(pending.id);
    expect(again.problems).toEqual([]);
    expect(hung.problems).toEqual([]);
    expect(JSON.parse(again.body).data.attributes.payload.data.id).toBe(inquiry.id);
    expect(JSON.parse(again.body)).toEqual(JSON.parse(hung.body));

    const done = await waitFor('the attempt to be recorded', async () => {
      const res = await connect(t, org.apiKey, { method: 'GET', url: `/webhooks/${hook.id}/deliveries` });
      const d = res.json().data[0];
      return d?.attributes.status === 'succeeded' ? d : undefined;
    });
    expect(done.attributes['attempts-made']).toBe(1);
    expect(done.attributes.attempts).toEqual([expect.objectContaining({ 'status-code': 200, error: null })]);
    // The job row is marked done just after the attempt is recorded.
    const job = await waitFor('the delivery job to be marked done', async () => {
      const row = await t.deps.db.selectFrom('jobs').select(['status', 'attempts']).where('kind', '=', 'webhook.deliver').executeTakeFirstOrThrow();
      return row.status === 'done' ? row : undefined;
    });
    expect(job.attempts).toBeGreaterThanOrEqual(2);
  });
});
