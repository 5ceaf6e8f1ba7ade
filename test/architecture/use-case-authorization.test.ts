/**
 * The permission check lives in each use case, not only in the route's hook:
 * whoever calls a use case (a Connect route, a workflow step, the admin API,
 * a future surface) is refused the same way without the permission. Every use
 * case a Connect route calls is listed with its permission; the route table
 * must agree with the list.
 */
import { describe, expect, it } from 'vitest';
import * as apiLogs from '../../src/api-logs/index.js';
import * as connect from '../../src/connect/index.js';
import { systemActor, type EnvironmentActor } from '../../src/core/actor.js';
import { isAppError } from '../../src/core/errors.js';
import * as credentials from '../../src/credentials/index.js';
import * as events from '../../src/events/index.js';
import * as lifecycle from '../../src/lifecycle/index.js';
import * as records from '../../src/records/index.js';
import * as workflows from '../../src/workflows/index.js';
import { createOrg, createTestApp } from '../harness.js';

type UseCase = (args: { ctx: never; input: never }) => Promise<unknown>;
const uc = (f: unknown) => f as UseCase;

const USE_CASES: Array<[string, UseCase, string]> = [
  ['createShareToken', uc(connect.createShareToken), 'share_token.write'],
  ['listShareTokens', uc(connect.listShareTokens), 'share_token.read'],
  ['getShareToken', uc(connect.getShareToken), 'share_token.read'],
  ['redeemShareToken', uc(connect.redeemShareToken), 'share_token.redeem'],
  ['expireShareToken', uc(connect.expireShareToken), 'share_token.write'],
  ['createConnection', uc(connect.createConnection), 'connection.write'],
  ['listConnections', uc(connect.listConnections), 'connection.read'],
  ['getConnection', uc(connect.getConnection), 'connection.read'],
  ['transitionConnection', uc(connect.transitionConnection), 'connection.write'],
  ['getPeekSettings', uc(connect.getPeekSettings), 'connection.read'],
  ['updatePeekSettings', uc(connect.updatePeekSettings), 'connection.write'],
  ['createInquiry', uc(records.createInquiry), 'inquiry.write'],
  ['listInquiries', uc(records.listInquiries), 'inquiry.read'],
  ['getInquiry', uc(records.getInquiry), 'inquiry.read'],
  ['updateInquiry', uc(records.updateInquiry), 'inquiry.write'],
  ['redactInquiry', uc(records.redactInquiry), 'inquiry.write'],
  ['transitionInquiry', uc(records.transitionInquiry), 'inquiry.write'],
  ['createAccount', uc(records.createAccount), 'account.write'],
  ['listAccounts', uc(records.listAccounts), 'account.read'],
  ['getAccount', uc(records.getAccount), 'account.read'],
  ['updateAccount', uc(records.updateAccount), 'account.write'],
  ['redactAccount', uc(records.redactAccount), 'account.write'],
  ['createTransaction', uc(records.createTransaction), 'transaction.write'],
  ['listTransactions', uc(records.listTransactions), 'transaction.read'],
  ['getTransaction', uc(records.getTransaction), 'transaction.read'],
  ['updateTransaction', uc(records.updateTransaction), 'transaction.write'],
  ['redactTransaction', uc(records.redactTransaction), 'transaction.write'],
  ['createVerification', uc(records.createVerification), 'verification.write'],
  ['getVerification', uc(records.getVerification), 'verification.read'],
  ['redactVerification', uc(records.redactVerification), 'verification.write'],
  ['listApiKeys', uc(credentials.listApiKeys), 'api_key.read'],
  ['createApiKey', uc(credentials.createApiKey), 'api_key.write'],
  ['getApiKey', uc(credentials.getApiKey), 'api_key.read'],
  ['updateApiKey', uc(credentials.updateApiKey), 'api_key.write'],
  ['expireApiKey', uc(credentials.expireApiKey), 'api_key.write'],
  ['rotateApiKey', uc(credentials.rotateApiKey), 'api_key.write'],
  ['listApiLogs', uc(apiLogs.listApiLogs), 'api_log.read'],
  ['getApiLog', uc(apiLogs.getApiLog), 'api_log.read'],
  ['listEvents', uc(events.listEvents), 'event.read'],
  ['getEvent', uc(events.getEvent), 'event.read'],
  ['listWebhooks', uc(events.listWebhooks), 'webhook.read'],
  ['getWebhook', uc(events.getWebhook), 'webhook.read'],
  ['createWebhook', uc(events.createWebhook), 'webhook.write'],
  ['updateWebhook', uc(events.updateWebhook), 'webhook.write'],
  ['transitionWebhook', uc(events.transitionWebhook), 'webhook.write'],
  ['rotateWebhookSecret', uc(events.rotateWebhookSecret), 'webhook.write'],
  ['listWebhookDeliveries', uc(events.listWebhookDeliveries), 'webhook.read'],
  ['redeliverWebhookDelivery', uc(events.redeliverWebhookDelivery), 'webhook.write'],
  ['createWorkflow', uc(workflows.createWorkflow), 'workflow.write'],
  ['listWorkflows', uc(workflows.listWorkflows), 'workflow.read'],
  ['getWorkflow', uc(workflows.getWorkflow), 'workflow.read'],
  ['updateWorkflow', uc(workflows.updateWorkflow), 'workflow.write'],
  ['archiveWorkflow', uc(workflows.archiveWorkflow), 'workflow.write'],
  ['triggerWorkflow', uc(workflows.triggerWorkflow), 'workflow.write'],
  ['listWorkflowRuns', uc(workflows.listWorkflowRuns), 'workflow.read'],
  ['getWorkflowRun', uc(workflows.getWorkflowRun), 'workflow.read'],
  ['listStepResults', uc(workflows.listStepResults), 'workflow.read'],
  ['listExpiringCredentials', uc(lifecycle.listExpiringCredentials), 'api_key.read'],
];

async function refusal(useCase: UseCase, actor: EnvironmentActor, deps: object): Promise<string | null> {
  try {
    await useCase({ ctx: { actor, ...deps } as never, input: {} as never });
    return null;
  } catch (e) {
    return isAppError(e) && e.code === 'FORBIDDEN' ? e.message : `not FORBIDDEN: ${String(e)}`;
  }
}

describe('use-case authorization', () => {
  it('every Connect use case refuses an actor without its permission, naming it, before doing anything', async () => {
    const t = await createTestApp();
    const org = await createOrg(t);
    const deps = { store: t.deps.store, clock: t.deps.clock, verifier: t.deps.verifier };
    for (const [name, useCase, permission] of USE_CASES) {
      // Every other permission, so only the one that matters is missing.
      const others = credentials.API_KEY_PERMISSIONS.filter((p) => p !== permission);
      const actor = systemActor(org.orgUuid, org.sandboxUuid, 'sandbox', others);
      expect(await refusal(useCase, actor, deps), name).toBe(`This API key lacks the ${permission} permission`);
    }
  });

  it('a workflow acts with its steps’ permissions only', async () => {
    const t = await createTestApp();
    const org = await createOrg(t);
    const actor = workflows.workflowActor(org.orgUuid, org.sandboxUuid, 'sandbox');
    const deps = { store: t.deps.store, clock: t.deps.clock };
    expect(await refusal(uc(events.createWebhook), actor, deps)).toBe('This API key lacks the webhook.write permission');
    expect(await refusal(uc(credentials.createApiKey), actor, deps)).toBe('This API key lacks the api_key.write permission');
  });

  it('the permissions listed here are the ones the Connect routes require', async () => {
    const t = await createTestApp();
    const required = new Set(t.app.routeTable.filter((r) => r.url.startsWith('/api/v1/') && r.permission).map((r) => r.permission!));
    const listed = new Set(USE_CASES.map(([, , p]) => p));
    // rate_limit.read guards a route that calls no use case (the limiter's answer).
    expect([...required].filter((p) => !listed.has(p) && p !== 'rate_limit.read')).toEqual([]);
  });
});
