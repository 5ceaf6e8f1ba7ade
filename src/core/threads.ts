/**
 * What the API log thread and the job thread share: how they start, how their
 * end is reported, and how an error crosses from them to the main thread.
 */
import { Worker } from 'node:worker_threads';

/** An error as it crosses the thread boundary: its code and message only (a database error's detail can quote a row). */
export interface ThreadError {
  code?: string;
  message: string;
}

export function describeError(error: unknown): ThreadError {
  const e = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as { code?: unknown; message?: unknown };
  return { ...(typeof e.code === 'string' ? { code: e.code } : {}), message: String(e.message) };
}

/** The Error again, on the main thread, for its logs (code and message, as they crossed). */
export function errorFrom(e: ThreadError): Error {
  return Object.assign(new Error(e.message), e.code ? { code: e.code } : {});
}

/**
 * Starts `entry` on a thread that never holds the process open (its owner ends it). `onExit` is
 * called once when it ends, with the uncaught error that ended it, or else its exit code.
 */
export function startThread(opts: { entry: URL; workerData: unknown; name: string; onExit: (error: unknown) => void }): Worker {
  const thread = new Worker(opts.entry, { workerData: opts.workerData });
  thread.unref();
  let uncaught: unknown = null;
  thread.on('error', (error) => (uncaught = error));
  thread.on('exit', (code) => opts.onExit(uncaught ?? new Error(`the ${opts.name} thread exited (${code})`)));
  return thread;
}
