/**
 * Runs a surface-neutral ListQuery (core/list-query.ts) on a Kysely select:
 * conditions become WHERE clauses on mapped columns, the sort key (ties on id)
 * an ORDER BY the list indexes serve, `after` a row-value keyset comparison,
 * and `count` one more query over the same conditions.
 */
import { sql, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import type { FieldCondition, FilterOp, FilterValue, ListQuery, ListResult } from '../core/list-query.js';

export interface FieldColumn {
  /** The column (or expression) sorted on and compared. */
  expr: RawBuilder<unknown>;
  /** Compare as text (uuids: a malformed value then matches nothing instead of failing the cast). */
  text?: boolean;
  /** A custom condition for this field (e.g. one value against two columns). */
  filter?: (op: FilterOp, value: FilterValue | FilterValue[]) => RawBuilder<boolean>;
}

export type FieldColumns<F extends string> = Record<F, FieldColumn>;

const OPS: Record<Exclude<FilterOp, 'in' | 'contains'>, string> = { eq: '=', lt: '<', gt: '>', lte: '<=', gte: '>=' };

export function likePattern(value: string): string {
  return '%' + value.replace(/[\\%_]/g, (c) => '\\' + c) + '%';
}

function condition(col: FieldColumn, c: FieldCondition<string>): RawBuilder<boolean> {
  if (col.filter) return col.filter(c.op, c.value);
  const expr = col.text ? sql`${col.expr}::text` : col.expr;
  if (c.op === 'in') {
    const values = (Array.isArray(c.value) ? c.value : [c.value]).filter((v) => v !== null);
    if (values.length === 0) return sql<boolean>`false`;
    return sql<boolean>`${expr} IN (${sql.join(values.map((v) => sql`${v}`))})`;
  }
  if (c.op === 'contains') return sql<boolean>`${expr}::text ILIKE ${likePattern(String(c.value))} ESCAPE '\\'`;
  const value = Array.isArray(c.value) ? c.value[0] ?? null : c.value;
  if (value === null) return c.op === 'eq' ? sql<boolean>`${expr} IS NULL` : sql<boolean>`false`;
  return sql<boolean>`${expr} ${sql.raw(OPS[c.op])} ${value}`;
}

/**
 * Applies `query` to `base` (which selects the rows, already scoped to their
 * tenant) and maps each row with `map`.
 */
export async function runListQuery<F extends string, Row, T>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  base: SelectQueryBuilder<any, any, Row>,
  columns: FieldColumns<F> & { id: FieldColumn },
  query: ListQuery<F>,
  map: (row: Row) => T,
): Promise<ListResult<T>> {
  let q = base;
  for (const c of query.conditions) q = q.where(condition(columns[c.field], c));
  const total = query.count
    ? Number(
        ((await q.clearSelect().select(sql<number>`count(*)`.as('n')).executeTakeFirst()) as { n: number } | undefined)?.n ?? 0,
      )
    : null;

  const sort = columns[query.sort.field].expr;
  const id = columns.id.expr;
  const dir = sql.raw(query.sort.desc ? 'DESC' : 'ASC');
  if (query.after) {
    const cmp = sql.raw(query.sort.desc ? '<' : '>');
    q = q.where(sql<boolean>`(${sort}, ${id}) ${cmp} (${query.after.value}, ${query.after.id})`);
  }
  q = q.orderBy(sql`${sort} ${dir} NULLS LAST`).orderBy(sql`${id} ${dir}`);
  if (query.offset > 0) q = q.offset(query.offset);
  const rows = (await q.limit(query.limit + 1).execute()) as Row[];
  const hasMore = rows.length > query.limit;
  return { items: rows.slice(0, query.limit).map(map), hasMore, total };
}
