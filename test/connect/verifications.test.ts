import { beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createTestApp, type TestApp, type TestOrg } from '../harness.js';
import { addVerification, eventNames, inquiryIn, keyWith, must, newInquiry, randomId, req, type Body } from './records-helpers.js';

let t: TestApp;
let org: TestOrg;
let other: TestOrg;

beforeAll(async () => {
  t = await createTestApp({ env: { TESSERA_RATE_LIMIT_PER_MINUTE: '100000' } });
  org = await createOrg(t);
  other = await createOrg(t);
});

const VERIFICATION_ATTRIBUTES = [
  'status', 'created-at', 'created-at-ts', 'submitted-at', 'submitted-at-ts', 'completed-at', 'completed-at-ts',
  'redacted-at', 'country-code', 'tags', 'checks',
].sort();

const verificationBody = (inquiryId: string, attributes: Record<string, unknown> = {}, type = 'verification/government-id') => ({
  data: { type, attributes: { 'inquiry-id': inquiryId, status: 'passed', ...attributes } },
});

const getInquiry = async (org: TestOrg, id: string): Promise<Body> => must(await req(t, org, 'GET', `/inquiries/${id}`), 200, 'GET inquiry').data;

describe('POST /verifications (ext)', () => {
  it('records a verification and moves a created inquiry to pending with started-at', async () => {
    const inquiry = await newInquiry(t, org);
    const checks = [{ name: 'id_barcode_detection', status: 'passed', reasons: [], requirement: 'required', metadata: { score: 0.98 } }];
    const res = await req(t, org, 'POST', '/verifications', verificationBody(inquiry.id, { checks, 'country-code': 'US', tags: ['t'] }));
    expect(res.statusCode).toBe(201);
    const v = res.json().data;
    expect(v.type).toBe('verification/government-id');
    expect(v.id).toMatch(/^ver_[0-9A-Za-z]{24}$/);
    expect(Object.keys(v.attributes).sort()).toEqual(VERIFICATION_ATTRIBUTES);
    expect(v.attributes).toMatchObject({ status: 'passed', 'country-code': 'US', tags: ['t'], checks, 'redacted-at': null });
    expect(v.attributes['created-at-ts']).toBe(Math.floor(Date.parse(v.attributes['created-at']) / 1000));
    expect(v.attributes['completed-at-ts']).toBe(Math.floor(Date.parse(v.attributes['completed-at']) / 1000));
    expect(v.relationships).toEqual({ inquiry: { data: { type: 'inquiry', id: inquiry.id } } });

    const after = await getInquiry(org, inquiry.id);
    expect(after.attributes.status).toBe('pending');
    expect(after.attributes['started-at']).toBe(v.attributes['created-at']);
    expect(after.relationships.verifications.data).toEqual([{ type: 'verification/government-id', id: v.id }]);
  });

  it('keeps started-at on later verifications and fills check defaults', async () => {
    const inquiry = await newInquiry(t, org);
    await addVerification(t, org, inquiry.id, 'selfie');
    const started = (await getInquiry(org, inquiry.id)).attributes['started-at'];
    const second = await addVerification(t, org, inquiry.id, 'phone-number', { status: 'failed', checks: [{ name: 'sms', status: 'failed' }] });
    expect(second.attributes.checks).toEqual([{ name: 'sms', status: 'failed', reasons: [], requirement: 'required', metadata: {} }]);
    const after = await getInquiry(org, inquiry.id);
    expect(after.attributes['started-at']).toBe(started);
    expect(after.relationships.verifications.data.map((d: Body) => d.type)).toEqual(['verification/selfie', 'verification/phone-number']);
  });

  it('resumes an expired inquiry', async () => {
    const inquiry = await inquiryIn(t, org, 'expired');
    await addVerification(t, org, inquiry.id, 'email-address');
    const after = await getInquiry(org, inquiry.id);
    expect(after.attributes.status).toBe('pending');
    expect(after.attributes['started-at']).not.toBeNull();
    expect(await eventNames(t, org, inquiry.id)).toEqual(['inquiry.created', 'inquiry.expired']);
  });

  it('answers 422 pointing at inquiry-id for an inquiry past created or pending', async () => {
    for (const status of ['completed', 'failed', 'needs_review', 'approved', 'declined']) {
      const inquiry = await inquiryIn(t, org, status);
      const res = await req(t, org, 'POST', '/verifications', verificationBody(inquiry.id));
      expect(res.statusCode, status).toBe(422);
      expect(res.json().errors).toEqual([
        { title: 'Unprocessable entity', details: expect.stringContaining(status), source: { pointer: '/data/attributes/inquiry-id' } },
      ]);
      expect((await getInquiry(org, inquiry.id)).relationships.verifications.data).toHaveLength(0);
    }
  });

  it('answers 404 naming inquiry-id for another organization\'s inquiry, a wrong prefix or an unknown id', async () => {
    const foreign = await newInquiry(t, other);
    for (const id of [foreign.id, randomId('inq'), randomId('act')]) {
      const res = await req(t, org, 'POST', '/verifications', verificationBody(id));
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual({ errors: [{ title: 'Record not found', details: 'data.attributes.inquiry-id is not found' }] });
    }
    expect((await getInquiry(other, foreign.id)).attributes.status).toBe('created');
  });

  it('answers 400 for a missing inquiry-id, an unknown kind, status or check shape', async () => {
    const inquiry = await newInquiry(t, org);
    const cases: Array<[unknown, string]> = [
      [{ data: { type: 'verification/selfie', attributes: { status: 'passed' } } }, 'data.attributes.inquiry-id is missing'],
      [verificationBody(inquiry.id, {}, 'verification/aamva'), 'data.type must be one of'],
      [verificationBody(inquiry.id, { status: 'confirmed' }), 'data.attributes.status must be one of passed, failed'],
      [verificationBody(inquiry.id, { checks: [{ name: 'x', status: 'maybe' }] }), 'data.attributes.checks.0.status must be one of'],
      [verificationBody(inquiry.id, { checks: [{ name: 'x', status: 'passed', extra: 1 }] }), 'data.attributes.checks.0.extra is not allowed'],
      [{ data: { attributes: { 'inquiry-id': inquiry.id, status: 'passed' } } }, 'data.type is missing'],
    ];
    for (const [body, details] of cases) {
      const res = await req(t, org, 'POST', '/verifications', body);
      expect(res.statusCode, details).toBe(400);
      expect(res.json().errors[0].details).toContain(details);
    }
    expect((await getInquiry(org, inquiry.id)).attributes.status).toBe('created');
  });

  it('speaks Key-Inflection camel', async () => {
    const inquiry = await newInquiry(t, org);
    const res = await req(t, org, 'POST', '/verifications', { data: { type: 'verification/database', attributes: { inquiryId: inquiry.id, status: 'passed', countryCode: 'DE' } } }, { 'key-inflection': 'camel' });
    expect(res.statusCode).toBe(201);
    expect(res.json().data.attributes).toMatchObject({ countryCode: 'DE', createdAtTs: expect.any(Number), redactedAt: null });
  });
});

describe('GET and DELETE /verifications/:id', () => {
  it('retrieves with include=inquiry and redacts for good', async () => {
    const inquiry = await newInquiry(t, org);
    const v = await addVerification(t, org, inquiry.id, 'document', { 'country-code': 'US', checks: [{ name: 'c', status: 'passed', metadata: { name: 'Alex' } }] });
    const got = must(await req(t, org, 'GET', `/verifications/${v.id}?include=inquiry`), 200, 'get');
    expect(got.data).toEqual(v);
    expect(got.included.map((r: Body) => r.id)).toEqual([inquiry.id]);
    expect((await req(t, org, 'GET', `/verifications/${v.id}?include=account`)).statusCode).toBe(400);

    const redacted = must(await req(t, org, 'DELETE', `/verifications/${v.id}`), 200, 'delete').data;
    expect(redacted.attributes['redacted-at']).not.toBeNull();
    expect(redacted.attributes['country-code']).toBeNull();
    expect(redacted.attributes.checks).toEqual([{ name: 'c', status: 'passed', reasons: [], requirement: 'required', metadata: {} }]);
    expect(redacted.attributes.status).toBe('passed');
    const again = must(await req(t, org, 'DELETE', `/verifications/${v.id}`), 200, 'again').data;
    expect(again.attributes['redacted-at']).toBe(redacted.attributes['redacted-at']);
    expect(must(await req(t, org, 'GET', `/verifications/${v.id}`), 200, 'reread').data).toEqual(redacted);
  });

  it('answers 404 for another organization\'s verification or a wrong prefix', async () => {
    const inquiry = await newInquiry(t, other);
    const foreign = await addVerification(t, other, inquiry.id);
    const random = await req(t, org, 'GET', `/verifications/${randomId('ver')}`);
    expect(random.statusCode).toBe(404);
    for (const [method, id] of [['GET', foreign.id], ['DELETE', foreign.id], ['GET', inquiry.id]] as const) {
      const res = await req(t, org, method, `/verifications/${id}`);
      expect(res.statusCode).toBe(404);
      expect(res.body).toBe(random.body);
    }
    expect(must(await req(t, other, 'GET', `/verifications/${foreign.id}`), 200, 'owner').data.attributes['redacted-at']).toBeNull();
  });

  it('needs verification.read and verification.write', async () => {
    const inquiry = await newInquiry(t, org);
    const v = await addVerification(t, org, inquiry.id);
    const readOnly = { ...org, apiKey: await keyWith(t, org, ['verification.read']) };
    expect((await req(t, readOnly, 'GET', `/verifications/${v.id}`)).statusCode).toBe(200);
    expect((await req(t, readOnly, 'DELETE', `/verifications/${v.id}`)).statusCode).toBe(403);
    expect((await req(t, readOnly, 'POST', '/verifications', verificationBody(inquiry.id))).statusCode).toBe(403);
  });
});
