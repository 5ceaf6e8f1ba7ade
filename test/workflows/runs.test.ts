/**
 * Workflow runs (connect-api.md §7): the trigger API, runs and step results,
 * retries then failure with skipped steps, wait steps, one run per workflow
 * and event, and the chain guard.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/core/clock.js';
import { decodeId } from '../../src/core/ids.js';
import { DISPATCH_JOB } from '../../src/events/index.js';
import { runWorkflowStep } from '../../src/workflows/index.js';
import { createOrg, createTestApp, type TestOrg } from '../harness.js';
import { createActiveConnection, createCompletedInquiry, createInquiry, must, randomId, send, type Body } from '../fixtures/connect-objects.js';
import { createWorkflow, drainAll, expectError, REDEEM, runsOf, SHARE_ON, stepResults, tokensOf } from './helpers.js';

const clock = manualClock(new Date('2026-03-01T12:00:00.000Z'));
const t = await createTestApp({ clock, env: { TESSERA_RATE_LIMIT_PER_MINUTE: '100000' } });
let source: TestOrg;
let destination: TestOrg;
let connection: Body;

beforeAll(async () => {
  [source, destination] = await Promise.all([createOrg(t), createOrg(t)]);
  connection = await createActiveConnection(t, source, destination);
});

const trigger = (org: TestOrg, workflowId: string, fields: Record<string, unknown>, headers?: Record<string, string>) =>
  send(t, org.apiKey, 'POST', `/workflows/${workflowId}/trigger`, { body: { data: { attributes: { fields } } }, ...(headers ? { headers } : {}) });

/** Drains, then moves the clock past every retry backoff, until the run has ended. */
async function settle(org: TestOrg, runId: string): Promise<Body> {
  for (let i = 0; i < 20; i++) {
    await drainAll(t);
    const run = must(await send(t, org.apiKey, 'GET', `/workflow-runs/${runId}`), 200, 'get run').data;
    if (run.attributes.status !== 'in_progress') return run;
    clock.advance(10 * 60_000);
  }
  throw new Error(`run ${runId} did not end`);
}

async function eventNames(org: TestOrg, objectId: string): Promise<string[]> {
  const list = must(await send(t, org.apiKey, 'GET', `/events?page%5Bsize%5D=100&filter%5Bobject-id%5D=${objectId}`), 200, 'events').data;
  return list.map((e: Body) => e.attributes.name).reverse();
}

describe('POST /workflows/:id/trigger', () => {
  it('starts a run on fields.source-id that shares the record, the workflow as creator', async () => {
    const w = await createWorkflow(t, source, { eventName: 'inquiry.approved', steps: [SHARE_ON(connection.id, { 'expires-in-seconds': 3600 })] });
    const { inquiry } = await createCompletedInquiry(t, source);
    const res = await trigger(source, w.id, { 'source-id': inquiry.id, note: 'anything else is ignored' });
    const started = must(res, 200, 'trigger').data;
    expect(started).toEqual({
      type: 'workflow-run',
      id: expect.stringMatching(/^wfr_[0-9A-Za-z]{24}$/),
      attributes: { status: 'in_progress', 'created-at': clock.now().toISOString(), 'completed-at': null },
      relationships: { workflow: { data: { type: 'workflow', id: w.id } }, creator: { data: null } },
      meta: { 'processing-time-seconds': null },
    });

    clock.advance(1500);
    await drainAll(t);
    const run = must(await send(t, source.apiKey, 'GET', `/workflow-runs/${started.id}`), 200, 'get run').data;
    expect(run.attributes).toEqual({ status: 'completed', 'created-at': started.attributes['created-at'], 'completed-at': clock.now().toISOString() });
    expect(run.meta).toEqual({ 'processing-time-seconds': 1.5 });
    const [step] = await stepResults(t, source, started.id);
    expect(step).toEqual({
      index: 0,
      type: 'create-share-token',
      status: 'completed',
      'started-at': clock.now().toISOString(),
      'finished-at': clock.now().toISOString(),
      output: { 'share-token-id': expect.stringMatching(/^cnst_/) },
      error: null,
    });
    const token = must(await send(t, source.apiKey, 'GET', `/connect/share-tokens/${step.output['share-token-id']}`), 200, 'token').data;
    expect(token.relationships.creator).toEqual({ data: { type: 'workflow', id: w.id } });
    expect(token.relationships.source).toEqual({ data: { type: 'inquiry', id: inquiry.id } });
    expect(Date.parse(token.attributes['expires-at']) - Date.parse(token.attributes['created-at'])).toBe(3600_000);
    expect(await eventNames(source, started.id)).toEqual(['workflow-run.created', 'workflow-run.completed']);
  });

  it('redeems fields.share-token-id at the destination, and includes the workflow', async () => {
    const { inquiry } = await createCompletedInquiry(t, source);
    const token = must(
      await send(t, source.apiKey, 'POST', '/connect/share-tokens', { body: { data: { attributes: { 'connection-id': connection.id, 'source-id': inquiry.id } } } }),
      201,
      'token',
    ).data;
    const w = await createWorkflow(t, destination, { name: 'redeemer', eventName: 'inquiry.approved', steps: [REDEEM] });
    const run = must(await trigger(destination, w.id, { 'share-token-id': token.id }), 200, 'trigger').data;
    await drainAll(t);
    const redeemed = must(await send(t, destination.apiKey, 'GET', `/connect/share-tokens/${token.id}`), 200, 'token').data;
    expect(redeemed.attributes.status).toBe('redeemed');
    expect(redeemed.relationships.destination.data.id).toMatch(/^inq_/);
    const withWorkflow = must(await send(t, destination.apiKey, 'GET', `/workflow-runs/${run.id}?include=workflow`), 200, 'include').data;
    expect(withWorkflow.attributes.status).toBe('completed');
    const body = must(await send(t, destination.apiKey, 'GET', `/workflow-runs/${run.id}?include=workflow,creator`), 200, 'include');
    expect(body.included).toEqual([{ type: 'workflow', id: w.id, attributes: { status: 'running', name: 'redeemer', 'created-at': w.attributes['created-at'] } }]);
    expect(must(await send(t, destination.apiKey, 'GET', `/workflow-runs/${run.id}?include=`), 200, 'include none').included).toEqual([]);
    expect((await send(t, destination.apiKey, 'GET', `/workflow-runs/${run.id}?include=steps`)).statusCode).toBe(400);
  });

  it('refuses workflows not running, bad and invisible objects', async () => {
    const w = await createWorkflow(t, source, { status: 'paused', eventName: 'inquiry.approved', steps: [SHARE_ON(connection.id)] });
    expectError(await trigger(source, w.id, {}), 422, 'Workflow is paused, not running');
    must(await send(t, source.apiKey, 'DELETE', `/workflows/${w.id}`), 200, 'archive');
    expectError(await trigger(source, w.id, {}), 422, 'Workflow is archived, not running');

    const running = await createWorkflow(t, source, { eventName: 'inquiry.approved', steps: [SHARE_ON(connection.id)] });
    expectError(await trigger(source, running.id, { 'source-id': randomId('wbh') }), 422, /source-id must be/, '/data/attributes/fields/source-id');
    expectError(await trigger(source, running.id, { 'source-id': 7 }), 422, /source-id must be a string/, '/data/attributes/fields/source-id');
    const theirs = await createInquiry(t, destination);
    expectError(await trigger(source, running.id, { 'source-id': theirs.id }), 404, 'data.attributes.fields.source-id is not found');
    expectError(await trigger(source, running.id, { 'share-token-id': randomId('cnst') }), 404, 'data.attributes.fields.share-token-id is not found');
    expect((await trigger(source, randomId('wfl'), {})).statusCode).toBe(404);
    expect((await send(t, source.apiKey, 'POST', `/workflows/${running.id}/trigger`, { body: { data: { attributes: {} } } })).statusCode).toBe(400);
  });

  it('replays an Idempotency-Key instead of starting a second run', async () => {
    const w = await createWorkflow(t, source, { eventName: 'inquiry.approved', steps: [{ type: 'wait', seconds: 1 }] });
    const headers = { 'idempotency-key': `trigger-${w.id}` };
    const a = must(await trigger(source, w.id, {}, headers), 200, 'first');
    const again = await trigger(source, w.id, {}, headers);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(a);
    expect(await runsOf(t, source, w.id)).toHaveLength(1);
  });
});

describe('GET /workflow-runs', () => {
  it('lists newest first, filters by status and workflow, and refuses unknown filters', async () => {
    const org = await createOrg(t);
    const a = await createWorkflow(t, org, { eventName: 'inquiry.approved', steps: [{ type: 'wait', seconds: 5 }] });
    const b = await createWorkflow(t, org, { eventName: 'inquiry.approved', steps: [{ type: 'wait', seconds: 5 }] });
    const r1 = must(await trigger(org, a.id, {}), 200, 'r1').data;
    const r2 = must(await trigger(org, b.id, {}), 200, 'r2').data;
    const r3 = must(await trigger(org, a.id, {}), 200, 'r3').data;
    expect((await runsOf(t, org)).map((r) => r.id)).toEqual([r3.id, r2.id, r1.id]);
    expect((await runsOf(t, org, a.id)).map((r) => r.id)).toEqual([r3.id, r1.id]);
    const list = (q: string) => send(t, org.apiKey, 'GET', `/workflow-runs?${q}`);
    expect(must(await list('filter%5Bstatus%5D=completed'), 200, 'completed').data).toEqual([]);
    expect(must(await list('filter%5Bstatus%5D=in_progress,failed'), 200, 'in progress').data).toHaveLength(3);
    const paged = must(await list('page%5Bsize%5D=2'), 200, 'page');
    expect(paged.data.map((r: Body) => r.id)).toEqual([r3.id, r2.id]);
    expect(must(await send(t, org.apiKey, 'GET', paged.links.next.slice('/api/v1'.length)), 200, 'next').data.map((r: Body) => r.id)).toEqual([r1.id]);
    expect((await list('filter%5Bstatus%5D=done')).statusCode).toBe(400);
    expect((await list('filter%5Bname%5D=x')).statusCode).toBe(400);
    expect(must(await list(`filter%5Bworkflow-id%5D=${randomId('wfl')}`), 200, 'none').data).toEqual([]);
    expect(must(await send(t, source.apiKey, 'GET', '/workflow-runs?page%5Bsize%5D=100'), 200, 'other org').data.map((r: Body) => r.id)).not.toContain(r1.id);
    expect((await send(t, source.apiKey, 'GET', `/workflow-runs/${r1.id}`)).statusCode).toBe(404);
    expect((await send(t, source.apiKey, 'GET', `/workflow-runs/${r1.id}/step-results`)).statusCode).toBe(404);
  });
});

describe('running steps', () => {
  it('retries a failing step, then fails the run with the reason and skips later steps', async () => {
    // The source cannot redeem its own token: step 2 fails on every attempt.
    const w = await createWorkflow(t, source, { eventName: 'inquiry.approved', steps: [SHARE_ON(connection.id), REDEEM, { type: 'expire-share-token' }] });
    const { inquiry } = await createCompletedInquiry(t, source);
    const run = must(await trigger(source, w.id, { 'source-id': inquiry.id }), 200, 'trigger').data;
    await drainAll(t);
    const retrying = await stepResults(t, source, run.id);
    expect(retrying.map((s) => s.status)).toEqual(['completed', 'running', 'pending']);
    expect(retrying[1].error).toBe('Only the destination organization can redeem this share token');
    expect(must(await send(t, source.apiKey, 'GET', `/workflow-runs/${run.id}`), 200, 'run').data.attributes.status).toBe('in_progress');

    const ended = await settle(source, run.id);
    expect(ended.attributes).toMatchObject({ status: 'failed', 'completed-at': null });
    expect(ended.meta['processing-time-seconds']).toBeGreaterThan(0);
    const steps = await stepResults(t, source, run.id);
    expect(steps.map((s) => [s.status, s.error])).toEqual([
      ['completed', null],
      ['failed', 'Only the destination organization can redeem this share token'],
      ['skipped', null],
    ]);
    expect(steps[2]['started-at']).toBeNull();
    expect(await eventNames(source, run.id)).toEqual(['workflow-run.created', 'workflow-run.failed']);
    // The token the first step made is left as it was.
    const token = must(await send(t, source.apiKey, 'GET', `/connect/share-tokens/${steps[0].output['share-token-id']}`), 200, 'token').data;
    expect(token.attributes.status).toBe('created');
  });

  it('fails a step that has nothing to act on', async () => {
    const w = await createWorkflow(t, source, { eventName: 'inquiry.approved', steps: [{ type: 'expire-share-token' }] });
    const run = must(await trigger(source, w.id, {}), 200, 'trigger').data;
    const ended = await settle(source, run.id);
    expect(ended.attributes.status).toBe('failed');
    expect((await stepResults(t, source, run.id))[0].error).toMatch(/no share token/);
  });

  it('waits: the run stays in progress until the time has come', async () => {
    const w = await createWorkflow(t, source, { eventName: 'inquiry.approved', steps: [{ type: 'wait', seconds: 120 }, SHARE_ON(connection.id)] });
    const { inquiry } = await createCompletedInquiry(t, source);
    const run = must(await trigger(source, w.id, { 'source-id': inquiry.id }), 200, 'trigger').data;
    await drainAll(t);
    const waiting = await stepResults(t, source, run.id);
    const resumesAt = new Date(clock.now().getTime() + 120_000).toISOString();
    expect(waiting.map((s) => s.status)).toEqual(['running', 'pending']);
    expect(waiting[0].output).toEqual({ 'resumes-at': resumesAt });
    clock.advance(119_000);
    await drainAll(t);
    expect(must(await send(t, source.apiKey, 'GET', `/workflow-runs/${run.id}`), 200, 'run').data.attributes.status).toBe('in_progress');
    clock.advance(1_000);
    await drainAll(t);
    const done = must(await send(t, source.apiKey, 'GET', `/workflow-runs/${run.id}`), 200, 'run').data;
    expect(done.attributes.status).toBe('completed');
    const steps = await stepResults(t, source, run.id);
    expect(steps.map((s) => s.status)).toEqual(['completed', 'completed']);
    expect(steps[0]['finished-at']).toBe(resumesAt);
  });

  it('runs a step once even when its job runs twice', async () => {
    const w = await createWorkflow(t, source, { eventName: 'inquiry.approved', steps: [SHARE_ON(connection.id)] });
    const { inquiry } = await createCompletedInquiry(t, source);
    const run = must(await trigger(source, w.id, { 'source-id': inquiry.id }), 200, 'trigger').data;
    const deps = { store: t.deps.store, clock };
    const uuid = decodeId('wfr', run.id)!;
    await Promise.all([runWorkflowStep(deps, uuid, 0), runWorkflowStep(deps, uuid, 0)]);
    await runWorkflowStep(deps, uuid, 0);
    await drainAll(t);
    const made = (await tokensOf(t, source, '&filter%5Bdirection%5D=outbound')).filter((tk) => tk.relationships.source.data.id === inquiry.id);
    expect(made).toHaveLength(1);
    expect(must(await send(t, source.apiKey, 'GET', `/workflow-runs/${run.id}`), 200, 'run').data.attributes.status).toBe('completed');
  });
});

describe('event triggers', () => {
  it('starts one run per matching workflow and event, even when the event is dispatched twice', async () => {
    const org = await createOrg(t);
    const partner = await createOrg(t);
    const cxn = await createActiveConnection(t, org, partner);
    const share = await createWorkflow(t, org, { eventName: 'inquiry.completed', steps: [SHARE_ON(cxn.id)] });
    const filtered = await createWorkflow(t, org, { eventName: 'inquiry.completed', filter: { '/attributes/reference-id': 'nobody' }, steps: [SHARE_ON(cxn.id)] });
    const paused = await createWorkflow(t, org, { status: 'paused', eventName: 'inquiry.completed', steps: [SHARE_ON(cxn.id)] });
    const { inquiry } = await createCompletedInquiry(t, org);
    const completed = must(await send(t, org.apiKey, 'GET', `/events?filter%5Bname%5D=inquiry.completed&filter%5Bobject-id%5D=${inquiry.id}`), 200, 'event').data;
    expect(completed).toHaveLength(1);
    // The same event dispatched again (a lease that ran out), concurrently with the first dispatch.
    await t.deps.store.jobs.enqueue([{ kind: DISPATCH_JOB, payload: { eventId: decodeId('evt', completed[0].id) } }], clock.now());
    await Promise.all([t.worker.drain(), t.worker.drain()]);
    await drainAll(t);
    const runs = await runsOf(t, org);
    expect(runs).toHaveLength(1);
    expect(runs[0].relationships).toEqual({ workflow: { data: { type: 'workflow', id: share.id } }, creator: { data: { type: 'event', id: completed[0].id } } });
    expect(runs[0].attributes.status).toBe('completed');
    expect(await runsOf(t, org, filtered.id)).toEqual([]);
    expect(await runsOf(t, org, paused.id)).toEqual([]);
    expect(await tokensOf(t, org)).toHaveLength(1);
    const withCreator = must(await send(t, org.apiKey, 'GET', `/workflow-runs/${runs[0].id}?include=creator`), 200, 'creator');
    expect(withCreator.included).toEqual([expect.objectContaining({ type: 'event', id: completed[0].id })]);
  });

  it('stops a workflow triggered by its own runs at the chain limit', async () => {
    const org = await createOrg(t);
    const w = await createWorkflow(t, org, { eventName: 'workflow-run.created', steps: [{ type: 'wait', seconds: 1 }] });
    must(await trigger(org, w.id, {}), 200, 'first run');
    await drainAll(t);
    clock.advance(5_000);
    await drainAll(t);
    const runs = (await runsOf(t, org, w.id)).reverse();
    expect(runs.map((r) => r.attributes.status)).toEqual(['completed', 'completed', 'completed', 'completed', 'completed', 'failed']);
    expect((await stepResults(t, org, runs[5].id))[0].error).toMatch(/chain limit/i);
  });

  it('fails the sixth run of a chain, and starts nothing after it', async () => {
    // A and B share every completed inquiry with each other and redeem whatever arrives: a loop.
    const a = await createOrg(t);
    const b = await createOrg(t);
    const ab = await createActiveConnection(t, a, b);
    const ba = await createActiveConnection(t, b, a);
    await createWorkflow(t, a, { name: 'a shares', eventName: 'inquiry.completed', steps: [SHARE_ON(ab.id)] });
    await createWorkflow(t, b, { name: 'b redeems', eventName: 'connect/share-token.inbound-created', steps: [REDEEM] });
    await createWorkflow(t, b, { name: 'b shares', eventName: 'inquiry.completed', steps: [SHARE_ON(ba.id)] });
    await createWorkflow(t, a, { name: 'a redeems', eventName: 'connect/share-token.inbound-created', steps: [REDEEM] });
    await createCompletedInquiry(t, a);
    await drainAll(t);
    // Ids are time-ordered (UUIDv7): sorting by them is creation order.
    const runs = [...(await runsOf(t, a)), ...(await runsOf(t, b))].sort((x, y) => (decodeId('wfr', x.id)! < decodeId('wfr', y.id)! ? -1 : 1));
    expect(runs.map((r) => r.attributes.status)).toEqual(['completed', 'completed', 'completed', 'completed', 'completed', 'failed']);
    const last = runs[5];
    const steps = await stepResults(t, b, last.id);
    expect(steps).toEqual([expect.objectContaining({ status: 'failed', error: expect.stringMatching(/chain limit/i), output: null })]);
    // The last token (run 5's) stays unredeemed: the loop stopped.
    const inbound = await tokensOf(t, b, '&filter%5Bdirection%5D=inbound');
    expect(inbound.map((tk) => tk.attributes.status).sort()).toEqual(['created', 'redeemed']);
  });
});
