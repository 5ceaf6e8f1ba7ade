/** PATCH /admin/v1/organizations/:id: an organization's settings, shown on every read of the organization. */
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

describe('organization settings', () => {
  it('leaked-secret-action: revoke by default, set on create or by PATCH, refused when unknown', async () => {
    const created = (await t.admin('POST', '/admin/v1/organizations', { name: 'Leaky' })).json().data;
    expect(created.attributes['leaked-secret-action']).toBe('revoke');

    const patched = await t.admin('PATCH', `/admin/v1/organizations/${created.id}`, { 'leaked-secret-action': 'notify' });
    expect(patched.statusCode).toBe(200);
    expect(patched.json().data.attributes['leaked-secret-action']).toBe('notify');
    expect((await t.admin('GET', `/admin/v1/organizations/${created.id}`)).json().data.attributes['leaked-secret-action']).toBe('notify');
    // Nothing given: nothing changes.
    expect((await t.admin('PATCH', `/admin/v1/organizations/${created.id}`, {})).json().data.attributes['leaked-secret-action']).toBe('notify');

    const notifying = (await t.admin('POST', '/admin/v1/organizations', { name: 'Quiet', 'leaked-secret-action': 'notify' })).json().data;
    expect(notifying.attributes['leaked-secret-action']).toBe('notify');

    expect((await t.admin('PATCH', `/admin/v1/organizations/${created.id}`, { 'leaked-secret-action': 'ignore' })).statusCode).toBe(400);
    expect((await t.admin('PATCH', `/admin/v1/organizations/${created.id}`, { name: 'renamed' })).statusCode).toBe(400);
    expect((await t.admin('PATCH', '/admin/v1/organizations/org_000000000000000000000000', { 'leaked-secret-action': 'notify' })).statusCode).toBe(404);
    const anonymous = await t.request({ method: 'PATCH', url: `/admin/v1/organizations/${created.id}`, payload: { 'leaked-secret-action': 'revoke' } });
    expect(anonymous.statusCode).toBe(401);
  });
});
