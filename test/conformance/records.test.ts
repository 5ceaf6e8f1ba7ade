/**
 * Inquiries, verifications, accounts and transactions (connect-api.md §4)
 * against the reference: every reference operation Tessera implements, with
 * `included` objects checked against their own schemas.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createTestApp, type TestApp, type TestOrg } from '../harness.js';
import {
  addVerification,
  completeInquiry,
  createAccount,
  createInquiry,
  createTransaction,
  send,
  uniq,
  SAMPLE_FIELDS,
  type Body,
} from '../fixtures/connect-objects.js';
import { describeConformance, expectResponseConforms, expectSchemaConforms } from './reference.js';

function expectIncludedConform(included: Body[]) {
  for (const item of included) {
    const type = String(item.type);
    expectSchemaConforms({ schema: type.startsWith('verification/') ? 'verification' : type, value: item });
  }
}

describeConformance('records conform to the reference', () => {
  let t: TestApp;
  let org: TestOrg;

  beforeAll(async () => {
    t = await createTestApp({ env: { TESSERA_RATE_LIMIT_PER_MINUTE: '100000' } });
    org = await createOrg(t);
  });

  describe('inquiries', () => {
    const one = '/inquiries/{inquiry-id}';

    it('POST /inquiries → 201 with the meta links, included on request', async () => {
      const res = await send(t, org.apiKey, 'POST', '/inquiries?include=account', {
        body: { data: { attributes: { 'reference-id': uniq('ref'), note: 'hello', fields: { ...SAMPLE_FIELDS, 'loyalty-tier': 'gold' }, tags: ['vip'] } } },
      });
      const body = expectResponseConforms(res, { method: 'POST', path: '/inquiries', status: 201 });
      expect(body.meta).toEqual({ 'session-token': null, 'one-time-link': null, 'one-time-link-short': null });
      expect(body.data.attributes.status).toBe('created');
      expect(body.data.attributes.creator).toBe(org.apiKeyId);
      expectIncludedConform(body.included);
      const bare = expectResponseConforms(await send(t, org.apiKey, 'POST', '/inquiries', { body: { data: { attributes: {} } } }), {
        method: 'POST',
        path: '/inquiries',
        status: 201,
      });
      expect(bare.data.attributes.fields).toBeTypeOf('object');
    });

    it('GET /inquiries/{inquiry-id} → 200, with verifications and account included, and sparse', async () => {
      const inquiry = await createInquiry(t, org);
      await addVerification(t, org, inquiry.id, 'database');
      await addVerification(t, org, inquiry.id, 'government-id', 'failed');
      const body = expectResponseConforms(await send(t, org.apiKey, 'GET', `/inquiries/${inquiry.id}?include=verifications,account`), {
        method: 'GET',
        path: one,
        status: 200,
      });
      expect(body.data.relationships.verifications.data).toHaveLength(2);
      expect(body.included.map((i: Body) => i.type).sort()).toEqual(['account', 'verification/database', 'verification/government-id']);
      expectIncludedConform(body.included);
      const sparse = expectResponseConforms(await send(t, org.apiKey, 'GET', `/inquiries/${inquiry.id}?fields%5Binquiry%5D=status`), {
        method: 'GET',
        path: one,
        status: 200,
        sparse: true,
      });
      expect(Object.keys(sparse.data.attributes)).toEqual(['status']);
    });

    it('GET /inquiries → 200 with filters and pages', async () => {
      const a = await createInquiry(t, org);
      await createInquiry(t, org);
      const page = expectResponseConforms(await send(t, org.apiKey, 'GET', '/inquiries?page%5Bsize%5D=1'), { method: 'GET', path: '/inquiries', status: 200 });
      expect(page.links.next).toMatch(/^\/api\/v1\/inquiries\?/);
      const ref = encodeURIComponent(a.attributes['reference-id']);
      const filtered = expectResponseConforms(await send(t, org.apiKey, 'GET', `/inquiries?filter%5Breference-id%5D=${ref}&filter%5Bstatus%5D=created`), {
        method: 'GET',
        path: '/inquiries',
        status: 200,
      });
      expect(filtered.data.map((d: Body) => d.id)).toEqual([a.id]);
    });

    it('PATCH /inquiries/{inquiry-id} → 200', async () => {
      const inquiry = await createInquiry(t, org);
      const body = expectResponseConforms(
        await send(t, org.apiKey, 'PATCH', `/inquiries/${inquiry.id}`, { body: { data: { attributes: { note: 'changed', tags: ['a', 'b'], fields: { 'name-first': 'Sam' } } } } }),
        { method: 'PATCH', path: one, status: 200 },
      );
      expect(body.data.attributes.note).toBe('changed');
      expect(body.data.attributes.fields['name-first']).toEqual({ type: 'string', value: 'Sam' });
    });

    it('POST …/approve, …/decline, …/mark-for-review, …/expire → 200', async () => {
      const approved = await completeInquiry(t, org, (await createInquiry(t, org)).id);
      const ok = expectResponseConforms(
        await send(t, org.apiKey, 'POST', `/inquiries/${approved.id}/approve`, { body: { meta: { comment: 'looks right' } } }),
        { method: 'POST', path: `${one}/approve`, status: 200 },
      );
      expect(ok.data.attributes).toMatchObject({ status: 'approved', 'reviewer-comment': 'looks right' });

      const declined = await completeInquiry(t, org, (await createInquiry(t, org)).id);
      const no = expectResponseConforms(await send(t, org.apiKey, 'POST', `/inquiries/${declined.id}/decline`), { method: 'POST', path: `${one}/decline`, status: 200 });
      expect(no.data.attributes.status).toBe('declined');

      const review = await createInquiry(t, org);
      const marked = expectResponseConforms(await send(t, org.apiKey, 'POST', `/inquiries/${review.id}/mark-for-review`), {
        method: 'POST',
        path: `${one}/mark-for-review`,
        status: 200,
      });
      expect(marked.data.attributes.status).toBe('needs_review');

      const expiring = await createInquiry(t, org);
      const expired = expectResponseConforms(await send(t, org.apiKey, 'POST', `/inquiries/${expiring.id}/expire`), { method: 'POST', path: `${one}/expire`, status: 200 });
      expect(expired.data.attributes.status).toBe('expired');
    });

    it('DELETE /inquiries/{inquiry-id} → 200, redacted', async () => {
      const inquiry = await createInquiry(t, org);
      await addVerification(t, org, inquiry.id);
      const body = expectResponseConforms(await send(t, org.apiKey, 'DELETE', `/inquiries/${inquiry.id}?include=verifications`), {
        method: 'DELETE',
        path: one,
        status: 200,
      });
      expect(body.data.attributes['redacted-at']).not.toBeNull();
      expectIncludedConform(body.included);
    });
  });

  describe('verifications', () => {
    it('GET /verifications/{verification-id} → 200 for each kind', async () => {
      const inquiry = await createInquiry(t, org);
      for (const kind of ['government-id', 'selfie', 'database', 'document', 'email-address', 'phone-number']) {
        const ver = await addVerification(t, org, inquiry.id, kind);
        const body = expectResponseConforms(await send(t, org.apiKey, 'GET', `/verifications/${ver.id}`), {
          method: 'GET',
          path: '/verifications/{verification-id}',
          status: 200,
        });
        expect(body.data.type).toBe(`verification/${kind}`);
        expect(body.data.relationships.inquiry.data).toEqual({ type: 'inquiry', id: inquiry.id });
      }
    });

    it('DELETE /verifications/{verification-id} → 200', async () => {
      const ver = await addVerification(t, org, (await createInquiry(t, org)).id);
      const body = expectResponseConforms(await send(t, org.apiKey, 'DELETE', `/verifications/${ver.id}`), {
        method: 'DELETE',
        path: '/verifications/{verification-id}',
        status: 200,
      });
      expect(body.data.attributes['redacted-at']).not.toBeNull();
    });
  });

  describe.each([
    ['accounts', '/accounts/{account-id}', createAccount],
    ['transactions', '/transactions/{transaction-id}', createTransaction],
  ] as const)('%s', (name, one, create) => {
    const list = `/${name}`;

    it(`POST /${name} → 201, and 200 for an existing reference-id`, async () => {
      const ref = uniq('ref');
      const created = expectResponseConforms(await send(t, org.apiKey, 'POST', list, { body: { data: { attributes: { 'reference-id': ref, fields: { ...SAMPLE_FIELDS }, tags: ['x'] } } } }), {
        method: 'POST',
        path: list,
        status: 201,
      });
      const again = expectResponseConforms(await send(t, org.apiKey, 'POST', list, { body: { data: { attributes: { 'reference-id': ref } } } }), {
        method: 'POST',
        path: list,
        status: 200,
      });
      expect(again.data.id).toBe(created.data.id);
    });

    it(`GET /${name}, GET, PATCH and DELETE ${one} → 200`, async () => {
      const obj = await create(t, org);
      await create(t, org);
      const page = expectResponseConforms(await send(t, org.apiKey, 'GET', `${list}?page%5Bsize%5D=1`), { method: 'GET', path: list, status: 200 });
      expect(page.links.next).not.toBeNull();
      const ref = encodeURIComponent(obj.attributes['reference-id']);
      const filtered = expectResponseConforms(await send(t, org.apiKey, 'GET', `${list}?filter%5Breference-id%5D=${ref}`), { method: 'GET', path: list, status: 200 });
      expect(filtered.data.map((d: Body) => d.id)).toEqual([obj.id]);
      expectResponseConforms(await send(t, org.apiKey, 'GET', `${list}/${obj.id}`), { method: 'GET', path: one, status: 200 });
      const patched = expectResponseConforms(await send(t, org.apiKey, 'PATCH', `${list}/${obj.id}`, { body: { data: { attributes: { tags: ['patched'] } } } }), {
        method: 'PATCH',
        path: one,
        status: 200,
      });
      expect(patched.data.attributes.tags).toEqual(['patched']);
      const deleted = expectResponseConforms(await send(t, org.apiKey, 'DELETE', `${list}/${obj.id}`), { method: 'DELETE', path: one, status: 200 });
      expect(deleted.data.id).toBe(obj.id);
    });
  });
});
