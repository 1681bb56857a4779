import { describe, expect, it } from 'vitest';
import type { Actor } from './access.js';
import { ActorCache } from './actor-cache.js';

const actor = (userId: string): Actor => ({ userId, platformAdmin: false, roles: new Map(), persons: new Map() });
const farFuture = new Date('2100-01-01T00:00:00Z');

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('ActorCache', () => {
  it('remembers an actor for the time to live, then asks again', () => {
    const c = clock();
    const cache = new ActorCache(10_000, 100, c.now);
    cache.set('cookie-a', { sessionId: 's1', actor: actor('u1') }, farFuture, cache.generation);
    expect(cache.get('cookie-a')?.actor.userId).toBe('u1');
    expect(cache.get('cookie-b')).toBeNull();
    c.advance(9_999);
    expect(cache.get('cookie-a')?.sessionId).toBe('s1');
    c.advance(1);
    expect(cache.get('cookie-a')).toBeNull();
  });

  it('never keeps an entry past the session expiry', () => {
    const c = clock();
    const cache = new ActorCache(10_000, 100, c.now);
    cache.set('k', { sessionId: 's', actor: actor('u') }, new Date(c.now() + 2_000), cache.generation);
    c.advance(2_000);
    expect(cache.get('k')).toBeNull();
    cache.set('k2', { sessionId: 's', actor: actor('u') }, new Date(c.now() - 1), cache.generation);
    expect(cache.get('k2')).toBeNull();
  });

  it('a lookup that started before a write cannot put its older answer back', () => {
    const cache = new ActorCache();
    const before = cache.generation;
    cache.clear(); // a write ended while the lookup was running
    cache.set('k', { sessionId: 's', actor: actor('u') }, farFuture, before);
    expect(cache.get('k')).toBeNull();
    cache.set('k', { sessionId: 's', actor: actor('u') }, farFuture, cache.generation);
    expect(cache.get('k')).not.toBeNull();
    cache.clear();
    expect(cache.get('k')).toBeNull();
    expect(cache.size).toBe(0);
  });

  it('stays within its size bound, dropping the oldest entry first', () => {
    const cache = new ActorCache(10_000, 3);
    for (const k of ['a', 'b', 'c', 'd']) cache.set(k, { sessionId: k, actor: actor(k) }, farFuture, cache.generation);
    expect(cache.size).toBe(3);
    expect(cache.get('a')).toBeNull();
    expect(cache.get('d')?.sessionId).toBe('d');
  });

  it('a time to live of zero turns it off', () => {
    const cache = new ActorCache(0);
    cache.set('k', { sessionId: 's', actor: actor('u') }, farFuture, cache.generation);
    expect(cache.get('k')).toBeNull();
  });
});
