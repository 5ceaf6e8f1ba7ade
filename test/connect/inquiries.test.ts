import { beforeAll, describe, expect, it } from 'vitest';
import { decodeId, encodeId, newUuid } from '../../src/core/ids.js';
import { approveInquiry } from '../../src/records/index.js';
import { actorOf } from '../fixtures/sharing.js';
import { createApiKey, createOrg, createTestApp, type TestApp, type TestOrg } from '../harness.js';
import { action, addVerification, eventNames, inquiryIn, keyWith, must, newInquiry, PATHS, randomId, req, send, uniq, type Body } from './records-helpers.js';

let t: TestApp;
let org: TestOrg;
let other: TestOrg;

beforeAll(async () => {
  // The status-rule tables make hundreds of requests with one key.
  t = await createTestApp({ env: { TESSERA_RATE_LIMIT_PER_MINUTE: '100000' } });
  org = await createOrg(t);
  other = await createOrg(t);
});

const INQUIRY_ATTRIBUTES = [
  'status', 'reference-id', 'note', 'behaviors', 'tags', 'creator', 'reviewer-comment', 'created-at', 'updated-at', 'started-at',
  'expires-at', 'completed-at', 'failed-at', 'marked-for-review-at', 'decisioned-at', 'expired-at', 'redacted-at',
  'previous-step-name', 'next-step-name', 'fields',
];
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe('POST /inquiries', () => {
  it('creates a created inquiry with every attribute, typed fields and null session meta', async () => {
    const res = await req(t, org, 'POST', '/inquiries', {
      data: { attributes: { 'reference-id': 'user-1', note: 'hello', tags: ['vip'], fields: { 'name-first': 'Alex', birthdate: { type: 'date', value: '1990-04-01' }, score: 7, opted_in: true } } },
    });
    expect(res.statusCode).toBe(201);
    expect(res.headers['persona-organization-id']).toBe(org.organizationId);
    const body = res.json();
    expect(body.meta).toEqual({ 'session-token': null, 'one-time-link': null, 'one-time-link-short': null });
    expect(body.included).toBeUndefined();
    const d = body.data;
    expect(d.type).toBe('inquiry');
    expect(d.id).toMatch(/^inq_[0-9A-Za-z]{24}$/);
    expect(Object.keys(d.attributes).sort()).toEqual([...INQUIRY_ATTRIBUTES].sort());
    expect(d.attributes).toMatchObject({
      status: 'created', 'reference-id': 'user-1', note: 'hello', tags: ['vip'], behaviors: null, creator: org.apiKeyId,
      'reviewer-comment': null, 'started-at': null, 'completed-at': null, 'previous-step-name': null, 'next-step-name': null,
    });
    expect(d.attributes['created-at']).toMatch(ISO);
    expect(d.attributes.fields).toEqual({
      'name-first': { type: 'string', value: 'Alex' },
      birthdate: { type: 'date', value: '1990-04-01' },
      score: { type: 'number', value: 7 },
      opted_in: { type: 'boolean', value: true },
    });
    expect(d.relationships.verifications).toEqual({ data: [] });
    expect(d.relationships.reviewer).toEqual({ data: null });
    expect(d.relationships.account.data.type).toBe('account');
    expect(await eventNames(t, org, d.id)).toEqual(['inquiry.created']);
  });

  it('auto-creates the account by reference id and reuses it for the next inquiry', async () => {
    const ref = uniq('person');
    const a = await newInquiry(t, org, { 'reference-id': ref });
    const b = await newInquiry(t, org, { 'reference-id': ref });
    const accountId = a.relationships.account.data.id;
    expect(b.relationships.account.data.id).toBe(accountId);
    const account = must(await req(t, org, 'GET', `/accounts/${accountId}`), 200, 'GET account').data;
    expect(account.attributes['reference-id']).toBe(ref);
    const custom = await newInquiry(t, org, { 'reference-id': uniq('x') }, { 'auto-create-account-reference-id': ref });
    expect(custom.relationships.account.data.id).toBe(accountId);
  });

  it('links no account with auto-create-account false, and the given account-id otherwise', async () => {
    const none = await newInquiry(t, org, { 'reference-id': uniq('r') }, { 'auto-create-account': false });
    expect(none.relationships.account).toEqual({ data: null });
    const account = must(await req(t, org, 'POST', '/accounts', { data: { attributes: { 'reference-id': uniq('acct') } } }), 201, 'account').data;
    const linked = await newInquiry(t, org, { 'account-id': account.id });
    expect(linked.relationships.account.data).toEqual({ type: 'account', id: account.id });
  });

  it('answers 404 naming account-id for another organization\'s account or a wrong prefix', async () => {
    const foreign = must(await req(t, other, 'POST', '/accounts', { data: { attributes: {} } }), 201, 'account').data;
    for (const id of [foreign.id, randomId('txn')]) {
      const res = await req(t, org, 'POST', '/inquiries', { data: { attributes: { 'account-id': id } } });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual({ errors: [{ title: 'Record not found', details: 'data.attributes.account-id is not found' }] });
    }
  });

  it('answers 422 with a pointer for a bad field name or value, and creates nothing', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ birthdate: '1990-13-01' }, '/data/attributes/fields/birthdate'],
      [{ 'name-first': 5 }, '/data/attributes/fields/name-first'],
      [{ 'name-first': { type: 'number', value: 5 } }, '/data/attributes/fields/name-first'],
      [{ score: { type: 'number', value: 'high' } }, '/data/attributes/fields/score'],
      [{ score: { type: 'decimal', value: 1 } }, '/data/attributes/fields/score'],
      [{ score: { type: 'number', value: 1, extra: 1 } }, '/data/attributes/fields/score'],
      [{ list: [1, 2] }, '/data/attributes/fields/list'],
      [{ 'Bad Name': 'x' }, '/data/attributes/fields/Bad Name'],
      [{ ['x'.repeat(65)]: 'x' }, `/data/attributes/fields/${'x'.repeat(65)}`],
    ];
    const ref = uniq('bad');
    for (const [fields, pointer] of cases) {
      const res = await req(t, org, 'POST', '/inquiries', { data: { attributes: { 'reference-id': ref, fields } } });
      expect(res.statusCode, JSON.stringify(fields)).toBe(422);
      const [item] = res.json().errors;
      expect(Object.keys(item).sort()).toEqual(['details', 'source', 'title']);
      expect(item.title).toBe('Unprocessable entity');
      expect(item.source).toEqual({ pointer });
    }
    const list = must(await req(t, org, 'GET', `/inquiries?filter%5Breference-id%5D=${ref}`), 200, 'list');
    expect(list.data).toEqual([]);
  });

  it('answers 400 naming the path for unknown, missing or mistyped keys', async () => {
    const cases: Array<[unknown, string]> = [
      [{ data: { attributes: { bogus: 1 } } }, 'data.attributes.bogus is not allowed'],
      [{ data: {} }, 'data.attributes is missing'],
      [{}, 'data is missing'],
      [{ data: { attributes: { tags: 'vip' } } }, 'data.attributes.tags must be of type array'],
      [{ data: { attributes: {} }, meta: { 'auto-create-account': 'yes' } }, 'meta.auto-create-account must be of type boolean'],
      [{ data: { attributes: {} }, meta: { surprise: true } }, 'meta.surprise is not allowed'],
    ];
    for (const [body, details] of cases) {
      const res = await req(t, org, 'POST', '/inquiries', body);
      expect(res.statusCode, details).toBe(400);
      expect(res.json()).toEqual({ errors: [{ title: 'Bad Request', details }] });
    }
  });

  it('ignores template and flow attributes', async () => {
    const inquiry = await newInquiry(t, org, { 'inquiry-template-id': 'itmpl_ABC', 'template-id': null, 'theme-id': 'x' }, { 'auto-create-one-time-link': true });
    expect(inquiry.attributes.status).toBe('created');
  });

  it('speaks Key-Inflection camel both ways and leaves field names alone', async () => {
    const res = await req(
      t, org, 'POST', '/inquiries',
      { data: { attributes: { referenceId: 'camel-1', fields: { 'name-first': 'Alex', 'address-street-1': '1 Main St' } } }, meta: { autoCreateAccount: false } },
      { 'key-inflection': 'camel' },
    );
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.meta).toEqual({ sessionToken: null, oneTimeLink: null, oneTimeLinkShort: null });
    expect(body.data.attributes.referenceId).toBe('camel-1');
    expect(body.data.attributes.createdAt).toMatch(ISO);
    expect(body.data.attributes.markedForReviewAt).toBeNull();
    expect(body.data.attributes.fields['address-street-1']).toEqual({ type: 'string', value: '1 Main St' });
    expect(body.data.relationships.account).toEqual({ data: null });
    const bad = await req(t, org, 'POST', '/inquiries', { data: { attributes: { fields: { 'address-street-1': 1 } } } }, { 'key-inflection': 'camel' });
    expect(bad.json().errors[0].source).toEqual({ pointer: '/data/attributes/fields/address-street-1' });
  });
});

describe('GET /inquiries/:id', () => {
  it('includes verifications and the account on request, [] for include=, nothing without', async () => {
    const inquiry = await newInquiry(t, org, { 'reference-id': uniq('inc') });
    const ver = await addVerification(t, org, inquiry.id, 'selfie');
    const plain = must(await req(t, org, 'GET', `/inquiries/${inquiry.id}`), 200, 'get');
    expect(plain.included).toBeUndefined();
    expect(plain.data.relationships.verifications).toEqual({ data: [{ type: 'verification/selfie', id: ver.id }] });
    const full = must(await req(t, org, 'GET', `/inquiries/${inquiry.id}?include=verifications,account`), 200, 'include');
    expect(full.included.map((r: Body) => `${r.type} ${r.id}`)).toEqual([`verification/selfie ${ver.id}`, `account ${inquiry.relationships.account.data.id}`]);
    expect(must(await req(t, org, 'GET', `/inquiries/${inquiry.id}?include=`), 200, 'empty').included).toEqual([]);
    expect((await req(t, org, 'GET', `/inquiries/${inquiry.id}?include=reports`)).statusCode).toBe(400);
  });

  it('keeps only the asked attributes with fields[inquiry]', async () => {
    const inquiry = await newInquiry(t, org);
    const res = must(await req(t, org, 'GET', `/inquiries/${inquiry.id}?fields%5Binquiry%5D=status,account`), 200, 'sparse');
    expect(res.data.attributes).toEqual({ status: 'created' });
    expect(Object.keys(res.data.relationships)).toEqual(['account']);
  });

  it('answers 404 for another organization\'s inquiry, another environment, a wrong prefix or a random id', async () => {
    const foreign = await newInquiry(t, other);
    const production = { ...org, apiKey: (await createApiKey(t, org.productionId)).value };
    const mine = await newInquiry(t, org);
    const random = await req(t, org, 'GET', `/inquiries/${randomId('inq')}`);
    expect(random.statusCode).toBe(404);
    for (const [who, id] of [[org, foreign.id], [production, mine.id], [org, mine.id.replace('inq_', 'act_')]] as const) {
      for (const [method, url] of [['GET', ''], ['PATCH', ''], ['DELETE', ''], ['POST', '/approve'], ['POST', '/complete']] as const) {
        const res = await req(t, who, method, `/inquiries/${id}${url}`, method === 'PATCH' ? { data: { attributes: { note: 'x' } } } : undefined);
        expect(res.statusCode, `${method} ${url}`).toBe(404);
        expect(res.body).toBe(random.body);
      }
    }
    expect(must(await req(t, other, 'GET', `/inquiries/${foreign.id}`), 200, 'owner').data.attributes.note).toBeNull();
  });
});

describe('GET /inquiries', () => {
  let tenant: TestOrg;
  const made: Body[] = [];
  beforeAll(async () => {
    tenant = await createOrg(t);
    // A few ms apart, so the created-at filters have distinct times to cut between.
    const tick = () => new Promise((r) => setTimeout(r, 5));
    made.push(await newInquiry(t, tenant, { 'reference-id': 'a', note: 'first, with a comma' }));
    await tick();
    made.push(await newInquiry(t, tenant, { 'reference-id': 'b' }, { 'auto-create-account': false }));
    await tick();
    made.push(await newInquiry(t, tenant, { 'reference-id': 'a' }));
    await action(t, tenant, made[1].id, 'complete');
    await tick();
    made.push(await newInquiry(t, tenant, { 'reference-id': 'c' }));
  });
  const ids = async (query: string) => (must(await req(t, tenant, 'GET', `/inquiries${query}`), 200, query).data as Body[]).map((d) => d.id);

  it('lists newest first with keyset links', async () => {
    const newest = [...made].reverse().map((m) => m.id);
    expect(await ids('')).toEqual(newest);
    const first = must(await req(t, tenant, 'GET', '/inquiries?page%5Bsize%5D=3'), 200, 'page 1');
    expect(first.data.map((d: Body) => d.id)).toEqual(newest.slice(0, 3));
    expect(first.links.prev).toBeNull();
    expect(first.links.next).toBe(`/api/v1/inquiries?page%5Bsize%5D=3&page%5Bafter%5D=${newest[2]}`);
    const second = must(await req(t, tenant, 'GET', first.links.next.replace('/api/v1', '')), 200, 'page 2');
    expect(second.data.map((d: Body) => d.id)).toEqual(newest.slice(3));
    expect(second.links.next).toBeNull();
    expect(second.data[0].relationships.verifications).toEqual({ data: [] });
  });

  it('filters by status, reference id, inquiry id, account id, note and creation time', async () => {
    expect(await ids('?filter%5Bstatus%5D=completed')).toEqual([made[1].id]);
    expect(await ids('?filter%5Bstatus%5D=created,completed')).toHaveLength(4);
    expect(await ids('?filter%5Breference-id%5D=a')).toEqual([made[2].id, made[0].id]);
    expect(await ids(`?filter%5Binquiry-id%5D=${made[3].id},${made[0].id},inq_nope`)).toEqual([made[3].id, made[0].id]);
    expect(await ids(`?filter%5Baccount-id%5D=${made[0].relationships.account.data.id}`)).toEqual([made[2].id, made[0].id]);
    expect(await ids(`?filter%5Bnote%5D=${encodeURIComponent('first, with a comma')}`)).toEqual([made[0].id]);
    const start = made[2].attributes['created-at'];
    expect(await ids(`?filter%5Bcreated-at-start%5D=${start}`)).toEqual([made[3].id, made[2].id]);
    expect(await ids(`?filter%5Bcreated-at-end%5D=${made[1].attributes['created-at']}`)).toEqual([made[1].id, made[0].id]);
    expect(await ids('?filter%5Binquiry-template-id%5D=itmpl_ABC')).toEqual([]);
    expect(await ids('?filter%5BtemplateId%5D=tmpl_ABC')).toEqual([]);
  });

  it('answers 400 for unknown filters, a bad status or date, note with others, and include', async () => {
    for (const q of ['filter%5Bname%5D=x', 'filter%5Bstatus%5D=done', 'filter%5Bcreated-at-start%5D=yesterday', 'filter%5Bnote%5D=x&filter%5Bstatus%5D=created', 'include=account', 'page%5Bsize%5D=101', 'page%5Bafter%5D=act_1']) {
      const res = await req(t, tenant, 'GET', `/inquiries?${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().errors[0].title).toBe('Bad Request');
    }
  });

  it('never lists another organization\'s inquiries', async () => {
    const all = await ids('?page%5Bsize%5D=100');
    expect(all).toHaveLength(made.length);
  });
});

describe('PATCH /inquiries/:id', () => {
  it('merges fields, replaces note and tags while open', async () => {
    const inquiry = await newInquiry(t, org, { fields: { 'name-first': 'Alex', nickname: 'Al' } });
    const res = must(await req(t, org, 'PATCH', `/inquiries/${inquiry.id}`, { data: { attributes: { note: 'n', tags: ['a', 'b'], fields: { 'name-last': 'Doe', nickname: null } } } }), 200, 'patch');
    expect(res.data.attributes.note).toBe('n');
    expect(res.data.attributes.tags).toEqual(['a', 'b']);
    expect(res.data.attributes.fields).toEqual({
      'name-first': { type: 'string', value: 'Alex' },
      nickname: { type: 'string', value: null },
      'name-last': { type: 'string', value: 'Doe' },
    });
    expect(Date.parse(res.data.attributes['updated-at'])).toBeGreaterThanOrEqual(Date.parse(inquiry.attributes['updated-at']));
  });

  it('refuses field changes once the inquiry is no longer created or pending, but not notes', async () => {
    const inquiry = await inquiryIn(t, org, 'completed');
    const res = await req(t, org, 'PATCH', `/inquiries/${inquiry.id}`, { data: { attributes: { fields: { 'name-first': 'Bo' } } } });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].source).toEqual({ pointer: '/data/attributes/fields' });
    const note = must(await req(t, org, 'PATCH', `/inquiries/${inquiry.id}`, { data: { attributes: { note: 'reviewed' } } }), 200, 'note');
    expect(note.data.attributes.note).toBe('reviewed');
    expect((await req(t, org, 'PATCH', `/inquiries/${inquiry.id}`, { data: { attributes: { status: 'approved' } } })).statusCode).toBe(400);
  });
});

describe('inquiry status rules (connect-api.md §4)', () => {
  const ALLOWED: Record<string, string[]> = {
    approve: ['completed', 'needs_review'],
    decline: ['completed', 'needs_review'],
    'mark-for-review': ['created', 'pending', 'completed', 'expired', 'failed'],
    expire: ['created', 'pending'],
    complete: ['created', 'pending'],
    fail: ['created', 'pending'],
  };
  const RESULT: Record<string, [string, string, string]> = {
    approve: ['approved', 'decisioned-at', 'inquiry.approved'],
    decline: ['declined', 'decisioned-at', 'inquiry.declined'],
    'mark-for-review': ['needs_review', 'marked-for-review-at', 'inquiry.marked-for-review'],
    expire: ['expired', 'expired-at', 'inquiry.expired'],
    complete: ['completed', 'completed-at', 'inquiry.completed'],
    fail: ['failed', 'failed-at', 'inquiry.failed'],
  };

  for (const name of Object.keys(ALLOWED)) {
    it(`${name}: allowed from ${ALLOWED[name]!.join(', ')}; 422 from every other status`, async () => {
      for (const from of Object.keys(PATHS)) {
        const inquiry = await inquiryIn(t, org, from);
        const before = await eventNames(t, org, inquiry.id);
        const res = await req(t, org, 'POST', `/inquiries/${inquiry.id}/${name}`);
        const after = await eventNames(t, org, inquiry.id);
        if (ALLOWED[name]!.includes(from)) {
          expect(res.statusCode, `${name} from ${from}`).toBe(200);
          const [to, stamp, event] = RESULT[name]!;
          expect(res.json().data.attributes.status).toBe(to);
          expect(res.json().data.attributes[stamp]).toMatch(ISO);
          expect(after).toEqual([...before, event]);
        } else {
          expect(res.statusCode, `${name} from ${from}`).toBe(422);
          expect(res.json().errors).toEqual([
            { title: 'Unprocessable entity', details: expect.stringContaining(from), source: { pointer: '/data/attributes/status' } },
          ]);
          expect(after).toEqual(before);
          expect(must(await req(t, org, 'GET', `/inquiries/${inquiry.id}`), 200, 'get').data.attributes.status).toBe(from);
        }
      }
    });
  }

  it('puts meta.comment into reviewer-comment on approve and decline', async () => {
    const a = await inquiryIn(t, org, 'completed');
    const approved = await action(t, org, a.id, 'approve', { meta: { comment: 'looks good' } });
    expect(approved.attributes['reviewer-comment']).toBe('looks good');
    expect(approved.attributes['completed-at']).toMatch(ISO);
    const d = await inquiryIn(t, org, 'needs_review');
    expect((await action(t, org, d.id, 'decline', { meta: { comment: 'no' } })).attributes['reviewer-comment']).toBe('no');
    const bad = await req(t, org, 'POST', `/inquiries/${d.id}/approve`, { meta: { note: 'x' } });
    expect(bad.json()).toEqual({ errors: [{ title: 'Bad Request', details: 'meta.note is not allowed' }] });
    const extra = await req(t, org, 'POST', `/inquiries/${d.id}/expire`, { data: { attributes: { status: 'x' } } });
    expect(extra.json()).toEqual({ errors: [{ title: 'Bad Request', details: 'data.attributes.status is not allowed' }] });
  });

  it('renders each event payload as the inquiry was then', async () => {
    const inquiry = await inquiryIn(t, org, 'approved');
    const res = must(await req(t, org, 'GET', `/events?filter%5Bobject-id%5D=${inquiry.id}`), 200, 'events');
    const byName = Object.fromEntries(res.data.map((e: Body) => [e.attributes.name, e.attributes.payload.data]));
    expect(Object.keys(byName).sort()).toEqual(['inquiry.approved', 'inquiry.completed', 'inquiry.created']);
    expect(byName['inquiry.created'].attributes.status).toBe('created');
    expect(byName['inquiry.completed'].attributes.status).toBe('completed');
    expect(byName['inquiry.approved']).toMatchObject({ type: 'inquiry', id: inquiry.id, attributes: { status: 'approved' } });
    expect(Object.keys(byName['inquiry.approved'].attributes).sort()).toEqual([...INQUIRY_ATTRIBUTES].sort());
    expect(byName['inquiry.approved'].attributes['decisioned-at']).toBe(inquiry.attributes['decisioned-at']);
  });
});

describe('decisions by a workflow run and idempotent creation', () => {
  it('shows the deciding workflow run as reviewer', async () => {
    const inquiry = await inquiryIn(t, org, 'completed');
    const run = newUuid();
    const ctx = { actor: actorOf(org), store: t.deps.store, clock: t.deps.clock };
    await approveInquiry({ ctx, input: { id: decodeId('inq', inquiry.id)!, reviewerWorkflowRunId: run } });
    const after = must(await req(t, org, 'GET', `/inquiries/${inquiry.id}`), 200, 'get').data;
    expect(after.relationships.reviewer).toEqual({ data: { type: 'workflow-run', id: encodeId('wfr', run) } });
  });

  it('replays POST /inquiries for a repeated Idempotency-Key and creates one inquiry', async () => {
    const body = { data: { attributes: { 'reference-id': uniq('idem') } } };
    const headers = { 'idempotency-key': uniq('key') };
    const first = await req(t, org, 'POST', '/inquiries', body, headers);
    const second = await req(t, org, 'POST', '/inquiries', body, headers);
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.json()).toEqual(first.json());
    const list = must(await req(t, org, 'GET', `/inquiries?filter%5Breference-id%5D=${body.data.attributes['reference-id']}`), 200, 'list');
    expect(list.data).toHaveLength(1);
    expect(await eventNames(t, org, first.json().data.id)).toEqual(['inquiry.created']);
  });
});

describe('DELETE /inquiries/:id', () => {
  it('redacts fields and verifications for good and emits inquiry.redacted once', async () => {
    const inquiry = await newInquiry(t, org, { fields: { 'name-first': 'Alex', age: 30 } });
    const ver = await addVerification(t, org, inquiry.id, 'database', { 'country-code': 'US' });
    const res = must(await req(t, org, 'DELETE', `/inquiries/${inquiry.id}?include=verifications`), 200, 'delete');
    expect(res.data.attributes['redacted-at']).toMatch(ISO);
    expect(res.data.attributes.fields).toEqual({ 'name-first': { type: 'string', value: null }, age: { type: 'number', value: null } });
    expect(res.included[0]).toMatchObject({ id: ver.id, attributes: { 'country-code': null, 'redacted-at': res.data.attributes['redacted-at'] } });
    const again = must(await req(t, org, 'DELETE', `/inquiries/${inquiry.id}`), 200, 'again');
    expect(again.data.attributes['redacted-at']).toBe(res.data.attributes['redacted-at']);
    expect(await eventNames(t, org, inquiry.id)).toEqual(['inquiry.created', 'inquiry.redacted']);
    const patch = await req(t, org, 'PATCH', `/inquiries/${inquiry.id}`, { data: { attributes: { fields: { 'name-first': 'Back' } } } });
    expect(patch.statusCode).toBe(422);
    expect((await req(t, org, 'POST', '/verifications', { data: { type: 'verification/selfie', attributes: { 'inquiry-id': inquiry.id, status: 'passed' } } })).statusCode).toBe(422);
  });
});

describe('permissions', () => {
  it('needs inquiry.read to read and inquiry.write to change', async () => {
    const readOnly = { ...org, apiKey: await keyWith(t, org, ['inquiry.read']) };
    const inquiry = await newInquiry(t, org);
    expect((await req(t, readOnly, 'GET', `/inquiries/${inquiry.id}`)).statusCode).toBe(200);
    expect((await req(t, readOnly, 'GET', '/inquiries')).statusCode).toBe(200);
    for (const [method, url] of [['POST', '/inquiries'], ['PATCH', `/inquiries/${inquiry.id}`], ['DELETE', `/inquiries/${inquiry.id}`], ['POST', `/inquiries/${inquiry.id}/complete`]] as const) {
      const res = await send(t, readOnly.apiKey, method, url, { body: { data: { attributes: {} } } });
      expect(res.statusCode, `${method} ${url}`).toBe(403);
      expect(res.json().errors[0].title).toBe('Forbidden');
    }
    const writeOnly = { ...org, apiKey: await keyWith(t, org, ['inquiry.write']) };
    expect((await req(t, writeOnly, 'GET', `/inquiries/${inquiry.id}`)).statusCode).toBe(403);
  });
});
