import type { EnvironmentActor } from '../../core/actor.js';
import type { RateLimitResult } from '../../http/rate-limit.js';
import type { Inflection } from './inflection.js';

/** Per-request state of the Connect surface, set once the API key is verified. */
export interface ConnectState {
  actor: EnvironmentActor;
  inflection: Inflection;
  version: string;
  /** The calling key's rate-limit window, this request counted (`GET /rate-limits`). */
  rateLimit: RateLimitResult;
  /** Sparse fieldsets of this request (set by the route from `fields[...]`). */
  fields: Record<string, string[]>;
  idempotency: { scope: string; key: string } | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    connect: ConnectState;
    requestId: string;
  }
  interface FastifyContextConfig {
    /** The API key permission a Connect route requires (connect-api.md §8, §10). */
    permission?: string;
  }
}

/**
 * Accepted `Persona-Version` values, newest first; `2026-09-29` is Persona's
 * current version. All behave alike today (connect-api.md §1.1).
 */
export const PERSONA_VERSIONS = [
  '2026-09-29',
  '2025-12-08',
  '2025-10-27',
  '2023-01-05',
  '2022-09-01',
  '2021-08-18',
  '2021-07-05',
  '2021-02-21',
  '2020-05-18',
] as const;

/** The version of a request without the header and a key without its own (an organization's default). */
export const DEFAULT_PERSONA_VERSION = '2025-12-08';
