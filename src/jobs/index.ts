export type { Job, NewJob, JobHandler, JobContext } from './types.js';
export { PostponeJob } from './types.js';
export type { JobRepository, JobStore, KindFilter } from './ports.js';
export { createWorker, backoffMs, type LaneOptions, type Worker, type WorkerOptions } from './worker.js';
export {
  JOB_KINDS,
  assertEveryKindHandled,
  workerHandlers,
  newJob,
  type JobHandlers,
  type JobKind,
  type JobPayloads,
  type TypedJob,
  type TypedJobHandler,
} from './catalogue.js';
