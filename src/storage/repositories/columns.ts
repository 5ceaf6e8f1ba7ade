/** Helpers the record repositories share: domain patches → column values, unique violations → NOT_UNIQUE. */
import { sql } from 'kysely';
import { AppError } from '../../core/errors.js';

/**
 * Maps a camelCase domain patch to its columns. Unknown keys and `undefined`
 * values are dropped; keys in `json` are stringified for jsonb columns.
 */
export function patchColumns(patch: object, columns: Record<string, string>, json: ReadonlySet<string> = new Set()): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(patch)) {
    const col = columns[k];
    if (col && v !== undefined) values[col] = json.has(k) ? JSON.stringify(v) : v;
  }
  return values;
}

/** PostgreSQL's unique_violation; the reference-id indexes are the only unique ones records can hit. */
export function isUniqueViolation(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === '23505';
}

export async function uniqueOrThrow<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('NOT_UNIQUE', 'Record not unique', { field: ['referenceId'] });
    throw e;
  }
}

/**
 * The columns a secret rotation sets (API keys and user tokens alike): the new hash, the old one
 * kept as the previous secret until `previousValidUntil` (none: it stops at once, `at`). Only one
 * previous secret is kept, so a second rotation ends the first one's grace at once. A previous
 * secret past its grace is kept too: presented again, it is refused and reported as reused.
 */
export function rotationColumns(r: { hash: Buffer; displayPrefix: string; previousValidUntil: Date | null; at: Date }) {
  return {
    previous_hash: sql<Buffer>`hash`,
    previous_hash_expires_at: r.previousValidUntil ?? r.at,
    hash: r.hash,
    display_prefix: r.displayPrefix,
    last_rotated_at: r.at,
    updated_at: r.at,
  };
}
