// Answers remembered for seconds, forgotten at every write (decision 009). Two caches use it: who is asking (the actor,
// `app.actorCache`) and expensive reads such as the steering dashboard (`app.readCache`).
//
// Correctness rests on three rules:
// - every state-changing request empties the caches when it ends (a role, a session or the data behind a figure may have
//   changed), and a lookup that started before such a write cannot put its older answer back (the generation check);
// - an entry lives at most `ttlMs` and never past its own `notAfter` (a session's expiry), so a change made outside this
//   process (the CLI, another tool on the database, a background job) shows within seconds;
// - with several app servers on one database (DATABASE_URL), a shared write counter tells each process when another one
//   wrote, before it answers from a cache (cache-sync.ts, decision 019).
import type { Actor } from './access.js';

interface Entry<T> {
  value: T;
  until: number;
}

export class ShortCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private currentGeneration = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Take this before loading; `set` ignores the answer if the cache was emptied in between. */
  get generation() {
    return this.currentGeneration;
  }

  get(key: string): T | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.until <= this.now()) {
      this.entries.delete(key);
      return null;
    }
    return entry.value;
  }

  set(key: string, value: T, generation: number, notAfter?: Date) {
    if (generation !== this.currentGeneration || this.ttlMs <= 0) return;
    const until = Math.min(this.now() + this.ttlMs, notAfter?.getTime() ?? Infinity);
    if (until <= this.now()) return;
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, { value, until });
  }

  /** Forgets one key, but only while it still holds `value` (a failed load must not remove a newer answer). */
  delete(key: string, value: T) {
    if (this.entries.get(key)?.value === value) this.entries.delete(key);
  }

  /** Forget everything: after any write. */
  clear() {
    this.currentGeneration++;
    this.entries.clear();
  }

  get size() {
    return this.entries.size;
  }
}

export interface CachedActor {
  sessionId: string;
  actor: Actor;
}

/** Who is asking, by the exact Cookie header (so better-auth has verified that very value): 10 seconds. */
export const createActorCache = () => new ShortCache<CachedActor>(10_000, 10_000);

export type ReadCache = ShortCache<Promise<unknown>>;
/** Expensive reads that do not depend on who asks (after the permission check): 30 seconds, a few hundred answers. */
export const createReadCache = (): ReadCache => new ShortCache<Promise<unknown>>(30_000, 300);

/**
 * The answer for `key` from the cache, or `load()` — shared by requests that ask at the same moment, so ten dashboards
 * asked at once are computed once. Without a cache (unit tests, the CLI) it just loads.
 */
export function cachedRead<T>(cache: ReadCache | undefined, key: string, load: () => Promise<T>): Promise<T> {
  if (!cache) return load();
  const known = cache.get(key);
  if (known) return known as Promise<T>;
  const pending = load();
  cache.set(key, pending, cache.generation);
  pending.catch(() => cache.delete(key, pending));
  return pending;
}
