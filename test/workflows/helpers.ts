/** Workflow fixtures: definitions through the Connect API, and running the worker until nothing is due. */
import { expect } from 'vitest';
import type { TestApp, TestOrg } from '../harness.js';
import { must, send, type Body } from '../fixtures/connect-objects.js';

export const SHARE_ON = (connectionId: string, extra: Record<string, unknown> = {}) => ({ type: 'create-share-token', 'connection-id': connectionId, ...extra });
export const REDEEM = { type: 'redeem-share-token' };

export interface WorkflowSpec {
  name?: string;
  status?: 'running' | 'paused';
  eventName: string;
  filter?: Record<string, unknown>;
  steps: unknown[];
}

export function workflowBody(spec: WorkflowSpec) {
  return {
    data: {
      attributes: {
        name: spec.name ?? 'test workflow',
        ...(spec.status ? { status: spec.status } : {}),
        trigger: { 'event-name': spec.eventName, ...(spec.filter ? { filter: spec.filter } : {}) },
        steps: spec.steps,
      },
    },
  };
}

export async function createWorkflow(t: TestApp, org: TestOrg, spec: WorkflowSpec): Promise<Body> {
  return must(await send(t, org.apiKey, 'POST', '/workflows', { body: workflowBody(spec) }), 201, 'POST /api/v1/workflows').data;
}

/** "Source: inquiry completed → share on the connection"; "destination: inbound-created on it → redeem". */
export async function createSharingWorkflows(t: TestApp, source: TestOrg, destination: TestOrg, connectionId: string): Promise<{ share: Body; redeem: Body }> {
  const share = await createWorkflow(t, source, { name: 'share completed inquiries', eventName: 'inquiry.completed', steps: [SHARE_ON(connectionId)] });
  const redeem = await createWorkflow(t, destination, {
    name: 'redeem shared inquiries',
    eventName: 'connect/share-token.inbound-created',
    filter: { '/relationships/connection/data/id': connectionId },
    steps: [REDEEM],
  });
  return { share, redeem };
}

/** Runs every due job until none is left (jobs enqueue jobs: dispatch → run step → redemption → dispatch …). */
export async function drainAll(t: TestApp): Promise<number> {
  let total = 0;
  for (let i = 0; i < 50; i++) {
    const n = await t.worker.drain();
    if (n === 0) return total;
    total += n;
  }
  throw new Error('the job queue did not settle');
}

export async function runsOf(t: TestApp, org: TestOrg, workflowId?: string): Promise<Body[]> {
  const url = workflowId ? `/workflow-runs?page%5Bsize%5D=100&filter%5Bworkflow-id%5D=${workflowId}` : '/workflow-runs?page%5Bsize%5D=100';
  return must(await send(t, org.apiKey, 'GET', url), 200, `GET ${url}`).data;
}

export async function stepResults(t: TestApp, org: TestOrg, runId: string): Promise<Body[]> {
  return must(await send(t, org.apiKey, 'GET', `/workflow-runs/${runId}/step-results`), 200, 'GET step-results').data;
}

export async function tokensOf(t: TestApp, org: TestOrg, query = ''): Promise<Body[]> {
  return must(await send(t, org.apiKey, 'GET', `/connect/share-tokens?page%5Bsize%5D=100${query}`), 200, 'GET share-tokens').data;
}

export function expectError(res: { statusCode: number; json(): Body }, status: number, details: RegExp | string, pointer?: string) {
  expect(res.statusCode, JSON.stringify(res.json())).toBe(status);
  const item = res.json().errors[0];
  if (typeof details === 'string') expect(item.details).toBe(details);
  else expect(item.details).toMatch(details);
  if (pointer !== undefined) expect(item.source).toEqual({ pointer });
}
