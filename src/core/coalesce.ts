/**
 * Calls that arrive in the same turn of the event loop run as one batch (the
 * DataLoader idea, for writes as well as reads): under load the background
 * worker runs hundreds of jobs at once, and one statement for all of them costs
 * about what one statement for one costs, while a round trip each would keep
 * PostgreSQL and the pool busy with little else.
 *
 * A call joins only a batch that has not started yet (batches start on
 * `setImmediate`), so it never sees a result computed before it was made.
 * A failed batch fails every call in it; callers retry as they would alone.
 */

/** Most items one batch carries; more are split into several batches. */
const DEFAULT_MAX_BATCH = 500;

interface Pending<I, O> {
  item: I;
  resolve(out: O): void;
  reject(error: unknown): void;
}

/**
 * `call(item)` queued until the end of this turn, then run with the others by
 * `run(items)`, which answers one output per item, in order.
 *
 * @example
 * const complete = coalesce((ids: string[]) => jobs.completeMany(ids).then(() => ids.map(() => undefined)));
 * await complete(job.id);
 */
export function coalesce<I, O>(run: (items: I[]) => Promise<O[]>, maxBatch = DEFAULT_MAX_BATCH): (item: I) => Promise<O> {
  let queue: Array<Pending<I, O>> = [];
  let scheduled = false;

  const settle = (batch: Array<Pending<I, O>>) => {
    let started: Promise<O[]>;
    try {
      started = run(batch.map((p) => p.item));
    } catch (error) {
      started = Promise.reject(error);
    }
    started.then(
      (outs) => batch.forEach((p, i) => p.resolve(outs[i]!)),
      (error: unknown) => batch.forEach((p) => p.reject(error)),
    );
  };

  const flush = () => {
    const batch = queue;
    queue = [];
    scheduled = false;
    for (let i = 0; i < batch.length; i += maxBatch) settle(batch.slice(i, i + maxBatch));
  };

  return (item) =>
    new Promise<O>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    });
}

/**
 * Like `coalesce` for reads keyed by id: an id asked twice in a turn is
 * fetched once; `fetch` answers the rows it found, `keyOf` names each row's id.
 */
export function coalesceById<R>(fetch: (ids: string[]) => Promise<R[]>, keyOf: (row: R) => string, maxBatch = DEFAULT_MAX_BATCH): (id: string) => Promise<R | undefined> {
  return coalesce<string, R | undefined>(async (ids) => {
    const unique = [...new Set(ids)];
    const byId = new Map<string, R>();
    for (const row of await fetch(unique)) byId.set(keyOf(row), row);
    return ids.map((id) => byId.get(id));
  }, maxBatch);
}

/** Like `coalesceById` when an id has any number of rows (e.g. the webhooks of an environment). */
export function coalesceGroups<R>(fetch: (ids: string[]) => Promise<R[]>, keyOf: (row: R) => string, maxBatch = DEFAULT_MAX_BATCH): (id: string) => Promise<R[]> {
  return coalesce<string, R[]>(async (ids) => {
    const unique = [...new Set(ids)];
    const groups = new Map<string, R[]>();
    for (const row of await fetch(unique)) {
      const key = keyOf(row);
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
    return ids.map((id) => groups.get(id) ?? []);
  }, maxBatch);
}
