/**
 * Serving the dashboard (issue 6, deliverable 4): the built files at
 * /dashboard with a single-page-app fallback, long-lived caching of hashed
 * assets only, and a 503 page that says what to do when it is not built.
 * Issue 13: `/` leads to the dashboard and `/favicon.ico` to its icon.
 */
import Fastify from 'fastify';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { registerDashboard } from '../../src/http/dashboard.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await fs.rm(dir, { recursive: true, force: true });
});

async function appWith(files: Record<string, string> | null) {
  const parent = await fs.mkdtemp(path.join(os.tmpdir(), 'tessera-dashboard-'));
  dirs.push(parent);
  const dir = path.join(parent, 'dashboard');
  if (files) {
    for (const [name, body] of Object.entries(files)) {
      await fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true });
      await fs.writeFile(path.join(dir, name), body);
    }
  }
  await fs.writeFile(path.join(parent, 'secret.txt'), 'not for the browser');
  const app = Fastify({ routerOptions: { ignoreTrailingSlash: true } });
  await registerDashboard(app, dir);
  await app.ready();
  return app;
}

const BUILT = { 'index.html': '<!doctype html><div id="root"></div>', 'assets/app-1234.js': 'console.log(1)', 'favicon.svg': '<svg/>' };

describe('/dashboard', () => {
  it('serves index.html at /dashboard and /dashboard/, never cached', async () => {
    const app = await appWith(BUILT);
    for (const url of ['/dashboard', '/dashboard/']) {
      const res = await app.inject({ url });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.body).toContain('<div id="root">');
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('answers any page of the app with index.html (reload on a deep link)', async () => {
    const app = await appWith(BUILT);
    const res = await app.inject({ url: '/dashboard/share-tokens/cnst_ABC123?x=1' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<div id="root">');
  });

  it('serves hashed assets as immutable and other files as they are', async () => {
    const app = await appWith(BUILT);
    const js = await app.inject({ url: '/dashboard/assets/app-1234.js' });
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-type']).toMatch(/javascript/);
    expect(js.headers['cache-control']).toContain('immutable');
    const svg = await app.inject({ url: '/dashboard/favicon.svg' });
    expect(svg.statusCode).toBe(200);
    expect(svg.headers['content-type']).toMatch(/svg/);
  });

  it('answers a missing asset with 404, not the app', async () => {
    const app = await appWith(BUILT);
    const res = await app.inject({ url: '/dashboard/assets/gone-0000.js' });
    expect(res.statusCode).toBe(404);
  });

  it('never serves a file outside the build', async () => {
    const app = await appWith(BUILT);
    for (const url of ['/dashboard/../secret.txt', '/dashboard/%2e%2e/secret.txt', '/dashboard/assets/..%2f..%2fsecret.txt']) {
      const res = await app.inject({ url });
      expect(res.body).not.toContain('not for the browser');
    }
  });

  it('says to run npm run build when the dashboard is not built', async () => {
    const app = await appWith(null);
    const res = await app.inject({ url: '/dashboard/' });
    expect(res.statusCode).toBe(503);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toContain('npm run build');
    expect((await app.inject({ url: '/dashboard/share-tokens' })).statusCode).toBe(503);
  });
});

describe('/ and /favicon.ico', () => {
  it('redirects / to the dashboard (302), not a JSON 404', async () => {
    const app = await appWith(BUILT);
    const res = await app.inject({ url: '/' });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/dashboard');
    const page = await app.inject({ url: res.headers.location });
    expect(page.body).toContain('<div id="root">');
  });

  it('answers /favicon.ico with the dashboard SVG icon', async () => {
    const app = await appWith(BUILT);
    const res = await app.inject({ url: '/favicon.ico' });
    expect(res.statusCode).toBe(302);
    const icon = await app.inject({ url: res.headers.location as string });
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(icon.body).toBe('<svg/>');
  });

  it('ships a favicon that the dashboard page links to', async () => {
    const root = path.resolve(import.meta.dirname, '../../dashboard');
    const svg = await fs.readFile(path.join(root, 'public', 'favicon.svg'), 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    // Vite serves public/ at the base: /favicon.svg becomes /dashboard/favicon.svg in the build.
    expect(await fs.readFile(path.join(root, 'index.html'), 'utf8')).toMatch(/<link rel="icon" type="image\/svg\+xml" href="\/favicon\.svg" \/>/);
  });
});
