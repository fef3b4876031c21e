import { describe, expect, it } from 'vitest';
import { TtlCache } from './ttl-cache.ts';

describe('TtlCache', () => {
  it('keeps a value until it expires, and drops the oldest past its size', () => {
    let now = 0;
    const cache = new TtlCache<number>(5_000, 2, () => now);
    cache.set('a', 1);
    now = 4_999;
    expect(cache.get('a')).toBe(1);
    now = 5_000;
    expect(cache.get('a')).toBeUndefined();
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([undefined, 2, 3]);
  });
});
