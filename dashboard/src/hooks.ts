/** Loading data with loading, error and reload states; lists that load older pages. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { pageParams, type PageQuery } from 'tessera/sdk';

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

/** A thrown value as an Error (a rejection may carry anything). */
export function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
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
}

/**
 * A Connect list, newest first, with "load older" following `links.next`:
 * `load` reads one page of the list with the query it is given — `first` (the
 * list's own parameters, as the contract types them), then the parameters of
 * each `links.next`.
 *
 * @example
 * useList((query) => unwrap(client.connect.GET('/api/v1/webhooks', { params: { query } })), { page: { size: 25 } }, [client]);
 */
export function useList<R, Q>(load: (query: Q | PageQuery) => Promise<Page<R>>, first: Q, deps: unknown[]): ListState<R> {
  const [extra, setExtra] = useState<{ items: R[]; next: string | null | undefined; loading: boolean; error?: Error }>({ items: [], next: undefined, loading: false });
  const state = useAsync(async () => {
    setExtra({ items: [], next: undefined, loading: false });
    return load(first);
  }, deps);
  const nextLink = extra.next === undefined ? (state.data?.links.next ?? null) : extra.next;
  const loadMore = () => {
    const next = pageParams(nextLink);
    if (!next) return;
    setExtra((e) => ({ ...e, loading: true }));
    load(next).then(
      (page) => setExtra((e) => ({ items: [...e.items, ...page.data], next: page.links.next, loading: false })),
      (error: unknown) => setExtra((e) => ({ ...e, loading: false, error: toError(error) })),
    );
  };
  return {
    data: state.data ? [...state.data.data, ...extra.items] : undefined,
    error: state.error ?? extra.error,
    loading: state.loading,
    reload: state.reload,
    hasMore: nextLink !== null,
    loadMore,
    loadingMore: extra.loading,
  };
}
