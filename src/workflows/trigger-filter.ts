/**
 * Trigger filters: `{"/attributes/status": "completed"}` holds when the JSON
 * pointer (RFC 6901, kebab keys) into the event's `payload.data` names exactly
 * that value; an array value holds when the target equals any element. Every
 * entry must hold.
 */
import { isDeepStrictEqual } from 'node:util';

const POINTER_RE = /^(\/([^~/]|~[01])*)+$/;

export function isPointer(key: string): boolean {
  return POINTER_RE.test(key);
}

/** The value `pointer` names inside `doc`, or undefined when there is none. */
export function resolvePointer(doc: unknown, pointer: string): unknown {
  let cur: unknown = doc;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(cur)) {
      if (!/^(0|[1-9]\d*)$/.test(key)) return undefined;
      cur = cur[Number(key)];
    } else if (cur !== null && typeof cur === 'object' && Object.hasOwn(cur, key)) {
      cur = (cur as Record<string, unknown>)[key];
    } else {
      return undefined;
    }
  }
  return cur;
}

export function matchesFilter(filter: Record<string, unknown>, data: unknown): boolean {
  return Object.entries(filter).every(([pointer, wanted]) => {
    const actual = resolvePointer(data, pointer);
    if (actual === undefined) return false;
    return Array.isArray(wanted) ? wanted.some((w) => isDeepStrictEqual(w, actual)) : isDeepStrictEqual(wanted, actual);
  });
}
