/** Storage the idempotency layer needs; implemented in storage/. */
export type IdempotencyBegin =
  | { state: 'new' }
  | { state: 'in_flight'; fingerprint: string }
  | { state: 'done'; fingerprint: string; status: number; headers: Record<string, string>; body: string };

export interface IdempotencyRepository {
  /**
   * Claims `key` in `scope` for this request, or reports what the key already holds. An entry past
   * `ttlMs`, or still in flight after `inFlightTtlMs` (its request died with its process or its
   * database connection), counts as none.
   */
  begin(scope: string, key: string, fingerprint: string, now: Date, ttlMs: number, inFlightTtlMs: number): Promise<IdempotencyBegin>;
  finish(scope: string, key: string, status: number, headers: Record<string, string>, body: string): Promise<void>;
  /** Forgets an in-flight claim whose response must not be kept (401, 429, 5xx). */
  abandon(scope: string, key: string): Promise<void>;
}
