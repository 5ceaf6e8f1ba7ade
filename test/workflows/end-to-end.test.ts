/**
 * Issue 4 acceptance: the demo's two workflows carry a completed inquiry from
 * source to a redeemed destination copy with no API call after "complete the
 * inquiry"; tokens on another connection are never touched. And §11 item 19:
 * a destination workflow redeems once even with two workers (and the same
 * event dispatched twice); the run's creator is the event.
 */
import fs from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/cli/demo.js';
import { decodeId } from '../../src/core/ids.js';
import { DISPATCH_JOB } from '../../src/events/index.js';
import { createWorker, workerHandlers } from '../../src/jobs/index.js';
import { jobHandlers } from '../../src/jobs-registry.js';
import { createOrg, createTestApp, type TestApp, type TestOrg } from '../harness.js';
import {
  addVerification,
  completeInquiry,
  createActiveConnection,
  createCompletedInquiry,
  createInquiry,
  createShareToken,
  must,
  send,
  type Body,
} from '../fixtures/connect-objects.js';
import { createHook } from '../webhooks/helpers.js';
import { Receiver } from '../webhooks/receiver.js';
import { createSharingWorkflows, createWorkflow, drainAll, REDEEM, runsOf, stepResults, tokensOf } from './helpers.js';

// Webhook receivers listen on 127.0.0.1; deliveries go out on their first attempt while the queue drains.
const t = await createTestApp({ env: { TESSERA_RATE_LIMIT_PER_MINUTE: '100000', TESSERA_WEBHOOK_ALLOW_PRIVATE: 'true' } });

/** A receiver for every event of `org`, verifying both signature schemes. */
async function listen(org: TestOrg): Promise<Receiver> {
  const receiver = await Receiver.start();
  const hook = await createHook(t, org, { url: receiver.url, 'enabled-events': ['*'] });
  receiver.secrets = [hook.secret];
  return receiver;
}

/** Event names a receiver got, in arrival order, each verified. */
function delivered(receiver: Receiver): string[] {
  expect(receiver.problems()).toEqual([]);
  return receiver.received.map((r) => JSON.parse(r.body).data.attributes.name as string);
}

/** Every event name of `org`, oldest first. */
async function eventNames(app: TestApp, org: { apiKey: string }): Promise<string[]> {
  const list = must(await send(app, org.apiKey, 'GET', '/events?page%5Bsize%5D=100'), 200, 'events').data;
  return list.map((e: Body) => e.attributes.name).reverse();
}

describe('two organizations with the demo-style workflows', () => {
  let source: TestOrg;
  let destination: TestOrg;
  let other: TestOrg;
  let automated: Body;
  let manual: Body;

  beforeAll(async () => {
    [source, destination, other] = await Promise.all([createOrg(t), createOrg(t), createOrg(t)]);
    automated = await createActiveConnection(t, source, destination);
    // A second connection into the same destination environment, used by hand only.
    manual = await createActiveConnection(t, other, destination);
  });

  it('carry a completed inquiry to a redeemed copy with no API call after completing it', async () => {
    const { share, redeem } = await createSharingWorkflows(t, source, destination, automated.id);
    const [sourceHooks, destinationHooks] = [await listen(source), await listen(destination)];
    const { inquiry: manualInquiry } = await createCompletedInquiry(t, other);
    const manualToken = await createShareToken(t, other, manual.id, manualInquiry.id);

    // The source's user: create, verify, complete — then nothing more.
    const created = await createInquiry(t, source);
    await addVerification(t, source, created.id, 'government-id');
    await completeInquiry(t, source, created.id);
    await drainAll(t);

    const [shareRun] = await runsOf(t, source, share.id);
    const [redeemRun] = await runsOf(t, destination, redeem.id);
    expect(shareRun?.attributes.status).toBe('completed');
    expect(redeemRun?.attributes.status).toBe('completed');
    expect(await runsOf(t, source)).toHaveLength(1);
    expect(await runsOf(t, destination)).toHaveLength(1);

    const tokenId = (await stepResults(t, source, shareRun.id))[0].output['share-token-id'];
    expect((await stepResults(t, destination, redeemRun.id))[0].output).toEqual({ 'share-token-id': tokenId });
    const token = must(await send(t, destination.apiKey, 'GET', `/connect/share-tokens/${tokenId}?include=destination`), 200, 'token');
    expect(token.data.attributes).toMatchObject({ status: 'redeemed', direction: 'inbound', 'redeem-mode': 'clone' });
    expect(token.data.relationships.connection.data.id).toBe(automated.id);
    const copy = token.included[0];
    expect(copy).toMatchObject({ type: 'inquiry', attributes: { status: 'completed', fields: created.attributes.fields } });
    expect(copy.relationships.verifications.data).toEqual([{ type: 'verification/government-id', id: expect.stringMatching(/^ver_/) }]);
    const outboundBody = must(await send(t, source.apiKey, 'GET', `/connect/share-tokens/${tokenId}?include=creator`), 200, 'outbound');
    const outbound = outboundBody.data;
    expect(outbound.relationships.creator.data).toEqual({ type: 'workflow', id: share.id });
    // include=creator names the workflow object itself (issue 12).
    expect(outboundBody.included).toEqual([{ type: 'workflow', id: share.id, attributes: { status: share.attributes.status, name: share.attributes.name, 'created-at': share.attributes['created-at'] } }]);

    // The redeem run was started by the inbound-created event.
    const inboundCreated = must(await send(t, destination.apiKey, 'GET', `/events?filter%5Bname%5D=connect/share-token.inbound-created&filter%5Bobject-id%5D=${tokenId}`), 200, 'events').data;
    expect(redeemRun.relationships.creator.data).toEqual({ type: 'event', id: inboundCreated[0].id });

    // The manual connection's token is untouched.
    const still = must(await send(t, destination.apiKey, 'GET', `/connect/share-tokens/${manualToken.id}`), 200, 'manual').data;
    expect(still.attributes).toMatchObject({ status: 'created', 'pending-at': null, 'redeem-mode': null });
    expect((await tokensOf(t, other)).map((tk) => tk.attributes.status)).toEqual(['created']);

    // Both organizations saw the whole story as events.
    expect(await eventNames(t, source)).toEqual(
      expect.arrayContaining(['inquiry.completed', 'workflow-run.created', 'connect/share-token.outbound-created', 'workflow-run.completed', 'connect/share-token.outbound-redeemed']),
    );
    expect(await eventNames(t, destination)).toEqual(
      expect.arrayContaining(['connect/share-token.inbound-created', 'workflow-run.created', 'workflow-run.completed', 'connect/share-token.inbound-redeemed', 'inquiry.created', 'inquiry.completed']),
    );
    // …and both organizations' webhooks received them, signed.
    expect(delivered(sourceHooks)).toEqual(
      expect.arrayContaining(['inquiry.completed', 'workflow-run.created', 'connect/share-token.outbound-created', 'workflow-run.completed', 'connect/share-token.outbound-redeemed']),
    );
    expect(delivered(destinationHooks)).toEqual(
      expect.arrayContaining(['connect/share-token.inbound-created', 'workflow-run.created', 'workflow-run.completed', 'connect/share-token.inbound-redeemed', 'inquiry.created', 'inquiry.completed']),
    );
    const redeemRunEvents = destinationHooks.received.map((r) => JSON.parse(r.body).data).filter((e) => e.attributes.payload.data.id === redeemRun.id);
    expect(redeemRunEvents.map((e) => e.attributes.name)).toEqual(['workflow-run.created', 'workflow-run.completed']);
  });
});

describe('§11 item 19: a destination workflow redeems once, even with two workers', () => {
  it('one run, one redemption, one copy; the run’s creator is the event', async () => {
    const source = await createOrg(t);
    const destination = await createOrg(t);
    const cxn = await createActiveConnection(t, source, destination);
    // Only the destination's workflow: the token below is made by hand.
    const redeem = await createWorkflow(t, destination, {
      eventName: 'connect/share-token.inbound-created',
      filter: { '/relationships/connection/data/id': cxn.id },
      steps: [REDEEM],
    });
    const { inquiry } = await createCompletedInquiry(t, source);
    const token = await createShareToken(t, source, cxn.id, inquiry.id);

    const event = must(
      await send(t, destination.apiKey, 'GET', `/events?filter%5Bname%5D=connect/share-token.inbound-created&filter%5Bobject-id%5D=${token.id}`),
      200,
      'event',
    ).data[0];
    // The same event dispatched a second and third time, as after lost leases.
    const eventUuid = decodeId('evt', event.id)!;
    await t.deps.store.jobs.enqueue(
      [1, 2].map(() => ({ kind: DISPATCH_JOB, payload: { eventId: eventUuid } })),
      t.deps.clock.now(),
    );
    const workers = [0, 1].map(() =>
      createWorker({ jobs: t.deps.store.jobs, handlers: workerHandlers(jobHandlers(t.deps)), clock: t.deps.clock, leaseMs: 30_000, pollMs: 10, concurrency: 8 }),
    );
    for (let i = 0; i < 10; i++) {
      const counts = await Promise.all(workers.map((w) => w.drain()));
      if (counts.every((n) => n === 0)) break;
    }

    const runs = await runsOf(t, destination, redeem.id);
    expect(runs).toHaveLength(1);
    expect(runs[0].attributes.status).toBe('completed');
    expect(runs[0].relationships.creator).toEqual({ data: { type: 'event', id: event.id } });
    const redeemed = must(await send(t, destination.apiKey, 'GET', `/connect/share-tokens/${token.id}`), 200, 'token').data;
    expect(redeemed.attributes.status).toBe('redeemed');
    const copies = must(await send(t, destination.apiKey, 'GET', '/inquiries?page%5Bsize%5D=100'), 200, 'inquiries').data;
    expect(copies).toHaveLength(1);
    const redeemedEvents = must(await send(t, destination.apiKey, 'GET', `/events?filter%5Bname%5D=connect/share-token.inbound-redeemed&filter%5Bobject-id%5D=${token.id}`), 200, 'events').data;
    expect(redeemedEvents).toHaveLength(1);
  });
});

describe('the --demo data', () => {
  it('has a second active connection whose workflows carry a completed inquiry across, leaving the first one alone', async () => {
    const demo = await seedDemo({ deps: t.deps, baseUrl: 'http://127.0.0.1:0', print: () => undefined });
    const onDisk = JSON.parse(await fs.readFile(`${t.config.dataDir}/demo.json`, 'utf8'));
    expect(onDisk.automatedConnectionId).toBe(demo.automatedConnectionId);
    expect(demo.automatedConnectionId).toMatch(/^cxn_/);
    expect(demo.automatedConnectionId).not.toBe(demo.connectionId);
    const { source, destination } = demo;

    const automated = must(await send(t, source.apiKey, 'GET', `/connect/connections/${demo.automatedConnectionId}`), 200, 'automated').data;
    expect(automated.attributes).toMatchObject({
      status: 'active',
      'source-organization-id': source.organizationId,
      'destination-organization-id': destination.organizationId,
    });
    const share = must(await send(t, source.apiKey, 'GET', `/workflows/${demo.automatedWorkflows.share}`), 200, 'share').data;
    expect(share.attributes).toMatchObject({ status: 'running', trigger: { 'event-name': 'inquiry.completed' } });
    const redeem = must(await send(t, destination.apiKey, 'GET', `/workflows/${demo.automatedWorkflows.redeem}`), 200, 'redeem').data;
    expect(redeem.attributes.trigger).toEqual({
      'event-name': 'connect/share-token.inbound-created',
      filter: { '/relationships/connection/data/id': demo.automatedConnectionId },
    });

    // Seed 001 by hand on the first connection: a token nobody redeems.
    const manualToken = await createShareToken(t, source as unknown as TestOrg, demo.connectionId, demo.inquiryId);

    // Automated: complete an inquiry at the automated connection's source, then no API call.
    const sharer = source as unknown as TestOrg;
    const receiver = destination as unknown as TestOrg;
    const [sharerHooks, receiverHooks] = [await listen(sharer), await listen(receiver)];
    const created = await createInquiry(t, sharer);
    await completeInquiry(t, sharer, created.id);
    await drainAll(t);

    const [shareRun] = await runsOf(t, sharer, demo.automatedWorkflows.share);
    const [redeemRun] = await runsOf(t, receiver, demo.automatedWorkflows.redeem);
    expect(shareRun?.attributes.status).toBe('completed');
    expect(redeemRun?.attributes.status).toBe('completed');
    const tokenId = (await stepResults(t, sharer, shareRun.id))[0].output['share-token-id'];
    const token = must(await send(t, destination.apiKey, 'GET', `/connect/share-tokens/${tokenId}?include=destination`), 200, 'token');
    expect(token.data.attributes.status).toBe('redeemed');
    expect(token.included[0].attributes.fields).toEqual(created.attributes.fields);
    expect(delivered(sharerHooks)).toEqual(
      expect.arrayContaining(['inquiry.completed', 'workflow-run.created', 'connect/share-token.outbound-created', 'workflow-run.completed', 'connect/share-token.outbound-redeemed']),
    );
    expect(delivered(receiverHooks)).toEqual(
      expect.arrayContaining(['connect/share-token.inbound-created', 'workflow-run.created', 'workflow-run.completed', 'connect/share-token.inbound-redeemed', 'inquiry.completed']),
    );

    const first = must(await send(t, destination.apiKey, 'GET', `/connect/share-tokens/${manualToken.id}`), 200, 'manual').data;
    expect(first.attributes).toMatchObject({ status: 'created', 'pending-at': null });
    const onFirst = must(await send(t, source.apiKey, 'GET', `/connect/share-tokens?filter%5Bconnection-id%5D=${demo.connectionId}`), 200, 'first').data;
    expect(onFirst.map((tk: Body) => [tk.id, tk.attributes.status])).toEqual([[manualToken.id, 'created']]);

    // A second start reuses everything.
    const again = await seedDemo({ deps: t.deps, baseUrl: 'http://127.0.0.1:1', print: () => undefined });
    expect({ ...again, baseUrl: demo.baseUrl }).toEqual(demo);
  });
});
