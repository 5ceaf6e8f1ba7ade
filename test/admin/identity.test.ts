/** Admin API additions of issue 5: organization aliases and profile, user names, role and state changes, deletion. */
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../harness.js';
import { uniq } from '../fixtures/identity.js';

const t = await createTestApp();

describe('/admin/v1 organizations and users', () => {
  it('takes a lowercase unique alias, or derives one from the name', async () => {
    const alias = `acme-${uniq()}`;
    const res = await t.admin('POST', '/admin/v1/organizations', { name: 'Acme Corp', alias: alias.toUpperCase() });
    expect(res.statusCode).toBe(201);
    expect(res.json().data.attributes.alias).toBe(alias);
    const taken = await t.admin('POST', '/admin/v1/organizations', { name: 'Other', alias });
    expect(taken.statusCode).toBe(409);
    expect((await t.admin('POST', '/admin/v1/organizations', { name: 'Bad', alias: 'no spaces!' })).statusCode).toBe(400);
    const derived = (await t.admin('POST', '/admin/v1/organizations', { name: 'Globex Industries' })).json().data.attributes.alias;
    const again = (await t.admin('POST', '/admin/v1/organizations', { name: 'Globex Industries' })).json().data.attributes.alias;
    expect(derived).toMatch(/^globex-industries/);
    expect(again).toMatch(/^globex-industries-[0-9a-f]{6}$/);
    expect(again).not.toBe(derived);
  });

  it('creates users with first and last names (or a name split at its first space), changes and deletes them', async () => {
    const org = (await t.admin('POST', '/admin/v1/organizations', { name: `Users ${uniq()}` })).json().data;
    const named = await t.admin('POST', `/admin/v1/organizations/${org.id}/users`, { email: `a-${uniq()}@x.test`, role: 'member', name: 'Ada King Lovelace' });
    expect(named.json().data.attributes).toMatchObject({ name: 'Ada King Lovelace', 'first-name': 'Ada', 'last-name': 'King Lovelace' });
    const user = await t.admin('POST', `/admin/v1/organizations/${org.id}/users`, {
      email: `b-${uniq()}@x.test`,
      role: 'viewer',
      'first-name': 'Grace',
      'last-name': 'Hopper',
      company: 'Navy',
      tags: ['staff'],
      metadata: [{ key: 'team', value: 'compilers' }],
    });
    expect(user.statusCode).toBe(201);
    const id = user.json().data.id;
    expect(user.json().data.attributes['user-id']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const patched = await t.admin('PATCH', `/admin/v1/users/${id}`, { role: 'admin', 'last-name': 'Murray Hopper', disabled: true });
    expect(patched.json().data.attributes).toMatchObject({ role: 'admin', name: 'Grace Murray Hopper', 'disabled-at': expect.any(String) });
    expect((await t.admin('PATCH', `/admin/v1/users/${id}`, { role: 'emperor' })).statusCode).toBe(400);
    expect((await t.admin('DELETE', `/admin/v1/users/${id}`)).statusCode).toBe(204);
    expect((await t.admin('DELETE', `/admin/v1/users/${id}`)).statusCode).toBe(404);
    expect((await t.admin('PATCH', `/admin/v1/users/${id}`, { role: 'admin' })).statusCode).toBe(404);
  });
});
