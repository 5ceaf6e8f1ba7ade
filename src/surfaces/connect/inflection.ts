/**
 * Key-Inflection: Connect accepts and returns object keys in kebab-case (the
 * canonical form), camelCase or snake_case. Values never change, and neither do
 * the keys inside a `fields` object (they are the customer's field names) or
 * inside an API log's recorded `headers`, `get-params` and `post-params`.
 */
export type Inflection = 'kebab' | 'camel' | 'snake';
export const INFLECTIONS: readonly Inflection[] = ['kebab', 'camel', 'snake'];

/** `expiresInSeconds`, `expires_in_seconds`, `expires-in-seconds` → `expires-in-seconds`. */
export function toKebab(key: string): string {
  if (key.includes('_')) return key.replaceAll('_', '-');
  if (!/[A-Z0-9]/.test(key) || key.includes('-')) return key;
  return key.replace(/([a-z])([A-Z])/g, '$1-$2').replace(/([a-zA-Z])(\d)/g, '$1-$2').toLowerCase();
}

export function fromKebab(key: string, to: Inflection): string {
  if (to === 'kebab') return key;
  if (to === 'snake') return key.replaceAll('-', '_');
  return key.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/**
 * Keys whose contents are data, not schema: a customer's field names, and an
 * API log's recorded headers and params (kept as the client sent them).
 */
const OPAQUE_KEYS = new Set(['fields', 'headers', 'get-params', 'post-params']);

function convert(value: unknown, keyFn: (k: string) => string): unknown {
  if (Array.isArray(value)) return value.map((v) => convert(v, keyFn));
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const key = keyFn(k);
    out[key] = OPAQUE_KEYS.has(toKebab(k)) ? v : convert(v, keyFn);
  }
  return out;
}

/** Request side: any accepted inflection → kebab. */
export function keysToKebab(value: unknown): unknown {
  return convert(value, toKebab);
}

/** Response side: kebab → the caller's inflection. */
export function inflectKeys(value: unknown, to: Inflection): unknown {
  return to === 'kebab' ? value : convert(value, (k) => fromKebab(k, to));
}

/**
 * A dotted or slashed path (`data.attributes.source-id`) in the caller's
 * inflection; segments after `fields` are field names and stay as they are.
 */
export function inflectPath(path: string, to: Inflection): string {
  let opaque = false;
  return path.replace(/[^./]+/g, (seg) => {
    if (opaque) return seg;
    if (OPAQUE_KEYS.has(seg)) opaque = true;
    return fromKebab(seg, to);
  });
}
