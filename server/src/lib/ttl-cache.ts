/**
 * An in-process cache for figures that are costly to compute and may be a few seconds old:
 * fresh for `ttlMs`; then, for up to `staleMs` more, the old value is served while one refresh
 * runs in the background (stale-while-revalidate); concurrent misses share one computation, so
 * a burst of requests never computes the same figure many times at once. Bounded to
 * `maxEntries` (the oldest go first).
 */
export class TtlCache<V> {
  private readonly entries = new Map<string, { value: V; at: number }>();
  private readonly inflight = new Map<string, Promise<V>>();

  constructor(
    private readonly options: { ttlMs: number; staleMs?: number; maxEntries?: number; clock?: () => number },
  ) {}

  private now() {
    return (this.options.clock ?? Date.now)();
  }

  /** The cached value, or `compute()`'s — kept only when `keep(value)` says so. */
  async get(key: string, compute: () => Promise<V>, keep: (value: V) => boolean = () => true): Promise<V> {
    const hit = this.entries.get(key);
    const age = hit ? this.now() - hit.at : Infinity;
    if (hit && age < this.options.ttlMs) return hit.value;
    const refresh = () => {
      let running = this.inflight.get(key);
      if (!running) {
        running = compute()
          .then((value) => {
            if (keep(value)) this.set(key, value);
            else this.entries.delete(key);
            return value;
          })
          .finally(() => this.inflight.delete(key));
        this.inflight.set(key, running);
      }
      return running;
    };
    if (hit && age < this.options.ttlMs + (this.options.staleMs ?? 0)) {
      refresh().catch(() => undefined); // the next caller retries
      return hit.value;
    }
    return refresh();
  }

  private set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, { value, at: this.now() });
    while (this.entries.size > (this.options.maxEntries ?? 1000)) this.entries.delete(this.entries.keys().next().value!);
  }
}
