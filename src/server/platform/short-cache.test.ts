import { describe, expect, it } from 'vitest';
import { cachedRead, ShortCache, type ReadCache } from './short-cache.js';

const farFuture = new Date('2100-01-01T00:00:00Z');

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('ShortCache', () => {
  it('remembers an answer for the time to live, then asks again', () => {
    const c = clock();
    const cache = new ShortCache<string>(10_000, 100, c.now);
    cache.set('cookie-a', 'u1', cache.generation);
    expect(cache.get('cookie-a')).toBe('u1');
    expect(cache.get('cookie-b')).toBeNull();
    c.advance(9_999);
    expect(cache.get('cookie-a')).toBe('u1');
    c.advance(1);
    expect(cache.get('cookie-a')).toBeNull();
  });

  it('never keeps an entry past its own end (a session expiry)', () => {
    const c = clock();
    const cache = new ShortCache<string>(10_000, 100, c.now);
    cache.set('k', 'u', cache.generation, new Date(c.now() + 2_000));
    c.advance(2_000);
    expect(cache.get('k')).toBeNull();
    cache.set('k2', 'u', cache.generation, new Date(c.now() - 1));
    expect(cache.get('k2')).toBeNull();
    cache.set('k3', 'u', cache.generation, farFuture);
    expect(cache.get('k3')).toBe('u');
  });

  it('a lookup that started before a write cannot put its older answer back', () => {
    const cache = new ShortCache<string>(10_000, 100);
    const before = cache.generation;
    cache.clear(); // a write ended while the lookup was running
    cache.set('k', 'old', before);
    expect(cache.get('k')).toBeNull();
    cache.set('k', 'new', cache.generation);
    expect(cache.get('k')).toBe('new');
    cache.clear();
    expect(cache.get('k')).toBeNull();
    expect(cache.size).toBe(0);
  });

  it('stays within its size bound, dropping the oldest entry first', () => {
    const cache = new ShortCache<string>(10_000, 3);
    for (const k of ['a', 'b', 'c', 'd']) cache.set(k, k, cache.generation);
    expect(cache.size).toBe(3);
    expect(cache.get('a')).toBeNull();
    expect(cache.get('d')).toBe('d');
  });

  it('a time to live of zero turns it off; delete removes only the value it was given', () => {
    expect(
      (() => {
        const off = new ShortCache<string>(0, 10);
        off.set('k', 'u', off.generation);
        return off.get('k');
      })(),
    ).toBeNull();
    const cache = new ShortCache<string>(10_000, 10);
    cache.set('k', 'newer', cache.generation);
    cache.delete('k', 'older');
    expect(cache.get('k')).toBe('newer');
    cache.delete('k', 'newer');
    expect(cache.get('k')).toBeNull();
  });
});

describe('cachedRead', () => {
  it('computes once for requests that ask at the same moment, and again after a write', async () => {
    const cache: ReadCache = new ShortCache<Promise<unknown>>(30_000, 10);
    let loads = 0;
    const load = async () => {
      loads++;
      await new Promise((r) => setTimeout(r, 5));
      return { figure: loads };
    };
    const answers = await Promise.all(Array.from({ length: 10 }, () => cachedRead(cache, 'dash', load)));
    expect(loads).toBe(1);
    expect(new Set(answers).size).toBe(1);
    cache.clear();
    expect(await cachedRead(cache, 'dash', load)).toEqual({ figure: 2 });
    expect(await cachedRead(undefined, 'dash', load)).toEqual({ figure: 3 });
  });

  it('does not keep a failed load', async () => {
    const cache: ReadCache = new ShortCache<Promise<unknown>>(30_000, 10);
    await expect(cachedRead(cache, 'k', () => Promise.reject(new Error('database gone')))).rejects.toThrow();
    expect(await cachedRead(cache, 'k', async () => 'ok')).toBe('ok');
  });
});
