/**
 * Connect actions (`POST …/{id}/<verb>`: enable, expire, redeliver, trigger …)
 * that need no input may be called with no body: /openapi.json says their
 * request body is not required, and the server answers them when none is sent
 * (no payload, no Content-Type), as well as `{}` or an empty envelope.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createTestApp, type TestOrg } from '../harness.js';
import { must, send, uniq, type Body } from '../fixtures/connect-objects.js';

const t = await createTestApp();
let org: TestOrg;

beforeAll(async () => {
  org = await createOrg(t);
});

interface Doc {
  paths: Record<string, Record<string, { requestBody?: { required?: boolean } }>>;
}

/**
 * Actions whose body carries input the server cannot do without. API key expire: the reference
 * requires `meta.expires-in-seconds` (when the key stops working), and there is no default.
 */
const NEEDS_INPUT = new Set(['POST /api/v1/api-keys/{id}/expire']);

/** Every Connect POST whose path ends in a verb after an id. */
async function actionPosts(): Promise<Array<{ key: string; required: boolean | undefined; hasBody: boolean }>> {
  const doc = (await t.request({ method: 'GET', url: '/openapi.json' })).json() as Doc;
  return Object.entries(doc.paths)
    .filter(([path]) => path.startsWith('/api/v1/') && /\/\{[^}]+\}\/[a-z]+(?:-[a-z]+)*$/.test(path))
    .flatMap(([path, ops]) => (ops.post ? [{ key: `POST ${path}`, required: ops.post.requestBody?.required, hasBody: ops.post.requestBody !== undefined }] : []));
}

describe('Connect action POSTs in /openapi.json', () => {
  it('declare their request body optional (or none) unless it carries needed input', async () => {
    const actions = await actionPosts();
    // The webhook, workflow, share-token, connection and inquiry actions are all there.
    expect(actions.map((a) => a.key)).toEqual(
      expect.arrayContaining([
        'POST /api/v1/webhooks/{id}/enable',
        'POST /api/v1/webhooks/{id}/disable',
        'POST /api/v1/webhooks/{id}/archive',
        'POST /api/v1/webhooks/{id}/rotate-secret',
        'POST /api/v1/webhooks/deliveries/{id}/redeliver',
        'POST /api/v1/workflows/{id}/trigger',
        'POST /api/v1/connect/share-tokens/{id}/redeem',
        'POST /api/v1/connect/share-tokens/{id}/expire',
        'POST /api/v1/connect/connections/{id}/activate',
        'POST /api/v1/api-keys/{id}/expire',
      ]),
    );
    const requiring = actions.filter((a) => a.required === true && !NEEDS_INPUT.has(a.key)).map((a) => a.key);
    expect(requiring).toEqual([]);
    for (const a of actions) if (!NEEDS_INPUT.has(a.key) && a.hasBody) expect(a.required, a.key).toBe(false);
  });

  it('keep a required body where it carries needed input', async () => {
    const actions = await actionPosts();
    for (const key of NEEDS_INPUT) expect(actions.find((a) => a.key === key)?.required, key).toBe(true);
  });
});

describe('an action called with no body', () => {
  let hook: Body;

  beforeAll(async () => {
    const body = { data: { attributes: { name: uniq('hook'), url: 'https://hooks.tessera.invalid/receive', 'enabled-events': ['inquiry.created'] } } };
    hook = must(await send(t, org.apiKey, 'POST', '/webhooks', { body }), 201, 'POST /webhooks').data;
  });

  it('enables and disables a webhook with no payload at all', async () => {
    const enabled = await t.request({ method: 'POST', url: `/api/v1/webhooks/${hook.id}/enable`, headers: { authorization: `Bearer ${org.apiKey}` } });
    expect(must(enabled, 200, 'enable').data.attributes.status).toBe('enabled');
    const disabled = await t.request({ method: 'POST', url: `/api/v1/webhooks/${hook.id}/disable`, headers: { authorization: `Bearer ${org.apiKey}` } });
    expect(must(disabled, 200, 'disable').data.attributes.status).toBe('disabled');
  });

  it('also takes {} and the empty envelope', async () => {
    for (const body of [{}, { data: {} }, { data: { attributes: {} } }]) {
      const res = await send(t, org.apiKey, 'POST', `/webhooks/${hook.id}/enable`, { body });
      expect(must(res, 200, `enable with ${JSON.stringify(body)}`).data.attributes.status).toBe('enabled');
    }
    // Input it does not take is still refused.
    const extra = await send(t, org.apiKey, 'POST', `/webhooks/${hook.id}/enable`, { body: { data: { attributes: { status: 'archived' } } } });
    expect(extra.statusCode).toBe(400);
  });

  it('rotates a webhook secret with no payload, showing the new secret', async () => {
    const res = await t.request({ method: 'POST', url: `/api/v1/webhooks/${hook.id}/rotate-secret`, headers: { authorization: `Bearer ${org.apiKey}` } });
    const rotated = must(res, 200, 'rotate-secret').data;
    expect(rotated.attributes.secret).toMatch(/^whsec_/);
    expect(rotated.attributes.secrets[0]).toEqual({ value: rotated.attributes.secret, 'expires-at': null });
  });

  it('triggers a workflow with no payload: a run with no fields', async () => {
    const body = {
      data: { attributes: { name: 'wait a minute', trigger: { 'event-name': 'inquiry.completed' }, steps: [{ type: 'wait', seconds: 60 }] } },
    };
    const workflow = must(await send(t, org.apiKey, 'POST', '/workflows', { body }), 201, 'POST /workflows').data;
    const res = await t.request({ method: 'POST', url: `/api/v1/workflows/${workflow.id}/trigger`, headers: { authorization: `Bearer ${org.apiKey}` } });
    const run = must(res, 200, 'trigger').data;
    expect(run).toMatchObject({ type: 'workflow-run', attributes: { status: 'in_progress' }, relationships: { workflow: { data: { type: 'workflow', id: workflow.id } } } });
    // A data member must still be the reference's whole envelope.
    const partial = await send(t, org.apiKey, 'POST', `/workflows/${workflow.id}/trigger`, { body: { data: {} } });
    expect(partial.statusCode).toBe(400);
  });
});
