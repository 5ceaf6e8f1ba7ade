/**
 * Issue 13, deliverables 3 and 4, end to end in Debian's chromium against
 * `tessera serve --demo`: every lifecycle action of keys, webhooks and
 * workflows is one click in the dashboard, says it worked, and what it changed
 * is on the page at once (no reload). What the page did is checked against the
 * API itself: the key's permissions and expiry, both secrets of a rotated key
 * authenticating during the grace, the webhook's second secret and its
 * redelivered attempt, the workflow and its run.
 */
import { generateKeyPairSync, sign } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AXE_SOURCE, SHOTS, submitLogin, demoApi, launchBrowser } from './browser.js';
import { freePort, processTestContext, readDemo, waitFor, waitReady, type DemoFile, type DemoUser } from '../process/cli.js';


const ctx = processTestContext();
let browser: Browser;
let receiver: http.Server;
const received: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  // The webhook's endpoint: answers 200 to every delivery and keeps the webhook ids (dlv_…) it got.
  receiver = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      received.push(String(req.headers['webhook-id'] ?? ''));
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
});

afterAll(async () => {
  await browser?.close();
  if (receiver) await new Promise((resolve) => receiver.close(resolve));
});

/** Chromium on one server: script errors fail the test; helpers to log in, open a page and check accessibility. */
function driver(page: Page, baseUrl: string) {
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/status of 4\d\d/.test(msg.text())) problems.push(`console: ${msg.text()}`);
  });
  const settle = async (heading: string | RegExp) => {
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await page.waitForFunction("document.querySelector('.loading') === null", undefined, { timeout: 20_000 });
  };
  return {
    problems,
    settle,
    async open(to: string, heading: string | RegExp) {
      await page.goto(`${baseUrl}/dashboard${to}`);
      await settle(heading);
    },
    async login(user: DemoUser) {
      await submitLogin(page, baseUrl, user);
      await settle('Overview');
    },
    async shot(name: string) {
      await page.screenshot({ path: path.join(SHOTS, `actions-${name}.png`), fullPage: true });
    },
    /** The success message (a toast in the live region) with this text. */
    toast: (text: string | RegExp) => page.getByTestId('toast').filter({ hasText: text }).first(),
    /** axe-core's violations on the page as it is now (an open dialog included). */
    async axe(): Promise<string[]> {
      if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.addScriptTag({ content: AXE_SOURCE });
      const violations = (await page.evaluate('window.axe.run(document).then((r) => r.violations.map((v) => v.id + ": " + v.nodes.map((n) => n.target.join(" ")).join(", ")))')) as string[];
      return violations;
    },
  };
}

describe('dashboard actions', () => {
  it('manages API keys, PATs, webhooks, workflows and peek settings with one click each and says so', async () => {
    const dataDir = await ctx.dataDir();
    const port = await freePort();
    // The receiver listens on 127.0.0.1: the operator allows private webhook targets.
    const server = ctx.cli(['serve', '--demo', '--port', String(port), '--data-dir', dataDir], { TESSERA_WEBHOOK_ALLOW_PRIVATE: 'true' });
    await waitReady(server, port);
    const demo: DemoFile = await readDemo(dataDir, port);
    const api = demoApi(demo);

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'UTC', baseURL: demo.baseUrl });
    const page = await context.newPage();
    const ui = driver(page, demo.baseUrl);
    await ui.login(demo.source.admin);

    // --- API key: permissions and expiry; a client-side check is shown next to its field.
    await ui.open('/api-keys', 'API keys');
    const form = page.getByRole('form', { name: 'New API key' });
    await form.getByRole('checkbox', { name: 'share_token.read' }).waitFor();
    await form.getByLabel('Name', { exact: true }).fill('E2E scoped key');
    await form.getByRole('button', { name: 'None' }).click();
    await form.getByRole('button', { name: 'Create sandbox key' }).click();
    await expect.poll(() => form.getByTestId('error-permissions').textContent()).toBe('Choose at least one permission.');
    expect(await page.getByText('Something went wrong').count()).toBe(0);
    await form.getByLabel('IP allowlist').fill('not-an-ip');
    await form.getByRole('checkbox', { name: 'inquiry.read' }).check();
    await form.getByRole('checkbox', { name: 'share_token.read' }).check();
    await form.getByRole('button', { name: 'Create sandbox key' }).click();
    await expect.poll(() => form.getByTestId('error-ip-address-allowlist').textContent()).toContain('"not-an-ip" is not');
    expect(await form.getByLabel('IP allowlist').getAttribute('aria-invalid')).toBe('true');
    await ui.shot('api-key-field-error');

    const expiresAt = new Date(Date.now() + 3 * 86_400_000);
    expiresAt.setUTCSeconds(0, 0);
    await form.getByLabel('IP allowlist').fill('*');
    await form.getByLabel('Expires at').fill(expiresAt.toISOString().slice(0, 16));
    await form.getByLabel('Note').fill('made by the e2e test');
    await form.getByRole('button', { name: 'Create sandbox key' }).click();
    await ui.toast('API key created').waitFor();
    const secret = await page.getByTestId('secret').innerText();
    expect(secret).toMatch(/^tsk_sandbox_/);

    // The API's view of the key is what the form asked for.
    const listed = (await (await api('/api/v1/api-keys?filter[name]=E2E%20scoped%20key')).json()) as {
      data: { id: string; attributes: { permissions: string[]; 'expires-at': string; note: string } }[];
    };
    expect(listed.data).toHaveLength(1);
    const key = listed.data[0]!;
    expect([...key.attributes.permissions].sort()).toEqual(['inquiry.read', 'share_token.read']);
    expect(Math.abs(new Date(key.attributes['expires-at']).getTime() - expiresAt.getTime())).toBeLessThan(5_000);
    expect(key.attributes.note).toBe('made by the e2e test');
    // … and the list shows the API's values.
    await page.getByRole('button', { name: 'E2E scoped key', exact: true }).click();
    const details = page.getByTestId(`key-details-${key.id}`);
    expect(await details.getByTestId('key-permissions').innerText()).toBe(key.attributes.permissions.join(', '));
    expect(await details.getByTestId('key-expires').locator('time').getAttribute('datetime')).toBe(key.attributes['expires-at']);
    expect((await api('/api/v1/inquiries', { key: secret })).status).toBe(200);
    expect((await api('/api/v1/webhooks', { key: secret })).status).toBe(403);
    await ui.shot('api-key-created');

    // Edited in place: permissions changed, the secret stays.
    await page.getByRole('button', { name: 'Edit E2E scoped key' }).click();
    const edit = page.getByRole('form', { name: 'Edit E2E scoped key' });
    expect(await ui.axe(), 'API keys with a key being edited').toEqual([]);
    await edit.getByRole('checkbox', { name: 'share_token.read' }).uncheck();
    await edit.getByRole('checkbox', { name: 'webhook.read' }).check();
    await edit.getByRole('button', { name: 'Save key' }).click();
    await ui.toast('API key "E2E scoped key" saved').waitFor();
    const edited = (await (await api(`/api/v1/api-keys/${key.id}`)).json()) as { data: { attributes: { permissions: string[] } } };
    expect([...edited.data.attributes.permissions].sort()).toEqual(['inquiry.read', 'webhook.read']);
    await expect.poll(() => details.getByTestId('key-permissions').innerText()).toBe(edited.data.attributes.permissions.join(', '));
    expect((await api('/api/v1/webhooks', { key: secret })).status).toBe(200);

    // --- Rotation with overlap: the new secret once, and both secrets work until the grace ends.
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: 'Rotate E2E scoped key' }).click();
    const rotateDialog = page.getByRole('dialog', { name: 'Rotate "E2E scoped key"?' });
    await rotateDialog.waitFor();
    expect(await rotateDialog.getByLabel('Old secret keeps working').inputValue()).toBe('86400');
    expect(await ui.axe(), 'rotate dialog').toEqual([]);
    await ui.shot('api-key-rotate-dialog');
    await rotateDialog.getByRole('button', { name: 'Rotate', exact: true }).click();
    await ui.toast('Rotated "E2E scoped key"').waitFor();
    const rotated = await page.getByTestId('secret').innerText();
    expect(rotated).toMatch(/^tsk_sandbox_/);
    expect(rotated).not.toBe(secret);
    const until = await page.getByTestId('previous-until').locator('time').getAttribute('datetime');
    expect(new Date(until!).getTime() - Date.now()).toBeGreaterThan(86_000_000);
    expect((await api('/api/v1/inquiries', { key: secret })).status, 'old secret during the grace').toBe(200);
    expect((await api('/api/v1/inquiries', { key: rotated })).status, 'new secret').toBe(200);
    await ui.shot('api-key-rotated');

    // Expire now (revoke): confirmed, then neither secret works.
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: 'Expire E2E scoped key' }).click();
    const expireDialog = page.getByRole('dialog', { name: 'Expire "E2E scoped key"?' });
    await expireDialog.getByRole('button', { name: 'Expire', exact: true }).click();
    await ui.toast('Expiry of "E2E scoped key" set').waitFor();
    await page.getByRole('row').filter({ hasText: key.id }).getByText('revoked').waitFor();
    expect((await api('/api/v1/inquiries', { key: secret })).status).toBe(401);
    expect((await api('/api/v1/inquiries', { key: rotated })).status).toBe(401);

    // --- A personal access token rotated from the page: old and new both work during the grace.
    await ui.open('/personal-access-tokens', 'Personal access tokens');
    const patForm = page.getByRole('form', { name: 'New personal access token' });
    await patForm.getByLabel('Name', { exact: true }).fill('E2E rotating token');
    await patForm.getByRole('checkbox', { name: 'personalAccessToken:read' }).check();
    await patForm.getByRole('button', { name: 'Create token' }).click();
    await ui.toast('Token created').waitFor();
    const pat = await page.getByTestId('secret').innerText();
    await page.getByRole('button', { name: 'Rotate E2E rotating token' }).click();
    const patDialog = page.getByRole('dialog', { name: 'Rotate "E2E rotating token"?' });
    await patDialog.getByLabel('Old secret keeps working').selectOption('3600');
    await patDialog.getByRole('button', { name: 'Rotate', exact: true }).click();
    await ui.toast('Rotated "E2E rotating token"').waitFor();
    const patRotated = await page.getByTestId('secret').innerText();
    expect(patRotated).not.toBe(pat);
    expect((await api('/v3/personal-access-tokens', { key: pat })).status).toBe(200);
    expect((await api('/v3/personal-access-tokens', { key: patRotated })).status).toBe(200);
    expect(await ui.axe(), 'personal access tokens').toEqual([]);
    // Edited from a dialog: a new name and an expiry, the same secret.
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: 'Edit E2E rotating token' }).click();
    const patEdit = page.getByRole('dialog', { name: 'Edit "E2E rotating token"' });
    await patEdit.getByLabel('Name').fill('E2E nightly token');
    await patEdit.getByLabel('Expires').selectOption('30');
    expect(await ui.axe(), 'PAT edit dialog').toEqual([]);
    await patEdit.getByRole('button', { name: 'Save', exact: true }).click();
    await ui.toast('Saved "E2E rotating token"').waitFor();
    await page.getByRole('cell', { name: 'E2E nightly token', exact: true }).waitFor();
    const pats = (await (await api('/v3/personal-access-tokens', { key: patRotated })).json()) as { name: string; expiresAt: string | null }[];
    const nightly = pats.find((t) => t.name === 'E2E nightly token');
    expect(Math.abs(new Date(nightly!.expiresAt!).getTime() - (Date.now() + 30 * 86_400_000))).toBeLessThan(60_000);

    // --- A user API token (Astra): created, renamed, revoked — each confirmed by a message.
    await ui.open('/user-api-tokens', 'User API tokens');
    const astraForm = page.getByRole('form', { name: 'New user API token' });
    await astraForm.getByLabel('Name', { exact: true }).fill('E2E script');
    await astraForm.getByRole('button', { name: 'Create token' }).click();
    await ui.toast('Token created').waitFor();
    await page.getByRole('button', { name: 'Rename E2E script' }).click();
    const renameDialog = page.getByRole('dialog', { name: 'Rename "E2E script"' });
    await renameDialog.getByLabel('New name').fill('E2E nightly script');
    await renameDialog.getByRole('button', { name: 'Rename', exact: true }).click();
    await ui.toast('Renamed to "E2E nightly script"').waitFor();
    await page.getByRole('cell', { name: 'E2E nightly script', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Revoke E2E nightly script' }).click();
    await page.getByRole('dialog', { name: 'Revoke "E2E nightly script"?' }).getByRole('button', { name: 'Revoke', exact: true }).click();
    await ui.toast('Revoked "E2E nightly script"').waitFor();
    await expect.poll(() => page.getByRole('cell', { name: 'E2E nightly script', exact: true }).count()).toBe(0);
    expect(await ui.axe(), 'user API tokens').toEqual([]);

    // --- Webhook: create, enable, an event, rotate the secret (two shown at once), redeliver (the attempt shown at once).
    const hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/e2e`;
    await ui.open('/webhooks', 'Webhooks');
    const hookForm = page.getByRole('form', { name: 'New webhook' });
    await hookForm.getByLabel('Name', { exact: true }).fill('E2E receiver');
    await hookForm.getByLabel('URL').fill('not a url');
    await hookForm.getByRole('button', { name: 'Create webhook' }).click();
    await expect.poll(() => hookForm.getByTestId('error-url').textContent()).toContain('An http or https URL');
    await hookForm.getByLabel('URL').fill(hookUrl);
    await hookForm.getByLabel('Events').fill('api-key.created');
    await hookForm.getByRole('button', { name: 'Create webhook' }).click();
    await ui.toast('Webhook created').waitFor();
    expect(await ui.axe(), 'webhooks with a new secret').toEqual([]);
    await page.getByRole('link', { name: 'E2E receiver' }).click();
    await ui.settle('Webhook E2E receiver');
    const webhookId = page.url().split('/').pop()!;
    await page.getByRole('button', { name: 'Enable' }).click();
    await ui.toast('Webhook enabled').waitFor();
    await expect.poll(() => page.getByTestId('webhook-status').textContent()).toBe('enabled');
    expect(await page.getByTestId('secret-count').innerText()).toBe('1 active');
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const hookEdit = page.getByRole('form', { name: 'Edit webhook' });
    await hookEdit.getByLabel('Description').fill('the e2e receiver');
    expect(await ui.axe(), 'webhook being edited').toEqual([]);
    await hookEdit.getByRole('button', { name: 'Save webhook' }).click();
    await ui.toast('Webhook saved').waitFor();
    const hook = (await (await api(`/api/v1/webhooks/${webhookId}`)).json()) as { data: { attributes: { description: string; 'enabled-events': string[] } } };
    expect(hook.data.attributes).toMatchObject({ description: 'the e2e receiver', 'enabled-events': ['api-key.created'] });

    // An api-key.created event, delivered once to the receiver.
    expect((await api('/api/v1/api-keys', { method: 'POST', body: { data: { attributes: { name: 'Event maker' } } } })).status).toBe(201);
    type Deliveries = { data: { id: string; attributes: { 'attempts-made': number } }[] };
    const delivery = await waitFor('the first delivery attempt', async () => {
      const list = (await (await api(`/api/v1/webhooks/${webhookId}/deliveries`)).json()) as Deliveries;
      return list.data.find((d) => d.attributes['attempts-made'] === 1);
    });

    await page.getByRole('button', { name: 'Rotate secret' }).click();
    const hookDialog = page.getByRole('dialog', { name: 'Rotate the signing secret?' });
    await hookDialog.getByRole('button', { name: 'Rotate', exact: true }).click();
    await ui.toast('Signing secret rotated').waitFor();
    await expect.poll(() => page.getByTestId('secret-count').innerText()).toBe('2 active');
    expect(await page.getByTestId('signing-secrets').locator('li').count()).toBe(2);
    // The replaced secret signs one more day: inside the smallest expiry warning lead (1 d), so it is marked.
    expect(await page.getByTestId('signing-secrets').getByTestId('expiring-badge').locator('[aria-hidden="true"]').innerText()).toBe('Expires in 24 h');
    expect(await page.getByTestId('secret').innerText()).toMatch(/^whsec_/);
    await ui.shot('webhook-two-secrets');

    // The delivery made before this page loaded: one reload to list it, then no more.
    await page.reload();
    await ui.settle('Webhook E2E receiver');
    await expect.poll(() => page.getByTestId(`attempt-count-${delivery.id}`).innerText()).toBe('1 attempt');
    const navigations: string[] = [];
    page.on('framenavigated', (f) => navigations.push(f.url()));
    await page.getByRole('button', { name: `Redeliver ${delivery.id}` }).click();
    await ui.toast(`Redelivery of ${delivery.id} queued`).waitFor();
    await expect.poll(() => page.getByTestId(`attempt-count-${delivery.id}`).innerText(), { timeout: 30_000 }).toBe('2 attempts');
    expect(await page.getByTestId(`attempts-${delivery.id}`).locator('li').count()).toBe(2);
    await ui.toast(`New attempt of ${delivery.id}`).waitFor();
    expect(navigations).toEqual([]);
    expect(await ui.axe(), 'webhook with two secrets and an open delivery').toEqual([]);
    expect(received.filter((id) => id === delivery.id)).toHaveLength(2);
    await ui.shot('webhook-redelivered');

    // Archive, confirmed: the webhook's write controls go.
    await page.getByRole('button', { name: 'Archive' }).click();
    await page.getByRole('dialog', { name: 'Archive "E2E receiver"?' }).getByRole('button', { name: 'Archive', exact: true }).click();
    await ui.toast('Webhook archived').waitFor();
    await expect.poll(() => page.getByTestId('webhook-status').textContent()).toBe('archived');
    expect(await page.getByRole('button', { name: /^(Rotate secret|Archive|Disable|Redeliver)/ }).count()).toBe(0);

    // --- Workflow: create (a server error shown at its field), then trigger and follow the run.
    await ui.open('/workflows', 'Workflows');
    expect(await ui.axe(), 'workflows').toEqual([]);
    await page.getByRole('link', { name: 'New workflow' }).click();
    await ui.settle('New workflow');
    const wf = page.getByRole('form', { name: 'New workflow' });
    await wf.getByLabel('Name', { exact: true }).fill('E2E share on demand');
    await wf.getByLabel('Trigger event').selectOption('inquiry.completed');
    await wf.getByLabel('Filter (JSON)').fill('{"status": "completed"}');
    await wf.getByLabel('Connection').selectOption(demo.connectionId);
    await wf.getByRole('button', { name: 'Create workflow' }).click();
    // The server's 422 points at /data/attributes/trigger/filter: its message is next to the filter.
    await expect.poll(() => wf.getByTestId('error-trigger/filter').textContent()).toContain('JSON pointers');
    expect(await wf.getByLabel('Filter (JSON)').getAttribute('aria-invalid')).toBe('true');
    await ui.shot('workflow-server-field-error');
    await wf.getByLabel('Filter (JSON)').fill('{"/attributes/status": "completed"}');
    await wf.getByRole('button', { name: 'Create workflow' }).click();
    await page.waitForURL(/\/dashboard\/workflows\/wfl_/);
    await ui.settle('Workflow E2E share on demand');
    await ui.toast('Workflow "E2E share on demand" created').waitFor();
    const workflowId = page.url().split('/').pop()!;
    const saved = (await (await api(`/api/v1/workflows/${workflowId}`)).json()) as { data: { attributes: { status: string; trigger: unknown; steps: unknown[] } } };
    expect(saved.data.attributes.status).toBe('running');
    expect(saved.data.attributes.trigger).toEqual({ 'event-name': 'inquiry.completed', filter: { '/attributes/status': 'completed' } });
    expect(saved.data.attributes.steps).toEqual([{ type: 'create-share-token', 'connection-id': demo.connectionId, 'expires-in-seconds': null }]);
    // The saved definition is the form's starting point (the connection picker waits for its connections).
    expect(await page.getByRole('form', { name: 'Workflow definition' }).getByLabel('Connection').inputValue()).toBe(demo.connectionId);
    expect(await ui.axe(), 'workflow page').toEqual([]);
    await ui.shot('workflow-created');

    const trigger = page.getByRole('form', { name: 'Trigger workflow' });
    await trigger.getByLabel('Record (fields.source-id)').fill(demo.inquiryId);
    await trigger.getByRole('button', { name: 'Trigger now' }).click();
    await page.waitForURL(/\/dashboard\/workflow-runs\/wfr_/);
    await ui.settle('Workflow run');
    await ui.toast(/^Run wfr_\w+ started/).waitFor();
    // The run page follows the run by itself until it ends.
    await expect.poll(() => page.getByTestId('run-status').textContent(), { timeout: 30_000 }).toBe('completed');
    await page.getByRole('link', { name: /^cnst_/ }).first().waitFor();
    expect(await ui.axe(), 'workflow run').toEqual([]);
    await ui.shot('workflow-run');

    // --- Peek settings of the demo connection, edited by its source.
    await ui.open(`/connections/${demo.connectionId}/peek-settings`, 'Peek settings');
    const peek = page.getByRole('form', { name: 'Peek settings' });
    await peek.getByLabel('Fields shown in full').fill('name_first\nBad Field');
    await peek.getByRole('button', { name: 'Save peek settings' }).click();
    await expect.poll(() => peek.getByTestId('error-peek-visible-fields').textContent()).toContain('"Bad" is not a field name');
    await peek.getByLabel('Fields shown in full').fill('name_first\nname_last');
    await peek.getByRole('checkbox', { name: /Let the destination peek/ }).check();
    await peek.getByRole('button', { name: 'Save peek settings' }).click();
    await ui.toast('Peek settings saved').waitFor();
    await expect.poll(() => page.getByTestId('peek-settings').innerText()).toContain('name_first, name_last');
    const settings = (await (await api(`/api/v1/connect/connections/${demo.connectionId}/peek-settings`)).json()) as { data: { attributes: Record<string, unknown> } };
    expect(settings.data.attributes['peek-source-data']).toBe(true);
    expect(settings.data.attributes['peek-visible-fields']).toEqual(['name_first', 'name_last']);
    expect(await ui.axe(), 'peek settings').toEqual([]);
    await ui.shot('peek-settings');

    // --- The pages with these forms fit a 390 px phone (the document never scrolls sideways) and a 1280 px screen (no clipped table).
    const pages = [
      ['api-keys', '/api-keys', 'API keys'],
      ['personal-access-tokens', '/personal-access-tokens', 'Personal access tokens'],
      ['webhook', `/webhooks/${webhookId}`, 'Webhook E2E receiver'],
      ['workflow-new', '/workflows/new', 'New workflow'],
      ['workflow', `/workflows/${workflowId}`, 'Workflow E2E share on demand'],
      ['peek-settings', `/connections/${demo.connectionId}/peek-settings`, 'Peek settings'],
    ] as const;
    for (const [, to, heading] of pages) {
      await ui.open(to, heading);
      const clipped = (await page.evaluate("[...document.querySelectorAll('.table-wrap')].filter((w) => w.scrollWidth > w.clientWidth + 1).length")) as number;
      expect(clipped, `${heading} at 1280 px has a table wider than its place`).toBe(0);
    }
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [name, to, heading] of pages) {
      await ui.open(to, heading);
      expect((await page.evaluate('document.documentElement.scrollWidth')) as number, `${heading} at 390 px`).toBeLessThanOrEqual(390);
      await ui.shot(`390-${name}`);
    }
    await ui.open('/api-keys', 'API keys');
    await page.getByRole('button', { name: /^Rotate / }).first().click();
    await page.getByRole('dialog').waitFor();
    expect((await page.evaluate('document.documentElement.scrollWidth')) as number, 'rotate dialog at 390 px').toBeLessThanOrEqual(390);
    await ui.shot('390-rotate-dialog');
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    await page.setViewportSize({ width: 1280, height: 900 });

    // --- Dark mode: the dialog, the messages and a field's error keep their contrast.
    await page.getByRole('button', { name: 'Dark mode' }).click();
    await ui.open(`/workflows/${workflowId}`, 'Workflow E2E share on demand');
    const darkForm = page.getByRole('form', { name: 'Workflow definition' });
    await darkForm.waitFor();
    await darkForm.getByRole('button', { name: 'Add step' }).click();
    await darkForm.getByRole('button', { name: 'Save workflow' }).click();
    await darkForm.getByTestId('error-steps/1/seconds').waitFor();
    expect(await ui.axe(), 'workflow form with an error, dark').toEqual([]);
    await ui.shot('dark-workflow-error');
    await page.getByRole('button', { name: 'Archive' }).click();
    await page.getByRole('dialog').waitFor();
    expect(await ui.axe(), 'archive dialog, dark').toEqual([]);
    await ui.shot('dark-archive-dialog');
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Dark mode' }).click();

    // --- A member sees the new pages read-only.
    await page.getByRole('button', { name: 'Log out' }).click();
    await ui.login(demo.source.member);
    await ui.open('/workflows', 'Workflows');
    expect(await page.getByRole('link', { name: 'New workflow' }).count()).toBe(0);
    await ui.open(`/workflows/${workflowId}`, 'Workflow E2E share on demand');
    expect(await page.getByRole('button', { name: /^(Save workflow|Trigger now|Archive)$/ }).count()).toBe(0);
    await ui.open(`/connections/${demo.connectionId}/peek-settings`, 'Peek settings');
    expect(await page.getByRole('button', { name: 'Save peek settings' }).count()).toBe(0);

    expect(ui.problems).toEqual([]);
    await context.close();
  });

  it('marks credentials that expire within the smallest warning lead, lists them on the overview, and shows a leaked key and a reused retired secret (issue 14)', async () => {
    const dataDir = await ctx.dataDir();
    const port = await freePort();
    // Secret scanning reports are taken: signed with this test's own P-256 key, published in GitHub's format.
    const scanning = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const keysDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-e2e-scanning-'));
    const keysFile = path.join(keysDir, 'keys.json');
    fs.writeFileSync(keysFile, JSON.stringify({ public_keys: [{ key_identifier: 'e2e', key: scanning.publicKey.export({ type: 'spki', format: 'pem' }).toString(), is_current: true }] }));
    const server = ctx.cli(['serve', '--demo', '--port', String(port), '--data-dir', dataDir], { TESSERA_SECRET_SCANNING_KEYS: keysFile });
    // A busy machine (other suites running) can take longer than the default 40 s to seed the demo.
    await waitReady(server, port, 120_000);
    const demo: DemoFile = await readDemo(dataDir, port);
    const api = demoApi(demo);
    type KeyDoc = { data: { id: string; attributes: { value?: string } } };
    /** The badge as seen ("Expires in 20 h"); its words for screen readers are apart. */
    const seen = (badge: ReturnType<Page['getByTestId']>) => badge.locator('[aria-hidden="true"]').innerText();

    // An API key with 20 hours left: inside the default smallest lead (1 day).
    const soon = (await (await api('/api/v1/api-keys', { method: 'POST', body: { data: { attributes: { name: 'E2E expiring key' } } } })).json()) as KeyDoc;
    expect((await api(`/api/v1/api-keys/${soon.data.id}/expire`, { method: 'POST', body: { meta: { 'expires-in-seconds': 20 * 3_600 } } })).status).toBe(200);
    // A key for much longer is not marked.
    const later = (await (await api('/api/v1/api-keys', { method: 'POST', body: { data: { attributes: { name: 'E2E later key' } } } })).json()) as KeyDoc;
    expect((await api(`/api/v1/api-keys/${later.data.id}/expire`, { method: 'POST', body: { meta: { 'expires-in-seconds': 20 * 86_400 } } })).status).toBe(200);
    const listed = (await (await api('/api/v1/expiring-credentials')).json()) as { data: { id: string }[]; meta: { within: string } };
    expect(listed.meta.within).toBe('1d');
    expect(listed.data.map((c) => c.id)).toContain(soon.data.id);
    expect(listed.data.map((c) => c.id)).not.toContain(later.data.id);

    // The admin's own personal access token with 20 hours left (a user's tokens are in no environment's list).
    const login = await fetch(`${demo.baseUrl}/v3/accounts/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ accountAlias: demo.source.admin.accountAlias, email: demo.source.admin.email, password: demo.source.admin.password }),
    });
    const jwt = ((await login.json()) as { accessToken: string }).accessToken;
    const patAnswer = await api('/v3/personal-access-tokens', {
      method: 'POST',
      key: jwt,
      body: { name: 'E2E expiring token', scopes: ['personalAccessToken:read'], expiresAt: new Date(Date.now() + 20 * 3_600_000).toISOString() },
    });
    expect(patAnswer.status).toBe(201);
    const patId = ((await patAnswer.json()) as { id: string }).id;

    // A key rotated without grace, then its old secret presented: refused and reported.
    const reused = (await (await api('/api/v1/api-keys', { method: 'POST', body: { data: { attributes: { name: 'E2E reused key' } } } })).json()) as KeyDoc;
    const oldSecret = reused.data.attributes.value!;
    expect((await api(`/api/v1/api-keys/${reused.data.id}/rotate`, { method: 'POST', body: { meta: { 'grace-period-seconds': 0 } } })).status).toBe(200);
    expect((await api('/api/v1/inquiries', { key: oldSecret })).status).toBe(401);
    await waitFor('the reuse event', async () => {
      const events = (await (await api('/api/v1/events?filter[name]=api-key.reused-after-rotation')).json()) as { data: unknown[] };
      return events.data.length === 1 ? true : undefined;
    });

    // A key a secret scanner found in a public repository: reported as GitHub does, revoked at once.
    const leaked = (await (await api('/api/v1/api-keys', { method: 'POST', body: { data: { attributes: { name: 'E2E leaked key' } } } })).json()) as KeyDoc;
    const leakUrl = 'https://github.com/octo/leaky/blob/main/.env';
    const findings = JSON.stringify([{ token: leaked.data.attributes.value, type: 'tessera_sandbox_api_key', url: leakUrl, source: 'content' }]);
    const reported = await fetch(`${demo.baseUrl}/secret-scanning/v1/github`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'github-public-key-identifier': 'e2e',
        'github-public-key-signature': sign('sha256', Buffer.from(findings), { key: scanning.privateKey, dsaEncoding: 'der' }).toString('base64'),
      },
      body: findings,
    });
    expect(reported.status).toBe(200);
    expect(((await reported.json()) as { label: string }[])[0]!.label).toBe('true_positive');
    expect((await api('/api/v1/inquiries', { key: leaked.data.attributes.value })).status).toBe(401);
    fs.rmSync(keysDir, { recursive: true, force: true });

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'UTC', baseURL: demo.baseUrl });
    const page = await context.newPage();
    const ui = driver(page, demo.baseUrl);
    await ui.login(demo.source.admin);

    // --- The overview lists both, soonest first, with their kind and a link, and the reuse in its security panel.
    const expiring = page.getByTestId('expiring-list');
    const keyRow = expiring.getByRole('row').filter({ hasText: 'E2E expiring key' });
    await keyRow.waitFor();
    expect(await keyRow.getByRole('cell').nth(1).innerText()).toBe('API key');
    expect(await seen(keyRow.getByTestId('expiring-badge'))).toBe('Expires in 20 h');
    expect(await keyRow.getByRole('link', { name: 'E2E expiring key' }).getAttribute('href')).toBe(`/dashboard/api-keys?q=${soon.data.id}`);
    const patRow = expiring.getByRole('row').filter({ hasText: 'E2E expiring token' });
    expect(await patRow.getByRole('cell').nth(1).innerText()).toBe('Personal access token (yours)');
    expect(await expiring.getByRole('row').filter({ hasText: 'E2E later key' }).count()).toBe(0);
    const security = page.getByTestId('security-events-list');
    const reuseRow = security.getByRole('row').filter({ hasText: 'E2E reused key' });
    await reuseRow.waitFor();
    expect(await reuseRow.innerText()).toContain('API key: retired secret reused');
    expect(await reuseRow.innerText()).toMatch(/From \S+, after the grace ended at/);
    expect(await reuseRow.getByText(reused.data.id).count()).toBe(1);
    const leakRow = security.getByRole('row').filter({ hasText: 'E2E leaked key' });
    expect(await leakRow.innerText()).toContain('API key leaked, revoked');
    expect(await leakRow.innerText()).toContain(`Reported by content at ${leakUrl}`);
    expect(await ui.axe(), 'overview with expiring credentials and security events').toEqual([]);
    await ui.shot('overview-expiring-and-security');

    // --- The lists mark them: the badge (its words for screen readers), and why the reused key is flagged.
    await keyRow.getByRole('link', { name: 'E2E expiring key' }).click();
    await ui.settle('API keys');
    const badge = page.getByRole('row').filter({ hasText: soon.data.id }).getByTestId('expiring-badge');
    expect(await seen(badge)).toBe('Expires in 20 h');
    expect(await badge.locator('.sr-only').textContent()).toMatch(/^Expires in 20 hours, on /);
    await ui.open('/api-keys', 'API keys');
    expect(await page.getByRole('row').filter({ hasText: later.data.id }).getByTestId('expiring-badge').count()).toBe(0);
    await expect.poll(() => page.getByTestId(`security-reason-${reused.data.id}`).textContent()).toMatch(/^Old secret reused from \S+ after the grace$/);
    const leakedRow = page.getByRole('row').filter({ hasText: leaked.data.id });
    expect(await leakedRow.getByText('revoked', { exact: true }).count()).toBe(1);
    expect(await leakedRow.getByTestId(`security-reason-${leaked.data.id}`).textContent()).toBe(`Reported leaked at ${leakUrl}, so revoked`);
    expect(await ui.axe(), 'API keys with an expiring key and a flagged one').toEqual([]);
    await ui.shot('api-keys-expiring');
    await ui.open('/personal-access-tokens', 'Personal access tokens');
    expect(await seen(page.getByRole('row').filter({ hasText: patId }).getByTestId('expiring-badge'))).toBe('Expires in 20 h');

    // --- Issue 13 leftovers: each connection links to its peek settings; deactivating asks in a dialog first.
    await ui.open('/connections', 'Connections');
    const connectionRow = page.getByRole('row').filter({ hasText: demo.connectionId });
    await connectionRow.getByRole('button', { name: 'Deactivate' }).click();
    const deactivate = page.getByRole('dialog', { name: 'Deactivate this connection?' });
    await deactivate.waitFor();
    expect(await ui.axe(), 'connections with the deactivate dialog').toEqual([]);
    await deactivate.getByRole('button', { name: 'Cancel' }).click();
    await connectionRow.getByRole('link', { name: /^Peek settings of the connection with / }).click();
    await ui.settle('Peek settings');
    expect(page.url()).toBe(`${demo.baseUrl}/dashboard/connections/${demo.connectionId}/peek-settings`);
    const connection = (await (await api(`/api/v1/connect/connections/${demo.connectionId}`)).json()) as { data: { attributes: { status: string } } };
    expect(connection.data.attributes.status).toBe('active');

    // --- The dark theme keeps the badge and the panels readable.
    await page.getByRole('button', { name: 'Dark mode' }).click();
    await ui.open('/', 'Overview');
    await page.getByTestId('expiring-list').getByTestId('expiring-badge').first().waitFor();
    expect(await ui.axe(), 'overview with the new panels, dark').toEqual([]);
    await page.getByRole('button', { name: 'Dark mode' }).click();

    expect(ui.problems).toEqual([]);
    await context.close();
  });
});
