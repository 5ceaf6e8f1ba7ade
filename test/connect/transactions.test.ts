import { beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createTestApp, type TestApp, type TestOrg } from '../harness.js';
import { keyWith, must, randomId, req, uniq, type Body } from './records-helpers.js';

let t: TestApp;
let org: TestOrg;
let other: TestOrg;

beforeAll(async () => {
  t = await createTestApp({ env: { TESSERA_RATE_LIMIT_PER_MINUTE: '100000' } });
  org = await createOrg(t);
  other = await createOrg(t);
});

const TRANSACTION_ATTRIBUTES = ['status', 'reference-id', 'fields', 'tags', 'created-at', 'updated-at'].sort();

const create = (o: TestOrg, attributes: Record<string, unknown>, headers?: Record<string, string>) =>
  req(t, o, 'POST', '/transactions', { data: { attributes } }, headers);

describe('POST /transactions', () => {
  it('creates a created transaction with typed fields and exactly the reference attributes', async () => {
    const res = await create(org, { 'reference-id': 'order-1', 'transaction-type-id': 'txntp_pay', tags: ['web'], fields: { amount: 12.5, currency: 'EUR', 'email-address': 'a@b.c' } });
    expect(res.statusCode).toBe(201);
    const x = res.json().data;
    expect(x.type).toBe('transaction');
    expect(x.id).toMatch(/^txn_[0-9A-Za-z]{24}$/);
    expect(x.relationships).toBeUndefined();
    expect(Object.keys(x.attributes).sort()).toEqual(TRANSACTION_ATTRIBUTES);
    expect(x.attributes).toMatchObject({ status: 'created', 'reference-id': 'order-1', tags: ['web'] });
    expect(x.attributes.fields).toEqual({
      amount: { type: 'number', value: 12.5 },
      currency: { type: 'string', value: 'EUR' },
      'email-address': { type: 'string', value: 'a@b.c' },
    });
    expect(must(await req(t, org, 'GET', `/transactions/${x.id}`), 200, 'get').data).toEqual(x);
  });

  it('answers 200 with the existing transaction, unchanged, when the reference id exists', async () => {
    const ref = uniq('order');
    const first = must(await create(org, { 'reference-id': ref, fields: { amount: 1 } }), 201, 'first').data;
    const again = await create(org, { 'reference-id': ref, fields: { amount: 2 } });
    expect(again.statusCode).toBe(200);
    expect(again.json().data).toEqual(first);
  });

  it('answers 422 for a bad field and 400 for unknown or mistyped attributes', async () => {
    const bad = await create(org, { fields: { when: { type: 'date', value: 'tomorrow' } } });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0]).toMatchObject({ title: 'Unprocessable entity', source: { pointer: '/data/attributes/fields/when' } });
    for (const [attributes, details] of [
      [{ status: 'approved' }, 'data.attributes.status is not allowed'],
      [{ 'reference-id': 5 }, 'data.attributes.reference-id must be of type string'],
      [{ fields: 'x' }, 'data.attributes.fields must be of type object'],
    ] as const) {
      const res = await create(org, attributes);
      expect(res.statusCode, details).toBe(400);
      expect(res.json()).toEqual({ errors: [{ title: 'Bad Request', details }] });
    }
  });

  it('speaks Key-Inflection snake and camel', async () => {
    const snake = await create(org, { reference_id: uniq('s'), fields: { amount: 3 } }, { 'key-inflection': 'snake' });
    expect(snake.statusCode).toBe(201);
    expect(snake.json().data.attributes).toHaveProperty('created_at');
    const camel = await create(org, { referenceId: uniq('c'), transactionTypeId: 'txntp_a' }, { 'key-inflection': 'camel' });
    expect(camel.statusCode).toBe(201);
    expect(camel.json().data.attributes).toHaveProperty('updatedAt');
  });
});

describe('PATCH and DELETE /transactions/:id', () => {
  it('moves status to any of the four, merges fields, replaces tags', async () => {
    const x = must(await create(org, { fields: { amount: 1, note: 'n' } }), 201, 'create').data;
    for (const status of ['needs review', 'approved', 'declined', 'created']) {
      const res = must(await req(t, org, 'PATCH', `/transactions/${x.id}`, { data: { attributes: { status } } }), 200, status).data;
      expect(res.attributes.status).toBe(status);
    }
    const res = must(await req(t, org, 'PATCH', `/transactions/${x.id}`, { data: { attributes: { fields: { amount: 2 }, tags: ['t'] } } }), 200, 'fields').data;
    expect(res.attributes.fields).toEqual({ amount: { type: 'number', value: 2 }, note: { type: 'string', value: 'n' } });
    expect(res.attributes.tags).toEqual(['t']);
    const bad = await req(t, org, 'PATCH', `/transactions/${x.id}`, { data: { attributes: { status: 'done' } } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].details).toBe('data.attributes.status must be one of created, approved, declined, needs review');
  });

  it('answers 409 when the new reference id is taken', async () => {
    const taken = uniq('taken');
    must(await create(org, { 'reference-id': taken }), 201, 'first');
    const x = must(await create(org, {}), 201, 'second').data;
    const res = await req(t, org, 'PATCH', `/transactions/${x.id}`, { data: { attributes: { 'reference-id': taken } } });
    expect(res.statusCode).toBe(409);
  });

  it('redacts field values for good; later edits are 422', async () => {
    const x = must(await create(org, { fields: { amount: 9, 'name-first': 'Alex' } }), 201, 'create').data;
    const r = must(await req(t, org, 'DELETE', `/transactions/${x.id}`), 200, 'delete').data;
    expect(r.attributes.fields).toEqual({ amount: { type: 'number', value: null }, 'name-first': { type: 'string', value: null } });
    expect(Object.keys(r.attributes).sort()).toEqual(TRANSACTION_ATTRIBUTES);
    expect(must(await req(t, org, 'DELETE', `/transactions/${x.id}`), 200, 'again').data).toEqual(r);
    expect((await req(t, org, 'PATCH', `/transactions/${x.id}`, { data: { attributes: { fields: { amount: 1 } } } })).statusCode).toBe(422);
  });
});

describe('GET /transactions', () => {
  it('lists newest first and filters by reference id and transaction type id', async () => {
    const tenant = await createOrg(t);
    const made: Body[] = [];
    for (const [ref, type] of [['o1', 'txntp_a'], ['o2', 'txntp_b'], ['o3', 'txntp_a']] as const) {
      made.push(must(await create(tenant, { 'reference-id': ref, 'transaction-type-id': type }), 201, ref).data);
    }
    const ids = async (q: string) => (must(await req(t, tenant, 'GET', `/transactions${q}`), 200, q).data as Body[]).map((d) => d.id);
    expect(await ids('')).toEqual(made.map((m) => m.id).reverse());
    expect(await ids('?filter%5Breference-id%5D=o2')).toEqual([made[1]!.id]);
    expect(await ids('?filter%5Btransaction-type-id%5D=txntp_a')).toEqual([made[2]!.id, made[0]!.id]);
    expect(await ids('?filter%5BtransactionTypeId%5D=txntp_b&filter%5Breference-id%5D=o2')).toEqual([made[1]!.id]);
    expect(await ids('?page%5Bsize%5D=1&page%5Bafter%5D=' + made[1]!.id)).toEqual([made[0]!.id]);
    expect((await req(t, tenant, 'GET', '/transactions?filter%5Bstatus%5D=created')).statusCode).toBe(400);
  });
});

describe('transaction tenancy and permissions', () => {
  it('answers 404 for another organization\'s transaction or a wrong prefix', async () => {
    const foreign = must(await create(other, {}), 201, 'foreign').data;
    const random = await req(t, org, 'GET', `/transactions/${randomId('txn')}`);
    expect(random.statusCode).toBe(404);
    for (const [method, id] of [['GET', foreign.id], ['PATCH', foreign.id], ['DELETE', foreign.id], ['GET', randomId('act')]] as const) {
      const res = await req(t, org, method, `/transactions/${id}`, method === 'PATCH' ? { data: { attributes: { status: 'approved' } } } : undefined);
      expect(res.statusCode, `${method} ${id}`).toBe(404);
      expect(res.body).toBe(random.body);
    }
    expect(must(await req(t, other, 'GET', `/transactions/${foreign.id}`), 200, 'owner').data.attributes.status).toBe('created');
    expect(must(await req(t, org, 'GET', '/transactions?page%5Bsize%5D=100'), 200, 'list').data.map((d: Body) => d.id)).not.toContain(foreign.id);
  });

  it('needs transaction.read and transaction.write', async () => {
    const writeOnly = { ...org, apiKey: await keyWith(t, org, ['transaction.write']) };
    expect((await create(writeOnly, {})).statusCode).toBe(201);
    expect((await req(t, writeOnly, 'GET', '/transactions')).statusCode).toBe(403);
  });
});
