/**
 * Workflow triggers: for each committed event, every `running` workflow of
 * the event's environment (created before the event) whose event name and
 * filter match gets one run. The filter reads the event's `payload.data` as
 * the organization saw it, which the composition root renders (`render`), so
 * this domain stays free of wire formats.
 */
import type { EventRecord, EventSubscriber } from '../events/index.js';
import type { WorkflowDeps } from './context.js';
import type { ChainCause } from './ports.js';
import { startRun } from './run-lifecycle.js';
import { matchesFilter } from './trigger-filter.js';
import { MAX_CHAIN_RUNS, type RunSubject } from './types.js';

const RECORD_TYPES = new Set(['inquiry', 'account', 'transaction', 'verification']);

/** The steps' object: the event's record, or its share token. */
export function subjectOf(event: EventRecord): RunSubject {
  const type = event.payload.objectType;
  if (!event.objectId) return { source: null, shareTokenId: null };
  if (type === 'share-token') return { source: null, shareTokenId: event.objectId };
  if (RECORD_TYPES.has(type)) return { source: { kind: type as 'inquiry', id: event.objectId }, shareTokenId: null };
  return { source: null, shareTokenId: null };
}

function causeOf(event: EventRecord): ChainCause | null {
  const type = event.payload.objectType;
  if (!event.objectId) return null;
  if (type === 'workflow-run' || type === 'share-token') return { type, id: event.objectId };
  if (RECORD_TYPES.has(type)) return { type: 'record', id: event.objectId };
  return null;
}

export function workflowEventSubscriber(deps: WorkflowDeps & { render: (event: EventRecord) => unknown }): EventSubscriber {
  return async (event) => {
    if (!event.environmentId) return;
    const candidates = await deps.store.workflows.listTriggered(event.environmentId, event.name);
    const eligible = candidates.filter((w) => w.createdAt.getTime() <= event.createdAt.getTime());
    if (eligible.length === 0) return;
    const data = deps.render(event);
    const matching = eligible.filter((w) => matchesFilter(w.trigger.filter, data));
    if (matching.length === 0) return;
    const cause = causeOf(event);
    const parentDepth = cause ? await deps.store.workflowRuns.chainDepthOf(cause) : 0;
    // A chain the guard already stopped goes no further: its failure events start nothing.
    if (parentDepth > MAX_CHAIN_RUNS) return;
    for (const workflow of matching) {
      await startRun(deps, { workflow, subject: subjectOf(event), triggerEventId: event.id, chainDepth: parentDepth + 1 });
    }
  };
}
