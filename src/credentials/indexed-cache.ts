/**
 * A bounded LRU whose entries are also indexed by the ids they belong to
 * (credential, session, user, organization), so invalidating one id drops
 * every entry of it without a scan. The index never outgrows the cache.
 */
import { LRUCache } from 'lru-cache';

export class IndexedCache<V extends object> {
  private readonly keysById = new Map<string, Set<string>>();
  private readonly lru: LRUCache<string, { value: V; ids: readonly string[] }>;

  constructor(opts: { max: number; ttlMs: number }) {
    this.lru = new LRUCache({
      max: opts.max,
      ttl: opts.ttlMs,
      dispose: (entry, key) => {
        for (const id of entry.ids) {
          const keys = this.keysById.get(id);
          keys?.delete(key);
          if (keys?.size === 0) this.keysById.delete(id);
        }
      },
    });
  }

  get(key: string): V | undefined {
    return this.lru.get(key)?.value;
  }

  set(key: string, value: V, ids: readonly string[]): void {
    this.lru.set(key, { value, ids });
    for (const id of ids) {
      let keys = this.keysById.get(id);
      if (!keys) this.keysById.set(id, (keys = new Set()));
      keys.add(key);
    }
  }

  delete(key: string): void {
    this.lru.delete(key);
  }

  /** Drops every entry indexed under `id`. */
  dropId(id: string): void {
    const keys = this.keysById.get(id);
    if (!keys) return;
    for (const key of [...keys]) this.lru.delete(key);
    this.keysById.delete(id);
  }

  clear(): void {
    this.lru.clear();
    this.keysById.clear();
  }
}
