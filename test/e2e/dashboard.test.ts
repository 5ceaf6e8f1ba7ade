/**
 * The dashboard end to end (issue 6, acceptance): headless Debian chromium,
 * driven by playwright-core, against `tessera serve --demo` as a child process.
 * The demo source admin shares the demo inquiry from the dashboard; the
 * destination admin redeems it and sees the redeemed copy and the events.
 * Every page is photographed under test-results/screenshots/.
 *
 * Issue 13: a member sees read-only pages (no write control), every page fits a
 * 390 px phone without the document scrolling sideways (and a 1280 px screen
 * without clipped tables), dark mode follows the system and the toggle, which
 * survives a reload. Both widths are photographed as `390-…` and `1280-…`.
 *
 * Also issue 13: axe-core finds no violation on any page, light or dark; the
 * overview's charts show the numbers of known traffic from GET /api/v1/stats;
 * filters, search and the overview's window live in the URL (reload keeps
 * them, Back undoes them); a second tab shares the session and a logout in
 * one logs out the other; the share-token id has a copy button that copies
 * it; the login lockout says when to retry; a stopped server reads "Cannot
 * reach Tessera at URL". No page logs a console error.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AXE_SOURCE, SHOTS, submitLogin, launchBrowser } from './browser.js';
import { freePort, processTestContext, readDemo, waitReady, type DemoFile, type DemoUser } from '../process/cli.js';


const ctx = processTestContext();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The browser's view of one server: pages opened on it fail the test on any script error. */
function driver(page: Page, baseUrl: string) {
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    // The browser's own line for an answer the app expects and shows (a wrong password's 401, a member's
    // 403, a 404, the lockout's 429) is a network log, not a script error.
    if (msg.type() === 'error' && !/status of (40[134]|429)/.test(msg.text())) problems.push(`console: ${msg.text()}`);
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
    /** axe-core over the whole page as it is now: no violation of any rule it runs by default. */
    async axe(label: string) {
      if (!(await page.evaluate("typeof window.axe === 'object'"))) await page.addScriptTag({ content: AXE_SOURCE });
      const violations = (await page.evaluate(
        "axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) })))",
      )) as unknown[];
      expect(violations, `axe on ${label}`).toEqual([]);
    },
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
      await submitLogin(page, baseUrl, user);
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
    await ui.axe('login');
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
    await page.getByRole('button', { name: 'Copy', exact: true }).waitFor();
    await page.getByRole('cell', { name: 'E2E key', exact: true }).waitFor();
    await ui.shot('08-api-keys');
    await page.getByRole('button', { name: 'Done' }).click();
    await ui.visit('Personal access tokens');
    await page.getByLabel('Name').fill('E2E token');
    await page.getByRole('checkbox', { name: 'personalAccessToken:read' }).check();
    await page.getByRole('button', { name: 'Create token' }).click();
    expect(await page.getByTestId('secret').innerText()).toMatch(/^tpat_/);
    await page.getByRole('cell', { name: 'E2E token', exact: true }).waitFor();
    await ui.shot('09-personal-access-tokens');
    await ui.visit('User API tokens');
    await page.getByLabel('Name').fill('E2E script');
    await page.getByRole('button', { name: 'Create token' }).click();
    await page.getByTestId('secret').waitFor();
    await page.getByRole('cell', { name: 'E2E script', exact: true }).waitFor();
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
    expect(Number(await page.getByTestId('total-requests-2xx').innerText())).toBeGreaterThanOrEqual(1);
    await ui.shot('17-overview-destination');

    expect(ui.problems).toEqual([]);
    await context.close();
  });

  it('shows a member read-only pages, fits every page in 390 px and switches to dark mode', async () => {
    const dataDir = await ctx.dataDir();
    const port = await freePort();
    const server = ctx.cli(['serve', '--demo', '--port', String(port), '--data-dir', dataDir]);
    await waitReady(server, port);
    const demo: DemoFile = await readDemo(dataDir, port);

    // Something on every detail page: a share token and a webhook, made with the source's API key.
    const connect = async (route: string, attributes: Record<string, unknown>) => {
      const res = await fetch(`${demo.baseUrl}${route}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${demo.source.apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ data: { attributes } }),
      });
      expect(res.status, `POST ${route}`).toBe(201);
      return ((await res.json()) as { data: { id: string } }).data.id;
    };
    const tokenId = await connect('/api/v1/connect/share-tokens', { 'source-id': demo.inquiryId, 'connection-id': demo.connectionId });
    const webhookId = await connect('/api/v1/webhooks', { name: 'E2E hook', url: 'https://example.com/hooks', 'enabled-events': ['*'] });
    // A run of the demo's share workflow, for the workflow and run pages.
    const workflowId = demo.automatedWorkflows.share;
    const asSource = { authorization: `Bearer ${demo.source.apiKey}`, 'content-type': 'application/json' };
    const workflow = await fetch(`${demo.baseUrl}/api/v1/workflows/${workflowId}`, { headers: asSource });
    const workflowName = ((await workflow.json()) as { data: { attributes: { name: string } } }).data.attributes.name;
    const triggered = await fetch(`${demo.baseUrl}/api/v1/workflows/${workflowId}/trigger`, { method: 'POST', headers: asSource, body: '{}' });
    expect(triggered.status, 'trigger the demo workflow').toBe(200);
    const runId = ((await triggered.json()) as { data: { id: string } }).data.id;

    const context = await browser.newContext({ viewport: { width: 1280, height: 820 }, baseURL: demo.baseUrl });
    const page = await context.newPage();
    const ui = driver(page, demo.baseUrl);

    // --- A member: every page reads, no control writes.
    await ui.login(demo.source.member);
    await page.locator('.topbar .user[data-role="member"]').waitFor();
    const writeControls = /^(Create .*key|Revoke|New share token|Create share token|Create webhook|Deactivate|Reactivate|Accept|Expire|Redeem|Enable|Disable|Rotate.*|Redeliver|Share…)$/;
    const visibleWriteControls = async () => {
      const names = [...(await page.getByRole('button').allInnerTexts()), ...(await page.getByRole('link').allInnerTexts())];
      return names.map((n) => n.trim()).filter((n) => writeControls.test(n));
    };
    for (const [link, heading] of [
      ['API keys', 'API keys'],
      ['Share tokens', 'Share tokens'],
      ['Webhooks', 'Webhooks'],
      ['Connections', 'Connections'],
    ] as const) {
      await ui.visit(link, heading);
      await page.getByRole('table').first().waitFor();
      expect(await visibleWriteControls(), `${heading} as a member`).toEqual([]);
      expect(await page.getByTestId('read-only').innerText()).toContain('your role (member)');
      await ui.shot(`member-${heading.toLowerCase().replace(/ /g, '-')}`);
    }
    // Detail pages too: the share token, the webhook, the inquiry.
    for (const [to, heading] of [
      [`/share-tokens/${tokenId}`, 'Share token'],
      [`/webhooks/${webhookId}`, 'Webhook E2E hook'],
      [`/inquiries/${demo.inquiryId}`, 'Inquiry'],
    ] as const) {
      await page.goto(`${demo.baseUrl}/dashboard${to}`);
      await ui.settle(heading);
      expect(await visibleWriteControls(), `${heading} as a member`).toEqual([]);
    }
    await ui.logout();

    // --- The admin, at both widths: every page, photographed; at 390 px the document never scrolls sideways.
    await ui.login(demo.source.admin);
    const pages: Array<[string, string, string]> = [
      ['overview', '/', 'Overview'],
      ['connections', '/connections', 'Connections'],
      ['inquiries', '/inquiries', 'Inquiries'],
      ['inquiry', `/inquiries/${demo.inquiryId}`, 'Inquiry'],
      ['share-tokens', '/share-tokens', 'Share tokens'],
      ['share-token', `/share-tokens/${tokenId}`, 'Share token'],
      ['workflows', '/workflows', 'Workflows'],
      ['webhooks', '/webhooks', 'Webhooks'],
      ['webhook', `/webhooks/${webhookId}`, 'Webhook E2E hook'],
      ['api-keys', '/api-keys', 'API keys'],
      ['personal-access-tokens', '/personal-access-tokens', 'Personal access tokens'],
      ['user-api-tokens', '/user-api-tokens', 'User API tokens'],
      ['api-logs', '/api-logs', 'API logs'],
      ['workflow', `/workflows/${workflowId}`, `Workflow ${workflowName}`],
      ['workflow-run', `/workflow-runs/${runId}`, 'Workflow run'],
      ['peek-settings', `/connections/${demo.connectionId}/peek-settings`, 'Peek settings'],
      ['overview-7d', '/?window=7d', 'Overview'],
      ['not-found', '/no-such-page', 'Page not found'],
    ];
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 820 });
      for (const [name, to, heading] of pages) {
        await page.goto(`${demo.baseUrl}/dashboard${to}`);
        await ui.settle(heading);
        // Strings: they run in the page, and this file is type-checked without the DOM library.
        const documentWidth = (await page.evaluate('document.documentElement.scrollWidth')) as number;
        expect(documentWidth, `${heading} at ${width} px`).toBeLessThanOrEqual(width);
        if (width === 1280) {
          // No clipped column: a table's wrapper shows the whole table without scrolling.
          const clipped = (await page.evaluate(
            "[...document.querySelectorAll('.table-wrap')].filter((w) => w.scrollWidth > w.clientWidth + 1).length",
          )) as number;
          expect(clipped, `${heading} at 1280 px has a table wider than its place`).toBe(0);
          await ui.axe(`${name} (light)`);
        }
        await ui.shot(`${width}-${name}`);
      }
    }

    // At 390 px the navigation is behind the Menu button; it opens, leads to a page and closes again.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${demo.baseUrl}/dashboard/`);
    await ui.settle('Overview');
    const sections = page.getByRole('navigation', { name: 'Sections' });
    expect(await sections.isVisible()).toBe(false);
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await ui.shot('390-menu-open');
    await ui.visit('Webhooks');
    expect(await sections.isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Log out' }).isVisible()).toBe(true);

    // --- Dark mode: the toggle switches the theme (and its CSS variables), and a reload keeps it.
    await page.setViewportSize({ width: 1280, height: 820 });
    const theme = async () =>
      (await page.evaluate(
        "({ theme: document.documentElement.dataset.theme, bg: getComputedStyle(document.documentElement).getPropertyValue('--bg').trim() })",
      )) as { theme: string; bg: string };
    expect(await theme()).toEqual({ theme: 'light', bg: '#f6f7f9' });
    const toggle = page.getByRole('button', { name: 'Dark mode' });
    await toggle.click();
    expect(await theme()).toEqual({ theme: 'dark', bg: '#0f131c' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await page.reload();
    await ui.settle('Webhooks');
    expect(await theme()).toEqual({ theme: 'dark', bg: '#0f131c' });
    await ui.shot('1280-webhooks-dark');
    // Every page in dark mode too: axe checks the dark palette's contrast.
    for (const [name, to, heading] of pages) {
      await page.goto(`${demo.baseUrl}/dashboard${to}`);
      await ui.settle(heading);
      await ui.axe(`${name} (dark)`);
      await ui.shot(`1280-dark-${name}`);
    }
    await page.goto(`${demo.baseUrl}/dashboard/webhooks`);
    await ui.settle('Webhooks');
    await page.setViewportSize({ width: 390, height: 844 });
    await ui.shot('390-webhooks-dark');
    await page.getByRole('button', { name: 'Dark mode' }).click();
    expect((await theme()).theme).toBe('light');

    // Without a pick, the system's preference decides.
    const dark = await browser.newContext({ viewport: { width: 1280, height: 820 }, colorScheme: 'dark' });
    const darkPage = await dark.newPage();
    await darkPage.goto(`${demo.baseUrl}/dashboard/`);
    await darkPage.getByRole('heading', { name: 'Log in to Tessera' }).waitFor();
    expect(await darkPage.evaluate('document.documentElement.dataset.theme')).toBe('dark');
    await darkPage.addScriptTag({ content: AXE_SOURCE });
    expect(await darkPage.evaluate("axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => v.id))"), 'axe on the dark login').toEqual([]);
    await darkPage.screenshot({ path: path.join(SHOTS, '1280-login-dark.png') });
    await dark.close();

    expect(ui.problems).toEqual([]);
    await context.close();
  });
  it('draws known traffic from the aggregate endpoint, keeps filters in the URL, shares the session across tabs', async () => {
    const dataDir = await ctx.dataDir();
    const port = await freePort();
    const server = ctx.cli(['serve', '--demo', '--port', String(port), '--data-dir', dataDir]);
    await waitReady(server, port);
    const demo: DemoFile = await readDemo(dataDir, port);
    const api = (route: string, init: RequestInit = {}) =>
      fetch(`${demo.baseUrl}${route}`, { ...init, headers: { authorization: `Bearer ${demo.source.apiKey}`, 'content-type': 'application/json' } });
    type Totals = { requests: Record<string, number>; 'share-tokens': Record<string, number> };
    const totals = async (window: string): Promise<Totals> => ((await (await api(`/api/v1/stats?window=${window}`)).json()) as { data: { attributes: { totals: Totals } } }).data.attributes.totals;

    // --- Known traffic: 3 answers of 404, 7 of 200, one share token created.
    const before = await totals('24h');
    for (let i = 0; i < 7; i++) expect((await api('/api/v1/inquiries')).status).toBe(200);
    for (let i = 0; i < 3; i++) expect((await api('/api/v1/inquiries/inq_000000000000000000000000')).status).toBe(404);
    const created = await api('/api/v1/connect/share-tokens', {
      method: 'POST',
      body: JSON.stringify({ data: { attributes: { 'source-id': demo.inquiryId, 'connection-id': demo.connectionId } } }),
    });
    expect(created.status).toBe(201);
    const tokenId = ((await created.json()) as { data: { id: string } }).data.id;

    const context = await browser.newContext({ viewport: { width: 1280, height: 820 }, baseURL: demo.baseUrl, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const ui = driver(page, demo.baseUrl);
    await ui.login(demo.source.admin);

    // --- The charts show those numbers, as the endpoint counts them (the dashboard's own calls are 2xx).
    const total = async (chart: string, series: string) => Number((await page.getByTestId(`total-${chart}-${series}`).innerText()).replace(/\D/g, ''));
    await page.getByTestId('chart-requests').waitFor();
    expect(await total('requests', '4xx')).toBe(before.requests['4xx']! + 3);
    expect(await total('requests', '2xx')).toBeGreaterThanOrEqual(before.requests['2xx']! + 8);
    expect(await total('requests', '2xx')).toBeLessThanOrEqual((await totals('24h')).requests['2xx']!);
    expect(await total('share-tokens', 'created')).toBe(before['share-tokens'].created! + 1);
    // The canvas is an image named with the same numbers, for screen readers.
    const canvasName = await page.getByTestId('chart-requests').getByRole('img').getAttribute('aria-label');
    expect(canvasName).toContain(`${before.requests['4xx']! + 3} 4xx`);
    await ui.shot('1280-overview-charts');
    await page.getByTestId('chart-requests').getByText('Show the numbers').click();
    await page.getByTestId('chart-requests').getByRole('table').waitFor();
    await ui.axe('overview with the numbers open');
    await ui.shot('1280-overview-numbers');

    // The window is in the URL: 7 days, reload keeps it, Back returns to 24 hours.
    const windowPicker = page.getByRole('navigation', { name: 'Time window' });
    await windowPicker.getByRole('link', { name: '7 days' }).click();
    await page.waitForURL(/window=7d/);
    await ui.settle('Overview');
    await page.getByRole('heading', { name: 'Requests by status' }).waitFor();
    expect(await windowPicker.getByRole('link', { name: '7 days' }).getAttribute('aria-current')).toBe('true');
    expect(await total('requests', '4xx')).toBe(before.requests['4xx']! + 3);
    await page.reload();
    await ui.settle('Overview');
    expect(await windowPicker.getByRole('link', { name: '7 days' }).getAttribute('aria-current')).toBe('true');
    await page.goBack();
    await ui.settle('Overview');
    expect(page.url()).not.toContain('window=');
    expect(await windowPicker.getByRole('link', { name: '24 hours' }).getAttribute('aria-current')).toBe('true');

    // --- Connections show the other organization by name; the search finds them by it.
    await ui.visit('Connections');
    expect(await page.locator('tbody tr').count()).toBe(2);
    expect(await page.getByRole('cell', { name: /^Demo Destination/ }).count()).toBe(2);
    await page.getByRole('searchbox').fill('demo destination');
    expect(await page.locator('tbody tr').count()).toBe(2);
    await page.getByRole('searchbox').fill('nobody');
    await page.getByText('Nothing here matches').waitFor();
    await ui.shot('1280-connections-names');

    // --- Share tokens: a filter and a search in the URL; reload keeps both, Back undoes them one by one.
    await ui.visit('Share tokens');
    await page.getByRole('combobox', { name: 'Status' }).selectOption('created');
    await page.waitForURL(/status=created/);
    const searchBox = page.getByRole('searchbox');
    await searchBox.fill(tokenId);
    await page.waitForURL(new RegExp(`q=${tokenId}`));
    await page.getByRole('link', { name: tokenId }).waitFor();
    expect(await page.locator('tbody tr').count()).toBe(1);
    await ui.shot('1280-share-tokens-search');
    await page.reload();
    await ui.settle('Share tokens');
    expect(await page.getByRole('searchbox').inputValue()).toBe(tokenId);
    expect(await page.getByRole('combobox', { name: 'Status' }).inputValue()).toBe('created');
    await page.getByRole('link', { name: tokenId }).waitFor();
    expect(await page.locator('tbody tr').count()).toBe(1);
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('q='));
    expect(await page.getByRole('searchbox').inputValue()).toBe('');
    expect(await page.getByRole('combobox', { name: 'Status' }).inputValue()).toBe('created');
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('status='));
    expect(await page.getByRole('combobox', { name: 'Status' }).inputValue()).toBe('');

    // A search that matches nothing says so.
    await page.getByRole('searchbox').fill('no-such-thing');
    await page.getByText('Nothing here matches').waitFor();

    // --- The share-token id, the thing sent to the other side, has a copy button that copies it.
    await page.goto(`${demo.baseUrl}/dashboard/share-tokens/${tokenId}`);
    await ui.settle('Share token');
    // Names before ids: the organization on the other side, by name, next to the connection's id.
    expect(await page.getByTestId('share-token-partner').innerText()).toContain('Demo Destination');
    const idCell = page.getByTestId('share-token-id');
    await idCell.getByRole('button', { name: `Copy share token id ${tokenId}` }).click();
    await idCell.getByRole('button', { name: `Copied share token id ${tokenId}` }).waitFor();
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(tokenId);

    // --- A second tab is logged in already; logging out in the first logs it out too.
    const second = await context.newPage();
    const ui2 = driver(second, demo.baseUrl);
    await second.goto(`${demo.baseUrl}/dashboard/connections`);
    await ui2.settle('Connections');
    await second.getByText(demo.source.admin.email).waitFor();
    await ui.logout();
    await second.getByRole('heading', { name: 'Log in to Tessera' }).waitFor();
    await second.getByText('logged out in another tab').waitFor();

    // --- The login lockout says when to try again (10 failures of one account in 15 minutes).
    const member = demo.destination.member;
    for (let i = 0; i < 10; i++) {
      const res = await fetch(`${demo.baseUrl}/v3/accounts/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ accountAlias: member.accountAlias, email: member.email, password: 'wrong-password' }),
      });
      expect(res.status).toBe(401);
    }
    await page.getByLabel('Account alias').fill(member.accountAlias);
    await page.getByLabel('Email').fill(member.email);
    await page.getByLabel('Password').fill('wrong-password');
    await page.getByRole('button', { name: 'Log in' }).click();
    expect(await page.getByTestId('login-locked').innerText()).toMatch(/Try again in \d+ minutes? \(at \d{1,2}:\d{2}/);
    await ui.axe('login locked');
    await ui.shot('1280-login-locked');

    expect([...ui.problems, ...ui2.problems]).toEqual([]);

    // --- With the server gone, a page says it cannot reach Tessera at its URL (not "Failed to fetch").
    await ui2.login(demo.source.admin);
    server.child.kill('SIGTERM');
    await server.exited;
    await second.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Inquiries', exact: true }).click();
    expect(await second.getByRole('alert').innerText()).toContain(`Cannot reach Tessera at ${demo.baseUrl}`);
    await ui2.shot('1280-server-down');
    await context.close();
  });
});
