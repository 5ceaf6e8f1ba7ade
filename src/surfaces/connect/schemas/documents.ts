/**
 * JSON:API documents of Connect, as TypeBox schemas: a resource of one type
 * with its attributes and relationships, a single-resource document (with
 * `included`), a list document (with `links`). Every attribute and
 * relationship is optional in the schema because sparse fieldsets
 * (`fields[type]=…`) and an API key's attribute blocklist may leave any of them
 * out; `type` and `id` are always there. The response schemas are the
 * serializer's allowlist: a key a presenter adds without declaring it here is
 * not sent.
 */
import { Type, type Static, type TProperties, type TSchema } from 'typebox';
import { Relationship } from './common.js';

export interface ResourceOptions<R extends string, M extends TProperties> {
  relationships?: readonly R[];
  meta?: M;
  description?: string;
  /** The component name in /openapi.json (default: from the type, `connect/share-token` → `ShareToken`). */
  title?: string;
}

/** `connect/share-token` → `ShareToken`, `verification/government-id` → `VerificationGovernmentId`. */
export function titleOf(types: readonly string[]): string {
  return types
    .map((t) =>
      t
        .replace(/^connect\//, '')
        .split(/[/_-]/)
        .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
        .join(''),
    )
    .join('Or');
}

/** A resource of `type` with these attributes (each optional on the wire) and named relationships. */
export function ResourceSchema<T extends string, A extends TProperties, R extends string = never, M extends TProperties = TProperties>(
  type: T | readonly T[],
  attributes: A,
  options: ResourceOptions<R, M> = {},
) {
  const types = (typeof type === 'string' ? [type] : type) as readonly T[];
  const rels = Object.fromEntries((options.relationships ?? []).map((r) => [r, Relationship])) as { [K in R]: typeof Relationship };
  return Type.Object(
    {
      type: types.length === 1 ? Type.Literal(types[0]!) : Type.Union(types.map((t) => Type.Literal(t))),
      id: Type.String(),
      // Every attribute and relationship optional: sparse fieldsets.
      attributes: Type.Partial(Type.Object(attributes)),
      relationships: Type.Optional(Type.Partial(Type.Object(rels))),
      meta: Type.Optional(options.meta ? Type.Object(options.meta) : Type.Record(Type.String(), Type.Unknown())),
    },
    // The title names the schema's component in /openapi.json (src/http/openapi-components.ts).
    { title: options.title ?? titleOf(types), ...(options.description ? { description: options.description } : {}) },
  );
}

/** A resource of any type (the members of `included`). */
export const AnyResource = Type.Object(
  {
    type: Type.String(),
    id: Type.String(),
    attributes: Type.Record(Type.String(), Type.Unknown()),
    relationships: Type.Optional(Type.Record(Type.String(), Relationship)),
    meta: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  },
  { title: 'AnyResource' },
);
export type AnyResource = Static<typeof AnyResource>;

/** `{data, included?, meta?}` around one resource. */
export function SingleDocument<S extends TSchema>(resource: S, description?: string) {
  return Type.Object(
    {
      data: resource,
      included: Type.Optional(Type.Array(AnyResource)),
      meta: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    },
    description ? { description } : {},
  );
}

export const Links = Type.Object({ prev: Type.Union([Type.String(), Type.Null()]), next: Type.Union([Type.String(), Type.Null()]) });

/** `{data: [...], links: {prev, next}}`: one keyset page, newest first. */
export function ListDocument<S extends TSchema>(resource: S, description?: string) {
  return Type.Object({ data: Type.Array(resource), links: Links }, description ? { description } : {});
}

/** `{type, id}` or null, for relationships. */
export const Nullable = <S extends TSchema>(s: S) => Type.Union([s, Type.Null()]);
/** ISO 8601 timestamp. */
export const Timestamp = Type.String({ format: 'date-time' });
export const NullableTimestamp = Nullable(Timestamp);

/**
 * A resource of a type that has no relationships: the schema has no
 * `relationships` member, so its presenter's type is a plain `Resource` too.
 */
export function PlainResourceSchema<T extends string, A extends TProperties>(type: T, attributes: A, description?: string, title = titleOf([type])) {
  return Type.Omit(ResourceSchema(type, attributes), ['relationships'], { title, ...(description ? { description } : {}) });
}
