/**
 * Deterministic randomness for the demo data: one seeded generator (sfc32) drives every choice,
 * so the same seed and the same `now` give the same data, ids included.
 */

/** splitmix32: spreads a small seed over the generator's state. */
function splitmix32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x9e3779b9) | 0;
    let t = a ^ (a >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15;
    t = Math.imul(t, 0x735a2d97);
    return (t ^ (t >>> 15)) >>> 0;
  };
}

const HEX_CODES = Array.from('0123456789abcdef', (ch) => ch.charCodeAt(0));
/** The characters of one UUID, reused (8-4-4-4-12, dashes in place). */
const UUID_CHARS: number[] = Array.from('00000000-0000-7000-8000-000000000000', (ch) => ch.charCodeAt(0));

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    const mix = splitmix32(seed);
    this.a = mix();
    this.b = mix();
    this.c = mix();
    this.d = mix();
    for (let i = 0; i < 12; i++) this.u32();
  }

  /** A uniform 32-bit unsigned integer (sfc32). */
  u32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** [0, 1) */
  next(): number {
    return this.u32() / 4294967296;
  }

  /** An integer in [min, max] (both included). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** A float in [min, max). */
  float(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }

  /** A value from `[weight, value]` pairs. */
  weighted<T>(pairs: readonly (readonly [number, T])[]): T {
    let total = 0;
    for (const [w] of pairs) total += w;
    let r = this.next() * total;
    for (const [w, v] of pairs) {
      r -= w;
      if (r < 0) return v;
    }
    return pairs[pairs.length - 1]![1];
  }

  /** A log-normal value with this median; `spread` is the σ of its logarithm. */
  logNormal(median: number, spread: number): number {
    // Box–Muller
    const u = 1 - this.next();
    const v = this.next();
    const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    return median * Math.exp(spread * z);
  }

  /** `count` distinct items, in random order. */
  sample<T>(list: readonly T[], count: number): T[] {
    const copy = [...list];
    const n = Math.min(count, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, n);
  }

  /**
   * A UUID in the version 7 layout: the time in milliseconds first, then random bits from this
   * generator. Deterministic, and ordered by time, so bulk inserts append to the primary-key
   * indexes instead of writing all over them.
   */
  uuid(atMs: number): string {
    const ms = Math.max(0, Math.floor(atMs));
    const c = UUID_CHARS;
    let hi = Math.floor(ms / 0x10000) >>> 0;
    for (let i = 7; i >= 0; i--, hi >>>= 4) c[i] = HEX_CODES[hi & 15]!;
    let lo = ms % 0x10000;
    for (let i = 12; i >= 9; i--, lo >>>= 4) c[i] = HEX_CODES[lo & 15]!;
    const r1 = this.u32();
    const r2 = this.u32();
    const r3 = this.u32();
    c[14] = 0x37; // version 7
    c[15] = HEX_CODES[(r1 >>> 24) & 15]!;
    c[16] = HEX_CODES[(r1 >>> 20) & 15]!;
    c[17] = HEX_CODES[(r1 >>> 16) & 15]!;
    c[19] = HEX_CODES[8 | ((r1 >>> 12) & 3)]!; // variant 10xx
    c[20] = HEX_CODES[(r1 >>> 8) & 15]!;
    c[21] = HEX_CODES[(r1 >>> 4) & 15]!;
    c[22] = HEX_CODES[r1 & 15]!;
    for (let i = 0, v = r2; i < 8; i++, v >>>= 4) c[31 - i] = HEX_CODES[v & 15]!;
    for (let i = 0, v = r3 >>> 16; i < 4; i++, v >>>= 4) c[35 - i] = HEX_CODES[v & 15]!;
    return String.fromCharCode.apply(null, c);
  }

}

/**
 * Weighted choice among many items in constant time (Walker's alias method): the skewed
 * distribution of tickets over clients, a million draws.
 */
export class AliasTable {
  private readonly prob: Float64Array;
  private readonly alias: Int32Array;

  constructor(weights: readonly number[]) {
    const n = weights.length;
    if (n === 0) throw new Error('AliasTable needs at least one weight');
    const total = weights.reduce((s, w) => s + w, 0);
    this.prob = new Float64Array(n);
    this.alias = new Int32Array(n);
    const scaled = weights.map((w) => (total > 0 ? (w * n) / total : 1));
    const small: number[] = [];
    const large: number[] = [];
    scaled.forEach((p, i) => (p < 1 ? small : large).push(i));
    while (small.length && large.length) {
      const s = small.pop()!;
      const l = large.pop()!;
      this.prob[s] = scaled[s]!;
      this.alias[s] = l;
      scaled[l] = scaled[l]! + scaled[s]! - 1;
      (scaled[l]! < 1 ? small : large).push(l);
    }
    for (const i of [...small, ...large]) {
      this.prob[i] = 1;
      this.alias[i] = i;
    }
  }

  draw(random: Random): number {
    const i = Math.floor(random.next() * this.prob.length);
    return random.next() < this.prob[i]! ? i : this.alias[i]!;
  }
}
