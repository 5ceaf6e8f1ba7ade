/** A domain value or its JSON snapshot (event payloads): every Date may also be an ISO string. */
export type Snapshotted<T> = {
  [K in keyof T]: T[K] extends Date ? Date | string : T[K] extends Date | null ? Date | string | null : T[K];
};
