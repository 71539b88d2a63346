// The floors the ranker is measured against (issue 13): plain TF-IDF cosine
// and plain BM25, both over whole articles with a plain tokenizer (lower-cased
// words, a short list of function words dropped, no stemming, no names, no
// passages). Written here rather than taken from a search library so that the
// exact formulas are on the page: TF-IDF is (1 + ln tf)·idf with smoothed idf,
// as in scikit-learn's sublinear_tf; BM25 is Robertson's with k1 = 1.2, b = 0.75.

const FUNCTION_WORDS = new Set(
  (
    "a an the and or but if of to in on at by for with from as is are was were be been being it its this that these those " +
    "he she they his her their we you i not no do does did has have had will would can could may might"
  ).split(" "),
);

/** Lower-cased words of letters and digits, function words dropped. */
export function plainTokens(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !FUNCTION_WORDS.has(w));
}

type Doc = { id: string; tf: Map<string, number>; length: number };
export type Ranked = { id: string; score: number }[];

function termCounts(text: string) {
  const tf = new Map<string, number>();
  const toks = plainTokens(text);
  for (const t of toks) tf.set(t, (tf.get(t) ?? 0) + 1);
  return { tf, length: toks.length };
}

abstract class WholeDocRanker {
  protected docs: Doc[] = [];
  protected df = new Map<string, number>();
  constructor(articles: { id: string; text: string }[]) {
    for (const a of articles) {
      const { tf, length } = termCounts(a.text);
      for (const term of tf.keys()) this.df.set(term, (this.df.get(term) ?? 0) + 1);
      this.docs.push({ id: a.id, tf, length });
    }
  }
  protected abstract score(query: Map<string, number>, doc: Doc): number;
  rank(claim: string): Ranked {
    const q = termCounts(claim).tf;
    return this.docs.map((d) => ({ id: d.id, score: this.score(q, d) })).sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  }
}

export class PlainTfidf extends WholeDocRanker {
  private norms = new Map<Doc, number>();
  private idf(term: string) {
    return Math.log((1 + this.docs.length) / (1 + (this.df.get(term) ?? 0))) + 1;
  }
  private weight = (n: number, term: string) => (1 + Math.log(n)) * this.idf(term);
  private norm(d: Doc) {
    let n = this.norms.get(d);
    if (n === undefined) {
      n = 0;
      for (const [t, c] of d.tf) n += this.weight(c, t) ** 2;
      this.norms.set(d, (n = Math.sqrt(n) || 1));
    }
    return n;
  }
  protected score(q: Map<string, number>, d: Doc) {
    let dot = 0;
    let qn = 0;
    for (const [t, c] of q) {
      const w = this.weight(c, t);
      qn += w * w;
      const dc = d.tf.get(t);
      if (dc) dot += w * this.weight(dc, t);
    }
    return dot / ((Math.sqrt(qn) || 1) * this.norm(d));
  }
}

export class PlainBm25 extends WholeDocRanker {
  private avg = 0;
  constructor(articles: { id: string; text: string }[]) {
    super(articles);
    this.avg = this.docs.reduce((s, d) => s + d.length, 0) / Math.max(this.docs.length, 1);
  }
  protected score(q: Map<string, number>, d: Doc) {
    let s = 0;
    const n = this.docs.length;
    for (const t of q.keys()) {
      const tf = d.tf.get(t);
      if (!tf) continue;
      const df = this.df.get(t) ?? 0;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      s += (idf * tf * 2.2) / (tf + 1.2 * (0.25 + (0.75 * d.length) / this.avg));
    }
    return s;
  }
}

/**
 * The rumor-matching floor: plain TF-IDF cosine to the nearest single text
 * (a headline or quote), whose rumor is the match. Texts are added one at a
 * time; idf is recomputed from the counts at each query.
 */
export class NearestText {
  private texts: { owner: string; tf: Map<string, number> }[] = [];
  private df = new Map<string, number>();

  add(owner: string, text: string) {
    const { tf } = termCounts(text);
    for (const t of tf.keys()) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    this.texts.push({ owner, tf });
  }

  private idf(t: string) {
    return Math.log((1 + this.texts.length) / (1 + (this.df.get(t) ?? 0))) + 1;
  }

  /** Owners by their best text's cosine, best first. */
  rank(text: string): Ranked {
    const q = new Map([...termCounts(text).tf].map(([t, c]) => [t, (1 + Math.log(c)) * this.idf(t)]));
    const qn = Math.sqrt([...q.values()].reduce((s, v) => s + v * v, 0)) || 1;
    const best = new Map<string, number>();
    for (const { owner, tf } of this.texts) {
      let dot = 0;
      let n = 0;
      for (const [t, c] of tf) {
        const v = (1 + Math.log(c)) * this.idf(t);
        n += v * v;
        dot += v * (q.get(t) ?? 0);
      }
      const s = dot / (qn * (Math.sqrt(n) || 1));
      if (s > (best.get(owner) ?? -1)) best.set(owner, s);
    }
    return [...best].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  }
}
