/**
 * Encoded ids of the tenants and credentials that call all day (Connect's Persona-*-Id headers,
 * an introspection's client and environment), memoized: one map lookup instead of an encoding.
 */
import { LRUCache } from 'lru-cache';
import { encodeId, type IdPrefix } from './ids.js';

const encoded = new LRUCache<string, string>({ max: 10_000 });

/** `encodeId(prefix, uuid)`, from the memo when this process has encoded it before. */
export function encodeIdMemo(prefix: IdPrefix, uuid: string): string {
  const key = prefix + uuid;
  let id = encoded.get(key);
  if (id === undefined) encoded.set(key, (id = encodeId(prefix, uuid)));
  return id;
}
