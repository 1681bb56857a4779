// Who is asking, remembered for a few seconds. Without it every API request spends four round trips (session, user, roles
// per network, platform role) before doing its own work — most of a list request's database time. See decision 009.
//
// Correctness rests on three rules:
// - the key is the exact Cookie header, so a hit means the same signed session cookie was already verified by better-auth;
// - every state-changing request empties the cache when it ends (a role, a person's account or a session may have changed),
//   and a lookup that started before such a write cannot put its older answer back (the generation check);
// - an entry lives at most `ttlMs`, and never past the session's own expiry, so a change made outside this process (the
//   CLI, another tool on the database) shows within seconds.
import type { Actor } from './access.js';

export interface CachedActor {
  sessionId: string;
  actor: Actor;
}

interface Entry extends CachedActor {
  until: number;
}

export class ActorCache {
  private readonly entries = new Map<string, Entry>();
  private currentGeneration = 0;

  constructor(
    private readonly ttlMs = 10_000,
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Take this before loading an actor; `set` ignores the result if the cache was emptied in between. */
  get generation() {
    return this.currentGeneration;
  }

  get(key: string): CachedActor | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.until <= this.now()) {
      this.entries.delete(key);
      return null;
    }
    return entry;
  }

  set(key: string, value: CachedActor, sessionExpiresAt: Date, generation: number) {
    if (generation !== this.currentGeneration || this.ttlMs <= 0) return;
    const until = Math.min(this.now() + this.ttlMs, sessionExpiresAt.getTime());
    if (until <= this.now()) return;
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.delete(key);
    this.entries.set(key, { ...value, until });
  }

  /** Forget everyone: after any write that may change a session, an account or a role. */
  clear() {
    this.currentGeneration++;
    this.entries.clear();
  }

  get size() {
    return this.entries.size;
  }
}
