import { Growable, Postings } from "./rumor-store";

// The rumor texts' words, stored flat (issue 12: 225,000 texts at 25,000
// rumors): stems are interned as numbers, a text is a run of (stem, count)
// pairs in one shared pool, and per-text facts live in typed arrays indexed
// by text number. An object and a Map per text and per posting made the
// index hundreds of MB of small objects that every garbage collection of the
// server had to walk. Removed texts are marked dead and skipped; their
// postings and pool space are reclaimed once they are a large share.
export class TextPool {
  private termIds = new Map<string, number>();
  private termNames: string[] = [];
  private postings: (Postings | undefined)[] = [];
  private start = new Growable(Int32Array);
  private length = new Growable(Uint16Array);
  private poolTerm = new Growable(Int32Array);
  private poolCount = new Growable(Uint16Array);
  private poolLive = 0;
  /** Per text number: 1 while the text is in the index. */
  readonly alive = new Growable(Uint8Array);
  /** Texts in the index. */
  live = 0;
  /** Text numbers handed out (live or dead). */
  next = 0;

  termId(term: string) {
    return this.termIds.get(term);
  }

  postingsOf(term: number) {
    return this.postings[term];
  }

  /** Adds a text by its stem counts (in first-seen order, kept); returns its number. */
  add(tf: Map<string, number>) {
    const id = this.next++;
    this.start.set(id, this.poolTerm.size);
    this.length.set(id, tf.size);
    this.alive.set(id, 1);
    for (const [t, n] of tf) {
      let term = this.termIds.get(t);
      if (term === undefined) {
        term = this.termNames.length;
        this.termIds.set(t, term);
        this.termNames.push(t);
        this.postings.push(undefined);
      }
      this.poolTerm.push(term);
      this.poolCount.push(Math.min(n, 65535));
      let p = this.postings[term];
      if (!p) this.postings[term] = p = new Postings();
      p.push(id, n);
    }
    this.poolLive += tf.size;
    this.live++;
    return id;
  }

  remove(id: number) {
    const s = this.start.a[id]!;
    const n = this.length.a[id]!;
    this.alive.a[id] = 0;
    for (let k = s; k < s + n; k++) {
      const term = this.poolTerm.a[k]!;
      const p = this.postings[term]!;
      p.live--;
      if (p.live === 0) this.postings[term] = undefined;
      else if (p.size - p.live > Math.max(8, p.live)) p.compact(this.alive.a);
    }
    this.poolLive -= n;
    this.live--;
    if (this.poolTerm.size > 1024 && this.poolTerm.size > 2 * this.poolLive) this.compactPool();
  }

  /** Rewrites the pool with the live texts' runs only (text numbers stay). */
  private compactPool() {
    const terms = new Int32Array(Math.max(this.poolLive * 2, 1024));
    const counts = new Uint16Array(terms.length);
    let at = 0;
    for (let id = 0; id < this.next; id++) {
      if (!this.alive.a[id]) continue;
      const s = this.start.a[id]!;
      const n = this.length.a[id]!;
      terms.set(this.poolTerm.a.subarray(s, s + n), at);
      counts.set(this.poolCount.a.subarray(s, s + n), at);
      this.start.a[id] = at;
      at += n;
    }
    this.poolTerm.replace(terms, at);
    this.poolCount.replace(counts, at);
  }

  /** The text's stems with their counts, in the order first seen. */
  *entries(id: number): Generator<[string, number]> {
    const s = this.start.a[id]!;
    const n = this.length.a[id]!;
    for (let k = s; k < s + n; k++) yield [this.termNames[this.poolTerm.a[k]!]!, this.poolCount.a[k]!];
  }

  /** A text's count of an interned stem, 0 when it lacks it (texts are short: a scan). */
  countIn(id: number, term: number) {
    const s = this.start.a[id]!;
    const n = this.length.a[id]!;
    for (let k = s; k < s + n; k++) if (this.poolTerm.a[k] === term) return this.poolCount.a[k]!;
    return 0;
  }
}
