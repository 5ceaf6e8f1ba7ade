/**
 * The dashboard end to end (issue 6, acceptance): headless Debian chromium,
 * driven by playwright-core, against `tessera serve --demo` as a child process.
 * The demo source admin shares the demo inquiry from the dashboard; the
 * destination admin redeems it and sees the redeemed copy and the events.
 * Every page is photographed under test-results/screenshots/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, processTestContext, readDemo, waitReady, type DemoFile, type DemoUser } from '../process/cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SHOTS = path.join(ROOT, 'test-results', 'screenshots');
const CHROMIUM = '/usr/bin/chromium';

const ctx = processTestContext();
let browser: Browser;

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y --no-install-recommends chromium`);
  fs.mkdirSync(SHOTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
});

afterAll(async () => {
  await browser?.close();
});

/** The browser's view of one server: pages opened on it fail the test on any script error. */
function driver(page: Page, baseUrl: string) {
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/status of 40[134]/.test(msg.text())) problems.push(`console: ${msg.text()}`);
  });
  // Only the server itself: no CDN, no font service.
  page.on('request', (req) => {
    if (!req.url().startsWith(baseUrl) && !req.url().startsWith('data:')) problems.push(`external request: ${req.url()}`);
  });

  /** Waits until the page shows its heading and nothing is loading any more. */
  const settle = async (heading: string) => {
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    // A string: it runs in the page, and this file is type-checked without the DOM library.
    await page.waitForFunction("document.querySelector('.loading') === null", undefined, { timeout: 20_000 });
  };

  return {
    problems,
    settle,
    async shot(name: string) {
      await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
    },
    /** Opens a section from the navigation, waits for it, and checks it shows no error. */
    async visit(link: string, heading = link) {
      await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: link, exact: true }).click();
      await settle(heading);
      const alerts = await page.getByRole('alert').allInnerTexts();
      expect(alerts, `${heading} shows an error`).toEqual([]);
    },
    async login(user: DemoUser) {
      await page.goto(`${baseUrl}/dashboard/`);
      await page.getByLabel('Account alias').fill(user.accountAlias);
      await page.getByLabel('Email').fill(user.email);
      await page.getByLabel('Password').fill(user.password);
      await page.getByRole('button', { name: 'Log in' }).click();
      await settle('Overview');
      await page.getByText(user.email).waitFor();
    },
    async logout() {
      await page.getByRole('button', { name: 'Log out' }).click();
      await page.getByRole('heading', { name: 'Log in to Tessera' }).waitFor();
    },
  };
}

describe('dashboard', () => {
  it('shares the demo inquiry from the source and redeems it at the destination', async () => {
    const dataDir = await ctx.dataDir();
    const port = await freePort();
    const server = ctx.cli(['serve', '--demo', '--port', String(port), '--data-dir', dataDir]);
    await waitReady(server, port);
    const demo: DemoFile = await readDemo(dataDir, port);

    const context = await browser.newContext({ viewport: { width: 1280, height: 820 }, baseURL: demo.baseUrl });
    const page = await context.newPage();
    const ui = driver(page, demo.baseUrl);

    // A wrong password is an error on the login form, not a crash.
    await page.goto(`${demo.baseUrl}/dashboard/`);
    await page.getByRole('heading', { name: 'Log in to Tessera' }).waitFor();
    await ui.shot('01-login');
    await page.getByLabel('Account alias').fill(demo.source.admin.accountAlias);
    await page.getByLabel('Email').fill(demo.source.admin.email);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('alert').waitFor();

    // --- The source admin creates a share token for the demo inquiry.
    await ui.login(demo.source.admin);
    await ui.visit('Inquiries');
    await ui.shot('03-inquiries');
    await page.getByRole('link', { name: demo.inquiryId }).click();
    await ui.settle('Inquiry');
    await page.getByRole('heading', { name: 'Verifications' }).waitFor();
    await ui.shot('04-inquiry');
    await page.getByRole('link', { name: 'Share…' }).click();
    await ui.settle('Share tokens');
    const form = page.getByRole('form', { name: 'New share token' });
    await form.waitFor();
    expect(await form.getByLabel('Inquiry').inputValue()).toBe(demo.inquiryId);
    await form.getByLabel('Connection').selectOption(demo.connectionId);
    await form.getByRole('button', { name: 'Create share token' }).click();
    await page.waitForURL(/\/dashboard\/share-tokens\/cnst_/);
    await ui.settle('Share token');
    const tokenId = page.url().split('/').pop()!;
    expect(tokenId).toMatch(/^cnst_[0-9A-Za-z]{24}$/);
    await expect.poll(() => page.getByTestId('share-token-status').textContent()).toContain('created');
    await page.getByTestId('timeline').getByText('connect/share-token.outbound-created').waitFor();
    await ui.shot('05-share-token-source');

    // The other pages, as the source admin.
    await ui.visit('Connections');
    await page.getByText(demo.connectionId).waitFor();
    await ui.shot('06-connections');
    await ui.visit('Share tokens');
    await page.getByRole('link', { name: tokenId }).waitFor();
    await ui.shot('07-share-tokens-source');
    await ui.visit('API keys');
    await page.getByLabel('Name').fill('E2E key');
    await page.getByRole('button', { name: /Create sandbox key/ }).click();
    expect(await page.getByTestId('secret').innerText()).toMatch(/^tsk_sandbox_/);
    await page.getByRole('button', { name: 'Copy' }).waitFor();
    await page.getByRole('cell', { name: 'E2E key' }).waitFor();
    await ui.shot('08-api-keys');
    await page.getByRole('button', { name: 'Done' }).click();
    await ui.visit('Personal access tokens');
    await page.getByLabel('Name').fill('E2E token');
    await page.getByRole('checkbox', { name: 'personalAccessToken:read' }).check();
    await page.getByRole('button', { name: 'Create token' }).click();
    expect(await page.getByTestId('secret').innerText()).toMatch(/^tpat_/);
    await page.getByRole('cell', { name: 'E2E token' }).waitFor();
    await ui.shot('09-personal-access-tokens');
    await ui.visit('User API tokens');
    await page.getByLabel('Name').fill('E2E script');
    await page.getByRole('button', { name: 'Create token' }).click();
    await page.getByTestId('secret').waitFor();
    await page.getByRole('cell', { name: 'E2E script' }).waitFor();
    await ui.shot('10-user-api-tokens');
    await ui.visit('Webhooks');
    await ui.shot('11-webhooks');
    await ui.visit('Workflows');
    await ui.shot('12-workflows');
    await ui.visit('API logs');
    await ui.shot('13-api-logs');
    await ui.visit('Overview');
    await ui.shot('02-overview-source');
    await ui.logout();

    // --- The destination admin redeems it and sees the copy.
    await ui.login(demo.destination.admin);
    await ui.visit('Share tokens');
    await page.getByRole('link', { name: tokenId }).click();
    await ui.settle('Share token');
    await page.getByRole('button', { name: 'Peek source data' }).click();
    await page.getByRole('region', { name: 'Source data' }).getByText(demo.inquiryId).first().waitFor();
    await page.getByRole('button', { name: 'Redeem' }).click();
    await expect.poll(() => page.getByTestId('share-token-status').textContent(), { timeout: 30_000, interval: 250 }).toContain('redeemed');
    const copy = page.getByTestId('redeemed-copy').getByRole('link');
    const copyId = await copy.innerText();
    expect(copyId).toMatch(/^inq_[0-9A-Za-z]{24}$/);
    expect(copyId).not.toBe(demo.inquiryId);
    await page.getByTestId('timeline').getByText('connect/share-token.inbound-redeemed').waitFor();
    await ui.shot('14-share-token-redeemed');

    await copy.click();
    await ui.settle('Inquiry');
    await page.getByText(copyId).first().waitFor();
    expect(await page.getByTestId('inquiry-fields').getByRole('row').count()).toBeGreaterThan(1);
    await ui.shot('15-redeemed-inquiry');

    await ui.visit('Share tokens');
    await page.getByRole('combobox', { name: 'Status' }).selectOption('redeemed');
    await page.getByRole('link', { name: tokenId }).waitFor();
    await ui.shot('16-share-tokens-destination');
    await ui.visit('Overview');
    await page.getByRole('cell', { name: 'connect/share-token.inbound-redeemed' }).first().waitFor();
    expect(Number(await page.getByTestId('count-redeemed').innerText())).toBeGreaterThanOrEqual(1);
    await ui.shot('17-overview-destination');

    expect(ui.problems).toEqual([]);
    await context.close();
  });
});
