/**
 * (ext) GET /api/v1/connect/organizations (issue 13, deliverable 5): the names
 * of the organizations at the other end of the caller's connections, so the
 * dashboard shows "Acme Bank" before `org_…`. Each party sees the other;
 * nobody sees an organization it has no connection with, nor its own.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, createOrg, createTestApp, type TestApp, type TestOrg } from '../harness.js';
import { must, send } from '../fixtures/connect-objects.js';
import { createConnection } from '../fixtures/sharing.js';

let t: TestApp;
let bank: TestOrg;
let lender: TestOrg;
let broker: TestOrg;
let stranger: TestOrg;

const names = async (org: TestOrg) => must(await send(t, org.apiKey, 'GET', '/connect/organizations'), 200, 'organizations');

beforeAll(async () => {
  t = await createTestApp();
  bank = await createOrg(t, 'Acme Bank');
  lender = await createOrg(t, 'Lender & Co');
  broker = await createOrg(t, 'Broker Ltd');
  stranger = await createOrg(t, 'Stranger Inc');
  // Two connections with the lender (the first deactivated, then a new one), one with the broker, still pending.
  const first = await createConnection(t, bank, lender);
  must(await send(t, bank.apiKey, 'POST', `/connect/connections/${first}/deactivate`), 200, 'deactivate');
  await createConnection(t, bank, lender);
  await createConnection(t, bank, broker, { activate: false });
});

describe('GET /connect/organizations', () => {
  it("names every organization at the other end of the caller's connections, any status, once each, by name", async () => {
    const body = await names(bank);
    expect(body).toEqual({
      data: [
        { type: 'organization', id: broker.organizationId, attributes: { name: 'Broker Ltd' } },
        { type: 'organization', id: lender.organizationId, attributes: { name: 'Lender & Co' } },
      ],
      links: { prev: null, next: null },
    });
  });

  it('shows the destination its source, and an organization without connections nobody', async () => {
    expect((await names(lender)).data).toEqual([{ type: 'organization', id: bank.organizationId, attributes: { name: 'Acme Bank' } }]);
    expect((await names(stranger)).data).toEqual([]);
  });

  it('is per environment: production has no connection yet', async () => {
    const production = await createApiKey(t, bank.productionId);
    expect(must(await send(t, production.value, 'GET', '/connect/organizations'), 200, 'production').data).toEqual([]);
  });

  it('needs connection.read', async () => {
    const key = await createApiKey(t, bank.sandboxId, { permissions: ['inquiry.read'] });
    expect((await send(t, key.value, 'GET', '/connect/organizations')).statusCode).toBe(403);
  });
});
