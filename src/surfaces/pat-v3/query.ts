/**
 * `/v3` list parameters (pat-v3-api.md §5–§6): `page`, `limit`, `sort`
 * (`-` = descending), `query`, and per-list filters. Unknown parameters are
 * ignored; a known one with a bad value is `400 InvalidQueryParameter`.
 */
import { AppError } from '../../core/errors.js';
import type { FieldCondition, ListQuery } from '../../core/list-query.js';

export const MAX_LIMIT = 100;
export const DEFAULT_LIMIT = 10;
export const MAX_PAGE = 1_000_000;
export const MAX_QUERY_LENGTH = 256;
/** Pages start at most this deep: (page − 1) × limit. */
export const MAX_OFFSET = 10_000;

function bad(name: string, reason: string): AppError {
  return new AppError('INVALID_QUERY', `${name} ${reason}`, { pointer: name });
}

function single(query: Record<string, unknown>, name: string): string | undefined {
  const v = query[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw bad(name, 'must be given once');
  return v;
}

function positiveInt(query: Record<string, unknown>, name: string, fallback: number, max: number): number {
  const v = single(query, name);
  if (v === undefined) return fallback;
  if (!/^\d{1,7}$/.test(v) || Number(v) < 1 || Number(v) > max) throw bad(name, `must be an integer from 1 to ${max}`);
  return Number(v);
}

export interface PageParams<F extends string> {
  page: number;
  limit: number;
  query: ListQuery<F>;
}

/** What a list sorts and searches by (its route's constant, also what /openapi.json documents: query-parameters.ts). */
export interface PagingSpec<F extends string> {
  /** `sort` names → fields. */
  sortable: Readonly<Record<string, F>>;
  defaultSort: F;
  /** The field the `query` text is searched in. */
  search: F;
}

/** Parses page, limit, sort and query; `search` maps the `query` text to a condition. */
export function parsePaging<F extends string>(raw: unknown, opts: PagingSpec<F> & { extra?: FieldCondition<F>[] }): PageParams<F> {
  const q = (raw ?? {}) as Record<string, unknown>;
  const page = positiveInt(q, 'page', 1, MAX_PAGE);
  const limit = positiveInt(q, 'limit', DEFAULT_LIMIT, MAX_LIMIT);
  if ((page - 1) * limit > MAX_OFFSET) throw bad('page', `may start at most ${MAX_OFFSET} items deep ((page - 1) * limit)`);
  const sortRaw = single(q, 'sort') ?? '';
  let sort = { field: opts.defaultSort, desc: false };
  if (sortRaw !== '') {
    const desc = sortRaw.startsWith('-');
    const field = opts.sortable[desc ? sortRaw.slice(1) : sortRaw];
    if (!field) throw bad('sort', `must be one of ${Object.keys(opts.sortable).join(', ')}, optionally prefixed with -`);
    sort = { field, desc };
  }
  const conditions: FieldCondition<F>[] = [...(opts.extra ?? [])];
  const text = single(q, 'query');
  if (text !== undefined && text !== '') {
    if (text.length > MAX_QUERY_LENGTH) throw bad('query', `must be at most ${MAX_QUERY_LENGTH} characters`);
    conditions.push({ field: opts.search, op: 'contains', value: text });
  }
  return { page, limit, query: { conditions, sort, offset: (page - 1) * limit, limit, count: true } };
}

export function parseBooleanParam(raw: unknown, name: string): boolean | undefined {
  const v = single((raw ?? {}) as Record<string, unknown>, name);
  if (v === undefined) return undefined;
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw bad(name, 'must be true or false');
}

export function parseDateParam(raw: unknown, name: string): Date | undefined {
  const v = single((raw ?? {}) as Record<string, unknown>, name);
  if (v === undefined) return undefined;
  const d = new Date(v);
  if (!/^\d{4}-\d{2}-\d{2}/.test(v) || Number.isNaN(d.getTime())) throw bad(name, 'must be an ISO 8601 date-time');
  return d;
}

export function parseUuidParam(raw: unknown, name: string): string | undefined {
  const v = single((raw ?? {}) as Record<string, unknown>, name);
  if (v === undefined) return undefined;
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v)) throw bad(name, 'must be a UUID');
  return v.toLowerCase();
}
