// Flat storage for the rumor index (rumor-index.ts, rumor-articles.ts):
// typed arrays that double as they fill, so a quarter of a million texts are
// a few arrays rather than a few million small objects for the garbage
// collector to walk.
type TypedArray = Int32Array | Uint16Array | Uint8Array | Float64Array;
type TypedArrayOf<A extends TypedArray> = { new (length: number): A };

/** A typed array that grows by doubling; `a` is the backing array (may be longer than `size`). */
export class Growable<A extends TypedArray> {
  a: A;
  size = 0;

  constructor(private make: TypedArrayOf<A>) {
    this.a = new make(16);
  }

  private reserve(n: number) {
    if (n <= this.a.length) return;
    const next = new this.make(Math.max(n, this.a.length * 2));
    next.set(this.a as never);
    this.a = next;
  }

  set(i: number, v: number) {
    this.reserve(i + 1);
    this.a[i] = v;
    if (i >= this.size) this.size = i + 1;
  }

  push(v: number) {
    this.set(this.size, v);
  }

  /** Takes over `a` as the backing array, of which the first `size` entries are used. */
  replace(a: A, size: number) {
    this.a = a;
    this.size = size;
  }
}

/** One stem's texts and counts, in the order added; `live` counts those whose text is still alive. */
export class Postings {
  ids = new Int32Array(4);
  counts = new Uint16Array(4);
  size = 0;
  live = 0;

  push(id: number, count: number) {
    if (this.size === this.ids.length) {
      const ids = new Int32Array(this.size * 2);
      ids.set(this.ids);
      const counts = new Uint16Array(this.size * 2);
      counts.set(this.counts);
      this.ids = ids;
      this.counts = counts;
    }
    this.ids[this.size] = id;
    this.counts[this.size] = Math.min(count, 65535);
    this.size++;
    this.live++;
  }

  /** Drops the entries of dead texts, keeping the order of the rest. */
  compact(alive: Uint8Array) {
    let at = 0;
    for (let k = 0; k < this.size; k++) {
      const id = this.ids[k]!;
      if (!alive[id]) continue;
      this.ids[at] = id;
      this.counts[at] = this.counts[k]!;
      at++;
    }
    this.size = at;
  }
}
