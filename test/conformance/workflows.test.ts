/**
 * Workflow runs (connect-api.md §7, §11.21) against the reference: the
 * trigger, list and retrieve responses, `included` objects, run events and
 * the error bodies of workflow routes. Definitions (`/workflows` CRUD) are a
 * Tessera extension the reference does not describe.
 */
import { beforeAll, expect, it } from 'vitest';
import { createOrg, createTestApp, type TestApp, type TestOrg } from '../harness.js';
import { createActiveConnection, createCompletedInquiry, randomId, send, type Body } from '../fixtures/connect-objects.js';
import { drainAll } from '../workflows/helpers.js';
import { describeConformance, expectErrorResponseConforms, expectResponseConforms, expectSchemaConforms } from './reference.js';

describeConformance('workflow runs conform to the reference', () => {
  let t: TestApp;
  let source: TestOrg;
  let destination: TestOrg;
  let workflow: Body;
  let inquiry: Body;

  beforeAll(async () => {
    t = await createTestApp({ env: { TESSERA_RATE_LIMIT_PER_MINUTE: '100000' } });
    [source, destination] = await Promise.all([createOrg(t), createOrg(t)]);
    const connection = await createActiveConnection(t, source, destination);
    const created = await send(t, source.apiKey, 'POST', '/workflows', {
      body: {
        data: {
          attributes: {
            name: 'share completed inquiries',
            trigger: { 'event-name': 'inquiry.completed' },
            steps: [{ type: 'create-share-token', 'connection-id': connection.id }],
          },
        },
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    workflow = created.json().data;
    ({ inquiry } = await createCompletedInquiry(t, source));
    await drainAll(t);
  });

  const trigger = (fields: Record<string, unknown>) =>
    send(t, source.apiKey, 'POST', `/workflows/${workflow.id}/trigger`, { body: { data: { attributes: { fields } } } });

  it('POST /workflows/{workflow-id}/trigger → 200, then the finished run', async () => {
    const started = expectResponseConforms(await trigger({ 'source-id': inquiry.id }), { method: 'POST', path: '/workflows/{workflow-id}/trigger', status: 200 });
    expect(started.data.attributes.status).toBe('in_progress');
    await drainAll(t);
    const done = expectResponseConforms(await send(t, source.apiKey, 'GET', `/workflow-runs/${started.data.id}`), {
      method: 'GET',
      path: '/workflow-runs/{workflow-run-id}',
      status: 200,
    });
    expect(done.data.attributes.status).toBe('completed');
    expect(typeof done.data.meta['processing-time-seconds']).toBe('number');
  });

  it('GET /workflow-runs → 200, every page and filter', async () => {
    const list = expectResponseConforms(await send(t, source.apiKey, 'GET', '/workflow-runs'), { method: 'GET', path: '/workflow-runs', status: 200 });
    expect(list.data.length).toBeGreaterThanOrEqual(2);
    // An event-triggered run: its creator is the event.
    expect(list.data.some((r: Body) => r.relationships.creator.data?.type === 'event')).toBe(true);
    const page = expectResponseConforms(await send(t, source.apiKey, 'GET', '/workflow-runs?page%5Bsize%5D=1'), { method: 'GET', path: '/workflow-runs', status: 200 });
    expect(page.links.next).toMatch(/^\/api\/v1\/workflow-runs\?/);
    expectResponseConforms(await send(t, source.apiKey, 'GET', page.links.next.slice('/api/v1'.length)), { method: 'GET', path: '/workflow-runs', status: 200 });
    expectResponseConforms(await send(t, source.apiKey, 'GET', `/workflow-runs?filter%5Bstatus%5D=completed&filter%5Bworkflow-id%5D=${workflow.id}`), {
      method: 'GET',
      path: '/workflow-runs',
      status: 200,
    });
    expectResponseConforms(await send(t, source.apiKey, 'GET', '/workflow-runs?fields%5Bworkflow-run%5D=status'), { method: 'GET', path: '/workflow-runs', status: 200, sparse: true });
  });

  it('GET /workflow-runs/{workflow-run-id}?include=workflow,creator → 200 with conforming included objects', async () => {
    const [run] = (await send(t, source.apiKey, 'GET', '/workflow-runs?page%5Bsize%5D=100')).json().data.filter((r: Body) => r.relationships.creator.data);
    const body = expectResponseConforms(await send(t, source.apiKey, 'GET', `/workflow-runs/${run.id}?include=workflow,creator`), {
      method: 'GET',
      path: '/workflow-runs/{workflow-run-id}',
      status: 200,
    });
    expect(body.included.map((i: Body) => i.type).sort()).toEqual(['event', 'workflow']);
    for (const item of body.included) expectSchemaConforms({ schema: item.type, value: item });
  });

  it('workflow-run events carry a conforming payload', async () => {
    for (const name of ['workflow-run.created', 'workflow-run.completed']) {
      const events = expectResponseConforms(await send(t, source.apiKey, 'GET', `/events?filter%5Bname%5D=${name}`), { method: 'GET', path: '/events', status: 200 });
      expect(events.data.length).toBeGreaterThan(0);
      for (const event of events.data) {
        expect(event.attributes.payload.data.type).toBe('workflow-run');
        expectSchemaConforms({ schema: 'workflow-run', value: event.attributes.payload.data });
      }
      expectResponseConforms(await send(t, source.apiKey, 'GET', `/events/${events.data[0].id}`), { method: 'GET', path: '/events/{event-id}', status: 200 });
    }
  });

  it('errors: 404, 422 and 400 bodies conform', async () => {
    expectErrorResponseConforms(await send(t, source.apiKey, 'GET', `/workflow-runs/${randomId('wfr')}`), 404);
    expectErrorResponseConforms(await send(t, destination.apiKey, 'POST', `/workflows/${workflow.id}/trigger`, { body: { data: { attributes: { fields: {} } } } }), 404);
    expectErrorResponseConforms(await trigger({ 'source-id': randomId('wbh') }), 422);
    expectErrorResponseConforms(await send(t, source.apiKey, 'POST', `/workflows/${workflow.id}/trigger`, { body: { data: {} } }), 400);
    const paused = await send(t, source.apiKey, 'PATCH', `/workflows/${workflow.id}`, { body: { data: { attributes: { status: 'paused' } } } });
    expect(paused.statusCode).toBe(200);
    const body = expectErrorResponseConforms(await trigger({}), 422);
    expect(body.errors[0].details).toBe('Workflow is paused, not running');
  });
});
