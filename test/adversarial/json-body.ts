/**
 * Fuzz request bodies as JSON values that may hold raw fragments of JSON text
 * (number literals JavaScript cannot hold, 10,000-deep nesting), and the path
 * operations the mutations use.
 */
import type { Rng } from './prng.js';
import { word } from './spec.js';

/** A piece of JSON text put into a body verbatim (huge number literals, deep nesting). */
export interface Raw {
  __raw: string;
}
export const raw = (text: string): Raw => ({ __raw: text });
export const isRaw = (v: unknown): v is Raw => typeof v === 'object' && v !== null && '__raw' in v;

export type Json = unknown;
export type Path = Array<string | number>;

export function serialize(v: Json): string {
  if (isRaw(v)) return v.__raw;
  if (Array.isArray(v)) return '[' + v.map(serialize).join(',') + ']';
  if (v !== null && typeof v === 'object') {
    return '{' + Object.entries(v as Record<string, Json>).map(([k, x]) => JSON.stringify(k) + ':' + serialize(x)).join(',') + '}';
  }
  return v === undefined ? 'null' : JSON.stringify(v);
}

/** Every node of `v` with its path (the root is `[]`). */
export function nodes(v: Json, path: Path = [], out: Array<{ path: Path; value: Json }> = []): Array<{ path: Path; value: Json }> {
  out.push({ path, value: v });
  if (Array.isArray(v)) v.forEach((x, i) => nodes(x, [...path, i], out));
  else if (v !== null && typeof v === 'object' && !isRaw(v)) for (const [k, x] of Object.entries(v)) nodes(x, [...path, k], out);
  return out;
}

export function clone(v: Json): Json {
  return JSON.parse(JSON.stringify(v)) as Json;
}

/** `v` with the node at `path` replaced (the root when path is empty). */
export function setAt(v: Json, path: Path, value: Json): Json {
  if (path.length === 0) return value;
  const root = clone(v) as Record<string | number, Json>;
  let cur = root;
  for (const key of path.slice(0, -1)) cur = cur[key] as Record<string | number, Json>;
  // defineProperty: a `__proto__` key must stay a key, not become a prototype.
  Object.defineProperty(cur, path[path.length - 1]!, { value, enumerable: true, writable: true, configurable: true });
  return root;
}

export function deleteAt(v: Json, path: Path): Json {
  const root = clone(v) as Record<string | number, Json>;
  let cur = root;
  for (const key of path.slice(0, -1)) cur = cur[key] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  if (Array.isArray(cur)) cur.splice(Number(last), 1);
  else delete cur[last];
  return root;
}

export const pathText = (p: Path) => (p.length ? p.join('.') : '(body)');

export function leaves(v: Json) {
  return nodes(v).filter((n) => n.path.length > 0 && (n.value === null || typeof n.value !== 'object'));
}

export function objectsOf(v: Json) {
  return nodes(v).filter((n) => n.value !== null && typeof n.value === 'object' && !Array.isArray(n.value));
}

/** A leaf to mutate (the `slot`-th, else a random one): preferring `prefer` leaves, else any leaf, else a new field on the root object. */
export function target(rng: Rng, body: Json, prefer: (v: Json) => boolean, slot?: number): { body: Json; path: Path } {
  const all = leaves(body);
  const preferred = all.filter((n) => prefer(n.value));
  const pool = preferred.length && rng.chance(0.85) ? preferred : all;
  // A slot walks the leaves in turn, so an operation's few cases of one mutation reach different fields.
  if (pool.length) return { body, path: (slot === undefined ? rng.pick(pool) : pool[slot % pool.length]!).path };
  const objects = objectsOf(body);
  if (objects.length) {
    const o = rng.pick(objects);
    return { body, path: [...o.path, word(rng, 3, 8)] };
  }
  return { body: { value: null }, path: ['value'] };
}
