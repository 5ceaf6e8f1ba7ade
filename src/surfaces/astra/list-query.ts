/**
 * Astra collection parameters (astra-api.md §4.1): `include`, `filter`,
 * `orderBy`, `limit`, `skip`, `count`, `continue`, each checked against the
 * reference's pattern and Tessera's caps. A bad value or a stale `continue` is
 * problem 5; an unknown parameter problem 6. `continue` is a keyset cursor
 * (last sort value and id) bound to the filter and order it was made for.
 */
import { createHash } from 'node:crypto';
import type { FieldCondition, FilterOp, FilterValue, ListQuery } from '../../core/list-query.js';
import { AstraProblem } from './problems.js';

export const MAX_LIMIT = 1000;
export const MAX_SKIP = 10_000;
/** Every parameter a collection takes (query-parameters.ts documents each). */
export const COLLECTION_PARAMETERS = ['include', 'filter', 'orderBy', 'limit', 'skip', 'count', 'continue'] as const;
const KNOWN: ReadonlySet<string> = new Set(COLLECTION_PARAMETERS);

const INCLUDE_RE = /^([0-9a-zA-Z]+)(,[0-9a-zA-Z]+)*$/;
const POSITIVE_RE = /^([1-9][0-9]*)$/;
const ORDER_RE = /^([0-9a-zA-Z]+)( desc)?$/;
const BASE64_RE = /^([A-Za-z0-9+/]{4})*(([A-Za-z0-9+/]{2})==|([A-Za-z0-9+/]{3})=)?$/;
const FIELD_RE = /^[0-9a-zA-Z]+(\[\*\])?(\.[0-9a-zA-Z]+(\[\*\])?)*$/;
// The value characters the reference's query_filter admits (its `,-_` is a range).
const VALUE_RE = /^[0-9a-zA-Z.,-_:@ {}"]+$/;
const OPS = new Set<FilterOp>(['eq', 'lt', 'gt', 'lte', 'gte', 'in']);

function invalid(name: string, reason: string): AstraProblem {
  return new AstraProblem(5, { invalidParams: [{ name, reason }] });
}

/** How one filterable field is matched: a domain field, and how a value string becomes a filter value. */
export interface FilterField<F extends string> {
  field: F;
  parse?: (value: string) => FilterValue;
  /** Maps the whole condition (e.g. constant fields); null: matches everything. */
  condition?: (op: FilterOp, values: string[]) => FieldCondition<F> | null;
}

export interface CollectionSpec<F extends string> {
  /** Top-level fields `include` may name. */
  includable: readonly string[];
  filters: Record<string, FilterField<F>>;
  /** `orderBy` field → domain sort field (never nullable). */
  orderable: Record<string, F>;
  defaultOrder: F;
  /** The sort value of an item for the next `continue`. */
  sortValue: (field: F, item: unknown) => string;
  /** A `continue` sort value back into a filter value. */
  parseSortValue: (field: F, value: string) => FilterValue;
}

export interface CollectionQuery<F extends string> {
  include: string[] | null;
  query: ListQuery<F>;
  /** What a `continue` must repeat. */
  binding: string;
}

function single(q: Record<string, unknown>, name: string): string | undefined {
  const v = q[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw invalid(name, 'must be given once');
  return v;
}

/** Splits `a eq 'x',b in 'y,z'` into conditions; commas inside quotes belong to the value. */
function splitConditions(filter: string): Array<{ field: string; op: string; value: string }> {
  const out: Array<{ field: string; op: string; value: string }> = [];
  const re = /([^ ,']+) (eq|lt|gt|lte|gte|in) '([^']*)'(,|$)/y;
  let pos = 0;
  while (pos < filter.length) {
    re.lastIndex = pos;
    const m = re.exec(filter);
    if (!m) throw invalid('filter', "must be <field> <op> '<value>' conditions joined by ','");
    out.push({ field: m[1]!, op: m[2]!, value: m[3]! });
    pos = re.lastIndex;
    if (m[4] === ',' && pos === filter.length) throw invalid('filter', 'must not end with ,');
  }
  if (out.length === 0) throw invalid('filter', 'must not be empty');
  return out;
}

export function parseCollectionQuery<F extends string>(raw: unknown, spec: CollectionSpec<F>): CollectionQuery<F> {
  const q = (raw ?? {}) as Record<string, unknown>;
  const unknown = Object.keys(q).filter((k) => !KNOWN.has(k));
  if (unknown.length > 0) throw new AstraProblem(6, { invalidParams: unknown.map((name) => ({ name, reason: 'is not a supported query parameter' })) });

  let include: string[] | null = null;
  const inc = single(q, 'include');
  if (inc !== undefined) {
    if (!INCLUDE_RE.test(inc)) throw invalid('include', 'must be top-level field names separated by ,');
    include = inc.split(',');
    const bad = include.find((f) => !spec.includable.includes(f));
    if (bad) throw invalid('include', `${bad} is not a field; use ${spec.includable.join(', ')}`);
  }

  let limit = MAX_LIMIT;
  const lim = single(q, 'limit');
  if (lim !== undefined) {
    if (!POSITIVE_RE.test(lim) || Number(lim) > MAX_LIMIT) throw invalid('limit', `must be an integer from 1 to ${MAX_LIMIT}`);
    limit = Number(lim);
  }
  let offset = 0;
  const skip = single(q, 'skip');
  if (skip !== undefined) {
    if (!POSITIVE_RE.test(skip) || Number(skip) > MAX_SKIP) throw invalid('skip', `must be an integer from 1 to ${MAX_SKIP}`);
    offset = Number(skip);
  }
  const countRaw = single(q, 'count');
  if (countRaw !== undefined && countRaw !== 'true') throw invalid('count', 'must be true');

  let sort = { field: spec.defaultOrder, desc: false };
  const order = single(q, 'orderBy');
  if (order !== undefined) {
    const m = ORDER_RE.exec(order);
    const field = m ? spec.orderable[m[1]!] : undefined;
    if (!m || !field) throw invalid('orderBy', `must be one of ${Object.keys(spec.orderable).join(', ')}, optionally followed by " desc"`);
    sort = { field, desc: m[2] !== undefined };
  }

  const conditions: FieldCondition<F>[] = [];
  const filter = single(q, 'filter');
  if (filter !== undefined) {
    for (const c of splitConditions(filter)) {
      if (!FIELD_RE.test(c.field)) throw invalid('filter', `${c.field} is not a field name`);
      const f = spec.filters[c.field];
      if (!f) throw invalid('filter', `${c.field} cannot be filtered on; use ${Object.keys(spec.filters).join(', ')}`);
      if (!VALUE_RE.test(c.value)) throw invalid('filter', `the value for ${c.field} has characters filters do not allow`);
      const op = c.op as FilterOp;
      if (!OPS.has(op)) throw invalid('filter', `${c.op} is not an operator`);
      const values = op === 'in' ? c.value.split(',') : [c.value];
      if (f.condition) {
        const cond = f.condition(op, values);
        if (cond) conditions.push(cond);
        continue;
      }
      const parsed = values.map((v) => {
        const p = f.parse ? f.parse(v) : v;
        if (p === undefined || (p instanceof Date && Number.isNaN(p.getTime()))) throw invalid('filter', `${v} is not a valid value for ${c.field}`);
        return p;
      });
      conditions.push({ field: f.field, op, value: op === 'in' ? parsed : parsed[0]! });
    }
  }

  const binding = createHash('sha256').update(`${filter ?? ''}\n${sort.field} ${sort.desc}`).digest('base64url').slice(0, 12);
  let after: ListQuery<F>['after'];
  const cont = single(q, 'continue');
  if (cont !== undefined) {
    if (!BASE64_RE.test(cont)) throw invalid('continue', 'must be the metadata.continue of the previous page');
    let token: { b?: unknown; v?: unknown; i?: unknown };
    try {
      token = JSON.parse(Buffer.from(cont, 'base64').toString('utf8')) as typeof token;
    } catch {
      throw invalid('continue', 'must be the metadata.continue of the previous page');
    }
    if (token.b !== binding || typeof token.v !== 'string' || typeof token.i !== 'string') {
      throw invalid('continue', 'is stale: it was made for another filter or orderBy');
    }
    after = { value: spec.parseSortValue(sort.field, token.v), id: token.i };
  }
  return { include, binding, query: { conditions, sort, after, offset, limit, count: countRaw === 'true' } };
}

/** The `continue` value that resumes after `last`. */
export function continueToken<F extends string>(spec: CollectionSpec<F>, cq: CollectionQuery<F>, last: { id: string }): string {
  return Buffer.from(JSON.stringify({ b: cq.binding, v: spec.sortValue(cq.query.sort.field, last), i: last.id })).toString('base64');
}

/** With `include`, each item becomes the array of those fields' values in that order (null for an absent one). */
export function project<R extends object>(resource: R, include: string[] | null): R | unknown[] {
  return include ? include.map((f): unknown => Reflect.get(resource, f) ?? null) : resource;
}
