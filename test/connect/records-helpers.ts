/** Small helpers the record tests share: requests as an org, inquiries driven into each status. */
import { createApiKey, type TestApp, type TestOrg } from '../harness.js';
import { must, send, type Body } from '../fixtures/connect-objects.js';

export { must, send, randomId, uniq, type Body } from '../fixtures/connect-objects.js';

export const req = (t: TestApp, org: TestOrg, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown, headers?: Record<string, string>) =>
  send(t, org.apiKey, method, url, { ...(body !== undefined ? { body } : {}), ...(headers ? { headers } : {}) });

export async function newInquiry(t: TestApp, org: TestOrg, attributes: Record<string, unknown> = {}, meta?: Record<string, unknown>): Promise<Body> {
  const res = await req(t, org, 'POST', '/inquiries', { data: { attributes }, ...(meta ? { meta } : {}) });
  return must(res, 201, 'POST /inquiries').data;
}

export async function addVerification(t: TestApp, org: TestOrg, inquiryId: string, kind = 'government-id', extra: Record<string, unknown> = {}): Promise<Body> {
  const body = { data: { type: `verification/${kind}`, attributes: { 'inquiry-id': inquiryId, status: 'passed', ...extra } } };
  return must(await req(t, org, 'POST', '/verifications', body), 201, 'POST /verifications').data;
}

export async function action(t: TestApp, org: TestOrg, id: string, name: string, body?: unknown): Promise<Body> {
  return must(await req(t, org, 'POST', `/inquiries/${id}/${name}`, body), 200, `POST /inquiries/:id/${name}`).data;
}

/** Steps from a fresh inquiry to each status, through the public routes only. */
export const PATHS: Record<string, string[]> = {
  created: [],
  pending: ['verify'],
  completed: ['complete'],
  failed: ['fail'],
  expired: ['expire'],
  needs_review: ['mark-for-review'],
  approved: ['complete', 'approve'],
  declined: ['complete', 'decline'],
};

export async function inquiryIn(t: TestApp, org: TestOrg, status: string): Promise<Body> {
  let inquiry = await newInquiry(t, org);
  for (const step of PATHS[status]!) {
    if (step === 'verify') await addVerification(t, org, inquiry.id);
    else inquiry = await action(t, org, inquiry.id, step);
  }
  const current = must(await req(t, org, 'GET', `/inquiries/${inquiry.id}`), 200, 'GET /inquiries/:id').data;
  if (current.attributes.status !== status) throw new Error(`fixture: wanted ${status}, got ${current.attributes.status}`);
  return current;
}

/** Names of the events of one object, oldest first. */
export async function eventNames(t: TestApp, org: TestOrg, objectId: string): Promise<string[]> {
  const res = must(await req(t, org, 'GET', `/events?filter%5Bobject-id%5D=${objectId}&page%5Bsize%5D=100`), 200, 'GET /events');
  return (res.data as Body[]).map((e) => e.attributes.name as string).reverse();
}

/** A sandbox key of `org` holding only `permissions`. */
export async function keyWith(t: TestApp, org: TestOrg, permissions: string[]): Promise<string> {
  return (await createApiKey(t, org.sandboxId, { permissions })).value;
}
