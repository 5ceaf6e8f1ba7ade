/**
 * The business rules of a workflow definition (connect-api.md §7): a known
 * event name, pointer keys in the filter, and steps whose objects the
 * environment can see. The surface has already parsed the wire shape (step
 * types, parameter names and ranges); ids arrive decoded, null when malformed.
 */
import { partyOf, type FieldMapping, type RecordKind } from '../connect/index.js';
import { notFound, unprocessable } from '../core/errors.js';
import { EVENT_NAMES, type EventName } from '../events/index.js';
import type { WorkflowContext } from './context.js';
import { recordVisible } from './records.js';
import { isPointer } from './trigger-filter.js';
import type { RecordRef, WorkflowStep, WorkflowTrigger } from './types.js';

export interface TriggerInput {
  eventName: string;
  filter: Record<string, unknown>;
}

export type StepInput =
  | { type: 'create-share-token'; connectionId: string | null; expiresInSeconds?: number }
  | { type: 'redeem-share-token'; destination?: { kind: RecordKind | null; id: string | null }; fieldMappings?: FieldMapping[] }
  | { type: 'expire-share-token' }
  | { type: 'wait'; seconds: number };

const FIELD_NAME_RE = /^[a-z0-9_-]{1,64}$/;

export function validateTrigger(input: TriggerInput): WorkflowTrigger {
  if (!(EVENT_NAMES as readonly string[]).includes(input.eventName)) {
    throw unprocessable(`${input.eventName} is not an event name`, ['trigger', 'eventName']);
  }
  const bad = Object.keys(input.filter).find((k) => !isPointer(k));
  if (bad !== undefined) throw unprocessable(`Filter keys must be JSON pointers into the event payload, like /attributes/status (got "${bad}")`, ['trigger', 'filter']);
  return { eventName: input.eventName as EventName, filter: input.filter };
}

async function validateStep(ctx: Pick<WorkflowContext, 'actor' | 'store'>, step: StepInput, i: number): Promise<WorkflowStep> {
  const at = (param: string) => ['steps', i, param];
  const missing = (param: string) => notFound(`data.attributes.steps.${i}.${param} is not found`);
  switch (step.type) {
    case 'create-share-token': {
      const connection = step.connectionId ? await ctx.store.connections.find(step.connectionId) : null;
      const party = connection && partyOf(connection, ctx.actor.environmentId);
      if (!connection || !party) throw missing('connection-id');
      if (party !== 'source') throw unprocessable('Only the source organization of the connection can create share tokens on it', at('connection-id'));
      return { type: step.type, connectionId: connection.id, expiresInSeconds: step.expiresInSeconds ?? null };
    }
    case 'redeem-share-token': {
      let destination: RecordRef | null = null;
      if (step.destination) {
        const { kind, id } = step.destination;
        if (!kind || kind === 'verification') throw unprocessable('destination-id must be an inquiry, account or transaction id', at('destination-id'));
        if (!id || !(await recordVisible(ctx.store, ctx.actor.environmentId, { kind, id }))) throw missing('destination-id');
        destination = { kind, id };
      }
      if (step.fieldMappings) {
        if (!destination) throw unprocessable('field-mappings apply only when hydrating (destination-id)', at('field-mappings'));
        if (step.fieldMappings.some((m) => !FIELD_NAME_RE.test(m.sourceFieldName) || !FIELD_NAME_RE.test(m.destinationFieldName))) {
          throw unprocessable('field-mappings must name fields with [a-z0-9_-], at most 64 characters', at('field-mappings'));
        }
      }
      return { type: step.type, destination, fieldMappings: step.fieldMappings ?? null };
    }
    case 'expire-share-token':
      return { type: step.type };
    case 'wait':
      return { type: step.type, seconds: step.seconds };
  }
}

export async function validateSteps(ctx: Pick<WorkflowContext, 'actor' | 'store'>, steps: StepInput[]): Promise<WorkflowStep[]> {
  const out: WorkflowStep[] = [];
  for (const [i, step] of steps.entries()) out.push(await validateStep(ctx, step, i));
  return out;
}
