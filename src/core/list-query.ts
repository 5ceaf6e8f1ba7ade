/**
 * A surface-neutral list request: conditions on named fields, one sort key
 * (ties on id), keyset `after` or a bounded offset, and an optional total.
 * Surfaces parse their own dialect (v3 `page`/`sort`/`query`, Astra
 * `filter`/`orderBy`/`continue`) into it; repositories map fields to indexed
 * columns.
 */
export type FilterOp = 'eq' | 'lt' | 'gt' | 'lte' | 'gte' | 'in' | 'contains';

export type FilterValue = string | number | boolean | Date | null;

export interface FieldCondition<F extends string> {
  field: F;
  op: FilterOp;
  /** An array for `in`; a case-insensitive substring for `contains`. */
  value: FilterValue | FilterValue[];
}

export interface ListQuery<F extends string> {
  conditions: FieldCondition<F>[];
  sort: { field: F; desc: boolean };
  /** Keyset: rows after this (sort value, id) in sort order. The sort field must not be nullable. */
  after?: { value: FilterValue; id: string } | undefined;
  offset: number;
  limit: number;
  /** Also count every matching row. */
  count: boolean;
}

export interface ListResult<T> {
  items: T[];
  /** Whether rows follow the returned ones. */
  hasMore: boolean;
  /** Rows matching the conditions (ignoring after, offset and limit) when asked for, else null. */
  total: number | null;
}
