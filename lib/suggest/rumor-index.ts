import { Growable, Postings } from "./rumor-store";
import { tokenize } from "./tokens";
import { NAME_BOOST, TermStats, withCorpusNames, type TermSource, type WeightedClaim } from "./weighting";
import type { ClaimQuery } from "./query";

// The texts of every rumor (its statement, its claims' statements and
// quotes), indexed one text at a time like the article index: adding or
// removing a rumor never rebuilds anything. Weights come from the rumor texts
// themselves (TermStats), the same weighting the evidence ranker uses.
//
// Stored flat (issue 12: 225,000 texts at 25,000 rumors): stems are interned
// as numbers, a text is a run of (stem, count) pairs in one shared pool, and
// per-text facts live in typed arrays indexed by text number. An object and
// a Map per text and per posting made the index hundreds of MB of small
// objects that every garbage collection of the server had to walk. Removed
// texts are marked dead and skipped; their postings and pool space are
// reclaimed once they are a large share (`compact`).
export type RumorView = { id: string; texts: number[]; stems: Map<string, number> };

const TITLE_CASE = (toks: { initial: boolean; name: boolean; lower: string; num: boolean }[]) => {
  const long = toks.filter((t) => t.lower.length > 3 && !t.num && !t.initial);
  return long.length >= 3 && long.filter((t) => t.name).length / long.length > 0.6;
};

const COMMON = 0.02;
/** Once this many texts are found, further terms only add to them (bounds a query's work on a large index). */
const MAX_TOUCHED = 5000;

/** Per request: each touched rumor's best text, in the order rumors were first reached. */
export type BestTexts = { slots: number[]; score: Float64Array; text: Int32Array; slotOf: (rumorId: string) => number | undefined };

export class RumorTexts {
  private own = new TermStats();
  /**
   * Where weights come from: the desk's article index when given (thousands
   * of articles say better than a few hundred headlines which words are
   * common and which are names), else the rumor texts themselves.
   */
  readonly stats: TermSource & { size: number };

  constructor(background?: TermSource & { size: number }) {
    this.stats = background ?? this.own;
  }
  // Stems, interned.
  private termIds = new Map<string, number>();
  private termNames: string[] = [];
  private postings: (Postings | undefined)[] = [];
  // Per text: where its (stem, count) run starts in the pool and how long it is, its rumor's slot, its cached norm.
  private start = new Growable(Int32Array);
  private length = new Growable(Uint16Array);
  private rumorOf = new Growable(Int32Array);
  private normOf = new Growable(Float64Array);
  private normAt = new Growable(Float64Array);
  private alive = new Growable(Uint8Array);
  private poolTerm = new Growable(Int32Array);
  private poolCount = new Growable(Uint16Array);
  private poolLive = 0;
  private liveTexts = 0;
  private next = 0;
  // Rumors: a slot each (reused after removal; a removed rumor's texts are dead).
  private slots = new Map<string, number>();
  private slotId: string[] = [];
  private slotTexts: number[][] = [];
  private freeSlots: number[] = [];

  get size() {
    return this.slots.size;
  }

  /** The rumor's texts, and per stem how many of them use it (built on demand: only candidates are asked). */
  rumor(id: string): RumorView | undefined {
    const slot = this.slots.get(id);
    if (slot === undefined) return undefined;
    const texts = this.slotTexts[slot]!;
    const stems = new Map<string, number>();
    for (const t of texts) {
      const s = this.start.a[t]!;
      for (let k = s; k < s + this.length.a[t]!; k++) {
        const name = this.termNames[this.poolTerm.a[k]!]!;
        stems.set(name, (stems.get(name) ?? 0) + 1);
      }
    }
    return { id, texts, stems };
  }

  private intern(term: string) {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.termNames.length;
      this.termIds.set(term, id);
      this.termNames.push(term);
      this.postings.push(undefined);
    }
    return id;
  }

  add(rumorId: string, texts: string[]) {
    let slot = this.slots.get(rumorId);
    if (slot === undefined) {
      slot = this.freeSlots.pop() ?? this.slotId.length;
      this.slots.set(rumorId, slot);
      this.slotId[slot] = rumorId;
      this.slotTexts[slot] = [];
    }
    for (const text of texts) {
      const toks = tokenize(text);
      if (toks.length === 0) continue;
      const id = this.next++;
      const tf = new Map<string, number>();
      for (const t of toks) tf.set(t.stem, (tf.get(t.stem) ?? 0) + 1);
      // Title Case headlines capitalise every word: their capitals say nothing about names.
      this.own.add(tf.keys(), TITLE_CASE(toks) ? [] : toks);
      this.start.set(id, this.poolTerm.size);
      this.length.set(id, tf.size);
      this.rumorOf.set(id, slot);
      this.normOf.set(id, 0);
      this.normAt.set(id, -1);
      this.alive.set(id, 1);
      for (const [t, n] of tf) {
        const term = this.intern(t);
        this.poolTerm.push(term);
        this.poolCount.push(Math.min(n, 65535));
        let p = this.postings[term];
        if (!p) this.postings[term] = p = new Postings();
        p.push(id, n);
      }
      this.poolLive += tf.size;
      this.liveTexts++;
      this.slotTexts[slot]!.push(id);
    }
  }

  remove(rumorId: string) {
    const slot = this.slots.get(rumorId);
    if (slot === undefined) return;
    for (const id of this.slotTexts[slot]!) {
      const s = this.start.a[id]!;
      const n = this.length.a[id]!;
      this.own.add(
        (function* (names: string[], pool: Int32Array) {
          for (let k = s; k < s + n; k++) yield names[pool[k]!]!;
        })(this.termNames, this.poolTerm.a),
        [],
        -1,
      );
      this.alive.a[id] = 0;
      for (let k = s; k < s + n; k++) {
        const term = this.poolTerm.a[k]!;
        const p = this.postings[term]!;
        p.live--;
        if (p.live === 0) this.postings[term] = undefined;
        else if (p.size - p.live > Math.max(8, p.live)) p.compact(this.alive.a);
      }
      this.poolLive -= n;
      this.liveTexts--;
    }
    this.slots.delete(rumorId);
    this.slotTexts[slot] = [];
    this.freeSlots.push(slot);
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

  /**
   * idf × name boost: the weight of a stem in any text. Whether a stem is a
   * name is the corpus's call (not the claim's), so text norms can be cached.
   */
  weight(term: string) {
    const ratio = /\d/.test(term) ? 1 : this.stats.nameRatio(term);
    return this.stats.idf(term) * (ratio !== null && ratio >= 0.6 ? NAME_BOOST : 1);
  }

  /** A text's vector length under the current weights; recomputed once the corpus has grown or shrunk by 5 %. */
  private norm(id: number) {
    const n = this.stats.size;
    const at = this.normAt.a[id]!;
    if (at < 0 || Math.abs(n - at) > 0.05 * at) {
      let s = 0;
      const start = this.start.a[id]!;
      for (let k = start; k < start + this.length.a[id]!; k++) {
        s += ((1 + Math.log(this.poolCount.a[k]!)) * this.weight(this.termNames[this.poolTerm.a[k]!]!)) ** 2;
      }
      this.normOf.a[id] = Math.sqrt(s) || 1;
      this.normAt.a[id] = n;
    }
    return this.normOf.a[id]!;
  }

  claim(query: ClaimQuery): WeightedClaim {
    const q = withCorpusNames(this.stats, query);
    const w = new Map<string, number>();
    let total = 0;
    for (const [t, boost] of q.terms) {
      const v = this.stats.idf(t) * boost;
      w.set(t, v);
      total += v;
    }
    return { query: q, w, total: total || 1 };
  }

  // Scratch reused across queries: per text the accumulated dot product, per rumor slot the best text.
  private acc = new Float64Array(0);
  private bestScore = new Float64Array(0);
  private bestText = new Int32Array(0);
  private bestMark = new Uint32Array(0);
  private stamp = 0;

  /** A text's count of `term`, 0 when it lacks it (texts are short: a scan). */
  private countIn(id: number, term: number) {
    const s = this.start.a[id]!;
    for (let k = s; k < s + this.length.a[id]!; k++) if (this.poolTerm.a[k] === term) return this.poolCount.a[k]!;
    return 0;
  }

  /** Cosine of the claim with every text sharing a term, best per rumor. */
  bestTexts(claim: WeightedClaim): BestTexts {
    if (this.acc.length < this.next) this.acc = new Float64Array(Math.max(1024, this.next * 2));
    if (this.bestScore.length < this.slotId.length) {
      const n = Math.max(1024, this.slotId.length * 2);
      this.bestScore = new Float64Array(n);
      this.bestText = new Int32Array(n);
      this.bestMark = new Uint32Array(n);
      this.stamp = 0;
    }
    this.stamp = (this.stamp % 0xfffffffe) + 1;
    if (this.stamp === 1) this.bestMark.fill(0);
    const acc = this.acc;
    const alive = this.alive.a;
    const touched: number[] = [];
    let qn = 0;
    // Rare terms first. A term in more than COMMON of the texts finds no
    // rumor on its own: it only adds to texts a rarer term already found,
    // read from their own term counts instead of its long postings.
    const terms = [...claim.w]
      .map(([t, v]) => {
        const id = this.termIds.get(t);
        return [t, v, id === undefined ? undefined : this.postings[id], id ?? -1] as const;
      })
      .sort((a, b) => (a[2]?.live ?? 0) - (b[2]?.live ?? 0));
    const common = Math.max(1000, COMMON * this.liveTexts);
    for (const [t, v, p, term] of terms) {
      qn += v * v;
      if (!p) continue;
      const tw = v * this.weight(t);
      if ((p.live > common || touched.length >= MAX_TOUCHED) && touched.length > 0) {
        for (const id of touched) {
          const c = this.countIn(id, term);
          if (c) acc[id] = acc[id]! + tw * (1 + Math.log(c));
        }
        continue;
      }
      const { ids, counts } = p;
      for (let k = 0; k < p.size; k++) {
        const id = ids[k]!;
        if (!alive[id]) continue;
        if (acc[id] === 0) touched.push(id);
        acc[id] = acc[id]! + tw * (1 + Math.log(counts[k]!));
      }
    }
    qn = Math.sqrt(qn) || 1;
    const { bestScore, bestText, bestMark, stamp } = this;
    const slots: number[] = [];
    for (const id of touched) {
      const score = acc[id]! / (qn * this.norm(id));
      acc[id] = 0;
      const slot = this.rumorOf.a[id]!;
      if (bestMark[slot] !== stamp) {
        bestMark[slot] = stamp;
        bestScore[slot] = score;
        bestText[slot] = id;
        slots.push(slot);
      } else if (score > bestScore[slot]!) {
        bestScore[slot] = score;
        bestText[slot] = id;
      }
    }
    return {
      slots,
      score: bestScore,
      text: bestText,
      slotOf: (rumorId) => {
        const slot = this.slots.get(rumorId);
        return slot !== undefined && bestMark[slot] === stamp ? slot : undefined;
      },
    };
  }

  /** The rumor a slot holds. */
  idOf(slot: number) {
    return this.slotId[slot]!;
  }

  textStems(id: number): Set<string> {
    const out = new Set<string>();
    const s = this.start.a[id]!;
    for (let k = s; k < s + this.length.a[id]!; k++) out.add(this.termNames[this.poolTerm.a[k]!]!);
    return out;
  }
}
