/**
 * What both dashboard e2e suites share: Debian's chromium (never a downloaded
 * browser), where screenshots go, axe-core's browser build (put into each page
 * under test, no network), and a client of the demo server's API.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { DemoFile, DemoUser } from '../process/cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SHOTS = path.join(ROOT, 'test-results', 'screenshots');
const CHROMIUM = '/usr/bin/chromium';
export const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Headless chromium, with the screenshot folder made. */
export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y --no-install-recommends chromium`);
  fs.mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}

/** Calls the demo's API with the source's key (or `key`), JSON in and out. */
export function demoApi(demo: DemoFile) {
  return (route: string, init: { method?: string; key?: string; body?: unknown } = {}) =>
    fetch(`${demo.baseUrl}${route}`, {
      method: init.method ?? 'GET',
      headers: { authorization: `Bearer ${init.key ?? demo.source.apiKey}`, ...(init.body ? { 'content-type': 'application/json' } : {}) },
      ...(init.body ? { body: JSON.stringify(init.body) } : {}),
    });
}

/** Fills in and sends the dashboard's login form (the caller waits for what follows). */
export async function submitLogin(page: Page, baseUrl: string, user: DemoUser): Promise<void> {
  await page.goto(`${baseUrl}/dashboard/`);
  await page.getByLabel('Account alias').fill(user.accountAlias);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Log in' }).click();
}
