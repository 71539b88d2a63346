import { tokenize } from "./tokens";
import { NAME_BOOST, TermStats, withCorpusNames, type TermSource, type WeightedClaim } from "./weighting";
import type { ClaimQuery } from "./query";

// The texts of every rumor (its statement, its claims' statements and
// quotes), indexed one text at a time like the article index: adding or
// removing a rumor never rebuilds anything. Weights come from the rumor texts
// themselves (TermStats), the same weighting the evidence ranker uses.
type Text = { rumor: string; tf: Map<string, number>; norm: number; normAt: number };
export type RumorView = { id: string; texts: number[]; stems: Map<string, number> };

const TITLE_CASE = (toks: { initial: boolean; name: boolean; lower: string; num: boolean }[]) => {
  const long = toks.filter((t) => t.lower.length > 3 && !t.num && !t.initial);
  return long.length >= 3 && long.filter((t) => t.name).length / long.length > 0.6;
};

const COMMON = 0.02;
/** Once this many texts are found, further terms only add to them (bounds a query's work on a large index). */
const MAX_TOUCHED = 5000;

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
  private texts = new Map<number, Text>();
  private postings = new Map<string, Map<number, number>>();
  private rumors = new Map<string, RumorView>();
  private next = 0;

  get size() {
    return this.rumors.size;
  }

  rumor(id: string) {
    return this.rumors.get(id);
  }

  add(rumorId: string, texts: string[]) {
    let r = this.rumors.get(rumorId);
    if (!r) this.rumors.set(rumorId, (r = { id: rumorId, texts: [], stems: new Map() }));
    for (const text of texts) {
      const toks = tokenize(text);
      if (toks.length === 0) continue;
      const id = this.next++;
      const tf = new Map<string, number>();
      for (const t of toks) tf.set(t.stem, (tf.get(t.stem) ?? 0) + 1);
      // Title Case headlines capitalise every word: their capitals say nothing about names.
      this.own.add(tf.keys(), TITLE_CASE(toks) ? [] : toks);
      for (const [t, n] of tf) {
        let p = this.postings.get(t);
        if (!p) this.postings.set(t, (p = new Map()));
        p.set(id, n);
        r.stems.set(t, (r.stems.get(t) ?? 0) + 1);
      }
      this.texts.set(id, { rumor: rumorId, tf, norm: 0, normAt: -1 });
      r.texts.push(id);
    }
  }

  remove(rumorId: string) {
    const r = this.rumors.get(rumorId);
    if (!r) return;
    for (const id of r.texts) {
      const text = this.texts.get(id)!;
      this.own.add(text.tf.keys(), [], -1);
      for (const t of text.tf.keys()) {
        const p = this.postings.get(t)!;
        p.delete(id);
        if (p.size === 0) this.postings.delete(t);
      }
      this.texts.delete(id);
    }
    this.rumors.delete(rumorId);
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
  private norm(text: Text) {
    const n = this.stats.size;
    if (text.normAt < 0 || Math.abs(n - text.normAt) > 0.05 * text.normAt) {
      let s = 0;
      for (const [t, c] of text.tf) s += ((1 + Math.log(c)) * this.weight(t)) ** 2;
      text.norm = Math.sqrt(s) || 1;
      text.normAt = n;
    }
    return text.norm;
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

  private acc = new Float64Array(0);

  /** Cosine of the claim with every text sharing a term, best per rumor. */
  bestTexts(claim: WeightedClaim): Map<string, { score: number; text: number }> {
    if (this.acc.length < this.next) this.acc = new Float64Array(Math.max(1024, this.next * 2));
    const acc = this.acc;
    const touched: number[] = [];
    let qn = 0;
    // Rare terms first. A term in more than COMMON of the texts finds no
    // rumor on its own: it only adds to texts a rarer term already found,
    // read from their own term counts instead of its long postings.
    const terms = [...claim.w].map(([t, v]) => [t, v, this.postings.get(t)] as const).sort((a, b) => (a[2]?.size ?? 0) - (b[2]?.size ?? 0));
    const common = Math.max(1000, COMMON * this.texts.size);
    for (const [t, v, p] of terms) {
      qn += v * v;
      if (!p) continue;
      const tw = v * this.weight(t);
      if ((p.size > common || touched.length >= MAX_TOUCHED) && touched.length > 0) {
        for (const id of touched) {
          const c = this.texts.get(id)!.tf.get(t);
          if (c) acc[id] = acc[id]! + tw * (1 + Math.log(c));
        }
        continue;
      }
      for (const [id, c] of p) {
        if (acc[id] === 0) touched.push(id);
        acc[id] = acc[id]! + tw * (1 + Math.log(c));
      }
    }
    qn = Math.sqrt(qn) || 1;
    const best = new Map<string, { score: number; text: number }>();
    for (const id of touched) {
      const text = this.texts.get(id)!;
      const score = acc[id]! / (qn * this.norm(text));
      acc[id] = 0;
      const cur = best.get(text.rumor);
      if (!cur) best.set(text.rumor, { score, text: id });
      else if (score > cur.score) {
        cur.score = score;
        cur.text = id;
      }
    }
    return best;
  }

  textStems(id: number) {
    return this.texts.get(id)!.tf;
  }
}
