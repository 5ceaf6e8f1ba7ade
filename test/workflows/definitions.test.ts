/** Workflow definitions (connect-api.md §7): create, list, retrieve, update, archive, and their 400/404/422 rules. */
import { beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createTestApp, type TestOrg } from '../harness.js';
import { createActiveConnection, createConnection, createInquiry, must, randomId, send, type Body } from '../fixtures/connect-objects.js';
import { createWorkflow, expectError, REDEEM, SHARE_ON, workflowBody } from './helpers.js';

const t = await createTestApp();
let source: TestOrg;
let destination: TestOrg;
let stranger: TestOrg;
let connection: Body;

beforeAll(async () => {
  [source, destination, stranger] = await Promise.all([createOrg(t), createOrg(t), createOrg(t)]);
  connection = await createActiveConnection(t, source, destination);
});

const post = (org: TestOrg, body: unknown, headers?: Record<string, string>) => send(t, org.apiKey, 'POST', '/workflows', { body, ...(headers ? { headers } : {}) });

describe('POST /workflows', () => {
  it('creates a running workflow and shows every attribute', async () => {
    const res = await post(
      source,
      workflowBody({ name: 'share', eventName: 'inquiry.completed', filter: { '/attributes/status': 'completed' }, steps: [SHARE_ON(connection.id), { type: 'wait', seconds: 30 }, { type: 'expire-share-token' }] }),
    );
    const body = must(res, 201, 'create');
    expect(body.data.id).toMatch(/^wfl_[0-9A-Za-z]{24}$/);
    expect(body.data.type).toBe('workflow');
    expect(body.data.attributes).toEqual({
      name: 'share',
      status: 'running',
      trigger: { 'event-name': 'inquiry.completed', filter: { '/attributes/status': 'completed' } },
      steps: [
        { type: 'create-share-token', 'connection-id': connection.id, 'expires-in-seconds': null },
        { type: 'wait', seconds: 30 },
        { type: 'expire-share-token' },
      ],
      'created-at': expect.any(String),
      'updated-at': body.data.attributes['created-at'],
    });
  });

  it('takes status paused, hydrate parameters, and camelCase keys (answering in camelCase)', async () => {
    const target = await createInquiry(t, destination);
    const res = await send(t, destination.apiKey, 'POST', '/workflows', {
      headers: { 'key-inflection': 'camel' },
      body: {
        data: {
          attributes: {
            name: 'hydrate',
            status: 'paused',
            trigger: { eventName: 'connect/share-token.inbound-created', filter: { '/relationships/connection/data/id': [connection.id] } },
            steps: [{ type: 'redeem-share-token', destinationId: target.id, fieldMappings: [{ sourceFieldName: 'name-first', destinationFieldName: 'first' }] }],
          },
        },
      },
    });
    const body = must(res, 201, 'create camel');
    expect(body.data.attributes.status).toBe('paused');
    expect(body.data.attributes.trigger).toEqual({ eventName: 'connect/share-token.inbound-created', filter: { '/relationships/connection/data/id': [connection.id] } });
    expect(body.data.attributes.steps).toEqual([
      { type: 'redeem-share-token', destinationId: target.id, fieldMappings: [{ sourceFieldName: 'name-first', destinationFieldName: 'first' }] },
    ]);
    expect(body.data.attributes.createdAt).toEqual(expect.any(String));
  });

  it('answers 400 for a malformed body', async () => {
    const ok = workflowBody({ eventName: 'inquiry.completed', steps: [SHARE_ON(connection.id)] }).data.attributes;
    const cases: Array<[unknown, string]> = [
      [{ data: { attributes: { ...ok, name: undefined } } }, 'data.attributes.name is missing'],
      [{ data: { attributes: { ...ok, steps: [] } } }, 'data.attributes.steps'],
      [{ data: { attributes: { ...ok, steps: Array.from({ length: 11 }, () => SHARE_ON(connection.id)) } } }, 'data.attributes.steps'],
      [{ data: { attributes: { ...ok, status: 'archived' } } }, 'data.attributes.status'],
      [{ data: { attributes: { ...ok, trigger: { 'event-name': 'inquiry.completed', extra: 1 } } } }, 'data.attributes.trigger.extra is not allowed'],
      [{ data: { attributes: { ...ok, steps: [{ 'connection-id': connection.id }] } } }, 'data.attributes.steps.0.type is missing'],
      [{ data: { attributes: { ...ok, colour: 'blue' } } }, 'data.attributes.colour is not allowed'],
    ];
    for (const [body, details] of cases) {
      const res = await post(source, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().errors[0].details).toContain(details);
    }
  });

  it('answers 422 with a pointer for unknown events, steps and parameters', async () => {
    const cases: Array<[Parameters<typeof workflowBody>[0], RegExp, string]> = [
      [{ eventName: 'inquiry.exploded', steps: [SHARE_ON(connection.id)] }, /not an event name/, '/data/attributes/trigger/event-name'],
      [{ eventName: 'inquiry.completed', filter: { 'attributes/status': 'x' }, steps: [SHARE_ON(connection.id)] }, /JSON pointers/, '/data/attributes/trigger/filter'],
      [{ eventName: 'inquiry.completed', steps: [{ type: 'send-email' }] }, /Unknown step type/, '/data/attributes/steps/0/type'],
      [{ eventName: 'inquiry.completed', steps: [{ type: 'wait', seconds: 5 }, SHARE_ON(connection.id, { colour: 'red' })] }, /takes no parameter colour/, '/data/attributes/steps/1/colour'],
      [{ eventName: 'inquiry.completed', steps: [{ type: 'create-share-token' }] }, /needs a connection-id/, '/data/attributes/steps/0/connection-id'],
      [{ eventName: 'inquiry.completed', steps: [SHARE_ON(connection.id, { 'expires-in-seconds': 59 })] }, /expires-in-seconds/, '/data/attributes/steps/0/expires-in-seconds'],
      [{ eventName: 'inquiry.completed', steps: [{ type: 'wait', seconds: 0 }] }, /seconds/, '/data/attributes/steps/0/seconds'],
      [{ eventName: 'inquiry.completed', steps: [{ type: 'wait', seconds: 604_801 }] }, /seconds/, '/data/attributes/steps/0/seconds'],
      [{ eventName: 'inquiry.completed', steps: [{ type: 'expire-share-token', 'connection-id': connection.id }] }, /takes no parameter/, '/data/attributes/steps/0/connection-id'],
    ];
    for (const [spec, details, pointer] of cases) expectError(await post(source, workflowBody(spec)), 422, details, pointer);
  });

  it('checks step objects: invisible connection → 404, not its source → 422, hydrate rules', async () => {
    const foreign = await createActiveConnection(t, stranger, await createOrg(t));
    for (const id of [foreign.id, randomId('cxn'), 'cxn_nonsense']) {
      expectError(await post(source, workflowBody({ eventName: 'inquiry.completed', steps: [SHARE_ON(id)] })), 404, 'data.attributes.steps.0.connection-id is not found');
    }
    expectError(
      await post(destination, workflowBody({ eventName: 'inquiry.completed', steps: [SHARE_ON(connection.id)] })),
      422,
      /source organization/,
      '/data/attributes/steps/0/connection-id',
    );
    const theirs = await createInquiry(t, stranger);
    expectError(
      await post(destination, workflowBody({ eventName: 'connect/share-token.inbound-created', steps: [{ ...REDEEM, 'destination-id': theirs.id }] })),
      404,
      'data.attributes.steps.0.destination-id is not found',
    );
    expectError(
      await post(destination, workflowBody({ eventName: 'connect/share-token.inbound-created', steps: [{ ...REDEEM, 'destination-id': randomId('wbh') }] })),
      422,
      /destination-id must be/,
      '/data/attributes/steps/0/destination-id',
    );
    expectError(
      await post(destination, workflowBody({ eventName: 'connect/share-token.inbound-created', steps: [{ ...REDEEM, 'field-mappings': [{ 'source-field-name': 'a', 'destination-field-name': 'b' }] }] })),
      422,
      /only when hydrating/,
      '/data/attributes/steps/0/field-mappings',
    );
  });

  it('accepts a pending connection (it may be active by the time the workflow runs)', async () => {
    const pending = await createConnection(t, source, await createOrg(t));
    await createWorkflow(t, source, { eventName: 'inquiry.completed', steps: [SHARE_ON(pending.id)] });
  });
});

describe('GET, PATCH, DELETE /workflows', () => {
  it('lists newest first with cursors, retrieves, and hides other environments', async () => {
    const org = await createOrg(t);
    const made: string[] = [];
    for (let i = 0; i < 3; i++) made.push((await createWorkflow(t, org, { name: `w${i}`, eventName: 'inquiry.created', steps: [{ type: 'wait', seconds: 1 }] })).id);
    const first = must(await send(t, org.apiKey, 'GET', '/workflows?page%5Bsize%5D=2'), 200, 'list');
    expect(first.data.map((w: Body) => w.id)).toEqual([made[2], made[1]]);
    expect(first.links.next).toMatch(/^\/api\/v1\/workflows\?/);
    const second = must(await send(t, org.apiKey, 'GET', first.links.next.slice('/api/v1'.length)), 200, 'next');
    expect(second.data.map((w: Body) => w.id)).toEqual([made[0]]);
    const one = must(await send(t, org.apiKey, 'GET', `/workflows/${made[0]}`), 200, 'get');
    expect(one.data.attributes.name).toBe('w0');
    expect((await send(t, source.apiKey, 'GET', `/workflows/${made[0]}`)).statusCode).toBe(404);
    expect(must(await send(t, source.apiKey, 'GET', '/workflows?page%5Bsize%5D=100'), 200, 'list').data.map((w: Body) => w.id)).not.toContain(made[0]);
    expect((await send(t, org.apiKey, 'GET', '/workflows?filter%5Bstatus%5D=running')).statusCode).toBe(400);
  });

  it('updates name, status, trigger and steps; archives with DELETE for good', async () => {
    const w = await createWorkflow(t, source, { eventName: 'inquiry.completed', steps: [SHARE_ON(connection.id)] });
    const patched = must(
      await send(t, source.apiKey, 'PATCH', `/workflows/${w.id}`, {
        body: { data: { attributes: { name: 'renamed', status: 'paused', trigger: { 'event-name': 'inquiry.approved' }, steps: [{ type: 'wait', seconds: 9 }] } } },
      }),
      200,
      'patch',
    ).data;
    expect(patched.attributes).toMatchObject({ name: 'renamed', status: 'paused', trigger: { 'event-name': 'inquiry.approved', filter: {} }, steps: [{ type: 'wait', seconds: 9 }] });
    expectError(await send(t, source.apiKey, 'PATCH', `/workflows/${w.id}`, { body: { data: { attributes: { steps: [{ type: 'nope' }] } } } }), 422, /Unknown step/, '/data/attributes/steps/0/type');
    const archived = must(await send(t, source.apiKey, 'DELETE', `/workflows/${w.id}`), 200, 'delete').data;
    expect(archived.attributes.status).toBe('archived');
    expect(must(await send(t, source.apiKey, 'DELETE', `/workflows/${w.id}`), 200, 'delete again').data.attributes.status).toBe('archived');
    expectError(await send(t, source.apiKey, 'PATCH', `/workflows/${w.id}`, { body: { data: { attributes: { status: 'running' } } } }), 422, /archived/);
    expect(must(await send(t, source.apiKey, 'GET', `/workflows/${w.id}`), 200, 'get').data.attributes.status).toBe('archived');
  });

  it('answers 404 for wrong prefixes and random ids', async () => {
    for (const id of [randomId('wfl'), randomId('wfr'), 'wfl_x']) {
      expect((await send(t, source.apiKey, 'GET', `/workflows/${id}`)).statusCode).toBe(404);
      expect((await send(t, source.apiKey, 'DELETE', `/workflows/${id}`)).statusCode).toBe(404);
    }
  });
});
