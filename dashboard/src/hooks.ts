/** Loading data with loading, error and reload states; lists that load older pages; state kept in the URL. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { pageParams, TesseraApiError, type PageQuery } from 'tessera/sdk';
import { setSearch, useRoute } from './router';

export interface AsyncState<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  reload: () => void;
}

export function useAsync<T>(load: () => Promise<T>, deps: unknown[]): AsyncState<T> {
  const [state, setState] = useState<{ data: T | undefined; error: Error | undefined; loading: boolean }>({ data: undefined, error: undefined, loading: true });
  const [tick, setTick] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    loadRef.current().then(
      (data) => live && setState({ data, error: undefined, loading: false }),
      (error: unknown) => live && setState({ data: undefined, error: toError(error), loading: false }),
    );
    return () => {
      live = false;
    };
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { ...state, reload };
}

/**
 * A thrown value as an Error (a rejection may carry anything). A call that got
 * no answer at all (the SDK's status 0: the server is down or unreachable) says
 * so with the address, instead of the browser's "Failed to fetch".
 */
export function toError(error: unknown): Error {
  if (error instanceof TesseraApiError && error.status === 0) return new UnreachableError(window.location.origin);
  if (error instanceof TypeError && /fetch|network/i.test(error.message)) return new UnreachableError(window.location.origin);
  return error instanceof Error ? error : new Error(String(error));
}

/** No answer from the server: down, restarting, or the network is away. */
export class UnreachableError extends Error {
  constructor(readonly url: string) {
    super(`Cannot reach Tessera at ${url}. Check that the server is running, then try again.`);
    this.name = 'UnreachableError';
  }
}

/** The current page's query, and a setter that pushes a history entry (or replaces, while typing). */
export function useSearch(): [URLSearchParams, (changes: Record<string, string | null | undefined>, replace?: boolean) => void] {
  return [useRoute().search, setSearch];
}

/** One page of a Connect list, as every list operation answers it. */
export interface Page<R> {
  data: R[];
  links: { next: string | null };
}

export interface ListState<R> extends AsyncState<R[]> {
  hasMore: boolean;
  loadMore: () => void;
  loadingMore: boolean;
  /** With a URL cursor: the page shown is an older one, and this goes back to the newest. */
  newest?: () => void;
  /** The page is in the URL: "older" replaces the rows rather than adding to them. */
  pagedInUrl?: boolean;
}

/**
 * A Connect list, newest first: `load` reads one page of the list with the
 * query it is given — `first` (the list's own parameters, as the contract
 * types them), then the parameters of each `links.next`.
 *
 * Without `cursor`, "load older" appends the next page. With `cursor` (a
 * query key such as `after`), the page is kept in the URL: "older" moves to
 * the next page as a new history entry (`?after=cnst_…`), so a link shows the
 * same page and Back returns to the newer one.
 *
 * @example
 * useList((query) => unwrap(client.connect.GET('/api/v1/webhooks', { params: { query } })), { page: { size: 25 } }, [client], { cursor: 'after' });
 */
export function useList<R, Q extends { page?: object }>(
  load: (query: Q | PageQuery) => Promise<Page<R>>,
  first: Q,
  deps: unknown[],
  options: { cursor?: string } = {},
): ListState<R> {
  const [search, change] = useSearch();
  const after = options.cursor ? (search.get(options.cursor) ?? '') : '';
  const [extra, setExtra] = useState<{ items: R[]; next: string | null | undefined; loading: boolean; error?: Error }>({ items: [], next: undefined, loading: false });
  const state = useAsync(async () => {
    setExtra({ items: [], next: undefined, loading: false });
    return load(after ? { ...first, page: { ...first.page, after } } : first);
  }, [...deps, after]);
  const nextLink = extra.next === undefined ? (state.data?.links.next ?? null) : extra.next;
  const loadMore = () => {
    const next = pageParams(nextLink);
    if (!next) return;
    if (options.cursor) {
      if (next.page?.after) change({ [options.cursor]: next.page.after });
      return;
    }
    setExtra((e) => ({ ...e, loading: true }));
    load(next).then(
      (page) => setExtra((e) => ({ items: [...e.items, ...page.data], next: page.links.next, loading: false })),
      (error: unknown) => setExtra((e) => ({ ...e, loading: false, error: toError(error) })),
    );
  };
  const cursor = options.cursor;
  return {
    data: state.data ? [...state.data.data, ...extra.items] : undefined,
    error: state.error ?? extra.error,
    loading: state.loading,
    reload: state.reload,
    hasMore: nextLink !== null,
    loadMore,
    loadingMore: extra.loading,
    newest: cursor && after ? () => change({ [cursor]: null }) : undefined,
    pagedInUrl: cursor !== undefined,
  };
}
