import { describe, expect, it } from 'vitest';
import { canonicalScope, effectiveScopes, normalizeScopes, roleScopes, SCOPES } from './scopes.js';

describe('the scope catalog', () => {
  it('resolves aliases and refuses unknown scopes', () => {
    expect(canonicalScope('licenseTemaplate:write')).toBe('licenseTemplate:write');
    expect(canonicalScope('licensePolicy:read')).toBe('licenseTemplate:read');
    expect(canonicalScope('bogus:read')).toBeNull();
    expect(normalizeScopes(['user:read', 'licensePolicy:write', 'user:read', 'x:y'])).toEqual({
      scopes: ['licenseTemplate:write', 'user:read'],
      unknown: [{ index: 3, scope: 'x:y' }],
    });
  });

  it('gives each role its documented set (pat-v3-api.md §3)', () => {
    const all = SCOPES.map((s) => s.name);
    expect([...roleScopes('owner')].sort()).toEqual([...all].sort());
    expect([...roleScopes('admin')].sort()).toEqual([...all].sort());
    expect([...roleScopes('member')].sort()).toEqual(all.filter((s) => !['account:write', 'user:write', 'role:write'].includes(s)).sort());
    expect([...roleScopes('viewer')].sort()).toEqual(
      all.filter((s) => s.endsWith(':read') || s === 'personalAccessToken:write' || s === 'apiToken:write').sort(),
    );
  });

  it('cuts a token\'s scopes to its owner\'s role, with write implying read', () => {
    expect([...effectiveScopes(['user:write', 'personalAccessToken:write'], 'viewer')].sort()).toEqual([
      'personalAccessToken:read',
      'personalAccessToken:write',
      'user:read',
    ]);
    expect([...effectiveScopes(['account:write'], 'member')]).toEqual(['account:read']);
  });
});
