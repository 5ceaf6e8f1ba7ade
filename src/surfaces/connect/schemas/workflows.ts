/**
 * Request schemas of workflows (connect-api.md §7). The envelope, `name`,
 * `status` and `trigger` are checked here (→ 400); each step is an object
 * with a `type` whose parameters routes/workflow-steps.ts checks (→ 422 with
 * a pointer), as §7 asks for unknown steps and parameters.
 */
import { Type, type Static } from 'typebox';

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

/** The reference's trigger body: arbitrary `fields`; `source-id` and `share-token-id` give the steps their object. */
export const TriggerWorkflowBody = Type.Object(
  { data: Type.Object({ attributes: Type.Object({ fields: Type.Record(Type.String(), Type.Unknown()) }, closed) }, closed) },
  closed,
);
export type TriggerWorkflowBody = Static<typeof TriggerWorkflowBody>;
