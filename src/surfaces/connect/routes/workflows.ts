/**
 * (ext) Workflows and workflow runs (connect-api.md §7): definitions CRUD
 * (DELETE archives), POST /workflows/:id/trigger, runs and their step results.
 */
import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../app-deps.js';
import type { TypedApp } from '../../../http/typed.js';
import { badRequest, isAppError, notFound, unprocessable } from '../../../core/errors.js';
import { decodeId } from '../../../core/ids.js';
import { getEvent } from '../../../events/index.js';
import {
  archiveWorkflow,
  createWorkflow,
  getWorkflow,
  getWorkflowRun,
  listStepResults,
  listWorkflowRuns,
  listWorkflows,
  triggerWorkflow,
  updateWorkflow,
  type RunStatus,
  type TriggerInput,
  type TriggerWorkflowInput,
  type WorkflowContext,
  type WorkflowRun,
} from '../../../workflows/index.js';
import { sendList, sendResource, type ResourceLike } from '../jsonapi.js';
import { presentEvent, presentIncludedWorkflow, presentStepResult, presentWorkflow, presentWorkflowRun } from '../presenters/index.js';
import { parseQuery } from '../query.js';
import { IdParams } from '../schemas/common.js';
import { NOT_FOUND } from '../schemas/errors.js';
import {
  CreateWorkflowBody,
  StepResultList,
  TriggerWorkflowBody,
  UpdateWorkflowBody,
  WorkflowDocument,
  WorkflowList,
  WorkflowRunDocument,
  WorkflowRunList,
} from '../schemas/workflows.js';
import { recordRef } from './share-tokens.js';
import { parseSteps } from './workflow-steps.js';

const RUN_STATUSES: RunStatus[] = ['in_progress', 'completed', 'failed'];
const RUN_INCLUDES = ['workflow', 'creator'];
const NO_UUID = '00000000-0000-0000-0000-000000000000';

function workflowId(req: { params: { id: string } }): string {
  const id = decodeId('wfl', req.params.id);
  if (!id) throw notFound();
  return id;
}

function runId(req: { params: { id: string } }): string {
  const id = decodeId('wfr', req.params.id);
  if (!id) throw notFound();
  return id;
}

function trigger(raw: { 'event-name': string; filter?: Record<string, unknown> | null }): TriggerInput {
  return { eventName: raw['event-name'], filter: raw.filter ?? {} };
}

/** `fields.source-id` / `fields.share-token-id` of a trigger body (keys inside `fields` are never inflected). */
function triggerSubject(fields: Record<string, unknown>): Omit<TriggerWorkflowInput, 'id'> {
  const out: Omit<TriggerWorkflowInput, 'id'> = {};
  const source = fields['source-id'];
  if (source !== undefined && source !== null) {
    if (typeof source !== 'string') throw unprocessable('fields.source-id must be a string', '/data/attributes/fields/source-id');
    out.source = recordRef(source);
  }
  const token = fields['share-token-id'];
  if (token !== undefined && token !== null) {
    if (typeof token !== 'string') throw unprocessable('fields.share-token-id must be a string', '/data/attributes/fields/share-token-id');
    out.shareTokenId = decodeId('cnst', token);
  }
  return out;
}

export function workflowRoutes(app: TypedApp, deps: AppDeps): void {
  const ctx = (req: FastifyRequest): WorkflowContext => ({ actor: req.connect.actor, store: deps.store, clock: deps.clock });
  const runResource = (run: WorkflowRun) => presentWorkflowRun(run, { meta: true });

  /** `include=workflow,creator` of a run: the workflow (reference shape) and the triggering event. */
  async function runIncluded(req: FastifyRequest, run: WorkflowRun, include: string[] | undefined): Promise<ResourceLike[] | undefined> {
    if (!include) return undefined;
    const included: ResourceLike[] = [];
    if (include.includes('workflow')) {
      const workflow = await deps.store.workflows.find(run.environmentId, run.workflowId);
      if (workflow) included.push(presentIncludedWorkflow(workflow));
    }
    if (include.includes('creator') && run.triggerEventId) {
      // An event no longer there (purged) is simply not included; any other failure is the request's.
      const event = await getEvent({ ctx: { actor: req.connect.actor, store: deps.store }, input: { id: run.triggerEventId } }).catch((e: unknown) => {
        if (isAppError(e) && e.code === 'NOT_FOUND') return null;
        throw e;
      });
      if (event) included.push(presentEvent(event));
    }
    return included;
  }

  const createResponses = { 201: WorkflowDocument, 404: NOT_FOUND('A step names a connection or destination record that does not exist in this environment') };
  app.post('/workflows', { schema: { body: CreateWorkflowBody, response: createResponses }, config: { permission: 'workflow.write' } }, async (req, reply) => {
    const q = parseQuery(req.query, {});
    req.connect.fields = q.fields;
    const attrs = req.body.data.attributes;
    const workflow = await createWorkflow({
      ctx: ctx(req),
      input: {
        name: attrs.name,
        ...(attrs.status !== undefined ? { status: attrs.status } : {}),
        trigger: trigger(attrs.trigger),
        steps: parseSteps(attrs.steps),
      },
    });
    return sendResource(req, reply, 201, presentWorkflow(workflow));
  });

  app.get('/workflows', { schema: { response: { 200: WorkflowList } }, config: { permission: 'workflow.read' } }, async (req, reply) => {
    const q = parseQuery(req.query, { cursor: 'wfl' });
    req.connect.fields = q.fields;
    const page = await listWorkflows({ ctx: ctx(req), input: { page: q.page } });
    return sendList(req, reply, page, presentWorkflow);
  });

  app.get('/workflows/:id', { schema: { params: IdParams, response: { 200: WorkflowDocument } }, config: { permission: 'workflow.read' } }, async (req, reply) => {
    const q = parseQuery(req.query, {});
    req.connect.fields = q.fields;
    const workflow = await getWorkflow({ ctx: ctx(req), input: { id: workflowId(req) } });
    return sendResource(req, reply, 200, presentWorkflow(workflow));
  });

  app.patch(
    '/workflows/:id',
    { schema: { params: IdParams, body: UpdateWorkflowBody, response: { 200: WorkflowDocument } }, config: { permission: 'workflow.write' } },
    async (req, reply) => {
      const q = parseQuery(req.query, {});
      req.connect.fields = q.fields;
      const id = workflowId(req);
      const attrs = req.body.data.attributes;
      // Existence (404) before the steps' rules (422), so another organization's id reads like a random one.
      await getWorkflow({ ctx: ctx(req), input: { id } });
      const workflow = await updateWorkflow({
        ctx: ctx(req),
        input: {
          id,
          ...(attrs.name !== undefined ? { name: attrs.name } : {}),
          ...(attrs.status !== undefined ? { status: attrs.status } : {}),
          ...(attrs.trigger !== undefined ? { trigger: trigger(attrs.trigger) } : {}),
          ...(attrs.steps !== undefined ? { steps: parseSteps(attrs.steps) } : {}),
        },
      });
      return sendResource(req, reply, 200, presentWorkflow(workflow));
    },
  );

  app.delete('/workflows/:id', { schema: { params: IdParams, response: { 200: WorkflowDocument } }, config: { permission: 'workflow.write' } }, async (req, reply) => {
    const q = parseQuery(req.query, {});
    req.connect.fields = q.fields;
    const workflow = await archiveWorkflow({ ctx: ctx(req), input: { id: workflowId(req) } });
    return sendResource(req, reply, 200, presentWorkflow(workflow));
  });

  app.post(
    '/workflows/:id/trigger',
    { schema: { params: IdParams, body: TriggerWorkflowBody, response: { 200: WorkflowRunDocument } }, config: { permission: 'workflow.write' } },
    async (req, reply) => {
      const q = parseQuery(req.query, { include: RUN_INCLUDES });
      req.connect.fields = q.fields;
      const id = workflowId(req);
      await getWorkflow({ ctx: ctx(req), input: { id } });
      // No body, `{}`: a run with no fields (steps that need a source then fail the run, as with empty fields).
      const fields = req.body?.data?.attributes.fields ?? {};
      const run = await triggerWorkflow({ ctx: ctx(req), input: { id, ...triggerSubject(fields) } });
      return sendResource(req, reply, 200, runResource(run), await runIncluded(req, run, q.include));
    },
  );

  app.get('/workflow-runs', { schema: { response: { 200: WorkflowRunList } }, config: { permission: 'workflow.read' } }, async (req, reply) => {
    const q = parseQuery(req.query, { cursor: 'wfr', filters: ['status', 'workflow-id'] });
    req.connect.fields = q.fields;
    const statuses = q.filters.status;
    if (statuses?.some((s) => !RUN_STATUSES.includes(s as RunStatus))) throw badRequest(`filter[status] must be any of ${RUN_STATUSES.join(', ')}`);
    const workflows = q.filters['workflow-id'];
    const page = await listWorkflowRuns({
      ctx: ctx(req),
      input: {
        filter: {
          ...(statuses ? { statuses: statuses as RunStatus[] } : {}),
          ...(workflows ? { workflowIds: workflows.map((w) => decodeId('wfl', w) ?? NO_UUID) } : {}),
        },
        page: q.page,
      },
    });
    return sendList(req, reply, page, runResource);
  });

  app.get('/workflow-runs/:id', { schema: { params: IdParams, response: { 200: WorkflowRunDocument } }, config: { permission: 'workflow.read' } }, async (req, reply) => {
    const q = parseQuery(req.query, { include: RUN_INCLUDES });
    req.connect.fields = q.fields;
    const run = await getWorkflowRun({ ctx: ctx(req), input: { id: runId(req) } });
    return sendResource(req, reply, 200, runResource(run), await runIncluded(req, run, q.include));
  });

  app.get('/workflow-runs/:id/step-results', { schema: { params: IdParams, response: { 200: StepResultList } }, config: { permission: 'workflow.read' } }, async (req, reply) => {
    parseQuery(req.query, {});
    const steps = await listStepResults({ ctx: ctx(req), input: { id: runId(req) } });
    return reply.code(200).send({ data: steps.map(presentStepResult) });
  });
}
