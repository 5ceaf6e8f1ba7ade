/** Helpers the record repositories share: domain patches → column values, unique violations → NOT_UNIQUE. */
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
