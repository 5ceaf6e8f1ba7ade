/**
 * Keyset pagination on `id` (UUIDv7, so newest first = id descending). Pages
 * cost the same at any depth; no OFFSET anywhere.
 */
import type { SelectQueryBuilder } from 'kysely';
import type { Page, PageQuery } from '../core/store.js';

export async function paginate<DB, TB extends keyof DB, O extends { id: string }>(
  query: SelectQueryBuilder<DB, TB, O>,
  idColumn: string,
  page: PageQuery,
): Promise<Page<O>> {
  // Kysely cannot type a dynamic column reference here; the column is a trusted literal.
  const col = idColumn as never;
  let q = query;
  if (page.before) {
    q = q.where(col, '>', page.before as never).orderBy(col, 'asc');
  } else {
    if (page.after) q = q.where(col, '<', page.after as never);
    q = q.orderBy(col, 'desc');
  }
  const rows = (await q.limit(page.limit + 1).execute()) as O[];
  const hasMore = rows.length > page.limit;
  const items = rows.slice(0, page.limit);
  if (page.before) items.reverse();
  return { items, hasMore };
}
