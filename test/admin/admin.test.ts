import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

describe('admin API', () => {
  it('requires the admin token', async () => {
    const none = await t.request({ method: 'GET', url: '/admin/v1/organizations' });
    expect(none.statusCode).toBe(401);
    expect(none.json()).toEqual({ errors: [{ title: 'Must be authenticated to access this endpoint' }] });
    const wrong = await t.request({ method: 'GET', url: '/admin/v1/organizations', headers: { authorization: 'Bearer tadm_wrong' } });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toEqual({ errors: [{ title: 'Token is invalid' }] });
    expect(none.headers['request-id']).toMatch(/^req_/);
  });

  it('creates organizations with a sandbox and a production environment', async () => {
    const res = await t.admin('POST', '/admin/v1/organizations', { name: 'Acme' });
    expect(res.statusCode).toBe(201);
    const org = res.json().data;
    expect(org.id).toMatch(/^org_[0-9A-Za-z]{24}$/);
    expect(org.attributes.environments.map((e: { kind: string }) => e.kind).sort()).toEqual(['production', 'sandbox']);
    const got = await t.admin('GET', `/admin/v1/organizations/${org.id}`);
    expect(got.json().data).toEqual(org);
    const list = await t.admin('GET', '/admin/v1/organizations');
    expect(list.json().data.map((o: { id: string }) => o.id)).toContain(org.id);
    expect((await t.admin('POST', '/admin/v1/organizations', { name: '' })).statusCode).toBe(400);
    expect((await t.admin('POST', '/admin/v1/organizations', { name: 'x', extra: 1 })).statusCode).toBe(400);
    expect((await t.admin('GET', '/admin/v1/organizations/org_000000000000000000000000')).statusCode).toBe(404);
  });

  it('adds users with roles, refusing duplicates and bad roles', async () => {
    const org = (await t.admin('POST', '/admin/v1/organizations', { name: 'Users Inc' })).json().data;
    const res = await t.admin('POST', `/admin/v1/organizations/${org.id}/users`, { email: 'Ada@Example.com', role: 'admin', password: 'correct horse' });
    expect(res.statusCode).toBe(201);
    expect(res.json().data.attributes).toMatchObject({ email: 'ada@example.com', role: 'admin' });
    expect(JSON.stringify(res.json())).not.toContain('correct horse');
    expect((await t.admin('POST', `/admin/v1/organizations/${org.id}/users`, { email: 'ada@example.com', role: 'member' })).statusCode).toBe(409);
    expect((await t.admin('POST', `/admin/v1/organizations/${org.id}/users`, { email: 'b@example.com', role: 'king' })).statusCode).toBe(400);
    const users = await t.admin('GET', `/admin/v1/organizations/${org.id}/users`);
    expect(users.json().data).toHaveLength(1);
    const row = await t.deps.db.selectFrom('users').select('password_hash').executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^scrypt\$/);
  });

  it('pages an organization’s users and organizations through links.next', async () => {
    const org = (await t.admin('POST', '/admin/v1/organizations', { name: 'Paged Inc' })).json().data;
    for (const name of ['a', 'b', 'c']) await t.admin('POST', `/admin/v1/organizations/${org.id}/users`, { email: `${name}@paged.example`, role: 'member' });
    const first = (await t.admin('GET', `/admin/v1/organizations/${org.id}/users?page[size]=2`)).json();
    expect(first.data).toHaveLength(2);
    expect(first.links.next).toMatch(/^\/admin\/v1\/organizations\/org_\w+\/users\?/);
    const second = (await t.admin('GET', first.links.next)).json();
    expect(second.data).toHaveLength(1);
    expect(second.links.next).toBeNull();
    const emails = [...first.data, ...second.data].map((u: { attributes: { email: string } }) => u.attributes.email).sort();
    expect(emails).toEqual(['a@paged.example', 'b@paged.example', 'c@paged.example']);
    const orgs = (await t.admin('GET', '/admin/v1/organizations?page[size]=1')).json();
    expect(orgs.data).toHaveLength(1);
    expect((await t.admin('GET', orgs.links.next)).json().data[0].id).not.toBe(orgs.data[0].id);
  });

  it('issues environment API keys whose secret is shown once, with no-store', async () => {
    const org = (await t.admin('POST', '/admin/v1/organizations', { name: 'Keys Inc' })).json().data;
    const env = org.attributes.environments.find((e: { kind: string }) => e.kind === 'sandbox').id;
    const res = await t.admin('POST', `/admin/v1/environments/${env}/api-keys`, { name: 'ci', permissions: ['event.read'] });
    expect(res.statusCode).toBe(201);
    expect(res.headers['cache-control']).toBe('no-store');
    const key = res.json().data;
    expect(key.type).toBe('api-key');
    expect(key.attributes.value).toMatch(/^tsk_sandbox_/);
    expect(key.attributes.permissions).toEqual(['event.read']);
    const revoked = await t.admin('POST', `/admin/v1/api-keys/${key.id}/revoke`);
    expect(revoked.json().data.attributes).not.toHaveProperty('value');
    expect((await t.admin('POST', `/admin/v1/environments/${env}/api-keys`, { name: 'x', permissions: ['root'] })).statusCode).toBe(400);
  });
});
