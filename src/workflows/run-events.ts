/** `workflow-run.created`, `.completed`, `.failed`, in the run's environment, committed with the change. */
import { emitEvents, type EventStore } from '../events/index.js';
import type { WorkflowRun } from './types.js';

export async function emitRunEvent(store: EventStore, what: 'created' | 'completed' | 'failed', run: WorkflowRun, now: Date): Promise<void> {
  await emitEvents(
    store,
    [
      {
        organizationId: run.organizationId,
        environmentId: run.environmentId,
        name: `workflow-run.${what}`,
        objectType: 'workflow-run',
        objectId: run.id,
        object: run,
      },
    ],
    now,
  );
}
