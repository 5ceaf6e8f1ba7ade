/**
 * Request and response schemas of workflows (connect-api.md §7). The envelope,
 * `name`, `status` and `trigger` are checked here (→ 400); each step is an
 * object with a `type` whose parameters routes/workflow-steps.ts checks (→ 422
 * with a pointer), as §7 asks for unknown steps and parameters.
 */
import { Type, type Static } from 'typebox';
import { STEP_TYPES } from '../../../workflows/index.js';
import { ListDocument, Nullable, NullableTimestamp, PlainResourceSchema, ResourceSchema, SingleDocument, Timestamp } from './documents.js';

const closed = { additionalProperties: false } as const;

const Name = Type.String({ minLength: 1, maxLength: 255 });
const Status = Type.Enum(['running', 'paused']);
const Trigger = Type.Object(
  {
    'event-name': Type.String({ maxLength: 255 }),
    filter: Type.Optional(Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()])),
  },
  closed,
);
const Steps = Type.Array(Type.Object({ type: Type.String({ maxLength: 64 }) }, { additionalProperties: true }), { minItems: 1, maxItems: 10 });

export const CreateWorkflowBody = Type.Object(
  {
    data: Type.Object(
      { attributes: Type.Object({ name: Name, status: Type.Optional(Status), trigger: Trigger, steps: Steps }, closed) },
      closed,
    ),
  },
  closed,
);
export type CreateWorkflowBody = Static<typeof CreateWorkflowBody>;

export const UpdateWorkflowBody = Type.Object(
  {
    data: Type.Object(
      {
        attributes: Type.Object(
          { name: Type.Optional(Name), status: Type.Optional(Status), trigger: Type.Optional(Trigger), steps: Type.Optional(Steps) },
          closed,
        ),
      },
      closed,
    ),
  },
  closed,
);
export type UpdateWorkflowBody = Static<typeof UpdateWorkflowBody>;

/**
 * The reference's trigger body: arbitrary `fields`; `source-id` and `share-token-id` give the steps
 * their object. A run needs neither, so no body (or `{}`) triggers with no fields; a `data` that is
 * sent must be the reference's whole envelope.
 */
export const TriggerWorkflowBody = Type.Union([
  Type.Object(
    { data: Type.Optional(Type.Object({ attributes: Type.Object({ fields: Type.Record(Type.String(), Type.Unknown()) }, closed) }, closed)) },
    closed,
  ),
  Type.Null(),
]);
export type TriggerWorkflowBody = Static<typeof TriggerWorkflowBody>;

// ---- Responses -------------------------------------------------------------------------------

const literals = <const T extends string>(values: readonly T[]) => Type.Enum(values as T[]);

const FieldMapping = Type.Object({ 'source-field-name': Type.String(), 'destination-field-name': Type.String() });

/** A step as the API takes it back: `type` beside its parameters, optional ones `null` when unset. */
export const WorkflowStep = Type.Union([
  Type.Object({ type: Type.Literal('create-share-token'), 'connection-id': Type.String(), 'expires-in-seconds': Nullable(Type.Integer()) }),
  Type.Object({ type: Type.Literal('redeem-share-token'), 'destination-id': Nullable(Type.String()), 'field-mappings': Nullable(Type.Array(FieldMapping)) }),
  Type.Object({ type: Type.Literal('expire-share-token') }),
  Type.Object({ type: Type.Literal('wait'), seconds: Type.Integer() }),
]);
export type WorkflowStep = Static<typeof WorkflowStep>;

export const WorkflowResource = PlainResourceSchema(
  'workflow',
  {
    name: Type.String(),
    status: literals(['running', 'paused', 'archived'] as const),
    trigger: Type.Object({ 'event-name': Type.String(), filter: Type.Record(Type.String(), Type.Unknown()) }),
    steps: Type.Array(WorkflowStep),
    'created-at': Timestamp,
    'updated-at': Timestamp,
  },
  '(ext) A workflow definition; in a run\'s `included` only status, name and created-at (the reference\'s shape)',
);
export type WorkflowResource = Static<typeof WorkflowResource>;
export const WorkflowDocument = SingleDocument(WorkflowResource);
export const WorkflowList = ListDocument(WorkflowResource);

export const RUN_STATUSES = ['in_progress', 'completed', 'failed'] as const;

export const WorkflowRunResource = ResourceSchema(
  'workflow-run',
  { status: literals(RUN_STATUSES), 'created-at': Timestamp, 'completed-at': NullableTimestamp },
  {
    relationships: ['workflow', 'creator'] as const,
    meta: { 'processing-time-seconds': Nullable(Type.Number({ description: 'From start to completion or failure; null while in progress' })) },
    description: 'A run of a workflow; `creator` is the triggering event (null for a run started through the API)',
  },
);
export type WorkflowRunResource = Static<typeof WorkflowRunResource>;
export const WorkflowRunDocument = SingleDocument(WorkflowRunResource);
export const WorkflowRunList = ListDocument(WorkflowRunResource);

export const StepResult = Type.Object({
  index: Type.Integer(),
  type: literals(STEP_TYPES),
  status: literals(['pending', 'running', 'completed', 'failed', 'skipped'] as const),
  'started-at': NullableTimestamp,
  'finished-at': NullableTimestamp,
  output: Nullable(
    Type.Object({
      'share-token-id': Type.Optional(Type.String({ description: 'The share token a share-token step made or acted on' })),
      'resumes-at': Type.Optional(Type.String({ format: 'date-time', description: 'When a wait step lets the run go on' })),
    }),
  ),
  error: Nullable(Type.String({ description: 'Why the last attempt failed (kept while the step is retried)' })),
});
export type StepResult = Static<typeof StepResult>;
/** (ext) The step results of a run, in step order: not JSON:API resources, so no `type`/`id`. */
export const StepResultList = Type.Object({ data: Type.Array(StepResult) });
