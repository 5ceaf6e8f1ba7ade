/**
 * A hook whose work is usually synchronous (a credential in the cache, a count in this process)
 * and sometimes not (a database read, Redis). Written `async`, every request would pay a promise
 * and a turn of the microtask queue; this way only the requests that wait do.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { MaybePromise } from '../core/maybe-async.js';

export type MaybeAsync = MaybePromise<void>;

/** An onRequest / preValidation hook that finishes at once when `run` returns nothing, else when its promise settles. */
export function maybeAsyncHook(run: (req: FastifyRequest, reply: FastifyReply) => MaybeAsync) {
  return (req: FastifyRequest, reply: FastifyReply, done: (error?: Error) => void): void => {
    let pending: MaybeAsync;
    try {
      pending = run(req, reply);
    } catch (error) {
      done(error as Error);
      return;
    }
    if (pending) pending.then(() => done(), done);
    else done();
  };
}
