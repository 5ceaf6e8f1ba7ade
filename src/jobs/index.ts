export type { Job, NewJob, JobHandler, JobContext } from './types.js';
export type { JobRepository, JobStore } from './ports.js';
export { createWorker, backoffMs, type Worker, type WorkerOptions } from './worker.js';
