/**
 * Paths with a synchronous fast case (a credential in the cache, a count kept in this process)
 * return the value itself, and a promise only when they have to wait: a hot request then costs
 * no promise and no turn of the microtask queue.
 */
export type MaybePromise<T> = T | Promise<T>;

/** `next(value)` at once when `value` is already there, else once its promise fulfils. */
export function andThen<T, R>(value: MaybePromise<T>, next: (value: T) => MaybePromise<R>): MaybePromise<R> {
  return value instanceof Promise ? value.then(next) : next(value);
}
