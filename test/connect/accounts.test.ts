import { beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createTestApp, type TestApp, type TestOrg } from '../harness.js';
import { keyWith, must, newInquiry, randomId, req, uniq, type Body } from './records-helpers.js';

let t: TestApp;
let org: TestOrg;
let other: TestOrg;

beforeAll(async () => {
  t = await createTestApp({ env: { TESSERA_RATE_LIMIT_PER_MINUTE: '100000' } });
  org = await createOrg(t);
  other = await createOrg(t);
});

const ACCOUNT_ATTRIBUTES = ['reference-id', 'account-type-name', 'account-status', 'fields', 'tags', 'created-at', 'updated-at', 'redacted-at'].sort();

const create = (o: TestOrg, attributes: Record<string, unknown>, headers?: Record<string, string>) =>
  req(t, o, 'POST', '/accounts', { data: { attributes } }, headers);

describe('POST /accounts', () => {
  it('creates an account with the defaults, fields and top-level standard fields', async () => {
    const res = await create(org, { 'reference-id': 'acct-1', tags: ['a'], fields: { 'name-first': 'Alex', plan: 'gold' }, 'name-last': 'Doe', birthdate: '1990-04-01', 'account-type-id': 'acttp_x' });
    expect(res.statusCode).toBe(201);
    const a = res.json().data;
    expect(a.type).toBe('account');
    expect(a.id).toMatch(/^act_[0-9A-Za-z]{24}$/);
    expect(a.relationships).toBeUndefined();
    expect(Object.keys(a.attributes).sort()).toEqual(ACCOUNT_ATTRIBUTES);
    expect(a.attributes).toMatchObject({ 'reference-id': 'acct-1', 'account-type-name': 'User', 'account-status': 'active', tags: ['a'], 'redacted-at': null });
    expect(a.attributes.fields).toEqual({
      'name-first': { type: 'string', value: 'Alex' },
      plan: { type: 'string', value: 'gold' },
      'name-last': { type: 'string', value: 'Doe' },
      birthdate: { type: 'date', value: '1990-04-01' },
    });
    expect(must(await req(t, org, 'GET', `/accounts/${a.id}`), 200, 'get').data).toEqual(a);
  });

  it('answers 200 with the existing account, unchanged, when the reference id exists', async () => {
    const ref = uniq('ref');
    const first = must(await create(org, { 'reference-id': ref, fields: { plan: 'gold' } }), 201, 'first').data;
    const again = await create(org, { 'reference-id': ref, fields: { plan: 'silver' } });
    expect(again.statusCode).toBe(200);
    expect(again.json().data).toEqual(first);
    // Reference ids are per environment: another organization gets its own.
    expect((await create(other, { 'reference-id': ref })).statusCode).toBe(201);
  });

  it('gives concurrent creators of one reference id one account: one 201, the rest 200', async () => {
    const ref = uniq('race');
    const results = await Promise.all(Array.from({ length: 8 }, () => create(org, { 'reference-id': ref })));
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(results.map((r) => r.json().data.id)).size).toBe(1);
  });

  it('answers 422 with a pointer for bad field values, top-level ones included', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ birthdate: '01/04/1990' }, '/data/attributes/birthdate'],
      [{ fields: { birthdate: '1990-02-30' } }, '/data/attributes/fields/birthdate'],
      [{ fields: { vip: { type: 'boolean', value: 'yes' } } }, '/data/attributes/fields/vip'],
    ];
    for (const [attributes, pointer] of cases) {
      const res = await create(org, attributes);
      expect(res.statusCode, pointer).toBe(422);
      expect(res.json().errors[0].source).toEqual({ pointer });
    }
  });

  it('answers 400 for unknown or mistyped attributes', async () => {
    for (const [attributes, details] of [
      [{ 'country-code': 'US' }, 'data.attributes.country-code is not allowed'],
      [{ 'name-first': 5 }, 'data.attributes.name-first must be of type string'],
      [{ 'reference-id': null }, 'data.attributes.reference-id must be of type string'],
    ] as const) {
      const res = await create(org, attributes);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toEqual({ errors: [{ title: 'Bad Request', details }] });
    }
  });

  it('speaks Key-Inflection camel', async () => {
    const res = await create(org, { referenceId: uniq('camel'), accountStatus: 'pending', nameFirst: 'Alex' }, { 'key-inflection': 'camel' });
    expect(res.statusCode).toBe(201);
    const a = res.json().data.attributes;
    expect(a).toMatchObject({ accountStatus: 'pending', accountTypeName: 'User', redactedAt: null });
    expect(a.fields).toEqual({ 'name-first': { type: 'string', value: 'Alex' } });
  });
});

describe('PATCH and DELETE /accounts/:id', () => {
  it('merges fields and changes status, tags and reference id', async () => {
    const a = must(await create(org, { 'reference-id': uniq('p'), fields: { plan: 'gold', 'name-first': 'Alex' } }), 201, 'create').data;
    const res = must(await req(t, org, 'PATCH', `/accounts/${a.id}`, { data: { attributes: { 'account-status': 'suspended', tags: ['x'], 'reference-id': 'renamed-1', fields: { plan: 'silver' }, 'name-last': 'Doe' } } }), 200, 'patch').data;
    expect(res.attributes).toMatchObject({ 'account-status': 'suspended', tags: ['x'], 'reference-id': 'renamed-1' });
    expect(res.attributes.fields).toEqual({
      plan: { type: 'string', value: 'silver' },
      'name-first': { type: 'string', value: 'Alex' },
      'name-last': { type: 'string', value: 'Doe' },
    });
  });

  it('answers 409 when the new reference id belongs to another account', async () => {
    const taken = uniq('taken');
    must(await create(org, { 'reference-id': taken }), 201, 'first');
    const b = must(await create(org, { 'reference-id': uniq('b') }), 201, 'second').data;
    const res = await req(t, org, 'PATCH', `/accounts/${b.id}`, { data: { attributes: { 'reference-id': taken } } });
    expect(res.statusCode).toBe(409);
    expect(res.json().errors[0].title).toBe('Conflict');
    expect(must(await req(t, org, 'GET', `/accounts/${b.id}`), 200, 'get').data.attributes['reference-id']).toBe(b.attributes['reference-id']);
  });

  it('redacts field values for good; later edits are 422', async () => {
    const a = must(await create(org, { fields: { 'name-first': 'Alex', age: 40 } }), 201, 'create').data;
    const r = must(await req(t, org, 'DELETE', `/accounts/${a.id}`), 200, 'delete').data;
    expect(r.attributes['redacted-at']).not.toBeNull();
    expect(r.attributes.fields).toEqual({ 'name-first': { type: 'string', value: null }, age: { type: 'number', value: null } });
    expect(must(await req(t, org, 'DELETE', `/accounts/${a.id}`), 200, 'again').data).toEqual(r);
    const patch = await req(t, org, 'PATCH', `/accounts/${a.id}`, { data: { attributes: { 'name-first': 'Back' } } });
    expect(patch.statusCode).toBe(422);
    expect(must(await req(t, org, 'GET', `/accounts/${a.id}`), 200, 'get').data).toEqual(r);
  });
});

describe('GET /accounts', () => {
  it('lists newest first, filters by reference id, pages with links, never shows another org', async () => {
    const tenant = await createOrg(t);
    const made: Body[] = [];
    for (const ref of ['r1', 'r2', 'r3']) made.push(must(await create(tenant, { 'reference-id': ref }), 201, ref).data);
    const auto = await newInquiry(t, tenant, { 'reference-id': 'r4' });
    const list = must(await req(t, tenant, 'GET', '/accounts'), 200, 'list');
    expect(list.data.map((d: Body) => d.id)).toEqual([auto.relationships.account.data.id, ...made.map((m) => m.id).reverse()]);
    expect(list.links).toEqual({ prev: null, next: null });
    const filtered = must(await req(t, tenant, 'GET', '/accounts?filter%5Breference-id%5D=r1,r3'), 200, 'filter');
    expect(filtered.data.map((d: Body) => d.id)).toEqual([made[2]!.id, made[0]!.id]);
    const page = must(await req(t, tenant, 'GET', '/accounts?page%5Bsize%5D=2'), 200, 'page');
    expect(page.data).toHaveLength(2);
    expect(page.links.next).toBe(`/api/v1/accounts?page%5Bsize%5D=2&page%5Bafter%5D=${page.data[1].id}`);
    const back = must(await req(t, tenant, 'GET', `/accounts?page%5Bbefore%5D=${made[0]!.id}`), 200, 'before');
    expect(back.data.map((d: Body) => d.id)).toEqual([auto.relationships.account.data.id, made[2]!.id, made[1]!.id]);
    for (const q of ['filter%5Bstatus%5D=active', 'include=', 'page%5Bafter%5D=inq_x']) {
      expect((await req(t, tenant, 'GET', `/accounts?${q}`)).statusCode, q).toBe(400);
    }
  });
});

describe('account tenancy and shaping', () => {
  it('answers 404 for another organization\'s account or a wrong prefix, with the body a random id gets', async () => {
    const foreign = must(await create(other, { fields: { 'name-first': 'Zed' } }), 201, 'foreign').data;
    const random = await req(t, org, 'GET', `/accounts/${randomId('act')}`);
    expect(random.statusCode).toBe(404);
    for (const [method, id] of [['GET', foreign.id], ['PATCH', foreign.id], ['DELETE', foreign.id], ['GET', randomId('txn')]] as const) {
      const res = await req(t, org, method, `/accounts/${id}`, method === 'PATCH' ? { data: { attributes: { tags: [] } } } : undefined);
      expect(res.statusCode, `${method} ${id}`).toBe(404);
      expect(res.body).toBe(random.body);
    }
    expect(must(await req(t, other, 'GET', `/accounts/${foreign.id}`), 200, 'owner').data.attributes['redacted-at']).toBeNull();
  });

  it('takes include= (nothing to include) and fields[account]', async () => {
    const a = must(await create(org, {}), 201, 'create').data;
    expect(must(await req(t, org, 'GET', `/accounts/${a.id}?include=`), 200, 'include').included).toEqual([]);
    expect((await req(t, org, 'GET', `/accounts/${a.id}?include=account-type`)).statusCode).toBe(400);
    expect(must(await req(t, org, 'GET', `/accounts/${a.id}?fields%5Baccount%5D=account-status`), 200, 'sparse').data.attributes).toEqual({ 'account-status': 'active' });
  });

  it('needs account.read and account.write', async () => {
    const readOnly = { ...org, apiKey: await keyWith(t, org, ['account.read']) };
    expect((await req(t, readOnly, 'GET', '/accounts')).statusCode).toBe(200);
    expect((await create(readOnly, {})).statusCode).toBe(403);
  });
});
