/**
 * Waiting with a bound: shutdown steps wait on the database, the network and
 * child processes, any of which may not answer. A step that runs out of time
 * is left to finish (or fail) on its own; its outcome no longer matters.
 */

/** Resolves `true` once `work` settles (fulfilled or rejected), `false` if `ms` passes first. */
export async function settlesWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), Math.max(0, ms));
  });
  try {
    return await Promise.race([
      work.then(
        () => true,
        () => true,
      ),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Milliseconds left until `deadline` (an epoch time), never negative. */
export function msUntil(deadline: number): number {
  return Math.max(0, deadline - Date.now());
}
