import type { PageQuery } from '../../../core/store.js';

/** The next page of an admin list (`page[after]` = the last id shown, same `page[size]`), or null on the last one. */
export function nextLink(path: string, page: PageQuery, hasMore: boolean, lastId: string | undefined): string | null {
  if (!hasMore || lastId === undefined) return null;
  return `/admin/v1${path}?page%5Bsize%5D=${page.limit}&page%5Bafter%5D=${lastId}`;
}
