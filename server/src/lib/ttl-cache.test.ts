import { describe, expect, it } from 'vitest';
import { TtlCache } from './ttl-cache.ts';

describe('TtlCache', () => {
  it('serves a fresh value, then the stale one while refreshing once, then recomputes', async () => {
    let now = 0;
    let computed = 0;
    const cache = new TtlCache<number>({ ttlMs: 5_000, staleMs: 10_000, clock: () => now });
    const compute = async () => ++computed;
    expect(await cache.get('k', compute)).toBe(1);
    now = 4_999;
    expect(await cache.get('k', compute)).toBe(1);
    now = 6_000; // stale: the old value, one refresh behind it
    expect(await Promise.all([cache.get('k', compute), cache.get('k', compute)])).toEqual([1, 1]);
    await new Promise((r) => setTimeout(r, 0));
    expect(computed).toBe(2);
    expect(await cache.get('k', compute)).toBe(2);
    now = 30_000; // too old to serve: computed anew, and concurrent misses share it
    expect(await Promise.all([cache.get('k', compute), cache.get('k', compute)])).toEqual([3, 3]);
  });

  it('keeps only what it is told to, and drops the oldest past its size', async () => {
    const cache = new TtlCache<number>({ ttlMs: 5_000, maxEntries: 2 });
    let n = 0;
    const next = async () => ++n;
    await cache.get('small', next, () => false);
    expect(await cache.get('small', next, () => false)).toBe(2);
    await cache.get('a', next);
    await cache.get('b', next);
    await cache.get('c', next);
    expect(await cache.get('a', next)).toBe(6); // evicted: recomputed
    expect(await cache.get('c', next)).toBe(5);
  });
});
