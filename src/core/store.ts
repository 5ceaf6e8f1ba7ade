/**
 * Unit of work. A use case that changes state runs `store.transaction(fn)`; the
 * store handed to `fn` is bound to one database transaction, so the change and
 * the events it emits commit or roll back together. Each domain declares the
 * repositories it needs as an interface; `storage/` implements them all.
 */
export interface Transactional<S> {
  transaction<T>(fn: (store: S) => Promise<T>): Promise<T>;
}

/** Keyset cursor for "newest first" lists: ids are UUIDv7, so id order is time order. */
export interface PageQuery {
  limit: number;
  /** Return rows older than this id. */
  after?: string | undefined;
  /** Return rows newer than this id. */
  before?: string | undefined;
}

export interface Page<T> {
  items: T[];
  /** Whether rows exist beyond the returned ones in the direction of travel. */
  hasMore: boolean;
}
