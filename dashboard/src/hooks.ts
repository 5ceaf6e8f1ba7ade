/** Loading data with loading, error and reload states; lists that load older pages. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ListPage, Resource } from './api';

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
      (error: unknown) => live && setState({ data: undefined, error: error instanceof Error ? error : new Error(String(error)), loading: false }),
    );
    return () => {
      live = false;
    };
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { ...state, reload };
}

export interface ListState<A> extends AsyncState<Resource<A>[]> {
  hasMore: boolean;
  loadMore: () => void;
  loadingMore: boolean;
}

/** A Connect list, newest first, with "load older" following `links.next`. */
export function useList<A>(first: () => Promise<ListPage<A>>, next: (link: string) => Promise<unknown>, deps: unknown[]): ListState<A> {
  const [extra, setExtra] = useState<{ items: Resource<A>[]; next: string | null | undefined; loading: boolean; error?: Error }>({ items: [], next: undefined, loading: false });
  const state = useAsync(async () => {
    setExtra({ items: [], next: undefined, loading: false });
    return first();
  }, deps);
  const nextLink = extra.next === undefined ? (state.data?.links.next ?? null) : extra.next;
  const loadMore = () => {
    if (!nextLink) return;
    setExtra((e) => ({ ...e, loading: true }));
    (next(nextLink) as Promise<ListPage<A>>).then(
      (page) => setExtra((e) => ({ items: [...e.items, ...page.data], next: page.links.next, loading: false })),
      (error: unknown) => setExtra((e) => ({ ...e, loading: false, error: error as Error })),
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
