/**
 * One API log entry per request of every surface (connect-api.md §9,
 * platform.md §3). The id is the request's id (`Request-Id: req_…` on the
 * wire, the UUID behind it here). Bodies and headers arrive already redacted
 * and capped (see redact.ts); nothing in an entry is a secret.
 */
export interface ApiLogRequest {
  /** Selected request headers by their canonical names (`Accept`, `Authorization` masked, …). */
  headers: Record<string, string>;
  getParams: Record<string, unknown>;
  postParams: Record<string, unknown>;
}

export interface ApiLogEntry {
  id: string;
  organizationId: string | null;
  environmentId: string | null;
  credentialId: string | null;
  method: string;
  /** The request path without its query string. */
  path: string;
  status: number;
  latencyMs: number;
  ipAddress: string;
  userAgent: string | null;
  request: ApiLogRequest;
  /** Selected response headers (`Cache-Control`, `Content-Type`, `RateLimit-*`, `Request-Id`). */
  responseHeaders: Record<string, string | number>;
  createdAt: Date;
  redactedAt: Date | null;
}

/** Statuses as `404` (exact) or `4xx` (a class). */
export type StatusFilter = { exact: number } | { min: number; max: number };

export interface ApiLogFilter {
  statuses?: StatusFilter[];
  /** Path prefixes, any of. */
  paths?: string[];
  methods?: string[];
  createdAtStart?: Date;
  createdAtEnd?: Date;
}

/** Days entries are kept unless the server says otherwise (`TESSERA_API_LOG_RETENTION_DAYS`). */
export const DEFAULT_API_LOG_RETENTION_DAYS = 30;
