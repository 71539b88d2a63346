import { TextPool } from "./rumor-pool";
import { Growable } from "./rumor-store";
import { tokenize } from "./tokens";
import { NAME_BOOST, TermStats, withCorpusNames, type TermSource, type WeightedClaim } from "./weighting";
import type { ClaimQuery } from "./query";

// The texts of every rumor (its statement, its claims' statements and
// quotes), indexed one text at a time like the article index: adding or
// removing a rumor never rebuilds anything. Weights come from the rumor texts
// themselves (TermStats), the same weighting the evidence ranker uses. The
// words are stored flat (rumor-pool.ts); per-text norms and owners are typed
// arrays indexed by text number, like the pool.
export type RumorView = { id: string; texts: number[]; stems: Map<string, number> };

const TITLE_CASE = (toks: { initial: boolean; name: boolean; lower: string; num: boolean }[]) => {
  const long = toks.filter((t) => t.lower.length > 3 && !t.num && !t.initial);
  return long.length >= 3 && long.filter((t) => t.name).length / long.length > 0.6;
};

const COMMON = 0.02;
/** Once this many texts are found, further terms only add to them (bounds a query's work on a large index). */
const MAX_TOUCHED = 5000;

/** Per request: each touched rumor's best text, in the order rumors were first reached. */
type BestTexts = { slots: number[]; score: Float64Array; text: Int32Array; slotOf: (rumorId: string) => number | undefined };

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
  private pool = new TextPool();
  // Per text number: its rumor's slot, its cached norm and the corpus size it was computed at.
  private rumorOf = new Growable(Int32Array);
  private normOf = new Growable(Float64Array);
  private normAt = new Growable(Float64Array);
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
    for (const t of texts) for (const [name] of this.pool.entries(t)) stems.set(name, (stems.get(name) ?? 0) + 1);
    return { id, texts, stems };
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
      const tf = new Map<string, number>();
      for (const t of toks) tf.set(t.stem, (tf.get(t.stem) ?? 0) + 1);
      // Title Case headlines capitalise every word: their capitals say nothing about names.
      this.own.add(tf.keys(), TITLE_CASE(toks) ? [] : toks);
      const id = this.pool.add(tf);
      this.rumorOf.set(id, slot);
      this.normOf.set(id, 0);
      this.normAt.set(id, -1);
      this.slotTexts[slot]!.push(id);
    }
  }

  remove(rumorId: string) {
    const slot = this.slots.get(rumorId);
    if (slot === undefined) return;
    for (const id of this.slotTexts[slot]!) {
      this.own.add(
        [...this.pool.entries(id)].map(([t]) => t),
        [],
        -1,
      );
      this.pool.remove(id);
    }
    this.slots.delete(rumorId);
    this.slotTexts[slot] = [];
    this.freeSlots.push(slot);
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
      for (const [t, c] of this.pool.entries(id)) s += ((1 + Math.log(c)) * this.weight(t)) ** 2;
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

  /** Cosine of the claim with every text sharing a term, best per rumor. */
  bestTexts(claim: WeightedClaim): BestTexts {
    if (this.acc.length < this.pool.next) this.acc = new Float64Array(Math.max(1024, this.pool.next * 2));
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
    const alive = this.pool.alive.a;
    const touched: number[] = [];
    let qn = 0;
    // Rare terms first. A term in more than COMMON of the texts finds no
    // rumor on its own: it only adds to texts a rarer term already found,
    // read from their own term counts instead of its long postings.
    const terms = [...claim.w]
      .map(([t, v]) => {
        const id = this.pool.termId(t);
        return [t, v, id === undefined ? undefined : this.pool.postingsOf(id), id ?? -1] as const;
      })
      .sort((a, b) => (a[2]?.live ?? 0) - (b[2]?.live ?? 0));
    const common = Math.max(1000, COMMON * this.pool.live);
    for (const [t, v, p, term] of terms) {
      qn += v * v;
      if (!p) continue;
      const tw = v * this.weight(t);
      if ((p.live > common || touched.length >= MAX_TOUCHED) && touched.length > 0) {
        for (const id of touched) {
          const c = this.pool.countIn(id, term);
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
    return new Set([...this.pool.entries(id)].map(([t]) => t));
  }
}
