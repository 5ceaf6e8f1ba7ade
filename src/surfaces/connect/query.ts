/**
 * JSON:API query parameters of Connect lists and resources (connect-api.md
 * §1.3): `page[size|after|before]`, `filter[x]=a,b`, `fields[type]=a,b`,
 * `include=a,b`. Names may come in any inflection; anything unknown → 400.
 */
import { badRequest } from '../../core/errors.js';
import { decodeId, type IdPrefix } from '../../core/ids.js';
import type { PageQuery } from '../../core/store.js';
import { toKebab } from './inflection.js';

export type Query = Record<string, string | string[] | undefined>;

const BRACKET = /^([a-zA-Z_-]+)\[([^\]]+)\]$/;

function single(query: Query, name: string): string | undefined {
  const v = query[name];
  if (Array.isArray(v)) throw badRequest(`${name} must be given once`);
  return v;
}

function listOf(value: string): string[] {
  return value.split(',').map((s) => s.trim()).filter(Boolean);
}

export interface ParsedQuery {
  page: PageQuery;
  filters: Record<string, string[]>;
  /** Sparse fieldsets by resource type (kebab). */
  fields: Record<string, string[]>;
  /** `undefined` when absent; `[]` for `include=`. */
  include: string[] | undefined;
  flags: Record<string, string>;
}

export interface QuerySpec {
  /** The id prefix used by `page[after]` / `page[before]` cursors; omit for single resources. */
  cursor?: IdPrefix;
  filters?: readonly string[];
  include?: readonly string[];
  /** Plain parameters accepted as they are (e.g. `peek-source-data`). */
  flags?: readonly string[];
}

/**
 * Parses and validates the query string of a Connect request against `spec`. It takes the
 * request's `query` as it is (`unknown` to the route: Connect's bracketed names have no schema).
 */
export function parseQuery(rawQuery: unknown, spec: QuerySpec): ParsedQuery {
  const query = (typeof rawQuery === 'object' && rawQuery !== null ? rawQuery : {}) as Query;
  const out: ParsedQuery = { page: { limit: 10 }, filters: {}, fields: {}, include: undefined, flags: {} };
  for (const rawName of Object.keys(query)) {
    const m = BRACKET.exec(rawName);
    const group = m ? toKebab(m[1]!) : toKebab(rawName);
    const key = m ? toKebab(m[2]!) : '';
    const value = single(query, rawName) ?? '';
    if (m && group === 'page' && spec.cursor) {
      if (key === 'size') {
        if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 100) {
          throw badRequest('page[size] must be an integer between 1 and 100');
        }
        out.page.limit = Number(value);
      } else if (key === 'after' || key === 'before') {
        const id = decodeId(spec.cursor, value);
        if (!id) throw badRequest(`page[${key}] is not a valid cursor`);
        out.page[key] = id;
      } else {
        throw badRequest(`page[${key}] is not a supported parameter`);
      }
    } else if (m && group === 'filter' && spec.filters) {
      if (!spec.filters.includes(key)) throw badRequest(`filter[${key}] is not a supported filter`);
      out.filters[key] = listOf(value);
    } else if (m && group === 'fields') {
      out.fields[m[2]!] = listOf(value).map(toKebab);
    } else if (!m && group === 'include' && spec.include) {
      const names = listOf(value).map(toKebab);
      for (const n of names) if (!spec.include.includes(n)) throw badRequest(`include ${n} is not a supported relationship`);
      out.include = names;
    } else if (!m && spec.flags?.includes(group)) {
      out.flags[group] = value;
    } else {
      throw badRequest(`${rawName} is not a supported query parameter`);
    }
  }
  if (out.page.after && out.page.before) throw badRequest('page[after] and page[before] cannot be combined');
  return out;
}

/** `true`/`false` flag values; anything else → 400. */
export function booleanFlag(parsed: ParsedQuery, name: string): boolean {
  const v = parsed.flags[name];
  if (v === undefined) return false;
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw badRequest(`${name} must be true or false`);
}
