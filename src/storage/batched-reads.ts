/**
 * Primary-key reads that arrive together share one query (the DataLoader
 * idea). A hot GET costs one round trip to PostgreSQL, and on this path the
 * round trip — socket writes and wake-ups on both sides — costs more than
 * anything else the request does. Under load, the requests parsed in one turn
 * of the event loop all ask within that turn; one `= ANY($1)` query answers
 * them all, and an id asked twice is fetched once.
 *
 * Never stale: a read joins only a query that has not been sent yet (the batch
 * goes out on `setImmediate`, after every request of the turn was read), so its
 * answer is taken after the request arrived, exactly as its own query would be.
 */

/** Most ids one query carries; a larger batch is split. */
const MAX_BATCH = 500;

interface Waiter<R> {
  resolve(row: R | undefined): void;
  reject(error: unknown): void;
}

/**
 * `load(id)` for reads outside a transaction: queued until the end of this
 * turn, then fetched with the others by `fetch(ids)` (unique ids, at most
 * MAX_BATCH); `keyOf` names the id of a row it returns.
 */
export function batchedLoader<R>(fetch: (ids: string[]) => Promise<R[]>, keyOf: (row: R) => string): (id: string) => Promise<R | undefined> {
  let queue = new Map<string, Array<Waiter<R>>>();
  let scheduled = false;

  const settle = (ids: string[], waiting: Map<string, Array<Waiter<R>>>) => {
    fetch(ids).then(
      (rows) => {
        const byId = new Map<string, R>();
        for (const row of rows) byId.set(keyOf(row), row);
        for (const id of ids) for (const w of waiting.get(id)!) w.resolve(byId.get(id));
      },
      (error: unknown) => {
        for (const id of ids) for (const w of waiting.get(id)!) w.reject(error);
      },
    );
  };

  const flush = () => {
    const waiting = queue;
    queue = new Map();
    scheduled = false;
    const ids = [...waiting.keys()];
    for (let i = 0; i < ids.length; i += MAX_BATCH) settle(ids.slice(i, i + MAX_BATCH), waiting);
  };

  return (id) =>
    new Promise<R | undefined>((resolve, reject) => {
      const waiters = queue.get(id);
      if (waiters) waiters.push({ resolve, reject });
      else queue.set(id, [{ resolve, reject }]);
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    });
}
