/**
 * How every route of `app.routeTable` authenticates its caller. Each surface
 * prefix has its own exhaustive suite (connect-security, identity-security,
 * the OAuth and admin tests); the few routes outside them are listed here
 * with the reason they take no credential, so a route added under a new
 * prefix fails this test until its authentication is written down. The one
 * route authenticated by something else than a credential is GitHub's
 * leaked-secret report, which is signed (test/secret-scanning/github.test.ts).
 */
import { expect, it } from 'vitest';
import { createTestApp } from '../harness.js';

const t = await createTestApp();

/** Prefixes whose every route takes a credential, and the suite that proves it. */
const SURFACES: Record<string, string> = {
  '/api/v1/': 'test/security/connect-security.test.ts (API key or session)',
  '/v3/': 'test/security/identity-security.test.ts (user token or session)',
  '/accounts/': 'test/security/identity-security.test.ts (user token or session)',
  '/oauth/': 'test/oauth/oauth.test.ts (client credentials)',
  '/admin/v1/': 'test/admin/admin.test.ts (admin token)',
};

/** Routes outside the surfaces: no credential, by design. */
const OPEN: Record<string, string> = {
  'GET /': 'redirects to the dashboard',
  'GET /favicon.ico': 'the dashboard\'s icon',
  'GET /healthz': 'liveness probe',
  'GET /readyz': 'readiness probe',
  'GET /metrics': 'Prometheus scrape (restrict it at the load balancer)',
  'GET /openapi.json': 'the public contract',
  'GET /docs': 'the API reference',
  'GET /docs/': 'the API reference',
  'GET /docs/js/scalar.js': 'the API reference\'s script',
  'GET /dashboard': 'the dashboard\'s static files (it signs in through /v3)',
  'GET /dashboard/*': 'the dashboard\'s static files',
  'GET /.well-known/oauth-authorization-server': 'RFC 8414 metadata',
  // Authenticated by GitHub's ECDSA P-256 signature of the raw body (TESSERA_SECRET_SCANNING_KEYS), not by a credential.
  'POST /secret-scanning/v1/github': 'signed by the secret scanner (Github-Public-Key-Signature), 401 otherwise',
};

it('every route authenticates through a surface\'s credential or is listed with its reason', () => {
  const unexplained = t.app.routeTable
    .map((r) => `${r.method} ${r.url}`)
    .filter((key) => !Object.keys(SURFACES).some((prefix) => key.split(' ')[1]!.startsWith(prefix)) && !(key in OPEN));
  expect(unexplained).toEqual([]);
});

it('documents the signed route as taking no credential, and it refuses an unsigned report', async () => {
  const doc = (await t.request({ method: 'GET', url: '/openapi.json' })).json();
  const op = doc.paths['/secret-scanning/v1/github'].post;
  expect(op.security).toEqual([]);
  expect(op.description).toMatch(/signature/);
  // This app has no keys configured: 404 before anything else.
  const res = await t.request({ method: 'POST', url: '/secret-scanning/v1/github', headers: { 'content-type': 'application/json' }, payload: '[]' });
  expect(res.statusCode).toBe(404);
});
